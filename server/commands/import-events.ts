import { Command } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { type TargetFlags } from '../client/target';
import { errorMessage } from '../error-message';
import { parseMapOptions } from '../events/files/column-map';
import { type FileFormat, formatOf } from '../events/files/event-file';
import { importEventFile, ImportInterruptedError } from '../events/files/import-events';
import { cliProgress } from '../events/progress';
import { withDataTarget } from '../events/target/open-data-target';
import { withTargetOptions } from './target-options';

interface EventsFlags extends TargetFlags {
  map: string[];
  format?: string;
  resume?: boolean;
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const collect = (value: string, previous: string[]): string[] => [...previous, value];

function usage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new CliError(errorMessage(err), EXIT_USAGE);
  }
}

/** What an interrupted import left behind, and how to go on; `inFlight` when a sent batch may land unseen. */
export function landedMessage(landed: number, total: number, where: string, inFlight = false): string {
  if (landed === 0 && !inFlight) {
    return 'nothing was imported';
  }
  const rows = `${fmt(landed)} of ${fmt(total)} rows`;
  const stored = inFlight ? `at least ${rows} (a batch in flight may land too)` : rows;
  return `${stored} are in ${where}; rerun with --resume to import the rest`;
}

/** Until the returned function is called, SIGINT/SIGTERM report what has landed and exit 130/143. */
function reportOnSignal(report: () => string): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    process.stderr.write(`\nscorecard: interrupted by ${signal}: ${report()}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export function eventsCommand(): Command {
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
      .option('--resume', 'continue an interrupted import of the same file: batches that landed are skipped')
  ).action(async (file: string, flags: EventsFlags) => {
    const map = usage(() => parseMapOptions(flags.map));
    const format: FileFormat = usage(() => formatOf(file, flags.format));
    await withDataTarget(flags, async (target) => {
      process.stderr.write(`importing ${file} into ${target.where}...\n`);
      const state = { landed: 0, total: 0 };
      const stopReporting = reportOnSignal(() =>
        landedMessage(state.landed, state.total, target.where, !target.atomic && state.total > 0)
      );
      try {
        const result = await importEventFile(target, file, {
          map,
          format,
          resume: flags.resume === true,
          progress: cliProgress('events'),
          onCheck: (rows) => process.stderr.write(`checked ${fmt(rows)} rows; sending them\n`),
          onLanded: (landed, total) => Object.assign(state, { landed, total }),
        });
        if (result.ignored.length > 0) {
          process.stderr.write(`ignored columns: ${result.ignored.join(', ')}\n`);
        }
        const skipped = result.skipped > 0 ? ` (${fmt(result.skipped)} were already there)` : '';
        process.stdout.write(`imported ${fmt(result.imported)} events in ${seconds(result.ms)} s${skipped}\n`);
      } catch (err) {
        if (err instanceof ImportInterruptedError) {
          const left = landedMessage(err.landed, err.total, target.where);
          throw new CliError(`${file}: ${err.message}; ${left}`, EXIT_FAILURE);
        }
        throw new CliError(`${file}: ${errorMessage(err)}`, EXIT_FAILURE);
      } finally {
        stopReporting();
      }
    });
  });
}
