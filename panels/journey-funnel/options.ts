import { type PanelOptionsEditorBuilder } from '@grafana/data';

export type InputLayout = 'auto' | 'long' | 'wide';

export interface Options {
  layout: InputLayout;
  stageField: string;
  valueField: string;
  segmentField: string;
  previousField: string;
}

export const defaultOptions: Options = {
  layout: 'auto',
  stageField: 'stage',
  valueField: 'value',
  segmentField: 'segment',
  previousField: 'previous',
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
  const text = (path: keyof Options, name: string) =>
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
