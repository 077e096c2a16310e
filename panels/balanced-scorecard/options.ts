import { type PanelOptionsEditorBuilder } from '@grafana/data';

export const FIELD_ROLES = [
  'perspective',
  'objective',
  'kpi',
  'value',
  'target',
  'redFlag',
  'goal',
  'weight',
  'objectiveWeight',
  'perspectiveWeight',
  'direction',
  'unit',
  'owner',
  'kpiId',
  'version',
  'causes',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];
export type FieldNames = Record<FieldRole, string>;

/** Roles every scorecard input needs; the rest fall back to panel options and field config. */
export const REQUIRED_ROLES: FieldRole[] = ['perspective', 'objective', 'kpi', 'value'];

export type RollupModeOption = 'weighted' | 'worst' | 'count';

export interface Options {
  fields: FieldNames;
  rollupMode: RollupModeOption;
}

export const defaultOptions: Options = {
  fields: Object.fromEntries(FIELD_ROLES.map((role) => [role, role])) as FieldNames,
  rollupMode: 'weighted',
};

const FIELDS_CATEGORY = ['Input fields'];
const SCORING_CATEGORY = ['Scoring'];

/** Field-name options: one text input per role, defaulting to the role's own name (DESIGN §6). */
export function addFieldNameOptions(builder: PanelOptionsEditorBuilder<Options>) {
  for (const role of FIELD_ROLES) {
    builder.addTextInput({
      path: `fields.${role}`,
      name: role,
      description: `Name of the input field holding the ${role}`,
      category: FIELDS_CATEGORY,
      defaultValue: defaultOptions.fields[role],
    });
  }
}

export function addScoringOptions(builder: PanelOptionsEditorBuilder<Options>) {
  builder.addRadio({
    path: 'rollupMode',
    name: 'Roll-up',
    description: 'How KPI scores roll up into objectives and perspectives',
    category: SCORING_CATEGORY,
    defaultValue: defaultOptions.rollupMode,
    settings: {
      options: [
        { value: 'weighted', label: 'Weighted mean' },
        { value: 'worst', label: 'Worst' },
        { value: 'count', label: 'Share at goal' },
      ],
    },
  });
}
