import { explainError as explainAnyError } from '../../../api/explainError';
import { KpiServerError } from '../../../api/kpiServer';

/** A failed decision in plain words: a conflict or a freeze says what to do next on this page. */
export function explainError(err: unknown): string {
  if (err instanceof KpiServerError && err.status === 409) {
    return `Out of date (409): ${err.message}. The list has been reloaded; look again before deciding.`;
  }
  if (err instanceof KpiServerError && err.status === 423) {
    return `${explainAnyError(err)} Decide after the window ends.`;
  }
  return explainAnyError(err);
}

/** "12 s ago", "5 min ago", "3 h ago", "2 d ago"; a time in the future counts as now. */
export function ageOf(iso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
  if (seconds < 60) {
    return `${seconds} s ago`;
  }
  if (seconds < 3600) {
    return `${Math.floor(seconds / 60)} min ago`;
  }
  if (seconds < 86400) {
    return `${Math.floor(seconds / 3600)} h ago`;
  }
  return `${Math.floor(seconds / 86400)} d ago`;
}
