import { useEffect, useRef } from 'react';
import { sameJson } from '../data/sameJson';

/**
 * onChange without repeats: Grafana's Combobox reports one choice several times before the editor re-renders,
 * and each report would run the query again. A query changed from outside can be chosen again.
 */
export function useDistinctChanges<Q>(saved: Q, onChange: (query: Q) => void): (query: Q) => boolean {
  const last = useRef<Q | undefined>(undefined);
  useEffect(() => {
    if (last.current !== undefined && !sameJson(saved, last.current)) {
      last.current = undefined;
    }
  }, [saved]);
  return (query) => {
    if (last.current !== undefined && sameJson(query, last.current)) {
      return false;
    }
    last.current = query;
    onChange(query);
    return true;
  };
}
