// The theme switch of routed pages: follows the router's location, so app navigation keeps its path and query.
import { useLocation } from 'react-router-dom-v5-compat';
import type { ThemeMode } from '../api';
import { ThemeSwitch } from './ThemeSwitch';

export function RoutedThemeSwitch({ mode }: { mode: ThemeMode }) {
  const { pathname, search } = useLocation();
  return <ThemeSwitch mode={mode} pathname={pathname} search={search} />;
}
