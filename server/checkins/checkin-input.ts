import { timeOrReason } from '../events/validate';
import { type CheckIn } from '../values/types';

export const MAX_NOTE = 2000;

/** One submitted value: time as ISO-8601 or epoch ms (default now), value a finite number, note optional text. */
export interface CheckInInput {
  time?: unknown;
  value?: unknown;
  note?: unknown;
}

/** A bad check-in: `where` names it (`line 4`, `body.values[2]`). */
export class CheckInInputError extends Error {
  override readonly name = 'CheckInInputError';

  constructor(
    readonly where: string,
    readonly field: string,
    reason: string
  ) {
    super(`${where}: ${field}: ${reason}`);
  }
}

export function parseCheckIn(
  input: CheckInInput,
  ctx: { kpi: string; author: string; now: number; where: string }
): CheckIn {
  const empty = input.time === undefined || input.time === null || input.time === '';
  const time = empty ? ctx.now : timeOrReason(input.time);
  if (typeof time === 'string') {
    throw new CheckInInputError(ctx.where, 'time', time);
  }
  const raw = typeof input.value === 'string' && input.value.trim() !== '' ? Number(input.value) : input.value;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    throw new CheckInInputError(
      ctx.where,
      'value',
      `must be a number, got ${JSON.stringify(input.value) ?? 'nothing'}`
    );
  }
  const note = input.note === undefined || input.note === null ? '' : input.note;
  if (typeof note !== 'string' || note.length > MAX_NOTE) {
    throw new CheckInInputError(ctx.where, 'note', `must be text of at most ${MAX_NOTE} characters`);
  }
  return { kpi: ctx.kpi, time, value: raw, note, author: ctx.author };
}
