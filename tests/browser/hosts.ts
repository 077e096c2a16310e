// The browser suite runs once per host: Grafana 12.4 (React 18) and Grafana 13.2 (React 19), both loading dist/.
import type { GrafanaHost } from '../../host/server';

export const GRAFANA_HOSTS: readonly GrafanaHost[] = [12, 13];

/** The environment variables global-setup sets for a host; the tests read HOST_URL, KPI_URL and KPI_TOKEN. */
export function hostEnv(grafana: GrafanaHost) {
  const suffix = grafana === 12 ? '' : `_G${grafana}`;
  return { host: `HOST_URL${suffix}`, kpiUrl: `KPI_URL${suffix}`, kpiToken: `KPI_TOKEN${suffix}` };
}

/** BROWSER_HOSTS=13 (or 12) runs one host's project only; both by default. */
export function projectHosts(env: NodeJS.ProcessEnv = process.env): GrafanaHost[] {
  const asked = (env.BROWSER_HOSTS ?? '').split(',').map((s) => s.trim());
  const chosen = GRAFANA_HOSTS.filter((g) => asked.includes(String(g)));
  return chosen.length > 0 ? chosen : [...GRAFANA_HOSTS];
}

/** The Playwright project name of a host. */
export const projectName = (grafana: GrafanaHost) => `grafana-${grafana}`;
