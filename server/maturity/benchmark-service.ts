import { stageIndex } from '../../core/maturity/assess';
import { benchmarkStages } from '../../core/maturity/benchmark';
import {
  type BenchmarkFile,
  type BenchmarkQuery,
  type Benchmarks,
  DEFAULT_MIN_GROUP,
  type ExportQuery,
  type PeerBenchmark,
  type UnitComparison,
} from '../../core/maturity/benchmark-api';
import { type CycleResults } from '../../core/maturity/api';
import { rankAgainst } from '../../core/maturity/peer-compare';
import { type Actor, RegistryError } from '../registry/types';
import { type SqlDb } from '../store/sql';
import { auditedWrite } from './audited-write';
import { frozenResults, type MaturityDeps, modelSpec } from './cycle-context';
import { checkPeerFile, peerId, toBenchmarkFile } from './peer-file';
import { deletePeer, loadPeers, savePeer } from './peers-repo';
import { assertRole } from './permissions';
import { listCycles } from './repo';

/** Benchmarks over released cycles, the aggregates exported to peers, and peers' files imported (DESIGN §9). */
export class BenchmarkService {
  constructor(
    private readonly db: SqlDb,
    private readonly deps: MaturityDeps
  ) {}

  async benchmarks(query: BenchmarkQuery): Promise<Benchmarks> {
    const model = await modelSpec(this.deps.registry, query.model);
    const released = await listCycles(this.db, { model: query.model, year: query.year, state: 'released' });
    const units = released.flatMap((c) => {
      const results = frozenResults(c);
      return results === null
        ? []
        : [{ unit: c.unit, stages: Object.fromEntries(results.dimensions.map((d) => [d.id, d.stage])) }];
    });
    const names = new Map(model.dimensions.map((d) => [d.id, d.name]));
    const dimensions = benchmarkStages(units, [...names.keys()], model.stages, query.minGroup).map((d) => ({
      ...d,
      name: names.get(d.id) ?? d.id,
    }));
    return {
      model: query.model,
      year: query.year,
      minGroup: query.minGroup,
      units: units.length,
      stages: model.stages.map((s) => ({ id: s.id, name: s.name })),
      dimensions,
      peers: await loadPeers(this.db, { model: query.model, year: query.year }),
    };
  }

  async exportFile(query: ExportQuery): Promise<BenchmarkFile> {
    return toBenchmarkFile(await this.benchmarks(query), query.source, this.deps.now().toISOString());
  }

  peers(model?: string): Promise<PeerBenchmark[]> {
    return loadPeers(this.db, model === undefined ? {} : { model });
  }

  async importFile(file: BenchmarkFile, actor: Actor): Promise<PeerBenchmark> {
    assertRole(actor, 'approver', "importing peers' benchmarks");
    const model = await modelSpec(this.deps.registry, file.model).catch((err: unknown) => {
      if (err instanceof RegistryError && err.code === 'not_found') {
        throw new RegistryError(
          'invalid',
          `model ${file.model} is not known here: peers compare by the same model`,
          'model'
        );
      }
      throw err;
    });
    checkPeerFile(
      file,
      model.stages,
      model.dimensions.map((d) => d.id)
    );
    const at = this.deps.now().toISOString();
    const peer: PeerBenchmark = { ...file, id: peerId(file), importedBy: actor.name, importedAt: at };
    return auditedWrite(this.db, actor, at, async (tx, record) => {
      await savePeer(tx, peer);
      await record('benchmark.import', peer.id, { source: file.source, model: file.model, year: file.year });
      return peer;
    });
  }

  async removePeer(id: string, actor: Actor): Promise<void> {
    assertRole(actor, 'approver', "removing a peer's benchmark");
    await auditedWrite(this.db, actor, this.deps.now().toISOString(), async (tx, record) => {
      if (!(await deletePeer(tx, id))) {
        throw new RegistryError('not_found', `no peer benchmark ${id}`);
      }
      await record('benchmark.remove', id, {});
    });
  }

  /** Where a released cycle's unit stands among the other units of its year and against each peer. */
  async compare(results: CycleResults, minGroup = DEFAULT_MIN_GROUP): Promise<UnitComparison> {
    const own = await this.benchmarks({ model: results.model, year: results.year, minGroup });
    const internal = Object.fromEntries(
      own.dimensions.map((d) =>
        d.suppressed
          ? [d.id, { n: d.n, rank: null, median: null, reason: d.reason }]
          : [d.id, { n: d.n, rank: d.ranks[results.unit] ?? null, median: d.median }]
      )
    );
    const stages = own.stages;
    const peers = own.peers.map((p) => ({
      source: p.source,
      year: p.year,
      byDimension: Object.fromEntries(
        p.dimensions.flatMap((d) => {
          const mine = results.dimensions.find((r) => r.id === d.id);
          if (mine === undefined || 'suppressed' in d) {
            return [];
          }
          return [[d.id, { rank: rankAgainst(stageIndex(mine.stage, stages), d.counts, stages), median: d.median }]];
        })
      ),
    }));
    return { minGroup, internal, peers };
  }
}
