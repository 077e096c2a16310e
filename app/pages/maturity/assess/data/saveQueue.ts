import { type AnswerEntry } from '../../../../../core/maturity/api';

type Entries = Readonly<Record<string, AnswerEntry>>;

/** Changes waiting to be saved, the ones being saved, and how the last save went. */
export interface SaveQueue {
  pending: Entries;
  inFlight: Entries | null;
  error: string | null;
  savedAt: number | null;
}

export const emptyQueue: SaveQueue = { pending: {}, inFlight: null, error: null, savedAt: null };

/** Queue a criterion's entry; `undefined` takes it out (it cannot be saved as it stands). */
export function enqueue(q: SaveQueue, id: string, entry: AnswerEntry | undefined): SaveQueue {
  const { [id]: _old, ...rest } = q.pending;
  return { ...q, pending: entry === undefined ? rest : { ...rest, [id]: entry } };
}

/** Start a save of everything pending, unless one is under way or nothing waits. */
export function begin(q: SaveQueue): { queue: SaveQueue; body: Entries | null } {
  if (q.inFlight !== null || Object.keys(q.pending).length === 0) {
    return { queue: q, body: null };
  }
  return { queue: { ...q, pending: {}, inFlight: q.pending }, body: q.pending };
}

export function succeeded(q: SaveQueue, at: number): SaveQueue {
  return { ...q, inFlight: null, error: null, savedAt: at };
}

/** The unsaved entries go back to the queue; an edit made meanwhile wins over the one that failed. */
export function failed(q: SaveQueue, error: string): SaveQueue {
  return { ...q, pending: { ...q.inFlight, ...q.pending }, inFlight: null, error };
}

export const hasPending = (q: SaveQueue) => Object.keys(q.pending).length > 0;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; text: string }
  | { kind: 'error'; text: string };

const clock = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour12: false });

/** The status line: an error stays until a save succeeds. */
export function statusOf(q: SaveQueue): SaveStatus {
  if (q.error !== null && q.inFlight === null) {
    return { kind: 'error', text: `Not saved: ${q.error}` };
  }
  if (q.inFlight !== null || hasPending(q)) {
    return { kind: 'saving' };
  }
  return q.savedAt === null ? { kind: 'idle' } : { kind: 'saved', text: `All changes saved ${clock(q.savedAt)}` };
}
