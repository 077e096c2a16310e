import { type Cycle, type CycleResults } from '../../core/maturity/api';
import { type Benchmarks } from '../../core/maturity/benchmark-api';
import { readingOf } from '../../core/maturity/agreement';

/** Columns padded to their widest cell, two spaces apart; trailing spaces trimmed. */
export function table(rows: ReadonlyArray<readonly string[]>): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  );
}

export function formatCycles(cycles: readonly Cycle[]): string[] {
  if (cycles.length === 0) {
    return ['no maturity cycles match'];
  }
  const progress = (c: Cycle) => c.assessors.map((a) => `${a} ${c.progress[a] ?? 0}/${c.criteria}`).join(', ');
  return table([
    ['id', 'unit', 'year', 'model', 'state', 'progress'],
    ...cycles.map((c) => [c.id, c.unit, String(c.year), `${c.model} v${c.modelVersion}`, c.state, progress(c)]),
  ]);
}

const stageName = (stage: string | null): string => stage ?? '(none)';

function changeCell(delta: number | undefined, previous: string | null | undefined): string {
  if (delta === undefined) {
    return '-';
  }
  const arrow = delta > 0 ? '↑' : delta < 0 ? '↓' : '→';
  return `${arrow} ${delta > 0 ? '+' : ''}${delta} (was ${stageName(previous ?? null)})`;
}

const alphaCell = (alpha: number | null): string =>
  alpha === null ? `- (${readingOf(alpha)})` : `${alpha.toFixed(2)} (${readingOf(alpha)})`;

/** The readable results of a cycle: one row per dimension, then agreement and disputes. */
export function formatResults(r: CycleResults): string[] {
  const prevStage = (id: string) => r.previous?.dimensions.find((d) => d.id === id)?.stage;
  const changeHead = r.previous === null ? 'change' : `change vs ${r.previous.year}`;
  const rows = [
    ['dimension', 'consensus', ...r.assessors, changeHead, 'alpha'],
    ...r.dimensions.map((d) => [
      `${d.id} ${d.name}`,
      stageName(d.stage),
      ...r.assessors.map((a) => (a in d.byAssessor ? stageName(d.byAssessor[a] ?? null) : '?')),
      changeCell(r.change[d.id], prevStage(d.id)),
      alphaCell(r.agreement.byDimension[d.id] ?? null),
    ]),
  ];
  return [
    `cycle ${r.id}: ${r.unit}, ${r.model} v${r.modelVersion}, ${r.year} (as of ${r.asOf}), ${r.state}, lead ${r.lead}`,
    ...table(rows),
    `agreement: alpha ${alphaCell(r.agreement.alpha)}`,
    `disputed: ${r.disputed.length === 0 ? 'none' : r.disputed.join(', ')}`,
    ...(r.previous === null ? ['no released cycle of an earlier year to compare with'] : []),
  ];
}

/** The criteria still disputed (not settled) with each assessor's answer, for the lead to settle. */
export function formatDisputes(r: CycleResults): string[] {
  return r.criteria
    .filter((c) => r.disputed.includes(c.id))
    .map((c) => {
      const answers = Object.entries(c.byAssessor).map(([a, g]) => `${a} ${g.answer}`);
      return `  ${c.id} (${c.dimension}/${c.stage}): ${answers.join(', ')}`;
    });
}

export function formatBenchmarks(b: Benchmarks): string[] {
  const stageIds = [...b.stages.map((s) => s.id), 'none'];
  const rows = [
    ['dimension', 'n', ...stageIds, 'median'],
    ...b.dimensions.map((d) =>
      d.suppressed
        ? [d.id, '-', ...stageIds.map(() => '-'), `suppressed: ${d.reason}`]
        : [d.id, String(d.n), ...stageIds.map((s) => String(d.counts[s] ?? 0)), stageName(d.median)]
    ),
  ];
  const peers = b.peers.map((p) => {
    const medians = p.dimensions.map((d) => ('counts' in d ? `${d.id} ${stageName(d.median)}` : `${d.id} suppressed`));
    return `  ${p.source} (${p.year}, min group ${p.minGroup}): median ${medians.join(', ')}`;
  });
  return [
    `benchmarks of ${b.model} ${b.year}: ${b.units} released cycles, groups under ${b.minGroup} units suppressed`,
    ...table(rows),
    ...(peers.length === 0 ? ['peers: none imported'] : ['peers:', ...peers]),
  ];
}
