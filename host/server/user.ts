// The host's signed-in user: `admin` (Admin) unless the browser chose another with the `host_user=<login>:<Role>` cookie.
export const ORG_ROLES = ['Viewer', 'Editor', 'Admin'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export interface HostUser {
  login: string;
  name: string;
  orgRole: OrgRole;
  /** Only the default `admin` is a Grafana server admin, as in a fresh Grafana. */
  isGrafanaAdmin: boolean;
}

export const USER_COOKIE = 'host_user';
export const DEFAULT_USER: HostUser = { login: 'admin', name: 'admin', orgRole: 'Admin', isGrafanaAdmin: true };

const LOGIN = /^[A-Za-z0-9._@-]{1,64}$/;
const isOrgRole = (value: string): value is OrgRole => ORG_ROLES.some((r) => r === value);

/** The user named by `login:Role`; undefined when either part is not valid. */
export function parseUser(value: string): HostUser | undefined {
  const at = value.lastIndexOf(':');
  const login = value.slice(0, at);
  const role = value.slice(at + 1);
  if (at < 1 || !LOGIN.test(login) || !isOrgRole(role)) {
    return undefined;
  }
  return { login, name: login, orgRole: role, isGrafanaAdmin: login === 'admin' && role === 'Admin' };
}

/** The user of a request's Cookie header; the default user when the cookie is missing or malformed. */
export function userFromCookies(header: string | string[] | undefined): HostUser {
  const cookies = (Array.isArray(header) ? header.join('; ') : (header ?? '')).split(';');
  for (const cookie of cookies) {
    const eq = cookie.indexOf('=');
    if (cookie.slice(0, eq).trim() === USER_COOKIE) {
      const value = safeDecode(cookie.slice(eq + 1).trim());
      return (value === undefined ? undefined : parseUser(value)) ?? DEFAULT_USER;
    }
  }
  return DEFAULT_USER;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

const RANK: Record<OrgRole, number> = { Viewer: 0, Editor: 1, Admin: 2 };

/** Grafana's SignedInUser.HasRole: a server admin has every role, otherwise Viewer < Editor < Admin. */
export function hasRole(user: HostUser, needed: string | undefined): boolean {
  if (needed === undefined || needed === '' || user.isGrafanaAdmin) {
    return true;
  }
  return isOrgRole(needed) ? RANK[user.orgRole] >= RANK[needed] : false;
}
