// Runs a promise-returning function once per key and exposes its state to a component.
import { useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: Error };

export function useAsync<T>(run: () => Promise<T>, key: string): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    run().then(
      (value) => live && setState({ status: 'done', value }),
      (cause: unknown) =>
        live && setState({ status: 'error', error: cause instanceof Error ? cause : new Error(String(cause)) })
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for run's inputs
  }, [key]);
  return state;
}
