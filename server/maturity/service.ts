import {
  type ConsensusBody,
  type CreateCycleBody,
  type Cycle,
  type CycleQuery,
  type CycleResults,
  type Responses,
  type ResponsesBody,
} from '../../core/maturity/api';
import { answersByAssessor, cycleResults } from '../../core/maturity/cycle-results';
import { allCriteria } from '../../core/maturity/effective-answers';
import { sameIdentity } from '../../core/identity';
import { localFields } from '../../core/periods/zone';
import { type Actor, type Registry, RegistryError } from '../registry/types';
import { type SqlDb, type SqlExecutor } from '../store/sql';
import { auditedWrite } from './audited-write';
import { frozenResults, loadCycleContext, type MaturityDeps, modelSpec } from './cycle-context';
import { assertLead, assertMayAnswer, assertNotReleased, assertRole, seesAllAnswers } from './permissions';
import { cycleView, missing, progressOf } from './progress';
import * as repo from './repo';
import { answerRows, settlementRows } from './validate-answers';

/** Maturity cycles over one store (DESIGN §9); every write is one audited transaction. */
export class MaturityService {
  constructor(
    private readonly db: SqlDb,
    private readonly deps: MaturityDeps
  ) {}

  get registry(): Registry {
    return this.deps.registry;
  }

  private async cycle(sql: SqlExecutor, id: string): Promise<repo.CycleRow> {
    const found = await repo.findCycle(sql, id);
    if (found === null) {
      throw new RegistryError('not_found', `no maturity cycle ${id}`);
    }
    return found;
  }

  private async view(sql: SqlExecutor, cycle: repo.CycleRow): Promise<Cycle> {
    const model = await modelSpec(this.registry, cycle.model, cycle.modelVersion);
    const exempt = (await repo.loadExemptions(sql, { model: cycle.model, unit: cycle.unit }))
      .filter((e) => e.expires >= cycle.asOf)
      .map((e) => e.criterion);
    const progress = progressOf(cycle, model, await repo.loadAnswers(sql, cycle.id), new Set(exempt));
    return cycleView(cycle, progress, allCriteria(model).length);
  }

  private defaultAsOf(year: number): string {
    const today = localFields(this.deps.now().getTime(), this.deps.timeZone);
    const pad = (n: number) => String(n).padStart(2, '0');
    return year === today.year ? `${year}-${pad(today.month)}-${pad(today.day)}` : `${year}-12-31`;
  }

  async createCycle(body: CreateCycleBody, actor: Actor): Promise<Cycle> {
    assertRole(actor, 'approver', 'creating a maturity cycle');
    const model = await this.registry
      .get('MaturityModel', body.model, { asOf: this.deps.now().toISOString(), effective: true })
      .catch((err: unknown) => {
        if (err instanceof RegistryError && err.code === 'not_found') {
          throw new RegistryError('invalid', `model ${body.model} has no approved version in force`, 'model');
        }
        throw err;
      });
    const assessors = body.assessors.filter((a, i) => body.assessors.findIndex((b) => sameIdentity(a, b)) === i);
    if (assessors.length !== body.assessors.length) {
      throw new RegistryError('invalid', `assessors are listed twice: ${body.assessors.join(', ')}`, 'assessors');
    }
    const asOf = body.asOf ?? this.defaultAsOf(body.year);
    if (!asOf.startsWith(`${body.year}-`)) {
      throw new RegistryError('invalid', `asOf ${asOf} is not in ${body.year}`, 'asOf');
    }
    const at = this.deps.now().toISOString();
    const row: repo.CycleRow = {
      ...body,
      modelVersion: model.version,
      asOf,
      assessors,
      state: 'open',
      createdBy: actor.name,
      createdAt: at,
      releasedBy: null,
      releasedAt: null,
      results: null,
    };
    return auditedWrite(this.db, actor, at, async (tx, record) => {
      if ((await repo.findCycle(tx, body.id)) !== null) {
        throw new RegistryError('conflict', `a maturity cycle ${body.id} exists already`, 'id');
      }
      const same = await repo.findCycleOf(tx, body);
      if (same !== null) {
        throw new RegistryError(
          'conflict',
          `${body.unit} already has cycle ${same.id} for ${body.model} in ${body.year}: one cycle per unit, model and year`
        );
      }
      await repo.insertCycle(tx, row);
      const { results: _none, ...detail } = row;
      await record('maturity.create', body.id, detail);
      return this.view(tx, row);
    });
  }

  async listCycles(query: CycleQuery): Promise<Cycle[]> {
    const rows = await repo.listCycles(this.db, query);
    return Promise.all(rows.map((c) => this.view(this.db, c)));
  }

  async getCycle(id: string): Promise<Cycle> {
    return this.view(this.db, await this.cycle(this.db, id));
  }

  async responses(id: string, assessor: string, actor: Actor): Promise<Responses> {
    const cycle = await this.cycle(this.db, id);
    const listed = cycle.assessors.find((a) => sameIdentity(a, assessor));
    if (listed === undefined) {
      throw new RegistryError('not_found', `${assessor} is not an assessor of cycle ${id}`);
    }
    if (!seesAllAnswers(cycle, actor) && !sameIdentity(listed, actor.name)) {
      throw new RegistryError('forbidden', `${listed}'s answers are shown to others once every assessor has answered`);
    }
    const context = await loadCycleContext(this.deps, this.db, cycle);
    return { cycle: id, assessor: listed, answers: answersByAssessor(context)[listed] ?? {} };
  }

  async answer(id: string, assessor: string, body: ResponsesBody, actor: Actor): Promise<Cycle> {
    const at = this.deps.now().toISOString();
    return auditedWrite(this.db, actor, at, async (tx, record) => {
      const cycle = await this.cycle(tx, id);
      assertNotReleased(cycle);
      const listed = assertMayAnswer(cycle, assessor, actor);
      const context = await loadCycleContext(this.deps, tx, cycle);
      const rows = answerRows(listed, body, context);
      await repo.saveAnswers(tx, id, rows, { author: actor.name, at });
      const answers = Object.fromEntries(rows.map((r) => [r.criterion, r.answer]));
      await record('maturity.answer', id, { assessor: listed, answers });
      const view = await this.view(tx, cycle);
      if (cycle.state === 'open' && missing(view.progress, view.criteria).length === 0) {
        await repo.setState(tx, id, 'calibration');
        await record('maturity.calibration', id, { assessors: cycle.assessors });
        return { ...view, state: 'calibration' };
      }
      return view;
    });
  }

  async settle(id: string, body: ConsensusBody, actor: Actor): Promise<CycleResults> {
    const at = this.deps.now().toISOString();
    return auditedWrite(this.db, actor, at, async (tx, record) => {
      const cycle = await this.cycle(tx, id);
      assertNotReleased(cycle);
      assertLead(cycle, actor, 'settle the consensus of');
      await this.assertCalibrating(tx, cycle, 'settled');
      const context = await loadCycleContext(this.deps, tx, cycle);
      const rows = settlementRows(body, cycleResults(context), { by: actor.name, at });
      await repo.saveSettlements(tx, id, rows);
      await record('maturity.settle', id, { answers: Object.fromEntries(rows.map((r) => [r.criterion, r.answer])) });
      return cycleResults(await loadCycleContext(this.deps, tx, cycle));
    });
  }

  private async assertCalibrating(sql: SqlExecutor, cycle: repo.CycleRow, what: string): Promise<void> {
    if (cycle.state === 'open') {
      const view = await this.view(sql, cycle);
      const waiting = missing(view.progress, view.criteria);
      throw new RegistryError(
        'conflict',
        `cycle ${cycle.id} is still open and cannot be ${what} until every assessor has answered (waiting for ${waiting.join(', ')})`
      );
    }
  }

  async release(id: string, actor: Actor): Promise<CycleResults> {
    const at = this.deps.now().toISOString();
    return auditedWrite(this.db, actor, at, async (tx, record) => {
      const cycle = await this.cycle(tx, id);
      assertNotReleased(cycle);
      assertLead(cycle, actor, 'release');
      await this.assertCalibrating(tx, cycle, 'released');
      const results = cycleResults(await loadCycleContext(this.deps, tx, cycle));
      if (results.disputed.length > 0) {
        throw new RegistryError(
          'conflict',
          `cycle ${id} cannot be released while ${results.disputed.length} criteria are disputed: ${results.disputed.join(', ')}`,
          'disputed'
        );
      }
      const released: CycleResults = { ...results, state: 'released' };
      await repo.markReleased(tx, id, { by: actor.name, at, results: JSON.stringify(released) });
      const stages = Object.fromEntries(results.dimensions.map((d) => [d.id, d.stage]));
      await record('maturity.release', id, { stages, alpha: results.agreement.alpha });
      return released;
    });
  }

  async results(id: string, actor: Actor): Promise<CycleResults> {
    const cycle = await this.cycle(this.db, id);
    const results = frozenResults(cycle) ?? cycleResults(await loadCycleContext(this.deps, this.db, cycle));
    return seesAllAnswers(cycle, actor) ? results : withoutOthers(results, actor.name);
  }
}

/** While a cycle is open, an assessor sees only their own answers and stages. */
function withoutOthers(results: CycleResults, name: string): CycleResults {
  const own = (a: string) => sameIdentity(a, name);
  const keep = <T>(byAssessor: Record<string, T>) =>
    Object.fromEntries(Object.entries(byAssessor).filter(([a]) => own(a)));
  return {
    ...results,
    dimensions: results.dimensions.map((d) => ({ ...d, byAssessor: keep(d.byAssessor) })),
    criteria: results.criteria.map((c) => ({ ...c, byAssessor: keep(c.byAssessor) })),
    agreement: { alpha: null, byDimension: {} },
    disputed: [],
  };
}
