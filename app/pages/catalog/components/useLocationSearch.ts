import { useEffect, useState } from 'react';
import { locationService } from '@grafana/runtime';

/** The URL's query string (`?q=…`), updated on navigation. */
export function useLocationSearch(): string {
  const [search, setSearch] = useState(() => locationService.getLocation().search);
  useEffect(() => {
    const sub = locationService.getLocationObservable().subscribe((loc) => setSearch(loc.search));
    return () => sub.unsubscribe();
  }, []);
  return search;
}
