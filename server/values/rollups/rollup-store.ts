import {
  numberColumn,
  type QueryOptions,
  type SqlDb,
  type SqlDialect,
  type SqlExecutor,
  stringColumn,
} from '../../store/sql';
import { type BucketGrid } from '../engine/buckets';
import { calcJson, parseCalc, type RollupCalc } from './calc';
import { compileRawStates, compileRead, compileUpsert } from './compile';
import { type State, stateOf } from './states';

// builds and maintenance of pre-aggregates take this lock on PostgreSQL, so an ingest committing during a build is counted once
const ROLLUP_LOCK = 7_201_012;

async function lockRollups(tx: SqlExecutor, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') {
    await tx.query('SELECT pg_advisory_xact_lock($1) AS locked', [ROLLUP_LOCK]);
  }
}

const known = async (db: SqlExecutor, id: string): Promise<boolean> =>
  (await db.query('SELECT 1 AS known FROM rollup_calcs WHERE calc = $1', [id])).length > 0;

/** States per bucket start. */
export type BucketStates = Map<number, State>;

function statesByBucket(rows: ReadonlyArray<Record<string, unknown>>): BucketStates {
  return new Map(rows.map((row) => [numberColumn(row, 'bucket') ?? 0, stateOf(row)]));
}

/** Pre-aggregates of measures in the store: built on first use, read by bucket, kept current by every ingest. */
export class Rollups {
  private readonly built = new Map<string, Promise<void>>();
  private readonly done = new Set<string>();

  constructor(readonly db: SqlDb) {}

  /** True when the calc's pre-aggregate exists; else starts building it and says false (read events meanwhile). */
  async ready(calc: RollupCalc): Promise<boolean> {
    if (this.done.has(calc.id)) {
      return true;
    }
    if (await known(this.db, calc.id)) {
      this.done.add(calc.id);
      return true;
    }
    this.ensure(calc).catch(() => undefined);
    return false;
  }

  /** Builds the calc's pre-aggregate from every event unless it exists (once per process, and once across replicas). */
  ensure(calc: RollupCalc): Promise<void> {
    let done = this.built.get(calc.id);
    if (done === undefined) {
      done = this.build(calc).then(() => void this.done.add(calc.id));
      this.built.set(calc.id, done);
      done.catch(() => this.built.delete(calc.id));
    }
    return done;
  }

  /** Merged states per bucket from the slots in [from, to). */
  async read(
    calc: RollupCalc,
    grid: BucketGrid,
    from: number,
    to: number,
    options: QueryOptions = {}
  ): Promise<BucketStates> {
    const { sql, params } = compileRead(calc, grid, from, to);
    return statesByBucket(await this.db.query(sql, params, options));
  }

  /** States per bucket from the events in [from, to) themselves. */
  async raw(
    calc: RollupCalc,
    grid: BucketGrid,
    from: number,
    to: number,
    options: QueryOptions = {}
  ): Promise<BucketStates> {
    const { sql, params } = compileRawStates(calc, this.db.dialect, grid, from, to);
    return statesByBucket(await this.db.query(sql, params, options));
  }

  private async build(calc: RollupCalc): Promise<void> {
    if (await known(this.db, calc.id)) {
      return;
    }
    await this.db.transaction(async (tx) => {
      await lockRollups(tx, this.db.dialect);
      if (await known(tx, calc.id)) {
        return;
      }
      await tx.exec('INSERT INTO rollup_calcs (calc, definition, built_at) VALUES ($1, $2, CAST($3 AS TIMESTAMPTZ))', [
        calc.id,
        calcJson(calc),
        new Date().toISOString(),
      ]);
      const { sql, params } = compileUpsert(calc, this.db.dialect);
      await tx.exec(sql, params);
    });
  }
}

/** A new ingest id: the events of one ingest transaction carry it, so maintenance reads only them. */
export async function nextIngest(tx: SqlExecutor): Promise<number> {
  const [row] = await tx.query(`SELECT nextval('ingest_ids') AS id`);
  const id = numberColumn(row, 'id');
  if (id === null) {
    throw new Error('the store gave no ingest id');
  }
  return id;
}

/** Adds the events of one ingest to every pre-aggregate, in the ingest's own transaction (before it commits). */
export async function maintainRollups(tx: SqlExecutor, dialect: SqlDialect, ingest: number): Promise<void> {
  await lockRollups(tx, dialect);
  const calcs = await tx.query('SELECT calc, definition FROM rollup_calcs ORDER BY calc');
  for (const row of calcs) {
    const calc = parseCalc(stringColumn(row, 'calc') ?? '', stringColumn(row, 'definition') ?? '{}');
    const { sql, params } = compileUpsert(calc, dialect, ingest);
    await tx.exec(sql, params);
  }
}

/** Every event is being deleted: so are the states built from them (the definitions stay, built and empty). */
export async function clearRollups(tx: SqlExecutor, dialect: SqlDialect): Promise<void> {
  await lockRollups(tx, dialect);
  await tx.exec('DELETE FROM kpi_rollups');
}
