import { Command } from 'commander';
import { withTarget } from '../client/open-target';
import { type TargetFlags } from '../client/target';
import { loadDocumentsOrFail } from './load-documents';
import { formatPlan, planSummary } from './plan-format';
import { withTargetOptions } from './target-options';

interface PlanFlags extends TargetFlags {
  prune?: boolean;
  verbose?: boolean;
}

export function planCommand(): Command {
  return withTargetOptions(
    new Command('plan')
      .description('show what apply would change: per resource create, update (with field diffs), unchanged or retire')
      .argument('<paths...>', 'YAML files or directories')
      .option('--prune', 'retire resources of the kinds in the bundle that the bundle no longer holds')
      .option('-v, --verbose', 'list unchanged resources too')
  ).action(async (paths: string[], flags: PlanFlags) => {
    await withTarget(flags, async (target) => {
      const docs = await loadDocumentsOrFail(paths, await target.known());
      const plan = await target.plan(docs, { prune: flags.prune ?? false });
      const lines = [...formatPlan(plan, flags.verbose ?? false), planSummary(plan)];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
  });
}
