import { useEffect, useState } from 'react';
import { locationService } from '@grafana/runtime';

/** The current URL path from Grafana's location service, updated on navigation. */
export function useLocationPath(): string {
  const [path, setPath] = useState(() => locationService.getLocation().pathname);
  useEffect(() => {
    const sub = locationService.getLocationObservable().subscribe((loc) => setPath(loc.pathname));
    return () => sub.unsubscribe();
  }, []);
  return path;
}
