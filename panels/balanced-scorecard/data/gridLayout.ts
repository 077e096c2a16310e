export interface GridLayout {
  columns: number;
  /** Cards share the height and scroll within (true), or keep their own height and the grid scrolls (false). */
  fill: boolean;
  /** Perspectives show only score and status. */
  summary: boolean;
}

// In theme grid units (8 px in Grafana): a KPI row reads well from 45 across, a card from 25 down.
const MIN_COLUMN = 45;
const MIN_CARD_HEIGHT = 25;
const SUMMARY_BELOW = { width: 40, height: 22 };
const MIN_SUMMARY_COLUMN = 18;

/** Two columns (the classic quadrants) when each is wide enough, else one; only summaries when small. */
export function gridLayout(perspectives: number, width: number, height: number, unit: number): GridLayout {
  const w = width / unit;
  const h = height / unit;
  if (w < SUMMARY_BELOW.width || h < SUMMARY_BELOW.height) {
    const columns = Math.max(1, Math.min(perspectives, Math.floor(w / MIN_SUMMARY_COLUMN)));
    return { columns, fill: false, summary: true };
  }
  const columns = perspectives > 1 && w >= 2 * MIN_COLUMN ? 2 : 1;
  const rows = Math.max(1, Math.ceil(perspectives / columns));
  return { columns, fill: h / rows >= MIN_CARD_HEIGHT, summary: false };
}

// A card around its objectives, in grid units: header line, the gap below it, padding and border (a little under
// the 5 units drawn, so the budget errs towards drawing more).
const CARD_CHROME = 4.5;

/** Height in px of a card's objectives on the first paint: its body when cards share the height, else the panel's. */
export function cardBudget(layout: GridLayout, perspectives: number, height: number, unit: number): number {
  if (!layout.fill) {
    return height;
  }
  const rows = Math.max(1, Math.ceil(perspectives / layout.columns));
  return Math.max(0, (height - unit * (rows - 1)) / rows - unit * CARD_CHROME);
}

/** Height in px of an objective with its gap: header 3.5 units and 3 per KPI, a shade under drawn, never over. */
export const objectiveHeight = (kpis: number, unit: number): number => unit * (3.5 + 3 * kpis);
