import { type PanelOptionsEditorBuilder } from '@grafana/data';
import { PerspectivesEditor } from './components/PerspectivesEditor/PerspectivesEditor';
import { fieldFits, NO_FIELDS_MESSAGE, ROLE_INFO } from './data/fieldRoles';
import { defaultOptions, FIELD_ROLES, type Options } from './options';

const VIEW_CATEGORY = ['Scorecard'];
const SCORING_CATEGORY = ['Scoring'];
const DISPLAY_CATEGORY = ['KPI display'];
const FIELDS_CATEGORY = ['Input fields'];

type Builder = PanelOptionsEditorBuilder<Options>;

export function addViewOptions(builder: Builder) {
  builder.addRadio({
    path: 'view',
    name: 'View',
    category: VIEW_CATEGORY,
    defaultValue: defaultOptions.view,
    settings: {
      options: [
        { value: 'grid', label: 'Perspectives', description: 'Perspectives in quadrants with objectives and KPIs' },
        { value: 'table', label: 'Table', description: 'One sortable row per KPI' },
        { value: 'map', label: 'Strategy map', description: 'Objectives by perspective, arrows from cause to effect' },
      ],
    },
  });
}

export function addPerspectiveOptions(builder: Builder) {
  builder.addCustomEditor({
    id: 'perspectives',
    path: 'perspectives',
    name: 'Perspectives',
    description: 'Names, order and weights; rows match a perspective by id or name',
    editor: PerspectivesEditor,
    defaultValue: defaultOptions.perspectives,
    category: VIEW_CATEGORY,
  });
}

export function addScoringOptions(builder: Builder) {
  builder
    .addRadio({
      path: 'scoring.rollupMode',
      name: 'Roll-up',
      description: 'How KPI scores roll up into objectives, perspectives and the scorecard',
      category: SCORING_CATEGORY,
      defaultValue: defaultOptions.scoring.rollupMode,
      settings: {
        options: [
          { value: 'weighted', label: 'Weighted mean' },
          { value: 'worst', label: 'Worst' },
          { value: 'count', label: 'Share on track' },
        ],
      },
    })
    .addRadio({
      path: 'scoring.direction',
      name: 'Direction',
      description: 'For rows without a direction field',
      category: SCORING_CATEGORY,
      defaultValue: defaultOptions.scoring.direction,
      settings: {
        options: [
          { value: 'higher-is-better', label: 'Higher is better' },
          { value: 'lower-is-better', label: 'Lower is better' },
        ],
      },
    })
    .addNumberInput({
      path: 'scoring.redFlagGap',
      name: 'Red flag from target (%)',
      description:
        'For rows with a target but no red flag, goal or thresholds: the goal is the target and the red flag lies this share of the target on the wrong side',
      category: SCORING_CATEGORY,
      defaultValue: defaultOptions.scoring.redFlagGap,
      settings: { min: 1, max: 100, integer: false },
    });
}

export function addDisplayOptions(builder: Builder) {
  builder
    .addBooleanSwitch({
      path: 'display.sparklines',
      name: 'Trend sparklines',
      description:
        "From time series frames matched by KPI id or name (the KPI datasource's scorecard query sends them)",
      category: DISPLAY_CATEGORY,
      defaultValue: defaultOptions.display.sparklines,
      showIf: (o) => o.view !== 'map',
    })
    .addBooleanSwitch({
      path: 'display.change',
      name: 'Change',
      description: 'Against the previous period (a `previous` field) or the previous trend point',
      category: DISPLAY_CATEGORY,
      defaultValue: defaultOptions.display.change,
      showIf: (o) => o.view !== 'map',
    })
    .addTextInput({
      path: 'display.staleAfter',
      name: 'Stale after',
      description:
        'Flag a KPI whose latest point is older than this before the end of the time range (e.g. 30d); empty: never',
      category: DISPLAY_CATEGORY,
      defaultValue: defaultOptions.display.staleAfter,
    })
    .addBooleanSwitch({
      path: 'display.escalations',
      name: 'Show escalations',
      description:
        "A bell beside KPIs with an escalation in the time range (the KPI datasource's escalation annotations)",
      category: DISPLAY_CATEGORY,
      defaultValue: defaultOptions.display.escalations,
      showIf: (o) => o.view !== 'map',
    });
}

/** Field-name options: one picker per role over the data's fields of a fitting type, defaulting to the role's own name. */
export function addFieldNameOptions(builder: Builder) {
  for (const role of FIELD_ROLES) {
    const { label, kind, description } = ROLE_INFO[role];
    builder.addFieldNamePicker({
      path: `fields.${role}`,
      name: label,
      description,
      category: FIELDS_CATEGORY,
      defaultValue: defaultOptions.fields[role],
      settings: { filter: fieldFits(kind), noFieldsMessage: NO_FIELDS_MESSAGE[kind] },
    });
  }
}
