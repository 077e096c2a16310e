import { cardBudget, gridLayout, objectiveHeight } from './gridLayout';
import { eagerCount } from './lazyPlan';

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

describe('cardBudget and objectiveHeight (8 px grid units)', () => {
  const quadrants = { columns: 2, fill: true, summary: false };

  it("gives a sharing card's body: its share of the height, less one gap between rows and its 36 px chrome", () => {
    // (670 - 8) / 2 = 331 per card, less 36
    expect(cardBudget(quadrants, 4, 670, 8)).toBe(295);
    expect(cardBudget({ columns: 1, fill: true, summary: false }, 1, 300, 8)).toBe(264);
    expect(cardBudget(quadrants, 4, 40, 8)).toBe(0);
  });

  it('gives the whole height when cards keep their own and the grid scrolls', () => {
    expect(cardBudget({ columns: 1, fill: false, summary: false }, 4, 500, 8)).toBe(500);
  });

  it('puts an objective of five KPIs at 148 px, so two of them fill a 295 px body and a third waits', () => {
    expect(objectiveHeight(5, 8)).toBe(148);
    expect(eagerCount(Array(10).fill(objectiveHeight(5, 8)), cardBudget(quadrants, 4, 670, 8))).toBe(2);
  });
});
