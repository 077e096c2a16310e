import { type CycleResults } from '../../../../../core/maturity/api';
import { type ChangeView, changeOf } from './change';
import { stageName, stagePosition } from './stages';

export interface HeatmapCell {
  stageId: string;
  stageName: string;
  /** The consensus stage reaches this stage. */
  filled: boolean;
  /** This is the stage reached. */
  current: boolean;
  /** The previous year's stage. */
  previous: boolean;
  /** What the cell shows: "✓", "–", plus "●" on the stage reached and "○" on last year's. */
  mark: string;
  /** The cell in words for screen readers and tooltips. */
  label: string;
}

export interface HeatmapRow {
  dimensionId: string;
  name: string;
  stage: string;
  cells: HeatmapCell[];
  change: ChangeView;
  /** Each assessor's stage in words, "ana: Managed". */
  assessors: string[];
}

export interface Heatmap {
  /** Column headers, lowest stage first. */
  stages: Array<{ id: string; name: string }>;
  previousYear: number | null;
  rows: HeatmapRow[];
}

function cellLabel(cell: Omit<HeatmapCell, 'mark' | 'label'>, year: number, previousYear: number | null): string {
  const parts = [cell.filled ? `${cell.stageName} reached` : `${cell.stageName} not reached`];
  if (cell.current) {
    parts.push(`stage in ${year}`);
  }
  if (cell.previous && previousYear !== null) {
    parts.push(`stage in ${previousYear}`);
  }
  return parts.join(', ');
}

/** Rows of dimensions (result order) by columns of stages, lowest first: what each cell shows. */
export function heatmapOf(results: CycleResults): Heatmap {
  const { stages, previous } = results;
  const previousYear = previous?.year ?? null;
  const rows = results.dimensions.map((d): HeatmapRow => {
    const before = previous?.dimensions.find((p) => p.id === d.id);
    const beforeIndex = before === undefined ? null : stagePosition(stages, before.stage);
    const cells = stages.map((s, i) => {
      const column = i + 1;
      const cell = {
        stageId: s.id,
        stageName: s.name,
        filled: d.stageIndex >= column,
        current: d.stageIndex === column,
        previous: beforeIndex === column,
      };
      const mark = [cell.filled ? '✓' : '–', cell.current ? '●' : '', cell.previous ? '○' : '']
        .filter((m) => m !== '')
        .join(' ');
      return { ...cell, mark, label: cellLabel(cell, results.year, previousYear) };
    });
    const assessors = Object.entries(d.byAssessor).map(([name, stage]) => `${name}: ${stageName(stages, stage)}`);
    return {
      dimensionId: d.id,
      name: d.name,
      stage: stageName(stages, d.stage),
      cells,
      change: changeOf(results, d.id),
      assessors,
    };
  });
  return { stages, previousYear, rows };
}
