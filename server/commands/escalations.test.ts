import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalReceiver, type LocalReceiver } from '../escalation/local-receiver';
import { dailyHealthKpi, seedBreachingStore, webhookPolicy } from '../escalation/testing';
import { buildServerBundle, runCli } from '../test-support/cli-process';
let dir: string;
let store: string;
let receiver: LocalReceiver;

beforeAll(async () => {
  buildServerBundle();
  dir = await mkdtemp(join(tmpdir(), 'scorecard-escalations-cli-'));
  receiver = await startLocalReceiver();
  const policy = webhookPolicy('cli-watch', 'CLI watch', 'c.health', receiver.url, { periods: 2, of: 2 });
  store = await seedBreachingStore(dir, [dailyHealthKpi('c.health'), policy], 'c.health');
});

afterAll(async () => {
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = async (...args: string[]) => {
  const run = runCli(['escalations', ...args, '--store', store], { cwd: dir, env: { SCORECARD_USER: 'carol' } });
  const code = await run.exitCode;
  return { code, out: run.stdout(), err: run.stderr() };
};

describe('scorecard escalations on a local store', () => {
  it('evaluates, delivers once, lists, acknowledges and resolves with a note', async () => {
    const evaluated = await cli('evaluate');
    expect(evaluated.code).toBe(0);
    expect(evaluated.out).toMatch(/evaluated 1 policy at .*: 1 opened, 1 notified, 0 held by quiet hours, 0 resolved/);
    expect(evaluated.out).toContain('deliveries: 1 delivered, 0 to retry, 0 failed');
    expect(receiver.received.map((r) => (r.body as { reason: string }).reason)).toEqual(['opened']);

    const listed = await cli('list', '--state', 'open');
    const id = /^(esc-[0-9a-f]+)\s+open\s+level 1\s+c\.health \(dana\)\s+critical 2 of 2 through /m.exec(
      listed.out
    )?.[1];
    expect(id).toBeDefined();

    const acked = await cli('ack', String(id), '--note', 'calling them');
    expect(acked.code).toBe(0);
    expect(acked.out).toMatch(/acknowledged\s+level 1 .* acknowledged by carol/);

    const noNote = await cli('resolve', String(id));
    expect(noNote.code).not.toBe(0);
    expect(noNote.err).toMatch(/--note/);

    const resolved = await cli('resolve', String(id), '--note', 'renewed');
    expect(resolved.code).toBe(0);
    expect(resolved.out).toMatch(/resolved\s+level 1 .*resolved \(manual by carol\)/);

    const shown = await cli('show', String(id));
    expect(shown.out).toContain('resolve note: renewed');
    expect(shown.out).toMatch(/opened level 1 → team \(webhook\): delivered, 1 attempt\(s\)/);
    expect(shown.out).toMatch(/resolved level 1 → team \(webhook\): delivered, 1 attempt\(s\)/);

    expect(receiver.received.map((r) => (r.body as { reason: string }).reason)).toEqual([
      'opened',
      'acknowledged',
      'resolved',
    ]);

    const again = await cli('ack', String(id));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already resolved \(manual\)/);
  }, 120_000);
});
