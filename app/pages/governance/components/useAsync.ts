import { useCallback, useEffect, useState } from 'react';
import { explainError } from '../data/errors';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: string } | { state: 'done'; value: T };

/** Runs `load` on mount and on reload(); an answer that arrives after a newer reload or unmount is dropped. */
export function useAsync<T>(load: () => Promise<T>): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [run, setRun] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ state: 'done', value }),
      (err: unknown) => current && setResult({ state: 'error', error: explainError(err) })
    );
    return () => {
      current = false;
    };
  }, [load, run]);
  const reload = useCallback(() => setRun((n) => n + 1), []);
  return [result, reload];
}
