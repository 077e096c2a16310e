import { type DataFrame } from '@grafana/data';
import { TIME_TO_CONVERT_FIELDS as T } from '../../../core/query';
import { findField, numberAt, textAt } from './fields';
import { type TimeToConvertView } from './model';

/** The time-to-convert histogram frame as one bucket list per step, steps and buckets in the frame's order. */
export function timeToConvert(frame: DataFrame | undefined): TimeToConvertView[] {
  if (frame === undefined) {
    return [];
  }
  const stage = findField(frame, T.stage);
  const upTo = findField(frame, T.upTo);
  const customers = findField(frame, T.customers);
  const steps = new Map<string, TimeToConvertView>();
  for (let row = 0; row < frame.length; row++) {
    const key = textAt(stage, row);
    const step = steps.get(key) ?? { stage: key, buckets: [] };
    steps.set(key, step);
    step.buckets.push({ upTo: numberAt(upTo, row), customers: numberAt(customers, row) ?? 0 });
  }
  return [...steps.values()];
}
