export type WindowPhase = 'past' | 'active' | 'upcoming';

export interface TimelineInput {
  id: string;
  from: number;
  to: number;
}

export interface TimelineBar {
  id: string;
  /** Percent of the track from its left edge. */
  left: number;
  width: number;
  lane: number;
  phase: WindowPhase;
}

export interface TimelineLayout {
  start: number;
  end: number;
  nowLeft: number;
  lanes: number;
  bars: TimelineBar[];
}

const MARGIN = 5;
const DAY = 86_400_000;

export function phaseOf(w: { from: number; to: number }, now: number): WindowPhase {
  if (w.to <= now) {
    return 'past';
  }
  return w.from <= now ? 'active' : 'upcoming';
}

/** Windows and now on one axis: the span from the earliest start to the latest end fills 90% of the track. */
export function layoutTimeline(windows: readonly TimelineInput[], now: number): TimelineLayout {
  const start = Math.min(now, ...windows.map((w) => w.from));
  const end = Math.max(now, ...windows.map((w) => w.to));
  const span = end - start > 0 ? end - start : DAY;
  const at = (t: number) => MARGIN + ((100 - 2 * MARGIN) * (t - start)) / span;
  const laneEnds: number[] = [];
  const bars = [...windows]
    .sort((a, b) => a.from - b.from || a.id.localeCompare(b.id))
    .map((w) => {
      const free = laneEnds.findIndex((e) => e <= w.from);
      const lane = free === -1 ? laneEnds.length : free;
      laneEnds[lane] = w.to;
      return { id: w.id, left: at(w.from), width: at(w.to) - at(w.from), lane, phase: phaseOf(w, now) };
    });
  return { start, end: start + span, nowLeft: at(now), lanes: Math.max(1, laneEnds.length), bars };
}
