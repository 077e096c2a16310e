import { useEffect, useState } from 'react';

export type LoadState<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; message: string };

/** Runs `load` once when the component mounts; the state is set only from the promise, never during the effect. */
export function useLoad<T>(load: () => Promise<T>): LoadState<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [run] = useState(() => load);
  useEffect(() => {
    let live = true;
    run().then(
      (value) => live && setState({ status: 'done', value }),
      (err: unknown) => live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) })
    );
    return () => {
      live = false;
    };
  }, [run]);
  return state;
}
