import { sameIdentity } from '../../../../../core/identity';
import { type Cycle, type CycleState } from '../../../../../core/maturity/api';

export interface CycleFilter {
  /** undefined: every model. */
  model?: string;
  state?: CycleState;
}

export interface GridRow {
  unit: string;
  /** One entry per year of `years`: the unit's cycles of that year (several only across models). */
  cells: Cycle[][];
}

export interface CycleGrid {
  /** Ascending, every year between the first and the last so gaps show. */
  years: number[];
  rows: GridRow[];
}

export const filterCycles = (cycles: readonly Cycle[], f: CycleFilter): Cycle[] =>
  cycles.filter(
    (c) => (f.model === undefined || c.model === f.model) && (f.state === undefined || c.state === f.state)
  );

const byText = (a: string, b: string) => a.localeCompare(b);

/** Units as rows (alphabetical), years as columns (oldest first); a cell with no cycle is empty. */
export function buildGrid(cycles: readonly Cycle[]): CycleGrid {
  if (cycles.length === 0) {
    return { years: [], rows: [] };
  }
  const present = cycles.map((c) => c.year);
  const first = Math.min(...present);
  const years = Array.from({ length: Math.max(...present) - first + 1 }, (_, i) => first + i);
  const units = [...new Set(cycles.map((c) => c.unit))].sort(byText);
  const rows = units.map((unit) => ({
    unit,
    cells: years.map((year) =>
      cycles.filter((c) => c.unit === unit && c.year === year).sort((a, b) => byText(a.model, b.model))
    ),
  }));
  return { years, rows };
}

/** Answers given over answers due, across every assessor of the cycle. */
export function answered(c: Cycle): { done: number; due: number } {
  const done = c.assessors.reduce((sum, a) => sum + Math.min(c.criteria, progressOf(c, a)), 0);
  return { done, due: c.criteria * c.assessors.length };
}

/** An assessor's progress, the name compared as an identity (case-insensitively). */
export function progressOf(c: Cycle, assessor: string): number {
  const found = Object.entries(c.progress).find(([name]) => sameIdentity(name, assessor));
  return found?.[1] ?? 0;
}

export const modelsOf = (cycles: readonly Cycle[]): string[] => [...new Set(cycles.map((c) => c.model))].sort(byText);
export const unitsOf = (cycles: readonly Cycle[]): string[] => [...new Set(cycles.map((c) => c.unit))].sort(byText);
