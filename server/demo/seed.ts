import { type ResourceDocument } from '../../core/schema';
import { type EventStats } from '../events/stats';
import { type DataTarget } from '../events/target/data-target';
import { type Progress, silentProgress } from '../events/progress';
import { ensureExampleOrg, loadExampleOrg, type OrgResult } from './example-org';
import { demoCheckIns } from './checkins';
import { DemoSummary, generateDemo } from './generate';
import { addMaturityCycles, type MaturityOutcome, planMaturityCycles } from './maturity-cycles';

/** The example organisation's maturity model, which the demo's cycles assess against. */
export const DEMO_MATURITY_MODEL = 'northwind-kpi-maturity';

export interface SeedOptions {
  events: number;
  seed: string;
  /** End of the window (epoch ms); default now, i.e. the data ends at today's UTC midnight. */
  end?: number;
  /** Replace the events already in the target. */
  force?: boolean;
  exampleDir?: string;
  progress?: Progress;
  /** Progress of the maturity cycles. */
  maturityProgress?: Progress;
}

/** The maturity cycles added, or null when the target has none (or the example has no maturity model). */
type WithMaturity = { org: OrgResult; maturity: MaturityOutcome | null };

export type SeedResult =
  | (WithMaturity & { seeded: false; existing: EventStats })
  | (WithMaturity & { seeded: true; replaced: number; summary: DemoSummary; generateMs: number; totalMs: number });

/** Three years of released maturity cycles for the demo units, those already there left alone. */
async function seedMaturity(
  target: DataTarget,
  docs: ResourceDocument[],
  options: SeedOptions
): Promise<MaturityOutcome | null> {
  const model = docs.find((d) => d.kind === 'MaturityModel' && d.metadata.id === DEMO_MATURITY_MODEL);
  if (target.maturity === undefined || model?.kind !== 'MaturityModel') {
    return null;
  }
  const year = new Date(options.end ?? Date.now()).getUTCFullYear();
  const plans = planMaturityCycles({ seed: options.seed, year, model: { id: model.metadata.id, spec: model.spec } });
  const maturity = await target.maturity();
  try {
    return await addMaturityCycles(maturity, plans, options.maturityProgress);
  } finally {
    await maturity.close();
  }
}

/** Applies the example organisation where missing, then writes the demo events unless some are there (or force). */
export async function seedDemo(target: DataTarget, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const docs = await loadExampleOrg(options.exampleDir);
  const org = await ensureExampleOrg(target.registry, docs);
  const maturity = await seedMaturity(target, docs, options);
  const existing = await target.eventStats();
  if (existing.events > 0 && !options.force) {
    return { seeded: false, org, maturity, existing };
  }
  const progress = options.progress ?? silentProgress;
  const summary = new DemoSummary();
  let generateMs = 0;
  const sink = await target.eventSink({ replace: existing.events > 0 });
  progress.start(options.events);
  try {
    const days = generateDemo({ events: options.events, seed: options.seed, end: options.end ?? Date.now() }, summary);
    for (;;) {
      const before = performance.now();
      const next = days.next();
      generateMs += performance.now() - before;
      if (next.done === true) {
        break;
      }
      await sink.append(next.value);
      progress.update(summary.events);
    }
    await sink.close();
    // manual KPIs get monthly check-ins, so the demo scorecard has no empty learning-and-growth side
    await target.addCheckIns(demoCheckIns(docs, options.seed, options.end ?? Date.now()));
  } catch (err) {
    await sink.abort();
    throw err;
  } finally {
    progress.stop();
  }
  return {
    seeded: true,
    org,
    maturity,
    replaced: existing.events,
    summary,
    generateMs,
    totalMs: performance.now() - started,
  };
}
