import { Command } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { withTarget } from '../client/open-target';
import { type TargetFlags } from '../client/target';
import { errorMessage } from '../error-message';
import { formatAuditHead, parseAuditHead } from '../registry/audit-head';
import { type AuditHead, type AuditVerify, type BrokenAuditEntry } from '../registry/types';
import { withTargetOptions } from './target-options';

type VerifyFlags = TargetFlags & { expectHead?: string };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function brokenEntry(entry: BrokenAuditEntry): string {
  const what =
    'action' in entry ? ` (${[entry.action, entry.kind, entry.id, entry.version].join(' ')} by ${entry.actor})` : '';
  return `entry ${entry.seq}${what}: ${entry.reason}`;
}

/** The lines to print, and the failure summary when anything is wrong. */
export function verifyReport(
  result: AuditVerify,
  where: string,
  expectHead?: AuditHead
): { lines: string[]; failure: string | null } {
  const head = result.head === undefined ? [] : [`chain head: ${formatAuditHead(result.head)}`];
  if (result.ok) {
    const lines = [
      `audit log intact: ${plural(result.entries, 'entry', 'entries')}, ` +
        `${plural(result.versions, 'version document matches its', 'version documents match their')} SHA-256 (${where})`,
      ...(expectHead === undefined ? [] : [`the log still reaches the expected head ${formatAuditHead(expectHead)}`]),
      ...head,
      'keep the chain head outside the store; --expect-head <entries>:<hash> then detects a truncated or rewritten tail',
    ];
    return { lines, failure: null };
  }
  const tampered = result.tamperedVersions ?? [];
  const problems = [
    ...(result.firstBroken === undefined ? [] : [`audit log broken at ${brokenEntry(result.firstBroken)}`]),
    ...tampered.map((v) => `version ${v.kind} ${v.id} v${v.version}: ${v.reason}`),
    ...(result.headMismatch === undefined
      ? []
      : [`expected head ${formatAuditHead(result.headMismatch.expected)}: ${result.headMismatch.reason}`]),
  ];
  const failure = [
    ...(result.firstBroken === undefined ? [] : ['the audit log has been edited or entries deleted']),
    ...(tampered.length === 0
      ? []
      : [`${plural(tampered.length, 'stored version was', 'stored versions were')} tampered with`]),
    ...(result.headMismatch === undefined ? [] : ['the log no longer reaches the expected chain head']),
  ].join('; ');
  return { lines: [`audit verify FAILED (${where}):`, ...problems.map((p) => `  ${p}`), ...head], failure };
}

function expectedHead(flags: VerifyFlags): AuditHead | undefined {
  try {
    return flags.expectHead === undefined ? undefined : parseAuditHead(flags.expectHead);
  } catch (err) {
    throw new CliError(`--expect-head: ${errorMessage(err)}`, EXIT_USAGE);
  }
}

export function auditCommand(): Command {
  const verify = withTargetOptions(
    new Command('verify')
      .description(
        'recompute the audit hash chain and every version document’s SHA-256; print the chain head ' +
          '(<entries>:<hash>) to keep outside the store'
      )
      .option('--expect-head <entries:hash>', 'a chain head printed earlier: fail when the log no longer reaches it')
  ).action(async (flags: VerifyFlags) => {
    const expectHead = expectedHead(flags);
    await withTarget(flags, async (target) => {
      const result = await target.verifyAudit(expectHead === undefined ? {} : { expectHead });
      const { lines, failure } = verifyReport(result, target.where, expectHead);
      process.stdout.write(lines.map((l) => `${l}\n`).join(''));
      if (failure !== null) {
        throw new CliError(failure, EXIT_FAILURE);
      }
    });
  });
  return new Command('audit').description('the append-only audit log').addCommand(verify);
}
