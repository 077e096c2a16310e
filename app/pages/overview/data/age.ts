const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How long ago `at` was, in the largest whole unit: "just now", "5 minutes", "3 hours", "12 days". */
export function ageText(at: string, now: number): string {
  const ms = now - Date.parse(at);
  if (Number.isNaN(ms)) {
    return `unknown (bad time "${at}")`;
  }
  if (ms < MINUTE) {
    return 'just now';
  }
  if (ms < HOUR) {
    return `${unit(Math.floor(ms / MINUTE), 'minute')} ago`;
  }
  if (ms < DAY) {
    return `${unit(Math.floor(ms / HOUR), 'hour')} ago`;
  }
  return `${unit(Math.floor(ms / DAY), 'day')} ago`;
}
