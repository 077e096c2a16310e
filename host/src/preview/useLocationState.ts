// The current location from locationService's history, updated on every push, replace and back/forward.
import { useEffect, useState } from 'react';
import { locationService } from '@grafana/runtime';

type Location = ReturnType<typeof locationService.getLocation>;

export function useLocationState(): Location {
  const [location, setLocation] = useState(() => locationService.getLocation());
  useEffect(() => locationService.getHistory().listen((next: Location) => setLocation(next)), []);
  return location;
}
