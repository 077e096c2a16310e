export { checkTimeZone, instantOf, localFields, offsetAt, TimeZoneError, wallClock } from './zone';
export type { LocalFields } from './zone';
export { periodOf, periodsUpTo, lastCompletePeriod, periodToDate, periodLabel, isoWeek } from './period';
export type { PeriodSpan } from './period';
export { intervalGrid } from './grid';
export type { BucketGrid, GridRange } from './grid';
export { parseLocalTime, localTimeIso } from './local-time';
