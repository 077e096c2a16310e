// Runs a promise-returning function once per key and exposes its state to a component.
import { useEffect, useState } from 'react';
import { asError } from './errors';

/** While a new key loads, `previous` is the last value, so a page can keep showing it. */
export type AsyncState<T> =
  | { status: 'loading'; previous?: T }
  | { status: 'done'; value: T }
  | { status: 'error'; error: Error };

const lastValue = <T>(state: AsyncState<T>): T | undefined =>
  state.status === 'done' ? state.value : state.status === 'loading' ? state.previous : undefined;

export function useAsync<T>(run: () => Promise<T>, key: string): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState((before) => ({ status: 'loading', previous: lastValue(before) }));
    run().then(
      (value) => live && setState({ status: 'done', value }),
      (cause: unknown) => live && setState({ status: 'error', error: asError(cause) })
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for run's inputs
  }, [key]);
  return state;
}
