import { type OrgRole } from '@grafana/data';
import { config } from '@grafana/runtime';

/** Signs in as `login` with this organisation role (not a Grafana server admin) for the app's role checks. */
export function signIn(login: string, orgRole: OrgRole): void {
  config.bootData.user = { ...config.bootData.user, login, orgRole, isGrafanaAdmin: false };
}
