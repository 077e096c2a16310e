import { APP_BASE } from '../../../constants';

export const CYCLE_TABS = ['assess', 'calibration', 'results'] as const;
export type CycleTab = (typeof CYCLE_TABS)[number];

export type MaturityView =
  | { view: 'cycles' }
  | { view: 'cycle'; id: string; tab: CycleTab | undefined }
  | { view: 'report'; id: string }
  | { view: 'unknown' };

const isTab = (s: string): s is CycleTab => (CYCLE_TABS as readonly string[]).includes(s);

/** What the path after `/maturity` names: the cycles, one cycle (and its tab), or a cycle's report. */
export function maturityView(rest: string[]): MaturityView {
  const [id, part, ...more] = rest;
  if (id === undefined) {
    return { view: 'cycles' };
  }
  if (more.length > 0) {
    return { view: 'unknown' };
  }
  if (part === undefined) {
    return { view: 'cycle', id, tab: undefined };
  }
  if (part === 'report') {
    return { view: 'report', id };
  }
  return isTab(part) ? { view: 'cycle', id, tab: part } : { view: 'unknown' };
}

export const cyclesPath = () => `${APP_BASE}/maturity`;
export const cyclePath = (id: string, tab?: CycleTab) =>
  `${APP_BASE}/maturity/${encodeURIComponent(id)}${tab === undefined ? '' : `/${tab}`}`;
export const reportPath = (id: string) => `${APP_BASE}/maturity/${encodeURIComponent(id)}/report`;
