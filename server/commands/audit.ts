import { Command } from 'commander';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { withTarget } from '../client/open-target';
import { type TargetFlags } from '../client/target';
import { withTargetOptions } from './target-options';

export function auditCommand(): Command {
  const verify = withTargetOptions(
    new Command('verify').description('recompute the audit hash chain; name the first edited or deleted entry')
  ).action(async (flags: TargetFlags) => {
    await withTarget(flags, async (target) => {
      const result = await target.verifyAudit();
      if (result.ok) {
        process.stdout.write(`audit log intact: ${result.entries} entries (${target.where})\n`);
        return;
      }
      process.stdout.write(
        `audit log BROKEN (${target.where}): first broken entry ${JSON.stringify(result.firstBroken)}\n`
      );
      throw new CliError('the audit log has been edited or entries deleted', EXIT_FAILURE);
    });
  });
  return new Command('audit').description('the append-only audit log').addCommand(verify);
}
