/** A share 0..1 as a percentage with at most one decimal: 0.1234 → "12.3%", 0.5 → "50%". */
export function percent(share: number): string {
  const rounded = Math.round(share * 1000) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

/** "12.3% (95% CI 10.1–14.8%)", or the bare share without an interval. */
export function percentWithInterval(share: number, interval: [number, number] | null): string {
  if (!interval) {
    return percent(share);
  }
  const [low, high] = interval;
  return `${percent(share)} (95% CI ${percent(low).slice(0, -1)}–${percent(high)})`;
}

/** A change of conversion (a share difference) in percentage points: "+2.1 pts", "−0.4 pts". */
export function points(change: number): string {
  const value = Math.abs(Math.round(change * 1000) / 10);
  const sign = value === 0 ? '±' : change > 0 ? '+' : '−';
  return `${sign}${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} pts`;
}

/** A count of customers with the reader's grouping: 1200 → "1,200". */
export function count(value: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(value);
}

const UNITS: Array<[seconds: number, one: string, many: string]> = [
  [86400, 'day', 'days'],
  [3600, 'hour', 'hours'],
  [60, 'minute', 'minutes'],
  [1, 'second', 'seconds'],
];

/** Seconds as people say them: 198720 → "2.3 days", 5400 → "1.5 hours", 60 → "1 minute". */
export function humanDuration(seconds: number): string {
  const [size, one, many] = UNITS.find(([unit]) => seconds >= unit) ?? [1, 'second', 'seconds'];
  const amount = seconds / size;
  const text = amount >= 10 ? amount.toFixed(0) : (Math.round(amount * 10) / 10).toString();
  return `${text} ${text === '1' ? one : many}`;
}
