import { Client } from 'pg';
import { redactUrl } from '../store/store-spec';

export const TEST_POSTGRES_ENV = 'SCORECARD_TEST_POSTGRES_URL';
// The machines this project runs on have PostgreSQL here with trust auth; CI sets the variable explicitly.
export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function testPostgresUrl(): string {
  const url = process.env[TEST_POSTGRES_ENV];
  return url === undefined || url === '' ? DEFAULT_TEST_POSTGRES_URL : url;
}

/** Connects once; a failure names the URL and how to point the tests at another server. */
export async function assertTestPostgres(): Promise<void> {
  const url = testPostgresUrl();
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `PostgreSQL store tests cannot reach ${redactUrl(url)} (${reason}). Start PostgreSQL or set ${TEST_POSTGRES_ENV}.`
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
