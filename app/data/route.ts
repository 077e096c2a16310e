import { APP_BASE, APP_PAGES, type AppPageInfo } from '../constants';

/** The app page a Grafana URL path points at; unknown or bare app paths fall back to the first page. */
export function pageForPath(pathname: string): AppPageInfo {
  const rest = pathname.startsWith(APP_BASE) ? pathname.slice(APP_BASE.length) : '';
  const id = rest.split('/').filter(Boolean)[0];
  const first = APP_PAGES[0];
  if (!first) {
    throw new Error('APP_PAGES is empty');
  }
  return APP_PAGES.find((p) => p.id === id) ?? first;
}

export const pathForPage = (id: string) => `${APP_BASE}/${id}`;

/** The path segments after the page id (`catalog/customer.nps` → `['customer.nps']`), decoded. */
export function subPath(pathname: string): string[] {
  const rest = pathname.startsWith(APP_BASE) ? pathname.slice(APP_BASE.length) : '';
  return rest.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
}

/** True when the path names no page of the app (a bare app path is the first page). */
export function isUnknownPage(pathname: string): boolean {
  const rest = pathname.startsWith(APP_BASE) ? pathname.slice(APP_BASE.length) : '';
  const id = rest.split('/').filter(Boolean)[0];
  return id !== undefined && !APP_PAGES.some((p) => p.id === id);
}
