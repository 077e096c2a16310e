// The time picker's arrows and zoom as Grafana computes them: shift by half the span, zoom out to twice the span.
export interface MsRange {
  from: number;
  to: number;
}

export function shiftRange(range: MsRange, direction: -1 | 1): MsRange {
  const half = Math.floor((range.to - range.from) / 2);
  return { from: range.from + direction * half, to: range.to + direction * half };
}

export function zoomOut(range: MsRange): MsRange {
  const span = range.to - range.from;
  const center = range.to - span / 2;
  return { from: Math.floor(center - span), to: Math.floor(center + span) };
}

export const msToUrl = (range: MsRange) => ({ from: String(range.from), to: String(range.to) });
