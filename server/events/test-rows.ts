import { type EventRow } from './types';

/** `n` distinct, valid rows one minute apart from 2025-01-01, for store tests. */
export function sampleRows(n: number, event = 'login'): EventRow[] {
  return Array.from({ length: n }, (_, i) => ({
    time: Date.UTC(2025, 0, 1) + i * 60_000 + (i % 1000),
    customer: `c${i % 50}`,
    event,
    stage: i % 2 === 0 ? 'retention' : null,
    channel: 'app',
    segment: ['smb', 'mid-market', 'enterprise'][i % 3] ?? null,
    region: 'o\'neil "emea"',
    value: i % 4 === 0 ? null : i / 4,
  }));
}
