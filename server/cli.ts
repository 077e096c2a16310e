import { Command } from 'commander';
import { CliError, EXIT_FAILURE } from './cli-error';
import { applyCommand } from './commands/apply';
import { auditCommand } from './commands/audit';
import { benchmarkCommand } from './commands/benchmark';
import { demoCommand } from './commands/demo';
import { escalationsCommand } from './commands/escalations';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { maturityCommand } from './commands/maturity';
import { planCommand } from './commands/plan';
import { receiverCommand } from './commands/receiver';
import { schemasCommand } from './commands/schemas';
import { serveCommand } from './commands/serve';
import { validateCommand } from './commands/validate';
import { errorMessage } from './error-message';
import { readPackageVersion } from './version';

/** The `scorecard` program; each command is built in its own file under commands/. */
export function buildProgram(): Command {
  return new Command('scorecard')
    .description('Scorecard Suite for Grafana: KPI server and resources-as-code tools')
    .version(readPackageVersion())
    .addCommand(serveCommand())
    .addCommand(validateCommand())
    .addCommand(schemasCommand())
    .addCommand(planCommand())
    .addCommand(applyCommand())
    .addCommand(exportCommand())
    .addCommand(auditCommand())
    .addCommand(demoCommand())
    .addCommand(importCommand())
    .addCommand(maturityCommand())
    .addCommand(benchmarkCommand())
    .addCommand(escalationsCommand())
    .addCommand(receiverCommand());
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    const exitCode = err instanceof CliError ? err.exitCode : EXIT_FAILURE;
    process.stderr.write(`scorecard: ${errorMessage(err)}\n`);
    process.exitCode = exitCode;
  }
}

if (require.main === module) {
  void main();
}
