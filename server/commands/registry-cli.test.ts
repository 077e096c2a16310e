import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type ResourceDocument } from '../../core/schema';
import { buildServerBundle, runCli } from '../test-support/cli-process';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { duckDbPlace, postgresPlace } from '../test-support/places';

const yaml = (docs: ResourceDocument[]) => docs.map((d) => stringify(d)).join('---\n');

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = runCli(args, { cwd, env: { SCORECARD_USER: 'ci-bot', ...env } });
  const code = await run.exitCode;
  return { code, out: run.stdout(), err: run.stderr() };
}

let dir: string;
beforeAll(() => buildServerBundle());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scorecard-registry-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const stores: Array<[string, () => Promise<{ spec: string; dispose(): Promise<void> }>]> = [
  [
    'duckdb',
    async () => {
      const p = await duckDbPlace();
      return { spec: p.file, dispose: p.dispose };
    },
  ],
  [
    'postgres',
    async () => {
      const p = await postgresPlace();
      return { spec: p.spec, dispose: p.dispose };
    },
  ],
];

describe.each(stores)('validate, plan, apply, export and audit verify on a local %s store', (_kind, newStore) => {
  it('goes from create to update to a round trip that changes nothing', async () => {
    const store = await newStore();
    try {
      const file = join(dir, 'org.yaml');
      const docs = [kpiDoc('c.one'), kpiDoc('c.two'), scorecardDoc('c.card', ['c.one', 'c.two'])];
      await writeFile(file, yaml(docs));
      const s = ['--store', store.spec];

      expect((await cli(['validate', file], dir)).code).toBe(0);
      const plan = await cli(['plan', file, ...s], dir);
      expect(plan.out).toContain('+ create KPI c.one');
      expect(plan.out).toContain('plan: 3 to create, 0 to update, 0 to retire, 0 unchanged');

      const apply = await cli(['apply', file, ...s, '--approve', '-m', 'initial import'], dir);
      expect(apply.code).toBe(0);
      expect(apply.out).toContain('KPI c.one v1 approved');

      await writeFile(
        file,
        yaml([kpiDoc('c.one', { target: 95, thresholds: { redFlag: 70, goal: 95 } }), ...docs.slice(1)])
      );
      const update = await cli(['plan', file, ...s], dir);
      expect(update.out).toContain('~ update KPI c.one (from v1)');
      expect(update.out).toContain('spec.target: 90 -> 95');
      expect(update.out).toContain('plan: 0 to create, 1 to update, 0 to retire, 2 unchanged');
      expect((await cli(['apply', file, ...s], dir)).code).toBe(0);

      const out = join(dir, 'exported');
      expect((await cli(['export', '--out', out, ...s], dir)).code).toBe(0);
      expect(await readFile(join(out, 'kpis.yaml'), 'utf8')).toContain('id: c.two');
      const again = await cli(['apply', out, ...s], dir);
      expect(again.out).toContain('applied: 0 to create, 0 to update, 0 to retire, 3 unchanged');

      const card = join(dir, 'card-only.yaml');
      await writeFile(card, yaml([scorecardDoc('c.card2', ['c.one'])]));
      expect((await cli(['validate', card], dir)).code).toBe(1);
      const refersToStore = await cli(['apply', card, ...s], dir);
      expect(refersToStore.code).toBe(0);
      expect(refersToStore.out).toContain('+ create Scorecard c.card2');

      const audit = await cli(['audit', 'verify', ...s], dir);
      expect(audit.code).toBe(0);
      expect(audit.out).toMatch(/audit log intact: \d+ entries/);
    } finally {
      await store.dispose();
    }
  });
});

describe('apply against a running server', () => {
  it("plans and applies through --server and --token, recording the token's identity", async () => {
    const token = 'admin-token-for-cli-tests-0001';
    const server = runCli(['serve', '--port', '0', '--store', join(dir, 's.duckdb')], {
      cwd: dir,
      env: { SCORECARD_TOKENS: `ci-bot:admin:service=${token}` },
    });
    try {
      const [, url = ''] = await server.waitForStdout(/listening on (http:\/\/\S+) /);
      const file = join(dir, 'one.yaml');
      await writeFile(file, yaml([kpiDoc('r.one')]));
      const remote = ['--server', url, '--token', token];
      expect((await cli(['plan', file, ...remote], dir)).out).toContain('+ create KPI r.one');
      expect((await cli(['apply', file, ...remote, '-m', 'remote'], dir)).code).toBe(0);
      const res = await fetch(`${url}/api/v1/kpis/r.one`, { headers: { authorization: `Bearer ${token}` } });
      expect(await res.json()).toMatchObject({ version: 1, author: 'ci-bot', message: 'remote' });

      await writeFile(file, yaml([kpiDoc('r.one', { governance: { fourEyes: true } })]));
      const own = await cli(['apply', file, ...remote, '--approve'], dir, { SCORECARD_USER: 'someone-else' });
      expect(own.code).toBe(1);
      expect(own.err).toContain('four-eyes: KPI r.one needs an approver other than its author ci-bot');
      const reviewed = await cli(['apply', file, ...remote, '--approve', '--approved-by', 'Blake'], dir);
      expect(reviewed.code).toBe(0);
      expect(reviewed.out).toContain('KPI r.one v2 approved');
      const v2 = await fetch(`${url}/api/v1/kpis/r.one`, { headers: { authorization: `Bearer ${token}` } });
      expect(await v2.json()).toMatchObject({ version: 2, author: 'ci-bot', approver: 'Blake' });
      const badToken = await cli(['plan', file, '--server', url, '--token', 'wrong-token-0000000000'], dir);
      expect(badToken.code).toBe(1);
      expect(badToken.err).toContain('401');
    } finally {
      server.child.kill('SIGTERM');
      await server.exitCode;
    }
  });
});

describe('invalid input', () => {
  it('refuses --approved-by without --approve', async () => {
    const res = await cli(['apply', join(dir, 'none.yaml'), '--approved-by', 'blake'], dir);
    expect(res.code).toBe(2);
    expect(res.err).toContain('--approved-by names the reviewer of an approval: use it with --approve');
  });

  it('prints every problem with its position and applies nothing', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'apiVersion: scorecard/v1\nkind: KPI\nmetadata: {id: Bad Id}\nspec: {}\n');
    const res = await cli(['apply', file, '--store', join(dir, 'x.duckdb')], dir);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/bad\.yaml:3:\d+ .*lowercase/);
    expect(res.err).toContain('nothing was planned or applied');
  });
});
