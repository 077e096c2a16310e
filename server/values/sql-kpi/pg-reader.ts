import { errorCode } from '../../error-message';
import { quoteIdentifier } from '../sources/identifiers';
import { type SqlDb } from '../../store/sql';

/** The PostgreSQL role `sql` KPIs run as: NOLOGIN, SELECT on the store's event and check-in tables only. */
export const SQL_KPI_ROLE = 'scorecard_sql_kpi';
const READABLE_TABLES = ['events', 'kpi_values'];

// insufficient_privilege, duplicate_object, unique_violation (two servers creating the role at once)
const TOLERATED = ['42501', '42710', '23505'];

async function attempt(db: SqlDb, sql: string): Promise<void> {
  try {
    await db.exec(sql);
  } catch (err) {
    if (!TOLERATED.includes(errorCode(err) ?? '')) {
      throw err;
    }
  }
}

/**
 * Creates the role and grants it reading where the store's user may (each step on its own, so one refused
 * step leaves the others); the role's name when the store's user can switch to it, else null.
 */
export async function prepareSqlKpiRole(db: SqlDb): Promise<string | null> {
  const role = quoteIdentifier(SQL_KPI_ROLE, 'role');
  const exists = await db.query('SELECT 1 AS one FROM pg_roles WHERE rolname = $1', [SQL_KPI_ROLE]);
  if (exists.length === 0) {
    await attempt(db, `CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`);
  }
  const [schema] = await db.query('SELECT quote_ident(current_schema()) AS name');
  if (typeof schema?.name === 'string') {
    await attempt(db, `GRANT USAGE ON SCHEMA ${schema.name} TO ${role}`);
  }
  await attempt(db, `GRANT SELECT ON ${READABLE_TABLES.join(', ')} TO ${role}`);
  if ((await canSetRole(db)) === false) {
    await attempt(db, `GRANT ${role} TO CURRENT_USER`);
  }
  return (await canSetRole(db)) === true ? SQL_KPI_ROLE : null;
}

/** Whether the store's user may SET ROLE to the role; undefined when the role does not exist. */
async function canSetRole(db: SqlDb): Promise<boolean | undefined> {
  const [row] = await db.query(
    `SELECT pg_has_role(current_user, oid, 'MEMBER') AS ok FROM pg_roles WHERE rolname = $1`,
    [SQL_KPI_ROLE]
  );
  return row === undefined ? undefined : row.ok === true;
}
