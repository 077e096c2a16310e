import { buildApp } from '../app';
import { LocalDataTarget } from '../events/target/local-data';
import { RemoteDataTarget } from '../events/target/remote-data';
import { createRegistry } from '../registry';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { kpiDoc } from '../test-support/documents';
import { ALICE_TOKEN, testTokens } from '../test-support/fixtures';
import { STORE_PLACES } from '../test-support/places';
import { checkInsFromCsv } from './import-values';
import { SqlCheckInStore } from './sql-checkin-store';

const ctx = { author: 'ann', now: Date.UTC(2025, 5, 30, 12) };
const CSV = [
  'kpi,time,value,note',
  'l.training,2025-01-31,36.5,"January, from the LMS"',
  'l.training,2025-02-28,39,',
  'l.enps,,31,pulse survey',
].join('\n');

describe('checkInsFromCsv', () => {
  it('groups rows by KPI in file order, time defaulting to now', () => {
    const groups = checkInsFromCsv(CSV, ctx);
    expect(groups.map((g) => [g.kpi, g.where, g.checkIns.length])).toEqual([
      ['l.training', 'line 2', 2],
      ['l.enps', 'line 4', 1],
    ]);
    expect(groups[1]?.checkIns[0]).toEqual({
      kpi: 'l.enps',
      time: ctx.now,
      value: 31,
      note: 'pulse survey',
      author: 'ann',
    });
  });

  it.each([
    ['kpi,value\nl.a,1\nl.a,x\n', 'line 3: value: must be a number, got "x"'],
    ['kpi,time,value\nl.a,yesterday,1\n', 'line 2: time: expected ISO-8601 or epoch milliseconds, got "yesterday"'],
    ['kpi,value\nL A,1\n', 'line 2: kpi: "L A" is not a KPI id'],
    ['kpi,value,owner\n', 'line 1: unknown column owner'],
    ['kpi,time\n', 'line 1: no value column'],
    ['kpi,value\nl.a,1,2\n', 'line 2: expected 2 fields as in the header, got 3'],
  ])('names the line of the first problem in %j', (text, message) => {
    expect(() => checkInsFromCsv(text, ctx)).toThrow(message);
  });
});

describe.each(STORE_PLACES)('importing check-ins into %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let target: LocalDataTarget;
  const list = (kpi: string) => new SqlCheckInStore(store.sql).list(kpi, { from: 0, to: Date.UTC(2100, 0, 1) });

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    target = await LocalDataTarget.open(store, 'import-test');
    const measure = kpiDoc('l.visits', { calculation: { sql: { query: 'SELECT 1' } } });
    await target.registry.apply([kpiDoc('l.training'), kpiDoc('l.enps'), measure], { approve: true });
  });
  afterAll(async () => {
    await target.close();
    await place.dispose();
  });

  it('writes every row of a valid file locally', async () => {
    expect(await target.addCheckIns(checkInsFromCsv(CSV, ctx))).toBe(3);
    expect((await list('l.training')).map((c) => [c.value, c.note, c.author])).toEqual([
      [36.5, 'January, from the LMS', 'ann'],
      [39, '', 'ann'],
    ]);
  });

  it('writes nothing when one KPI is not manual or unknown, naming its first line', async () => {
    const text = `${CSV}\nl.visits,2025-03-01,5,\n`;
    await expect(target.addCheckIns(checkInsFromCsv(text, ctx))).rejects.toThrow(
      'line 5: KPI l.visits is calculated by sql, not manual'
    );
    await expect(target.addCheckIns(checkInsFromCsv('kpi,value\nl.nope,1\n', ctx))).rejects.toThrow(
      'line 2: KPI l.nope not found'
    );
    expect(await list('l.training')).toHaveLength(2);
  });

  it('sends them to a running server, which checks every KPI before writing any', async () => {
    const app = buildApp({ store, tokens: testTokens(), logger: false, registry: await createRegistry(store) });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      // the server records the token's person, not the name the CLI would claim
      const remote = new RemoteDataTarget(url, ALICE_TOKEN, 'bob');
      const bad = checkInsFromCsv(`${CSV}\nl.visits,2025-03-01,5,\n`, ctx);
      await expect(remote.addCheckIns(bad)).rejects.toThrow(
        'line 5: the KPI server answered 400 invalid: KPI l.visits'
      );
      expect(await list('l.training')).toHaveLength(2);
      expect(await remote.addCheckIns(checkInsFromCsv(CSV, ctx))).toBe(3);
      expect((await list('l.enps')).map((c) => c.author)).toEqual(['ann', 'alice']);
    } finally {
      await app.close();
    }
  });
});
