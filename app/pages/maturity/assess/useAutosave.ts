import { useCallback, useEffect, useRef, useState } from 'react';
import { type AnswerEntry, type Cycle, type ResponsesBody } from '../../../../core/maturity/api';
import { explainSaveError } from './data/errors';
import { begin, emptyQueue, enqueue, failed, hasPending, type SaveQueue, statusOf, succeeded } from './data/saveQueue';

/** How long typing may pause before a note or link is saved. */
export const TEXT_SAVE_DELAY_MS = 800;

/**
 * Saves changed criteria one request at a time: changes made during a save wait for the next one, a failed
 * save goes back to the queue, and what is still waiting is sent when the form goes away.
 */
export function useAutosave(save: (body: ResponsesBody) => Promise<Cycle>, onSaved: (cycle: Cycle) => void) {
  const queue = useRef<SaveQueue>(emptyQueue);
  const [shown, setShown] = useState<SaveQueue>(emptyQueue);
  const [saved, setSaved] = useState<Cycle>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const calls = useRef({ save, onSaved });
  calls.current = { save, onSaved };

  const update = useCallback((next: SaveQueue) => {
    queue.current = next;
    setShown(next);
  }, []);

  const flush = useCallback(
    function flush() {
      clearTimeout(timer.current);
      timer.current = undefined;
      const { queue: next, body } = begin(queue.current);
      if (body === null) {
        return;
      }
      update(next);
      calls.current.save({ answers: { ...body } }).then(
        (cycle) => {
          update(succeeded(queue.current, Date.now()));
          setSaved(cycle);
          calls.current.onSaved(cycle);
          if (hasPending(queue.current) && timer.current === undefined) {
            flush();
          }
        },
        (err: unknown) => update(failed(queue.current, explainSaveError(err)))
      );
    },
    [update]
  );

  /** Queue a criterion's entry (undefined: it cannot be saved as it stands); `now` for clicks, else debounced. */
  const change = useCallback(
    (id: string, entry: AnswerEntry | undefined, now: boolean) => {
      update(enqueue(queue.current, id, entry));
      if (now) {
        flush();
      } else if (entry !== undefined) {
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, TEXT_SAVE_DELAY_MS);
      }
    },
    [flush, update]
  );

  useEffect(() => flush, [flush]);

  const busy = shown.inFlight !== null || hasPending(shown);
  useEffect(() => {
    if (!busy) {
      return;
    }
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);

  return { status: statusOf(shown), saved, change, retry: flush };
}
