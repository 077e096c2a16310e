import { Command } from 'commander';
import { CONDITION_TEXT } from '../../core/escalation';
import { escalationListQuery, type EscalationView, resolveBody } from '../../core/escalation/api';
import { type TargetFlags } from '../client/target';
import { openEscalationTarget, type EscalationTarget } from '../escalation/target';
import { checked, flagOf } from './maturity-input';
import { withTargetOptions } from './target-options';

type Flags = TargetFlags & Record<string, string | boolean | undefined>;

const out = (lines: readonly string[]) => process.stdout.write(lines.map((l) => `${l}\n`).join(''));

async function withTarget<T>(flags: TargetFlags, fn: (t: EscalationTarget) => Promise<T>): Promise<T> {
  const target = await openEscalationTarget(flags);
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}

/** One line per escalation: id, state, level, KPI, owner, breach, opened, who acted. */
export function formatEscalations(list: readonly EscalationView[]): string[] {
  if (list.length === 0) {
    return ['no escalations'];
  }
  return list.map((e) => {
    const breach = `${CONDITION_TEXT[e.breach.status]} ${e.breach.periods} of ${e.breach.of} through ${e.breach.through}`;
    const acted = [
      e.acknowledgedBy === null ? '' : `acknowledged by ${e.acknowledgedBy} ${e.acknowledgedAt ?? ''}`,
      e.resolvedAt === null
        ? ''
        : `resolved (${e.resolution ?? ''}${e.resolvedBy ? ` by ${e.resolvedBy}` : ''}) ${e.resolvedAt}`,
    ].filter((s) => s !== '');
    return [e.id, e.state, `level ${e.level}`, `${e.kpi} (${e.owner})`, breach, `opened ${e.openedAt}`, ...acted].join(
      '  '
    );
  });
}

function formatDetail(e: EscalationView): string[] {
  return [
    ...formatEscalations([e]),
    `policy ${e.policy} v${e.policyVersion} (${e.policyName}); KPI ${e.kpiName}`,
    ...e.breach.detail.map((p) => `  ${p.period}: ${p.value ?? 'no data'} (target ${p.target ?? '-'}, ${p.status})`),
    ...(e.deferredUntil === null ? [] : [`held by quiet hours until ${e.deferredUntil}`]),
    ...(e.acknowledgeNote === null ? [] : [`acknowledge note: ${e.acknowledgeNote}`]),
    ...(e.resolveNote === null ? [] : [`resolve note: ${e.resolveNote}`]),
    ...(e.deliveries ?? []).map(
      (d) =>
        `  ${d.reason} level ${d.level} → ${d.receiver} (${d.receiverType}): ${d.status}, ${d.attempts} attempt(s)` +
        `${d.lastError ? `, last error: ${d.lastError}` : ''}${d.nextAttemptAt ? `, next at ${d.nextAttemptAt}` : ''}`
    ),
  ];
}

function listCommand(): Command {
  return withTargetOptions(
    new Command('list')
      .description('list escalations, newest first')
      .option('--state <state>', 'open, acknowledged, resolved or unresolved')
      .option('--kpi <id>', 'only this KPI')
      .option('--policy <id>', 'only this policy')
      .option('--owner <name>', 'only KPIs of this owner')
      .option('--limit <n>', 'at most this many')
  ).action(async (flags: Flags) => {
    const { state, kpi, policy, owner, limit } = flags;
    const query = checked(escalationListQuery, { state, kpi, policy, owner, limit }, flagOf);
    await withTarget(flags, async (t) => out(formatEscalations(await t.list(query))));
  });
}

function showCommand(): Command {
  return withTargetOptions(
    new Command('show').description('one escalation with its breach and deliveries').argument('<id>')
  ).action(async (id: string, flags: Flags) => {
    await withTarget(flags, async (t) => out(formatDetail(await t.get(id))));
  });
}

function evaluateCommand(): Command {
  return withTargetOptions(
    new Command('evaluate').description('evaluate every policy now (on a local store, then try each delivery once)')
  ).action(async (flags: Flags) => {
    await withTarget(flags, async (t) => {
      const s = await t.evaluate();
      const tried =
        s.delivered === undefined
          ? []
          : [`deliveries: ${s.delivered} delivered, ${s.retrying ?? 0} to retry, ${s.failed ?? 0} failed`];
      out([
        `evaluated ${s.policies} polic${s.policies === 1 ? 'y' : 'ies'} at ${s.at}: ${s.opened.length} opened, ${s.notified.length} notified, ${s.deferred.length} held by quiet hours, ${s.resolved.length} resolved`,
        ...tried,
        ...s.errors.map((e) => `policy ${e.policy} could not be evaluated: ${e.message}`),
      ]);
    });
  });
}

function ackCommand(): Command {
  return withTargetOptions(
    new Command('ack')
      .description('acknowledge an escalation: no more level notifications; it still resolves on recovery')
      .argument('<id>')
      .option('--note <text>', 'what is being done')
  ).action(async (id: string, flags: Flags) => {
    const note = typeof flags.note === 'string' ? flags.note : undefined;
    await withTarget(flags, async (t) => out(formatEscalations([await t.acknowledge(id, note)])));
  });
}

function resolveCommand(): Command {
  return withTargetOptions(
    new Command('resolve')
      .description('resolve an escalation by hand, with a note saying why')
      .argument('<id>')
      .requiredOption('--note <text>', 'why it is resolved')
  ).action(async (id: string, flags: Flags) => {
    const { note } = checked(resolveBody, { note: flags.note }, flagOf);
    await withTarget(flags, async (t) => out(formatEscalations([await t.resolve(id, note)])));
  });
}

export function escalationsCommand(): Command {
  return new Command('escalations')
    .description('escalations of KPIs breaching their policies: list, show, evaluate, ack, resolve')
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(evaluateCommand())
    .addCommand(ackCommand())
    .addCommand(resolveCommand());
}
