import { CANONICAL_COLUMNS, ResourceDocument } from '../schema';
import { BundleIndex } from './bundle-index';
import { Path } from './problem';
import { DocProblem } from './reference-rules';
import { didYouMean } from './suggest';

const MEASURE_PATH = ['spec', 'calculation', 'measure'];
const COLUMNS = new Set<string>(CANONICAL_COLUMNS);

/** A conversion KPI whose `from` or `to` is no stage of its journey, or whose `to` does not come after `from`. */
export function conversionProblems(doc: ResourceDocument, index: BundleIndex): DocProblem[] {
  const calculation = doc.kind === 'KPI' ? doc.spec.calculation : undefined;
  const measure = calculation !== undefined && 'measure' in calculation ? calculation.measure : undefined;
  if (measure?.aggregate !== 'conversion') {
    return [];
  }
  const { journey, from, to } = measure;
  // An unknown journey is reported by the reference rules.
  const outline = index.journey(journey);
  if (outline === undefined) {
    return [];
  }
  const { stages, order } = outline;
  const missing = (['from', 'to'] as const)
    .filter((key) => !stages.includes(measure[key]))
    .map((key) => {
      const stage = measure[key];
      const hint = didYouMean(stage, stages);
      return {
        path: [...MEASURE_PATH, key],
        message: `journey "${journey}" has no stage "${stage}"${hint}; its stages: ${stages.join(', ')}`,
      };
    });
  if (missing.length > 0) {
    return missing;
  }
  if (from === to) {
    return [{ path: [...MEASURE_PATH, 'to'], message: `"to" must be another stage than "from" ("${from}")` }];
  }
  if (order !== undefined && order !== 'unordered' && stages.indexOf(to) < stages.indexOf(from)) {
    return [
      {
        path: [...MEASURE_PATH, 'to'],
        message: `stage "${to}" comes before "${from}" in ${order} journey "${journey}"; "to" must be a later stage than "from"`,
      },
    ];
  }
  return [];
}

function filterColumnProblems(filter: Record<string, unknown>, path: Path): DocProblem[] {
  return Object.keys(filter)
    .filter((column) => !COLUMNS.has(column))
    .map((column) => ({
      path: [...path, column],
      message: `unknown column "${column}"${didYouMean(column, COLUMNS)}: use one of ${CANONICAL_COLUMNS.join(', ')}`,
    }));
}

/** Stage `match` and `exclude` filters of a journey that name columns other than the canonical event columns. */
export function journeyColumnProblems(doc: ResourceDocument): DocProblem[] {
  if (doc.kind !== 'Journey') {
    return [];
  }
  const { stages, exclude = [] } = doc.spec;
  return [
    ...stages.flatMap((stage, i) => filterColumnProblems(stage.match, ['spec', 'stages', i, 'match'])),
    ...exclude.flatMap((filter, i) => filterColumnProblems(filter, ['spec', 'exclude', i])),
  ];
}
