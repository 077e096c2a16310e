import { DEFAULT_USER, hasRole, parseUser, userFromCookies } from './user';

describe('the signed-in host user', () => {
  it('reads host_user=<login>:<Role> among other cookies, and falls back to admin', () => {
    expect(userFromCookies('a=1; host_user=alice%3AEditor; b=2')).toEqual({
      login: 'alice',
      name: 'alice',
      orgRole: 'Editor',
      isGrafanaAdmin: false,
    });
    expect(userFromCookies(undefined)).toEqual(DEFAULT_USER);
    expect(userFromCookies('host_user=alice%3ASuperuser')).toEqual(DEFAULT_USER);
    expect(userFromCookies('host_user=%E0%A4%A')).toEqual(DEFAULT_USER);
    expect(parseUser('bad login:Admin')).toBeUndefined();
  });

  it("orders roles as Grafana's HasRole: Viewer < Editor < Admin, a server admin has all", () => {
    const editor = parseUser('ed:Editor') ?? DEFAULT_USER;
    expect([hasRole(editor, 'Viewer'), hasRole(editor, 'Editor'), hasRole(editor, 'Admin')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(hasRole(editor, undefined)).toBe(true);
    expect(hasRole(parseUser('admin:Viewer') ?? DEFAULT_USER, 'Editor')).toBe(false);
    expect(hasRole(DEFAULT_USER, 'Admin')).toBe(true);
  });
});
