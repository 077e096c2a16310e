import { scorecardHref, scorecardRows } from './scorecards';
import { type QueryAnswer } from './schemas';

const tableFrame = (refId: string, custom: Record<string, unknown>) => ({
  schema: { refId, meta: { custom: { scorecardId: refId, ...custom } }, fields: [{ name: 'kpi' }] },
  data: { values: [['NPS']] },
});
const trend = (refId: string) => ({ schema: { refId, fields: [{ name: 'time' }, { name: 'NPS' }] } });

describe('scorecardRows', () => {
  const answer: QueryAnswer = {
    results: {
      corp: {
        frames: [tableFrame('corp', { score: 6.25, status: 'warning', periodLabel: 'November 2026' }), trend('corp')],
      },
      sales: { frames: [trend('sales'), tableFrame('sales', { score: null, status: 'no-data', periodLabel: null })] },
      ops: { error: 'scorecard ops has no version for definition "effective"' },
    },
  };
  const names = new Map([
    ['sales', 'Sales scorecard'],
    ['corp', 'Corporate scorecard'],
    ['ops', 'Operations'],
  ]);

  it('reads score, status and period from the table frame, ordered by name', () => {
    const rows = scorecardRows(names, answer);
    expect(rows.map((r) => r.id)).toEqual(['corp', 'ops', 'sales']);
    expect(rows[0]).toEqual({
      id: 'corp',
      name: 'Corporate scorecard',
      score: 6.25,
      status: 'warning',
      statusText: 'At risk',
      period: 'November 2026',
      href: '/d/scorecard-balanced?var-scorecard=corp',
      error: null,
    });
    expect(rows[2]).toMatchObject({ score: null, status: 'no-data', statusText: 'No data', period: null });
  });

  it('names each period the rows report when KPIs of months and quarters share no label', () => {
    const mixed = {
      schema: {
        refId: 'mix',
        meta: { custom: { scorecardId: 'mix', score: 5, status: 'warning', periodLabel: null } },
        fields: [{ name: 'kpi' }, { name: 'periodLabel' }],
      },
      data: {
        values: [
          ['NPS', 'ARR', 'CAC'],
          ['November 2026', 'Q3 2026', 'November 2026'],
        ],
      },
    };
    const [row] = scorecardRows(new Map([['mix', 'Mixed']]), { results: { mix: { frames: [mixed] } } });
    expect(row?.period).toBe('November 2026 · Q3 2026');
  });

  it('keeps a failed query as that scorecard unscored with its error', () => {
    const [, ops] = scorecardRows(names, answer);
    expect(ops).toMatchObject({
      status: 'unscored',
      statusText: 'Not scored',
      error: 'scorecard ops has no version for definition "effective"',
    });
  });

  it('says so when the answer lacks a scorecard', () => {
    const rows = scorecardRows(new Map([['gone', 'Gone']]), { results: {} });
    expect(rows[0]?.error).toBe('no answer for scorecard query gone');
  });
});

describe('scorecardHref', () => {
  it('links the balanced dashboard with the variable, else the filtered catalog', () => {
    expect(scorecardHref('a b')).toBe('/d/scorecard-balanced?var-scorecard=a%20b');
    expect(scorecardHref('corp', null)).toBe('/a/scorecard-suite-app/catalog?scorecard=corp');
  });
});
