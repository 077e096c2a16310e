export const APP_ID = 'scorecard-suite-app';
export const APP_BASE = `/a/${APP_ID}`;

export interface AppPageInfo {
  id: string;
  title: string;
  summary: string;
}

// Mirrors the page includes of app/plugin.json, in nav order.
export const APP_PAGES: AppPageInfo[] = [
  { id: 'overview', title: 'Overview', summary: 'What the suite holds and where each part lives.' },
  {
    id: 'catalog',
    title: 'KPI catalog',
    summary: 'Every KPI definition with owner, perspective, journey stage and version.',
  },
  {
    id: 'governance',
    title: 'Governance',
    summary: 'Proposed versions awaiting approval, freeze windows and the audit trail.',
  },
  {
    id: 'escalations',
    title: 'Escalations',
    summary: 'KPIs that breached an escalation policy: who was notified, acknowledged and resolved them.',
  },
  { id: 'maturity', title: 'Maturity', summary: 'Staged maturity assessments per business unit and their results.' },
  {
    id: 'benchmarks',
    title: 'Benchmarks',
    summary: 'Year-over-year change and anonymised comparison with other units and peers.',
  },
];
