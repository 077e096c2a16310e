import { gridLayout } from './gridLayout';

describe('gridLayout (8 px grid units)', () => {
  it('draws the four classic quadrants on a roomy panel, cards sharing the height', () => {
    expect(gridLayout(4, 1200, 800, 8)).toEqual({ columns: 2, fill: true, summary: false });
  });

  it('stacks perspectives in one scrolling column on a narrow or short panel', () => {
    expect(gridLayout(4, 600, 600, 8)).toEqual({ columns: 1, fill: false, summary: false });
    expect(gridLayout(4, 600, 800, 8)).toEqual({ columns: 1, fill: true, summary: false });
    expect(gridLayout(4, 1200, 300, 8)).toEqual({ columns: 2, fill: false, summary: false });
    expect(gridLayout(1, 1200, 300, 8)).toEqual({ columns: 1, fill: true, summary: false });
  });

  it('shows only perspective summaries below 320 × 176 px, side by side where they fit', () => {
    expect(gridLayout(4, 300, 800, 8)).toEqual({ columns: 2, fill: false, summary: true });
    expect(gridLayout(4, 1200, 150, 8)).toEqual({ columns: 4, fill: false, summary: true });
    expect(gridLayout(4, 100, 100, 8)).toEqual({ columns: 1, fill: false, summary: true });
  });
});
