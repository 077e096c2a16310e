import { formattedValueToString } from '@grafana/data';
import { type StageView } from '../data/model';
import { count, percent, percentWithInterval, points } from './format';
import { type Options } from '../options';

export interface Line {
  label: string;
  value: string;
}

/** The conversions a stage's label shows, as options.percentOf asks. */
export function conversionTexts(stage: StageView, percentOf: Options['percentOf']): string[] {
  const texts: string[] = [];
  if (percentOf !== 'previous' && stage.conversion !== null) {
    texts.push(`${percent(stage.conversion)} of first`);
  }
  if (percentOf !== 'first' && stage.stepConversion !== null) {
    texts.push(`${percent(stage.stepConversion)} of previous`);
  }
  return texts;
}

/** What a screen reader says for a stage: name, count, both conversions, in progress, problem. */
export function stageAriaLabel(stage: StageView): string {
  const parts = [`${stage.name}: ${formattedValueToString(stage.display)}`];
  if (stage.conversion !== null) {
    parts.push(`${percent(stage.conversion)} of first stage`);
  }
  if (stage.stepConversion !== null) {
    parts.push(`${percent(stage.stepConversion)} of previous stage`);
  }
  if (stage.inProgress) {
    parts.push(`${count(stage.inProgress)} in progress`);
  }
  if (stage.change !== null) {
    parts.push(`${points(stage.change)} against the previous period${stage.significant ? ', significant' : ''}`);
  }
  if (stage.impossible && stage.problem) {
    parts.push(`problem: ${stage.problem}`);
  }
  return parts.join(', ');
}

/** "300 lost (20%)" between a stage and the one before it. */
export function dropOffText(dropOff: number, lost: number | null): string {
  return lost === null ? `${count(dropOff)} lost` : `${count(dropOff)} lost (${percent(lost)})`;
}

/** The rows of a stage's tooltip, leaving out what the data does not carry. */
export function tooltipLines(stage: StageView, humanize: (seconds: number) => string): Line[] {
  const lines: Line[] = [{ label: 'Count', value: formattedValueToString(stage.display) }];
  if (stage.conversion !== null) {
    lines.push({ label: 'Of first stage', value: percentWithInterval(stage.conversion, stage.conversionInterval) });
  }
  if (stage.stepConversion !== null) {
    lines.push({
      label: 'Of previous stage',
      value: percentWithInterval(stage.stepConversion, stage.stepConversionInterval),
    });
  }
  if (stage.dropOff !== null) {
    lines.push({ label: 'Dropped off', value: count(stage.dropOff) });
  }
  if (stage.previousDisplay || stage.previous !== null) {
    const shown = stage.previousDisplay?.text ?? count(stage.previous ?? 0);
    const rate = stage.previousConversion === null ? '' : ` (${percent(stage.previousConversion)} of first)`;
    lines.push({ label: 'Previous period', value: `${shown}${rate}` });
  }
  if (stage.change !== null) {
    const mark = stage.significant === null ? '' : stage.significant ? ', significant' : ', not significant';
    lines.push({ label: 'Change', value: `${points(stage.change)}${mark}` });
  }
  if (stage.medianTimeToConvert !== null || stage.meanTimeToConvert !== null) {
    const median = stage.medianTimeToConvert === null ? '–' : humanize(stage.medianTimeToConvert);
    const mean = stage.meanTimeToConvert === null ? '–' : humanize(stage.meanTimeToConvert);
    lines.push({ label: 'Time to convert', value: `median ${median}, mean ${mean}` });
  }
  if (stage.inProgress !== null) {
    lines.push({ label: 'In progress', value: count(stage.inProgress) });
  }
  return lines;
}
