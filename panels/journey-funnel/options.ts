import {
  type DataFrame,
  type Field,
  FieldType,
  getFieldDisplayName,
  type PanelOptionsEditorBuilder,
  type SelectableValue,
  type SelectFieldConfigSettings,
  standardEditorsRegistry,
} from '@grafana/data';

export type InputLayout = 'auto' | 'long' | 'wide';
export type FunnelViewMode = 'bars' | 'flow';
export type Orientation = 'horizontal' | 'vertical';
export type BreakdownMode = 'grouped' | 'multiples';

export interface Options {
  layout: InputLayout;
  /** Long input: field names, picked with Grafana's field-name picker. */
  stageField: string;
  valueField: string;
  /** The breakdown field of long input ("segment" by default; the KPI frame names its own). */
  segmentField: string;
  previousField: string;
  /** Wide input: the numeric fields that are stages, in the data's order; empty = every numeric field. */
  wideFields: string[];
  view: FunnelViewMode;
  orientation: Orientation;
  breakdownMode: BreakdownMode;
  /** Ghost bars and change against the previous period when the data carries it. */
  showPrevious: boolean;
  showDropOff: boolean;
  showTimeToConvert: boolean;
  showInProgress: boolean;
  /** Stage KPIs with their targets and status (KPI datasource funnel frame). */
  showStageKpis: boolean;
  /** A bell beside stages that escalation annotations name (by stage id or one of its KPIs). */
  showEscalations: boolean;
  /** Which conversion labels the bars: of the first stage, of the previous stage, or both. */
  percentOf: 'first' | 'previous' | 'both';
}

export const defaultOptions: Options = {
  layout: 'auto',
  stageField: 'stage',
  valueField: 'value',
  segmentField: 'segment',
  previousField: 'previous',
  wideFields: [],
  view: 'bars',
  orientation: 'horizontal',
  breakdownMode: 'grouped',
  showPrevious: true,
  showDropOff: true,
  showTimeToConvert: true,
  showInProgress: true,
  showStageKpis: true,
  showEscalations: true,
  percentOf: 'both',
};

type Builder = PanelOptionsEditorBuilder<Options>;

const INPUT_CATEGORY = ['Input'];
const FUNNEL_CATEGORY = ['Funnel'];
const COMPARISON_CATEGORY = ['Comparison'];
const DETAILS_CATEGORY = ['Details'];

const isNumber = (f: Field) => f.type === FieldType.number;
const isText = (f: Field) => f.type === FieldType.string;

/** The numeric fields of the data, by display name: the stages wide input can have. */
export async function numericFieldOptions(context: { data?: DataFrame[] }): Promise<Array<SelectableValue<string>>> {
  const data = context.data ?? [];
  const names = data.flatMap((frame) => frame.fields.filter(isNumber).map((f) => getFieldDisplayName(f, frame, data)));
  return [...new Set(names)].map((name) => ({ value: name, label: name }));
}

/** Whether the data can be split: a KPI funnel frame broken down, or a text field under the breakdown name. */
export function hasBreakdown(options: Options, data?: DataFrame[]): boolean {
  if (data === undefined) {
    return true;
  }
  return data.some(
    (frame) =>
      typeof frame.meta?.custom?.breakdown === 'string' ||
      frame.fields.some(
        (f) => isText(f) && (f.name === options.segmentField || getFieldDisplayName(f, frame) === options.segmentField)
      )
  );
}

/** Input options: long frames (stage, value, segment, previous) or wide frames (one numeric field per stage). */
export function addInputOptions(builder: Builder) {
  const notWide = (o: Options) => o.layout !== 'wide';
  builder
    .addRadio({
      path: 'layout',
      name: 'Input layout',
      description:
        'Auto reads the KPI datasource funnel frame, else long rows when the stage field is there, else wide fields',
      category: INPUT_CATEGORY,
      defaultValue: defaultOptions.layout,
      settings: {
        options: [
          { value: 'auto', label: 'Auto' },
          { value: 'long', label: 'Long (stage, value)' },
          { value: 'wide', label: 'Wide (field per stage)' },
        ],
      },
    })
    .addFieldNamePicker({
      path: 'stageField',
      name: 'Stage field',
      description: 'One row per stage (or per stage and breakdown value); stages keep the order of the rows',
      category: INPUT_CATEGORY,
      defaultValue: defaultOptions.stageField,
      showIf: notWide,
      settings: { filter: isText, noFieldsMessage: 'No text field in the data' },
    })
    .addFieldNamePicker({
      path: 'valueField',
      name: 'Value field',
      description: 'Customers who reached the stage',
      category: INPUT_CATEGORY,
      defaultValue: defaultOptions.valueField,
      showIf: notWide,
      settings: { filter: isNumber, noFieldsMessage: 'No numeric field in the data' },
    })
    .addFieldNamePicker({
      path: 'previousField',
      name: 'Previous-period field',
      description: 'Customers who reached the stage in the period before, for the comparison',
      category: INPUT_CATEGORY,
      defaultValue: defaultOptions.previousField,
      showIf: notWide,
      settings: { filter: isNumber, noFieldsMessage: 'No numeric field in the data' },
    })
    // addMultiSelect's typing wants a default of one option, not a list: the same editor, typed as the list it edits.
    .addCustomEditor<SelectFieldConfigSettings<string>, string[]>({
      id: 'wideFields',
      path: 'wideFields',
      editor: standardEditorsRegistry.get('multi-select').editor,
      name: 'Stage fields',
      description: 'The numeric fields that are stages, in this order; none chosen = every numeric field in data order',
      category: INPUT_CATEGORY,
      defaultValue: defaultOptions.wideFields,
      showIf: (o) => o.layout !== 'long',
      settings: { options: [], getOptions: numericFieldOptions, isClearable: true },
    })
    .addFieldNamePicker({
      path: 'segmentField',
      name: 'Breakdown field',
      description: 'Splits the funnel by this field (segment, channel, region …)',
      category: INPUT_CATEGORY,
      defaultValue: defaultOptions.segmentField,
      settings: { filter: isText, noFieldsMessage: 'No text field in the data' },
    });
}

/** How the funnel is drawn. */
export function addFunnelOptions(builder: Builder) {
  builder
    .addRadio({
      path: 'view',
      name: 'View',
      category: FUNNEL_CATEGORY,
      defaultValue: defaultOptions.view,
      settings: {
        options: [
          { value: 'bars', label: 'Bars', description: 'One bar per stage with counts and conversions' },
          { value: 'flow', label: 'Flow', description: 'Stages joined by bands as wide as the customers who go on' },
        ],
      },
    })
    .addRadio({
      path: 'orientation',
      name: 'Orientation',
      category: FUNNEL_CATEGORY,
      defaultValue: defaultOptions.orientation,
      showIf: (o) => o.view === 'bars',
      settings: {
        options: [
          { value: 'horizontal', label: 'Horizontal', description: 'Stages top to bottom, bars left to right' },
          { value: 'vertical', label: 'Vertical', description: 'Stages left to right, bars bottom to top' },
        ],
      },
    })
    .addRadio({
      path: 'percentOf',
      name: 'Conversion shown',
      category: FUNNEL_CATEGORY,
      defaultValue: defaultOptions.percentOf,
      settings: {
        options: [
          { value: 'first', label: 'Of first stage' },
          { value: 'previous', label: 'Of previous stage' },
          { value: 'both', label: 'Both' },
        ],
      },
    })
    .addBooleanSwitch({
      path: 'showDropOff',
      name: 'Drop-off',
      description: 'Customers lost between stages',
      category: FUNNEL_CATEGORY,
      defaultValue: defaultOptions.showDropOff,
    })
    .addRadio({
      path: 'breakdownMode',
      name: 'Breakdown',
      category: FUNNEL_CATEGORY,
      defaultValue: defaultOptions.breakdownMode,
      showIf: hasBreakdown,
      settings: {
        options: [
          { value: 'grouped', label: 'Grouped bars', description: 'The breakdown values side by side in each stage' },
          { value: 'multiples', label: 'Small multiples', description: 'One small funnel per breakdown value' },
        ],
      },
    });
}

export function addComparisonOptions(builder: Builder) {
  builder.addBooleanSwitch({
    path: 'showPrevious',
    name: 'Previous period',
    description: 'Ghost bars of the period before and the change, marked when significant',
    category: COMPARISON_CATEGORY,
    defaultValue: defaultOptions.showPrevious,
  });
}

export function addDetailsOptions(builder: Builder) {
  builder
    .addBooleanSwitch({
      path: 'showTimeToConvert',
      name: 'Time to convert',
      description: 'Median time from the stage before',
      category: DETAILS_CATEGORY,
      defaultValue: defaultOptions.showTimeToConvert,
    })
    .addBooleanSwitch({
      path: 'showInProgress',
      name: 'In progress',
      description: 'Shade recent entrants whose conversion window is still open',
      category: DETAILS_CATEGORY,
      defaultValue: defaultOptions.showInProgress,
    })
    .addBooleanSwitch({
      path: 'showStageKpis',
      name: 'Stage KPIs',
      description: 'Each stage’s KPIs with target and status',
      category: DETAILS_CATEGORY,
      defaultValue: defaultOptions.showStageKpis,
    })
    .addBooleanSwitch({
      path: 'showEscalations',
      name: 'Show escalations',
      description:
        "A bell beside stages with an escalation in the time range (the KPI datasource's escalation annotations)",
      category: DETAILS_CATEGORY,
      defaultValue: defaultOptions.showEscalations,
    });
}

/** Every option of the panel, in the order the editor shows them. */
export function addOptions(builder: Builder) {
  addFunnelOptions(builder);
  addComparisonOptions(builder);
  addDetailsOptions(builder);
  addInputOptions(builder);
}
