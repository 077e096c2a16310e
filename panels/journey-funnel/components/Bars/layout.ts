import { type StageView } from '../../data/model';

export interface BarGeometry {
  /** Length of the bar as a share of the track: value / first stage's value, within 0..1. */
  share: number;
  /** Share of the bar itself taken by customers still in progress, within 0..1. */
  inProgressOfBar: number;
  /** Length of the previous period's ghost bar as a share of the track, or null without a previous value. */
  ghostShare: number | null;
  /** The value exceeds the first stage's, so the bar is cut at the full track. */
  clamped: boolean;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Bar lengths of one funnel, all relative to the FIRST stage in the data's order (never the largest). */
export function barLayout(stages: StageView[]): BarGeometry[] {
  const first = stages[0]?.value ?? null;
  const firstPrevious = stages[0]?.previous ?? null;
  return stages.map((stage) => {
    const raw = first && first > 0 && stage.value !== null ? stage.value / first : 0;
    const previousShare =
      stage.previousConversion ??
      (stage.previous !== null && firstPrevious && firstPrevious > 0 ? stage.previous / firstPrevious : null);
    return {
      share: clamp01(raw),
      inProgressOfBar: stage.inProgress && stage.value && stage.value > 0 ? clamp01(stage.inProgress / stage.value) : 0,
      ghostShare: previousShare === null ? null : clamp01(previousShare),
      clamped: raw > 1,
    };
  });
}

/** Share of the previous stage's customers lost at this step, from the counts (null on the first stage). */
export function lostShare(stage: StageView, before: StageView | undefined): number | null {
  if (stage.dropOff === null || !before || before.value === null || before.value <= 0) {
    return null;
  }
  return stage.dropOff / before.value;
}
