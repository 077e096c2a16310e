import { Command } from 'commander';
import { CliError, EXIT_USAGE } from '../cli-error';
import { withTarget } from '../client/open-target';
import { type TargetFlags } from '../client/target';
import { loadDocumentsOrFail } from './load-documents';
import { formatPlan, planSummary } from './plan-format';
import { withTargetOptions } from './target-options';

interface ApplyFlags extends TargetFlags {
  message?: string;
  approve?: boolean;
  approvedBy?: string;
  prune?: boolean;
  overrideFreeze?: string;
}

export function applyCommand(): Command {
  return withTargetOptions(
    new Command('apply')
      .description('apply YAML documents in one transaction: new versions for changed resources, nothing for unchanged')
      .argument('<paths...>', 'YAML files or directories')
      .option('-m, --message <text>', 'the change message recorded with every new version')
      .option(
        '--approve',
        'approve the new versions as the applying identity (GitOps: the merged pull request was the review); ' +
          'never its own four-eyes changes'
      )
      .option(
        '--approved-by <name>',
        'with --approve, from a service token: the reviewer of the merged change, recorded as approver (audited)'
      )
      .option('--prune', 'retire resources of the kinds in the bundle that the bundle no longer holds')
      .option('--override-freeze <reason>', 'admin: make versions effective despite a freeze window (audited)')
  ).action(async (paths: string[], flags: ApplyFlags) => {
    if (flags.approvedBy !== undefined && !flags.approve) {
      throw new CliError('--approved-by names the reviewer of an approval: use it with --approve', EXIT_USAGE);
    }
    await withTarget(flags, async (target) => {
      const docs = await loadDocumentsOrFail(paths, await target.known());
      process.stderr.write(`applying ${docs.length} document(s) to ${target.where}...\n`);
      const result = await target.apply(docs, {
        prune: flags.prune ?? false,
        approve: flags.approve ?? false,
        ...(flags.approvedBy === undefined ? {} : { approvedBy: flags.approvedBy }),
        ...(flags.message === undefined ? {} : { message: flags.message }),
        ...(flags.overrideFreeze === undefined ? {} : { overrideFreeze: { reason: flags.overrideFreeze } }),
      });
      const lines = [...formatPlan(result.plan), planSummary(result.plan).replace(/^plan:/, 'applied:')];
      const states = result.versions.map((v) => `  ${v.kind} ${v.id} v${v.version} ${v.state}`);
      process.stdout.write(`${[...lines, ...(states.length > 0 ? ['versions:', ...states] : [])].join('\n')}\n`);
      process.stdout.write(`target: ${target.where}\n`);
    });
  });
}
