import { useCallback, useEffect, useState } from 'react';

export type Load<T> = { state: 'loading' } | { state: 'error'; error: string } | { state: 'done'; value: T };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Runs `load` on mount, whenever a key changes and on reload(); an answer that arrives after a newer run or
 * unmount is dropped. A reload keeps the last value on screen until the new one arrives.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  keys: readonly unknown[] = [],
  explain: (err: unknown) => string = messageOf
): [Load<T>, () => void] {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const [run, setRun] = useState(0);
  const [loadKeys, setLoadKeys] = useState(keys);
  if (keys.length !== loadKeys.length || keys.some((k, i) => !Object.is(k, loadKeys[i]))) {
    // new keys: show loading at once instead of the previous key's value
    setLoadKeys(keys);
    setResult({ state: 'loading' });
  }
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ state: 'done', value }),
      (err: unknown) => live && setResult({ state: 'error', error: explain(err) })
    );
    return () => {
      live = false;
    };
    // load and explain are read when a key changes or on reload, as the callers' closures of that render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadKeys, run]);
  const reload = useCallback(() => setRun((n) => n + 1), []);
  return [result, reload];
}
