import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { checkInsFromCsv } from '../checkins/import-values';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { authorName, type TargetFlags } from '../client/target';
import { errorMessage } from '../error-message';
import { withDataTarget } from '../events/target/open-data-target';
import { eventsCommand } from './import-events';
import { withTargetOptions } from './target-options';

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

function valuesCommand(): Command {
  return withTargetOptions(
    new Command('values')
      .description('check in values of manual KPIs from a CSV file with the columns kpi, time, value, note')
      .argument('<file>', 'CSV with a header line; time is ISO-8601 or epoch ms (empty: now)')
  ).action(async (file: string, flags: TargetFlags) => {
    const started = performance.now();
    const text = await readFile(file, 'utf8').catch((err: unknown) => {
      throw new CliError(`cannot read ${file}: ${errorMessage(err)}`, EXIT_FAILURE);
    });
    await withDataTarget(flags, async (target) => {
      try {
        const groups = checkInsFromCsv(text, { author: authorName(flags), now: Date.now() });
        const n = await target.addCheckIns(groups);
        const kpis = `${groups.length} KPI${groups.length === 1 ? '' : 's'}`;
        process.stdout.write(`imported ${n} check-ins of ${kpis} in ${seconds(performance.now() - started)} s\n`);
      } catch (err) {
        throw new CliError(`${file}: ${errorMessage(err)}; nothing was imported`, EXIT_FAILURE);
      }
    });
  });
}

export function importCommand(): Command {
  return new Command('import')
    .description('load events or manual KPI values into a local store or a running server')
    .addCommand(eventsCommand())
    .addCommand(valuesCommand());
}
