import { type StageView, type TimeToConvertView } from '../../data/model';
import { humanDuration } from '../format';

export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** "≤ 1 hour: 20", "> 1 day: 3". */
  label: string;
}

/** Columns of a time-to-convert histogram in a width × height box, tallest bucket at full height. */
export function histogramLayout(view: TimeToConvertView, width: number, height: number, gap = 1): HistogramBar[] {
  const { buckets } = view;
  const most = Math.max(0, ...buckets.map((b) => b.customers));
  const slot = buckets.length > 0 ? width / buckets.length : 0;
  let lastBound: number | null = null;
  return buckets.map((bucket, i) => {
    const barHeight = most > 0 ? (bucket.customers / most) * height : 0;
    const range =
      bucket.upTo === null
        ? `> ${lastBound === null ? '0' : humanDuration(lastBound)}`
        : `≤ ${humanDuration(bucket.upTo)}`;
    lastBound = bucket.upTo ?? lastBound;
    return {
      x: i * slot,
      y: height - barHeight,
      width: Math.max(0, slot - gap),
      height: barHeight,
      label: `${range}: ${bucket.customers}`,
    };
  });
}

/** The histogram of a stage, matched by its key or its name. */
export function histogramOf(stage: StageView, views: TimeToConvertView[]): TimeToConvertView | undefined {
  return views.find((v) => v.stage === stage.key) ?? views.find((v) => v.stage === stage.name);
}
