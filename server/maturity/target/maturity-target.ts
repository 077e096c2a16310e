import {
  type ConsensusBody,
  type CreateCycleBody,
  type Cycle,
  type CycleQuery,
  type CycleResults,
  type Exemption,
  type ExemptionBody,
  type ResponsesBody,
} from '../../../core/maturity/api';
import {
  type BenchmarkFile,
  type BenchmarkQuery,
  type Benchmarks,
  type ExportQuery,
  type PeerBenchmark,
} from '../../../core/maturity/benchmark-api';

/** What the maturity and benchmark commands need, from a local store (as its admin) or a running server alike. */
export interface MaturityTarget {
  /** The store location or the server URL, for messages. */
  readonly where: string;
  /** The identity the target acts as: the local author, or the server token's. */
  readonly actor: string;
  listCycles(query: CycleQuery): Promise<Cycle[]>;
  createCycle(body: CreateCycleBody): Promise<Cycle>;
  /** One assessor's answers (merged with earlier ones); the cycle with its new progress and state. */
  answer(cycle: string, assessor: string, body: ResponsesBody): Promise<Cycle>;
  settle(cycle: string, body: ConsensusBody): Promise<CycleResults>;
  release(cycle: string): Promise<CycleResults>;
  results(cycle: string): Promise<CycleResults>;
  exempt(body: ExemptionBody): Promise<Exemption>;
  benchmarks(query: BenchmarkQuery): Promise<Benchmarks>;
  exportBenchmarks(query: ExportQuery): Promise<BenchmarkFile>;
  importPeer(file: BenchmarkFile): Promise<PeerBenchmark>;
  close(): Promise<void>;
}
