import { approver, editor, kpi, TestClock } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { freezeDoc } from '../test-support/documents';
import { type CheckIn } from '../values/types';
import { annotationsFrame } from './annotations';

const range = { from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 1) };
const checkIns: CheckIn[] = [
  { kpi: 'csat', time: Date.UTC(2026, 1, 10), value: 81, note: 'survey vendor changed', author: 'dana' },
  { kpi: 'csat', time: Date.UTC(2026, 1, 11), value: 82, note: '', author: 'dana' },
  { kpi: 'nps', time: Date.UTC(2026, 1, 12), value: 30, note: 'after the outage', author: 'sam' },
];

let store: Store;
let registry: Registry;

/** nps v1 in January, v2 in force 2026-02-05; csat v1 in January, v2 proposed only; a freeze window covering nps. */
beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  const clock = new TestClock('2026-01-01T00:00:00Z');
  registry = await createRegistry(store, { now: clock.now });
  const approved = async (doc: Parameters<Registry['put']>[0], message: string) => {
    const { version } = await registry.put(doc, editor, { message });
    await registry.approve(doc.kind, doc.metadata.id, version.version, approver);
  };
  await approved(kpi('nps', { name: 'Net Promoter Score' }), 'first');
  await approved(kpi('csat', { name: 'CSAT', calculation: { manual: {} } }), 'first');
  await approved(freezeDoc('close', { kpis: ['nps'] }, '2026-02-20T00:00:00Z', '2026-03-10T00:00:00Z'), 'close');
  clock.set('2026-02-05T00:00:00Z');
  await approved(kpi('nps', { name: 'Net Promoter Score', target: 50 }), 'raise the target');
  await registry.put(kpi('csat', { name: 'CSAT', calculation: { manual: {} }, target: 95 }), editor, {
    message: 'not yet',
  });
});
afterAll(() => store.close());

const deps = () => ({
  registry,
  checkIns: {
    add: async () => 0,
    list: async (id: string, r: { from: number; to: number }) =>
      checkIns.filter((c) => c.kpi === id && c.time >= r.from && c.time < r.to),
  },
});

function rows(frame: Awaited<ReturnType<typeof annotationsFrame>>) {
  const names = frame.schema.fields.map((f) => f.name);
  const n = frame.data.values[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(names.map((name, j) => [name, frame.data.values[j]?.[i]]))
  );
}

describe('annotationsFrame', () => {
  it('has the fields Grafana maps to annotation events, with types', async () => {
    const frame = await annotationsFrame(deps(), {}, range, 'Anno');
    expect(frame.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['time', 'time'],
      ['timeEnd', 'time'],
      ['isRegion', 'boolean'],
      ['title', 'string'],
      ['text', 'string'],
      ['tags', 'other'],
    ]);
  });

  it('marks definition changes with version, author, approver and message; freeze windows as regions; notes of check-ins', async () => {
    expect(rows(await annotationsFrame(deps(), {}, range, 'Anno'))).toEqual([
      {
        time: Date.UTC(2026, 1, 5),
        timeEnd: null,
        isRegion: false,
        title: 'Net Promoter Score: definition v2 in force',
        text: 'raise the target (author erin, approved by avery)',
        tags: ['definition-change', 'nps', 'v2'],
      },
      {
        time: Date.UTC(2026, 1, 10),
        timeEnd: null,
        isRegion: false,
        title: 'CSAT: check-in 81',
        text: 'survey vendor changed (dana)',
        tags: ['check-in', 'csat'],
      },
      {
        time: Date.UTC(2026, 1, 12),
        timeEnd: null,
        isRegion: false,
        title: 'Net Promoter Score: check-in 30',
        text: 'after the outage (sam)',
        tags: ['check-in', 'nps'],
      },
      {
        time: Date.UTC(2026, 1, 20),
        timeEnd: Date.UTC(2026, 2, 10),
        isRegion: true,
        title: 'Freeze window close',
        text: 'quarter close (close)',
        tags: ['freeze-window', 'close'],
      },
    ]);
  });

  it('keeps to the KPIs and kinds asked for: freeze windows only where they cover one of the KPIs', async () => {
    const csat = rows(await annotationsFrame(deps(), { kpis: ['csat'] }, range, 'Anno'));
    expect(csat.map((r) => r.title)).toEqual(['CSAT: check-in 81']);
    const nps = rows(await annotationsFrame(deps(), { kpis: ['nps'], include: ['freeze-windows'] }, range, 'Anno'));
    expect(nps.map((r) => r.title)).toEqual(['Freeze window close']);
  });

  it('shows the first versions when the range holds their approval, and nothing outside the range', async () => {
    const january = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 2) };
    const titles = rows(await annotationsFrame(deps(), { include: ['definition-changes'] }, january, 'A')).map(
      (r) => r.title
    );
    expect(titles).toEqual(['CSAT: definition v1 in force', 'Net Promoter Score: definition v1 in force']);
    const april = { from: Date.UTC(2026, 3, 1), to: Date.UTC(2026, 3, 2) };
    expect(rows(await annotationsFrame(deps(), {}, april, 'A'))).toEqual([]);
  });
});
