// The signed-in host user: a `host_user=<login>:<Role>` cookie the host server reads (plugin proxy, boot data).
import { OrgRole } from '@grafana/data';
import { config } from '@grafana/runtime';
import type { SignInRequest } from '../api';
import { DEFAULT_USER, type HostUser, type OrgRole as Role, parseUser, USER_COOKIE } from '../../server/user';

const ORG_ROLE: Record<Role, OrgRole> = { Viewer: OrgRole.Viewer, Editor: OrgRole.Editor, Admin: OrgRole.Admin };

/**
 * Signs `login` in with `role` from now on: later requests carry the cookie, and config.bootData.user changes in
 * place; pages already rendered keep the user they started with until they render again (the menu reloads).
 */
export function signIn({ login, role }: SignInRequest): HostUser {
  const user = parseUser(`${login}:${role}`);
  if (!user) {
    throw new Error(
      `signIn: "${login}" with role "${role}" is not a user (login: letters, digits, . _ @ -; role: Viewer, Editor or Admin)`
    );
  }
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(`${user.login}:${user.orgRole}`)}; path=/; SameSite=Lax`;
  Object.assign(config.bootData.user, {
    login: user.login,
    uid: user.login,
    name: user.name,
    email: `${user.login}@localhost`,
    orgRole: ORG_ROLE[user.orgRole],
    isGrafanaAdmin: user.isGrafanaAdmin,
  });
  return user;
}

/** The user the page was served for (config.bootData.user). */
export function currentUser(): HostUser {
  const { login, orgRole } = config.bootData.user;
  return parseUser(`${login}:${orgRole}`) ?? DEFAULT_USER;
}
