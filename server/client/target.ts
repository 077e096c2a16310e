import { userInfo } from 'node:os';
import { identityProblem } from '../auth/identity';
import { CliError, EXIT_USAGE } from '../cli-error';
import { type ResourceDocument } from '../../core/schema';
import { type KnownResource } from '../../core/validate';
import {
  type ApplyOptions,
  type ApplyResult,
  type AuditHead,
  type AuditVerify,
  type PlanEntry,
} from '../registry/types';

/** What the resources-as-code commands need, from a local store or a running server alike. */
export interface RegistryTarget {
  /** Where the commands act, for messages: the store location or the server URL. */
  readonly where: string;
  /** Resources already there, so a bundle may refer to them. */
  known(): Promise<KnownResource[]>;
  plan(docs: ResourceDocument[], opts: { prune: boolean }): Promise<PlanEntry[]>;
  apply(docs: ResourceDocument[], opts: ApplyOptions): Promise<ApplyResult>;
  export(): Promise<ResourceDocument[]>;
  verifyAudit(opts?: { expectHead?: AuditHead }): Promise<AuditVerify>;
  close(): Promise<void>;
}

export interface TargetFlags {
  store?: string;
  server?: string;
  token?: string;
  author?: string;
}

/** The author recorded for local writes (a server records its token's identity): --author, $SCORECARD_USER, or the OS user. */
export function authorName(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): string {
  const given = flags.author || env.SCORECARD_USER;
  if (given) {
    const problem = identityProblem(given);
    if (problem !== undefined) {
      throw new CliError(`the author name (--author or SCORECARD_USER) ${problem}`, EXIT_USAGE);
    }
    return given;
  }
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
