import { useEffect, useState } from 'react';

export type Load<T> = { state: 'loading' } | { state: 'error'; error: string } | { state: 'done'; value: T };

/** Runs `load` whenever a key changes; only the latest answer is kept. */
export function useLoad<T>(load: () => Promise<T>, keys: unknown[]): Load<T> {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => live && setResult({ state: 'done', value }),
      (err: unknown) => live && setResult({ state: 'error', error: err instanceof Error ? err.message : String(err) })
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, keys);
  return result;
}
