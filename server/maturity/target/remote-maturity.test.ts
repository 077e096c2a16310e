import { type FastifyInstance } from 'fastify';
import { ApiError } from '../../client/api-client';
import { scorecard, squeeze } from '../../test-support/run-cli';
import { type Store } from '../../store/store';
import { apiOn } from '../../test-support/api';
import { ADMIN_TOKEN, VIEWER_TOKEN } from '../../test-support/fixtures';
import { duckDbPlace } from '../../test-support/places';
import { evidenceKpis, smallModel } from '../testing';
import { RemoteMaturity } from './remote-maturity';

let dispose: () => Promise<void>;
let store: Store;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  const place = await duckDbPlace();
  dispose = place.dispose;
  store = await place.open();
  await store.migrate();
  const api = await apiOn(store);
  app = api.app;
  const applied = await api.call('POST', '/api/v1/apply', {
    body: { documents: [smallModel(), ...evidenceKpis()], approve: true },
  });
  expect(applied.statusCode).toBe(200);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await store.close();
  await dispose();
});

describe('RemoteMaturity against a running server', () => {
  it('runs a cycle from creation to release and reads benchmarks, parsed with the core schemas', async () => {
    const target = new RemoteMaturity(url, ADMIN_TOKEN, 'admin');
    expect(target).toMatchObject({ where: url, actor: 'admin' });
    const created = await target.createCycle({
      id: 'east-2026', model: 'small', unit: 'east', year: 2026, asOf: '2026-06-30',
      assessors: ['alice', 'bob'], lead: 'admin',
    }); // prettier-ignore
    // b2 is answered by the registry's evidence
    expect(created).toMatchObject({ state: 'open', modelVersion: 1, progress: { alice: 1, bob: 1 }, criteria: 6 });
    const rest = {
      a2: { answer: 'met' },
      a3: { answer: 'met' },
      b1: { answer: 'met' },
      b3: { answer: 'met' },
    } as const;
    await target.answer('east-2026', 'alice', { answers: { ...rest, a1: { answer: 'met' } } });
    const both = await target.answer('east-2026', 'bob', { answers: { ...rest, a1: { answer: 'not-met' } } });
    expect(both).toMatchObject({ state: 'calibration', progress: { alice: 6, bob: 6 } });

    const refused = await target.release('east-2026').catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 409 });
    expect(String(refused)).toContain('cycle east-2026 cannot be released while 1 criteria are disputed: a1');

    const cli = await scorecard('maturity', 'release', 'east-2026', '--server', url, '--token', ADMIN_TOKEN);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain('  a1 (a/initial): alice met, bob not-met\n');

    expect((await target.settle('east-2026', { answers: { a1: { answer: 'met' } } })).disputed).toEqual([]);
    const released = await target.release('east-2026');
    expect(released.dimensions.map((d) => [d.id, d.stage])).toEqual([
      ['a', 'managed'],
      ['b', 'managed'],
    ]);
    expect((await target.results('east-2026')).benchmark).toMatchObject({ minGroup: 5 });
    expect((await target.listCycles({ unit: 'east', year: 2026 })).map((c) => c.state)).toEqual(['released']);
    expect(await target.listCycles({ unit: 'west' })).toEqual([]);

    const benchmarks = await target.benchmarks({ model: 'small', year: 2026, minGroup: 1 });
    expect(benchmarks.dimensions[0]).toMatchObject({ id: 'a', n: 1, counts: { managed: 1 }, ranks: { east: 50 } });
    const file = await target.exportBenchmarks({ model: 'small', year: 2026, minGroup: 1, source: 'East Co' });
    expect(JSON.stringify(file)).not.toContain('east"');
    const peer = await target.importPeer({ ...file, source: 'Peer Co' });
    expect(peer).toMatchObject({ source: 'Peer Co', importedBy: 'admin' });

    const exemption = await target.exempt({
      model: 'small', unit: 'west', criterion: 'a3', reason: 'new unit', expires: '2026-12-31',
    }); // prettier-ignore
    expect(exemption).toMatchObject({ unit: 'west', createdBy: 'admin' });
  });

  it('lists cycles through the CLI with --server and reports the server’s refusals', async () => {
    const listed = await scorecard('maturity', 'cycles', '--server', url, '--token', ADMIN_TOKEN);
    expect(squeeze(listed.out)).toContain('east-2026 east 2026 small v1 released alice 6/6, bob 6/6\n');
    const viewer = await scorecard(
      'benchmark', 'export', '--model', 'small', '--year', '2026', '--source', 'X', '--server', url, '--token', VIEWER_TOKEN
    ); // prettier-ignore
    expect(viewer.code).toBe(1);
    expect(viewer.err).toMatch(/^scorecard: the KPI server answered 403 /);
    const noToken = await scorecard('maturity', 'cycles', '--server', url);
    expect(noToken).toMatchObject({
      code: 2,
      err: `scorecard: --server ${url} needs a token: pass --token or set SCORECARD_TOKEN\n`,
    });
  });
});
