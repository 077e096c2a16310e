import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTokens, parseTokensEnv, parseTokensFile } from './token-sources';

const A = 'admin-token-0123456789';
const V = 'viewer-token-0123456789';
const E = 'editor-token-0123456789';

describe('parseTokensEnv', () => {
  it('reads role=token pairs as services named after the role, ignoring blanks and spaces', () => {
    expect(parseTokensEnv(` admin=${A}, ,viewer=${V},`)).toEqual([
      { role: 'admin', token: A, origin: 'SCORECARD_TOKENS entry 1', name: 'admin', kind: 'service' },
      { role: 'viewer', token: V, origin: 'SCORECARD_TOKENS entry 3', name: 'viewer', kind: 'service' },
    ]);
  });

  it('reads name:role (a person) and name:role:kind entries', () => {
    const entries = parseTokensEnv(`alice:editor=${A},ci-bot:approver:service=${V},grafana:viewer:grafana=${E}`);
    expect(entries.map((e) => [e.name, e.role, e.kind])).toEqual([
      ['alice', 'editor', 'person'],
      ['ci-bot', 'approver', 'service'],
      ['grafana', 'viewer', 'grafana'],
    ]);
  });

  it.each([
    ['an unknown kind', `alice:editor:robot=${A}`, 'entry 1: unknown kind "robot" (kinds: person, service, grafana)'],
    ['an empty name', `:editor=${A}`, 'entry 1: expected role=token, name:role=token or name:role:kind=token'],
    ['four parts', `a:b:editor:person=${A}`, 'entry 1: expected role=token'],
    ['an unknown role after a name', `alice:root=${A}`, 'entry 1: unknown role "root"'],
  ])('names the entry with %s, never the token', (_name, value, message) => {
    expect(() => parseTokensEnv(value)).toThrow(message);
    expect(() => parseTokensEnv(value)).not.toThrow(A);
  });

  it('keeps "=" inside a token', () => {
    expect(parseTokensEnv(`admin=${A}==`)[0]?.token).toBe(`${A}==`);
  });

  it('names the entry without "=" and does not echo it', () => {
    expect(() => parseTokensEnv(`admin=${A},${V}`)).toThrow('SCORECARD_TOKENS entry 2 has no "="');
    expect(() => parseTokensEnv(`admin=${A},${V}`)).not.toThrow(V);
  });

  it('names an unknown role and lists the valid ones', () => {
    expect(() => parseTokensEnv(`root=${A}`)).toThrow(
      'SCORECARD_TOKENS entry 1: unknown role "root" (roles: viewer, editor, approver, admin)'
    );
  });
});

describe('parseTokensFile', () => {
  it('reads the role map form in YAML, with lists', () => {
    const entries = parseTokensFile(`admin: ${A}\nviewer:\n  - ${V}\n  - ${E}\n`, 't.yaml');
    expect(entries.map((e) => [e.role, e.token])).toEqual([
      ['admin', A],
      ['viewer', V],
      ['viewer', E],
    ]);
  });

  it('reads the list form in JSON', () => {
    const text = JSON.stringify({ tokens: [{ role: 'editor', token: E }] });
    expect(parseTokensFile(text, 't.json')).toEqual([
      { role: 'editor', token: E, origin: 'tokens file t.json tokens[0]', name: 'editor', kind: 'service' },
    ]);
  });

  it('reads names and kinds in the list form: a named entry is a person unless its kind says otherwise', () => {
    const tokens = [
      { name: 'alice', role: 'approver', token: A },
      { name: 'ci-bot', role: 'approver', kind: 'service', token: V },
      { role: 'viewer', kind: 'grafana', token: E },
    ];
    const entries = parseTokensFile(JSON.stringify({ tokens }), 't.json');
    expect(entries.map((e) => [e.name, e.role, e.kind])).toEqual([
      ['alice', 'approver', 'person'],
      ['ci-bot', 'approver', 'service'],
      ['grafana', 'viewer', 'grafana'],
    ]);
  });

  it("refuses a person's token without a name", () => {
    const text = JSON.stringify({ tokens: [{ role: 'editor', kind: 'person', token: E }] });
    expect(() => parseTokensFile(text, 'p.json')).toThrow(
      "tokens file p.json tokens[0]: a person's token needs a name"
    );
  });

  it.each([
    ['a list', `- ${A}`],
    ['a number as token', 'admin: 12'],
    ['extra keys in the list form', `tokens: [{role: admin, token: ${A}, note: x}]`],
    ['a number as name', `tokens: [{role: admin, token: ${A}, name: 12}]`],
    ['an empty file', ''],
  ])('explains the expected shape for %s', (_name, text) => {
    expect(() => parseTokensFile(text, 'bad.yaml')).toThrow(
      /tokens file bad\.yaml must be \{tokens: \[\{role, token, name\?, kind\?\}\]\}/
    );
  });

  it('reports a syntax error by line without quoting the file', () => {
    const text = `admin: ${A}\nviewer: [${V}\n`;
    expect(() => parseTokensFile(text, 'broken.yaml')).toThrow(/broken\.yaml is not valid JSON or YAML at line \d/);
    expect(() => parseTokensFile(text, 'broken.yaml')).not.toThrow(V);
  });

  it('names an unknown role', () => {
    expect(() => parseTokensFile(`owner: ${A}`, 'r.yaml')).toThrow('tokens file r.yaml owner: unknown role "owner"');
  });
});

describe('loadTokens', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scorecard-tokens-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('merges the environment and files', async () => {
    const file = join(dir, 'tokens.json');
    await writeFile(file, JSON.stringify({ viewer: V }));
    const tokens = await loadTokens({ env: `admin=${A}`, files: [file] });
    expect(tokens.roleFor(A)).toBe('admin');
    expect(tokens.roleFor(V)).toBe('viewer');
  });

  it('is empty when nothing is configured', async () => {
    expect((await loadTokens({})).size).toBe(0);
  });

  it('names a missing file', async () => {
    await expect(loadTokens({ files: [join(dir, 'nope.yaml')] })).rejects.toThrow(
      /cannot read tokens file .*nope\.yaml/
    );
  });
});
