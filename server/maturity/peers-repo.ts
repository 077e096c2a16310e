import { type PeerBenchmark, peerBenchmark } from '../../core/maturity/benchmark-api';
import { type SqlExecutor, stringColumn } from '../store/sql';
import { whereEquals } from './where-equals';

export async function loadPeers(
  sql: SqlExecutor,
  key: { model?: string; year?: number } = {}
): Promise<PeerBenchmark[]> {
  const { clause, params } = whereEquals([
    ['model', key.model],
    ['year', key.year],
  ]);
  const rows = await sql.query(`SELECT payload FROM benchmark_peers ${clause} ORDER BY year, source, id`, params);
  return rows.map((r) => peerBenchmark.parse(JSON.parse(stringColumn(r, 'payload') ?? 'null')));
}

/** Replaces an earlier import of the same source, model and year. */
export async function savePeer(tx: SqlExecutor, peer: PeerBenchmark): Promise<void> {
  await tx.exec('DELETE FROM benchmark_peers WHERE id = $1', [peer.id]);
  await tx.exec(
    `INSERT INTO benchmark_peers (id, source, model, year, payload, imported_by, imported_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [peer.id, peer.source, peer.model, peer.year, JSON.stringify(peer), peer.importedBy, peer.importedAt]
  );
}

export async function deletePeer(tx: SqlExecutor, id: string): Promise<boolean> {
  const found = await tx.query('SELECT id FROM benchmark_peers WHERE id = $1', [id]);
  await tx.exec('DELETE FROM benchmark_peers WHERE id = $1', [id]);
  return found.length > 0;
}
