import { type CycleResults, cycleResults as resultsSchema } from '../../core/maturity/api';
import { type ResultsInput } from '../../core/maturity/cycle-results';
import { evidenceFigures } from '../../core/maturity/evidence';
import { periodOf } from '../../core/periods';
import { parseLocalTime } from '../../core/periods/local-time';
import { type MaturityModelSpec } from '../../core/schema';
import { type Registry, RegistryError } from '../registry/types';
import { type SqlExecutor } from '../store/sql';
import { loadEvidenceInput } from './evidence-source';
import { type CycleRow, listCycles, loadAnswers, loadExemptions, loadSettlements } from './repo';

export interface MaturityDeps {
  registry: Registry;
  /** The organisation's zone: a cycle's date ends at its local midnight. */
  timeZone: string;
  now: () => Date;
}

/** The model version a cycle assesses against. */
export async function modelSpec(registry: Registry, id: string, version?: number): Promise<MaturityModelSpec> {
  const record = await registry.get('MaturityModel', id, version === undefined ? {} : { version });
  if (record.document.kind !== 'MaturityModel') {
    throw new RegistryError('invalid', `${id} is not a MaturityModel`);
  }
  return record.document.spec;
}

/** The last instant of the cycle's day in the organisation's zone, as ISO-8601. */
export function endOfDay(day: string, timeZone: string): string {
  return new Date(periodOf(parseLocalTime(day, timeZone), 'day', timeZone).end - 1).toISOString();
}

/** A released cycle's frozen results. */
export function frozenResults(cycle: CycleRow): CycleResults | null {
  return cycle.results === null ? null : resultsSchema.parse(JSON.parse(cycle.results));
}

/** The same unit's latest released cycle of an earlier year, by the same model. */
async function previousOf(sql: SqlExecutor, cycle: CycleRow): Promise<CycleResults['previous']> {
  const released = await listCycles(sql, { model: cycle.model, unit: cycle.unit, state: 'released' });
  const earlier = released.filter((c) => c.year < cycle.year).sort((a, b) => b.year - a.year)[0];
  const results = earlier === undefined ? null : frozenResults(earlier);
  if (earlier === undefined || results === null) {
    return null;
  }
  return {
    cycle: earlier.id,
    year: earlier.year,
    dimensions: results.dimensions.map((d) => ({ id: d.id, stage: d.stage })),
  };
}

/** Everything a cycle's results are computed from: model version, answers, settlements, evidence, exemptions. */
export async function loadCycleContext(deps: MaturityDeps, sql: SqlExecutor, cycle: CycleRow): Promise<ResultsInput> {
  const model = await modelSpec(deps.registry, cycle.model, cycle.modelVersion);
  const needsEvidence = model.dimensions.some((d) => d.criteria.some((c) => c.evidence !== undefined));
  const evidence = needsEvidence
    ? evidenceFigures(
        await loadEvidenceInput(deps.registry, { asOf: endOfDay(cycle.asOf, deps.timeZone), unit: cycle.unit })
      )
    : {};
  // an exemption holds through its last day; the cycle is read as of its own day
  const exemptions = (await loadExemptions(sql, { model: cycle.model, unit: cycle.unit })).filter(
    (e) => e.expires >= cycle.asOf
  );
  return {
    cycle,
    model,
    evidence,
    exemptions: Object.fromEntries(exemptions.map((e) => [e.criterion, { reason: e.reason, expires: e.expires }])),
    answers: await loadAnswers(sql, cycle.id),
    settlements: await loadSettlements(sql, cycle.id),
    previous: await previousOf(sql, cycle),
  };
}
