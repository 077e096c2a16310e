import { createTheme } from '@grafana/data';
import { stagesFrom } from '../testing';
import { groupColors, groupedRows } from './layout';

describe('groupedRows', () => {
  it('keeps the stage order and measures each group against its own first stage', () => {
    const web = {
      breakdown: 'web',
      stages: stagesFrom([
        ['visit', 800],
        ['signup', 200],
        ['paid', 40],
      ]),
    };
    const app = {
      breakdown: 'app',
      stages: stagesFrom([
        ['visit', 200],
        ['signup', 100],
      ]),
    };
    const rows = groupedRows([web, app], ['red', 'blue']);
    expect(rows.map((r) => r.key)).toEqual(['visit', 'signup', 'paid']);
    expect(rows[1]?.bars.map((b) => [b.group, b.color, b.geometry.share])).toEqual([
      ['web', 'red', 0.25],
      ['app', 'blue', 0.5],
    ]);
    expect(rows[2]?.bars.map((b) => b.group)).toEqual(['web']);
  });
});

describe('groupColors', () => {
  it('takes the classic palette in order, resolved for the theme, and wraps around', () => {
    const theme = createTheme();
    const colors = groupColors(theme, theme.visualization.palette.length + 1);
    // the dark theme's classic palette starts green, semi-dark yellow
    expect(colors.slice(0, 2)).toEqual(['#73BF69', '#F2CC0C']);
    expect(colors[theme.visualization.palette.length]).toBe(colors[0]);
  });
});
