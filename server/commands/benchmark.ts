import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { benchmarkFile, benchmarkQuery, DEFAULT_MIN_GROUP, exportQuery } from '../../core/maturity/benchmark-api';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { type TargetFlags } from '../client/target';
import { errorMessage } from '../error-message';
import { withMaturityTarget } from '../maturity/target/open-maturity-target';
import { formatBenchmarks } from './maturity-format';
import { checked, flagOf, plural, readJson } from './maturity-input';
import { withTargetOptions } from './target-options';

type Flags = TargetFlags & { model?: string; year?: string; minGroup?: string; source?: string; out?: string };

const out = (lines: readonly string[]) => process.stdout.write(lines.map((l) => `${l}\n`).join(''));

function exportCommand(): Command {
  return withTargetOptions(
    new Command('export')
      .description('write the aggregates peers may see: counts and medians per dimension, no unit, no small group')
      .requiredOption('--model <id>', 'the maturity model')
      .requiredOption('--year <year>', 'the year')
      .requiredOption('--source <name>', 'who the figures come from, as peers will read it (not a unit)')
      .option('--min-group <n>', 'suppress dimensions with fewer units', String(DEFAULT_MIN_GROUP))
      .option('--out <file.json>', 'write here instead of standard output')
  ).action(async (flags: Flags) => {
    const { model, year, minGroup, source } = flags;
    const query = checked(exportQuery, { model, year, minGroup, source }, flagOf);
    await withMaturityTarget(flags, async (target) => {
      const file = await target.exportBenchmarks(query);
      const text = `${JSON.stringify(file, null, 2)}\n`;
      if (flags.out === undefined) {
        process.stdout.write(text);
        return;
      }
      await writeFile(flags.out, text).catch((err: unknown) => {
        throw new CliError(`cannot write ${flags.out}: ${errorMessage(err)}`, EXIT_FAILURE);
      });
      const suppressed = file.dimensions.filter((d) => 'suppressed' in d).length;
      out([
        `wrote ${flags.out}: ${file.model} ${file.year}, ${plural(file.dimensions.length, 'dimension')}, ` +
          `${suppressed} suppressed (fewer than ${file.minGroup} units)`,
      ]);
    });
  });
}

function importCommand(): Command {
  return withTargetOptions(
    new Command('import')
      .description('load a peer organisation’s benchmark file to compare against')
      .argument('<file.json>', 'a file written by `scorecard benchmark export`')
  ).action(async (path: string, flags: TargetFlags) => {
    const file = checked(
      benchmarkFile,
      await readJson(path),
      (at) => `${path}: at ${at === '' ? 'the top' : at}`,
      EXIT_FAILURE
    );
    await withMaturityTarget(flags, async (target) => {
      const peer = await target.importPeer(file);
      out([`imported ${peer.source}'s benchmarks of ${peer.model} ${peer.year} as peer ${peer.id}`]);
    });
  });
}

function showCommand(): Command {
  return withTargetOptions(
    new Command('show')
      .description('units per stage and the median stage per dimension, over released cycles, and the peers')
      .requiredOption('--model <id>', 'the maturity model')
      .requiredOption('--year <year>', 'the year')
      .option('--min-group <n>', 'suppress dimensions with fewer units', String(DEFAULT_MIN_GROUP))
  ).action(async (flags: Flags) => {
    const { model, year, minGroup } = flags;
    const query = checked(benchmarkQuery, { model, year, minGroup }, flagOf);
    await withMaturityTarget(flags, async (target) => out(formatBenchmarks(await target.benchmarks(query))));
  });
}

export function benchmarkCommand(): Command {
  return new Command('benchmark')
    .description('maturity benchmarks over released cycles, for the organisation and its peers')
    .addCommand(exportCommand())
    .addCommand(importCommand())
    .addCommand(showCommand());
}
