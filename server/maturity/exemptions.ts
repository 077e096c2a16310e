import { type Exemption, type ExemptionBody } from '../../core/maturity/api';
import { allCriteria } from '../../core/maturity/effective-answers';
import { type Actor, RegistryError } from '../registry/types';
import { type SqlDb } from '../store/sql';
import { auditedWrite } from './audited-write';
import { type MaturityDeps, modelSpec } from './cycle-context';
import { assertRole } from './permissions';
import { deleteExemption, loadExemptions, saveExemption } from './repo';

const key = (e: { model: string; unit: string; criterion: string }) => `${e.model}/${e.unit}/${e.criterion}`;

/** Time-boxed exemptions of a unit from a criterion: n/a in every cycle whose date is on or before `expires`. */
export class ExemptionService {
  constructor(
    private readonly db: SqlDb,
    private readonly deps: MaturityDeps
  ) {}

  list(query: { model?: string | undefined; unit?: string | undefined }): Promise<Exemption[]> {
    return loadExemptions(this.db, query);
  }

  async put(body: ExemptionBody, actor: Actor): Promise<Exemption> {
    assertRole(actor, 'approver', 'exempting a unit from a criterion');
    const model = await modelSpec(this.deps.registry, body.model);
    if (!allCriteria(model).some((c) => c.id === body.criterion)) {
      throw new RegistryError('invalid', `model ${body.model} has no criterion "${body.criterion}"`, 'criterion');
    }
    const at = this.deps.now().toISOString();
    const row: Exemption = { ...body, reason: body.reason.trim(), createdBy: actor.name, createdAt: at };
    return auditedWrite(this.db, actor, at, async (tx, record) => {
      await saveExemption(tx, row);
      await record('maturity.exempt', key(body), { reason: row.reason, expires: row.expires });
      return row;
    });
  }

  async end(which: { model: string; unit: string; criterion: string }, actor: Actor): Promise<void> {
    assertRole(actor, 'approver', 'ending an exemption');
    const at = this.deps.now().toISOString();
    await auditedWrite(this.db, actor, at, async (tx, record) => {
      const found = (await loadExemptions(tx, which)).find((e) => e.criterion === which.criterion);
      if (found === undefined) {
        throw new RegistryError('not_found', `no exemption of ${which.unit} from ${which.criterion} in ${which.model}`);
      }
      await deleteExemption(tx, which);
      await record('maturity.exemption-end', key(which), { reason: found.reason, expires: found.expires });
    });
  }
}
