import { TokenConfigError, TokenSet } from './token-set';

const admin = 'a'.repeat(16);
const viewer = 'v'.repeat(20);

describe('TokenSet', () => {
  const tokens = new TokenSet([
    { role: 'admin', token: admin, origin: 'test 1' },
    { role: 'viewer', token: viewer, origin: 'test 2' },
  ]);

  it('finds the role of a known token', () => {
    expect(tokens.roleFor(admin)).toBe('admin');
    expect(tokens.roleFor(viewer)).toBe('viewer');
  });

  it('rejects unknown tokens, prefixes, extensions and the empty string', () => {
    expect(tokens.roleFor(`${admin}x`)).toBeUndefined();
    expect(tokens.roleFor(admin.slice(1))).toBeUndefined();
    expect(tokens.roleFor(admin.toUpperCase())).toBeUndefined();
    expect(tokens.roleFor('')).toBeUndefined();
  });

  it('lists its roles and size', () => {
    expect(tokens.size).toBe(2);
    expect(tokens.roles().sort()).toEqual(['admin', 'viewer']);
  });

  it('refuses short tokens, naming the origin and role but not the token', () => {
    const create = () => new TokenSet([{ role: 'editor', token: 'short-secret', origin: 'SCORECARD_TOKENS entry 3' }]);
    expect(create).toThrow(TokenConfigError);
    expect(create).toThrow(/SCORECARD_TOKENS entry 3: the editor token is too short \(12 characters/);
    expect(create).not.toThrow(/short-secret/);
  });

  it('refuses the same token for two roles', () => {
    const create = () =>
      new TokenSet([
        { role: 'admin', token: admin, origin: 'first' },
        { role: 'viewer', token: admin, origin: 'second' },
      ]);
    expect(create).toThrow(/second reuses the token of first for a different role/);
  });

  it('keeps one entry for a token repeated with the same role', () => {
    const set = new TokenSet([
      { role: 'admin', token: admin, origin: 'a' },
      { role: 'admin', token: admin, origin: 'b' },
    ]);
    expect(set.size).toBe(1);
  });

  it('tells what a token proves: a bare role entry is a service named after the role', () => {
    const set = new TokenSet([
      { role: 'admin', token: admin, origin: 'a' },
      { role: 'approver', token: viewer, origin: 'b', name: 'Alice', kind: 'person' },
    ]);
    expect(set.credentialFor(admin)).toEqual({ role: 'admin', name: 'admin', kind: 'service' });
    expect(set.credentialFor(viewer)).toEqual({ role: 'approver', name: 'Alice', kind: 'person' });
    expect(set.credentialFor(`${viewer}x`)).toBeUndefined();
  });

  it('refuses the same token for two identities, and one name as two kinds (case-insensitively)', () => {
    const twoNames = () =>
      new TokenSet([
        { role: 'editor', token: admin, origin: 'first', name: 'alice', kind: 'person' },
        { role: 'editor', token: admin, origin: 'second', name: 'bob', kind: 'person' },
      ]);
    expect(twoNames).toThrow('second reuses the token of first for a different role or identity');
    const twoKinds = () =>
      new TokenSet([
        { role: 'editor', token: admin, origin: 'first', name: 'ci', kind: 'service' },
        { role: 'editor', token: viewer, origin: 'second', name: 'CI', kind: 'grafana' },
      ]);
    expect(twoKinds).toThrow('second: "CI" is a service in first, not a grafana');
  });

  it('refuses names with invisible or bidi-control characters, without echoing the token', () => {
    const create = () =>
      new TokenSet([{ role: 'editor', token: admin, origin: 'entry 1', name: 'al\u200bice', kind: 'person' }]);
    expect(create).toThrow('entry 1: the name contains control, invisible or bidi-control characters');
    expect(create).not.toThrow(admin);
  });
});
