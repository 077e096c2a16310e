import { COLUMNS, minWidth, tableLayout } from './columns';

const ids = (width: number, sparklines = true, change = true) =>
  tableLayout(width, { sparklines, change }).columns.map((c) => c.id);

describe('tableLayout', () => {
  const all = COLUMNS.map((c) => c.id);

  it('shows every column, without captions, when they all fit (944 px)', () => {
    expect(minWidth(all)).toBe(944);
    expect(ids(944)).toEqual(all);
    expect(tableLayout(944, { sparklines: true, change: true }).captions).toBe(false);
  });

  it('moves perspective and objective into captions first', () => {
    const layout = tableLayout(943, { sparklines: true, change: true });
    expect(layout.captions).toBe(true);
    expect(layout.columns.map((c) => c.id)).toEqual(['kpi', 'value', 'target', 'score', 'status', 'change', 'trend']);
    expect(ids(664)).toHaveLength(7);
  });

  it('then drops trend, change, target and score in turn, keeping KPI, value and status', () => {
    expect(ids(663)).toEqual(['kpi', 'value', 'target', 'score', 'status', 'change']);
    expect(ids(567)).toEqual(['kpi', 'value', 'target', 'score', 'status']);
    expect(ids(479)).toEqual(['kpi', 'value', 'score', 'status']);
    expect(ids(399)).toEqual(['kpi', 'value', 'status']);
    expect(ids(100)).toEqual(['kpi', 'value', 'status']);
  });

  it('leaves out trend and change when switched off, which leaves room for perspective and objective', () => {
    expect(ids(2000, false, false)).not.toContain('trend');
    expect(ids(2000, false, false)).not.toContain('change');
    expect(ids(760, false, false)).toEqual(['perspective', 'objective', 'kpi', 'value', 'target', 'score', 'status']);
    expect(ids(760)).not.toContain('perspective');
  });
});
