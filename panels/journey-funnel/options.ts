import { type PanelOptionsEditorBuilder } from '@grafana/data';

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
  percentOf: 'both',
};

const INPUT_CATEGORY = ['Input'];

/** Input options: long frames (stage, value, segment, previous) or wide frames (one numeric field per stage). */
export function addInputOptions(builder: PanelOptionsEditorBuilder<Options>) {
  builder.addRadio({
    path: 'layout',
    name: 'Input layout',
    category: INPUT_CATEGORY,
    defaultValue: defaultOptions.layout,
    settings: {
      options: [
        { value: 'auto', label: 'Auto' },
        { value: 'long', label: 'Long (stage, value)' },
        { value: 'wide', label: 'Wide (field per stage)' },
      ],
    },
  });
  const longOnly = (o: Options) => o.layout !== 'wide';
  const text = (path: 'stageField' | 'valueField' | 'segmentField' | 'previousField', name: string) =>
    builder.addTextInput({
      path,
      name,
      category: INPUT_CATEGORY,
      defaultValue: defaultOptions[path],
      showIf: longOnly,
    });
  text('stageField', 'Stage field');
  text('valueField', 'Value field');
  text('segmentField', 'Segment field');
  text('previousField', 'Previous-period field');
}
