import { z } from 'zod';
import {
  type ConsensusBody,
  type CreateCycleBody,
  cycle,
  type CycleQuery,
  cycleResults,
  exemption,
  type ExemptionBody,
  type ResponsesBody,
} from '../../../core/maturity/api';
import {
  type BenchmarkFile,
  benchmarkFile,
  type BenchmarkQuery,
  benchmarks,
  type ExportQuery,
  peerBenchmark,
} from '../../../core/maturity/benchmark-api';
import { ApiClient } from '../../client/api-client';
import { type MaturityTarget } from './maturity-target';

const cycleList = z.object({ cycles: z.array(cycle) });
const enc = encodeURIComponent;

/** `?a=1&b=2` from the defined entries, or '' when there are none. */
function queryString(query: Readonly<Record<string, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The maturity and benchmark API of a running KPI server; its answers are parsed with the core schemas. */
export class RemoteMaturity implements MaturityTarget {
  readonly where: string;
  private readonly api: ApiClient;

  constructor(
    server: string,
    token: string,
    readonly actor: string
  ) {
    this.where = server;
    this.api = new ApiClient(server, token);
  }

  async listCycles(query: CycleQuery) {
    return (await this.api.call('GET', `/api/v1/maturity/cycles${queryString(query)}`, cycleList)).cycles;
  }

  createCycle(body: CreateCycleBody) {
    return this.api.call('POST', '/api/v1/maturity/cycles', cycle, { json: body });
  }

  answer(id: string, assessor: string, body: ResponsesBody) {
    const path = `/api/v1/maturity/cycles/${enc(id)}/responses/${enc(assessor)}`;
    return this.api.call('PUT', path, cycle, { json: body });
  }

  settle(id: string, body: ConsensusBody) {
    return this.api.call('PUT', `/api/v1/maturity/cycles/${enc(id)}/consensus`, cycleResults, { json: body });
  }

  release(id: string) {
    return this.api.call('POST', `/api/v1/maturity/cycles/${enc(id)}/release`, cycleResults);
  }

  results(id: string) {
    return this.api.call('GET', `/api/v1/maturity/cycles/${enc(id)}/results`, cycleResults);
  }

  exempt(body: ExemptionBody) {
    return this.api.call('PUT', '/api/v1/maturity/exemptions', exemption, { json: body });
  }

  benchmarks(query: BenchmarkQuery) {
    return this.api.call('GET', `/api/v1/benchmarks${queryString(query)}`, benchmarks);
  }

  exportBenchmarks(query: ExportQuery) {
    return this.api.call('GET', `/api/v1/benchmarks/export${queryString(query)}`, benchmarkFile);
  }

  importPeer(file: BenchmarkFile) {
    return this.api.call('POST', '/api/v1/benchmarks/peers', peerBenchmark, { json: file });
  }

  async close(): Promise<void> {}
}
