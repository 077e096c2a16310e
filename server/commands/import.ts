import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { checkInsFromCsv } from '../checkins/import-values';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { authorName, type TargetFlags } from '../client/target';
import { errorMessage } from '../error-message';
import { parseMapOptions } from '../events/files/column-map';
import { type FileFormat, formatOf } from '../events/files/event-file';
import { importEventFile } from '../events/files/import-events';
import { cliProgress } from '../events/progress';
import { withDataTarget } from '../events/target/open-data-target';
import { withTargetOptions } from './target-options';

interface EventsFlags extends TargetFlags {
  map: string[];
  format?: string;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const collect = (value: string, previous: string[]): string[] => [...previous, value];

function usage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new CliError(errorMessage(err), EXIT_USAGE);
  }
}

function eventsCommand(): Command {
  return withTargetOptions(
    new Command('events')
      .description("load a CSV or Parquet file into the events table of the server's own store (all rows validated)")
      .argument('<file>', 'a .csv (with a header line) or .parquet file')
      .option(
        '--map <column=source>',
        'take an event column from a differently named file column (repeatable)',
        collect,
        []
      )
      .option('--format <format>', 'csv or parquet, when the file name does not say')
  ).action(async (file: string, flags: EventsFlags) => {
    const map = usage(() => parseMapOptions(flags.map));
    const format: FileFormat = usage(() => formatOf(file, flags.format));
    await withDataTarget(flags, async (target) => {
      process.stderr.write(`importing ${file} into ${target.where}...\n`);
      try {
        const result = await importEventFile(target, file, {
          map,
          format,
          progress: cliProgress('events'),
          onCheck: (rows) => process.stderr.write(`checked ${rows.toLocaleString('en-US')} rows; sending them\n`),
        });
        if (result.ignored.length > 0) {
          process.stderr.write(`ignored columns: ${result.ignored.join(', ')}\n`);
        }
        process.stdout.write(`imported ${result.imported.toLocaleString('en-US')} events in ${seconds(result.ms)} s\n`);
      } catch (err) {
        const kept = target.atomic ? 'nothing was imported' : 'batches already sent stay on the server';
        throw new CliError(`${file}: ${errorMessage(err)}; ${kept}`, EXIT_FAILURE);
      }
    });
  });
}

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
