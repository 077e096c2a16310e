import { freezeNowNext, scopeText } from './freezeWindows';
import { type FreezeWindowRecord } from './schemas';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const win = (id: string, from: string, to: string): FreezeWindowRecord => ({
  id,
  state: 'approved',
  document: { spec: { from, to, reason: `${id} reason`, scope: { kpis: ['customer.nps'] } } },
});

describe('freezeNowNext', () => {
  it('finds the windows in force (ending soonest first) and the next to start', () => {
    const result = freezeNowNext(
      [
        win('past', '2026-11-01T00:00:00Z', '2026-11-05T00:00:00Z'),
        win('year-end', '2026-12-01T00:00:00Z', '2027-01-05T00:00:00Z'),
        win('board', '2026-12-02T12:00:00Z', '2026-12-03T00:00:00Z'),
        win('later', '2027-02-01T00:00:00Z', '2027-02-02T00:00:00Z'),
        win('soon', '2026-12-10T00:00:00Z', '2026-12-11T00:00:00Z'),
      ],
      NOW
    );
    // board starts exactly now (from ≤ now) and ends Dec 3, before year-end's Jan 5
    expect(result.now.map((w) => w.id)).toEqual(['board', 'year-end']);
    expect(result.next).toEqual({
      id: 'soon',
      from: Date.parse('2026-12-10T00:00:00Z'),
      to: Date.parse('2026-12-11T00:00:00Z'),
      reason: 'soon reason',
      scope: 'KPIs customer.nps',
    });
  });

  it('treats a window ending now as over and has no next without future windows', () => {
    const result = freezeNowNext([win('ended', '2026-12-01T00:00:00Z', '2026-12-02T12:00:00Z')], NOW);
    expect(result).toEqual({ now: [], next: null });
  });
});

describe('scopeText', () => {
  it('names each part of the scope', () => {
    expect(scopeText({ kpis: ['a', 'b'], scorecards: ['corp'], journeys: [], labels: { team: 'growth' } })).toBe(
      'KPIs a, b; scorecards corp; labels team=growth'
    );
  });
});
