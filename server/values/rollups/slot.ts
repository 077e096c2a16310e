import { offsetAt } from '../../../core/periods';

const HOUR = 3_600_000;

/**
 * The slot width of pre-aggregates in a zone: an hour where every offset the zone has had since 1970 is whole
 * hours, else half or quarter hours (India, Nepal, Chatham), so every local midnight starts a slot.
 */
export function slotMsFor(timeZone: string): number {
  const offsets = new Set<number>();
  for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2050, 0, 1); t += 7 * 24 * HOUR) {
    offsets.add(offsetAt(t, timeZone));
  }
  for (const slot of [HOUR, HOUR / 2, HOUR / 4]) {
    if ([...offsets].every((o) => o % slot === 0)) {
      return slot;
    }
  }
  return HOUR / 4;
}
