import { dateTimeFormat } from '@grafana/data';
import { IMPOSSIBLE_RATE } from './units';

const DAY = 86_400_000;

/** The server's flags in words ('insufficient-sample' with the sample); 'partial' is said by the KPI's period instead. */
export function serverFlags(flags: string[], sample: number | null): string[] {
  return flags.flatMap((flag) => {
    switch (flag) {
      case 'partial':
        return [];
      case 'impossible-rate':
        return IMPOSSIBLE_RATE;
      case 'insufficient-sample':
        return `Insufficient sample${sample === null ? '' : ` (n = ${sample})`}: shown, not scored`;
      case 'stale':
        return 'Stale (the server says so)';
      case 'missing-input':
        return 'Missing input';
      case 'division-by-zero':
        return 'Division by zero';
      default:
        return flag.charAt(0).toUpperCase() + flag.slice(1);
    }
  });
}

/** A flag when the latest point is older than `staleAfterMs` before the end of the range; null otherwise. */
export function staleFlag(
  lastUpdate: number | null,
  rangeEnd: number,
  staleAfterMs: number | null,
  timeZone: string
): string | null {
  if (lastUpdate === null || staleAfterMs === null || rangeEnd - lastUpdate <= staleAfterMs) {
    return null;
  }
  const days = Math.floor((rangeEnd - lastUpdate) / DAY);
  const when = dateTimeFormat(lastUpdate, { format: 'YYYY-MM-DD', timeZone });
  return `Stale: latest value from ${when}, ${days} days before the end of the range`;
}
