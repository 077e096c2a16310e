import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTokens, parseTokensEnv, parseTokensFile } from './token-sources';

const A = 'admin-token-0123456789';
const V = 'viewer-token-0123456789';
const E = 'editor-token-0123456789';

describe('parseTokensEnv', () => {
  it('reads role=token pairs, ignoring blanks and spaces', () => {
    expect(parseTokensEnv(` admin=${A}, ,viewer=${V},`)).toEqual([
      { role: 'admin', token: A, origin: 'SCORECARD_TOKENS entry 1' },
      { role: 'viewer', token: V, origin: 'SCORECARD_TOKENS entry 3' },
    ]);
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
      { role: 'editor', token: E, origin: 'tokens file t.json tokens[0]' },
    ]);
  });

  it.each([
    ['a list', `- ${A}`],
    ['a number as token', 'admin: 12'],
    ['extra keys in the list form', `tokens: [{role: admin, token: ${A}, note: x}]`],
    ['an empty file', ''],
  ])('explains the expected shape for %s', (_name, text) => {
    expect(() => parseTokensFile(text, 'bad.yaml')).toThrow(
      /tokens file bad\.yaml must be \{tokens: \[\{role, token\}\]\}/
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
