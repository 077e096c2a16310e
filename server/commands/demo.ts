import { Command } from 'commander';
import { CliError, EXIT_USAGE } from '../cli-error';
import { type TargetFlags } from '../client/target';
import { formatSeedResult } from '../demo/format';
import { MIN_DEMO_EVENTS } from '../demo/generate';
import { EVENTS_AT_SCALE_1 } from '../demo/model';
import { seedDemo } from '../demo/seed';
import { cliProgress } from '../events/progress';
import { withDataTarget } from '../events/target/open-data-target';
import { withTargetOptions } from './target-options';

interface DemoFlags extends TargetFlags {
  events: string;
  seed: string;
  force?: boolean;
}

export const DEFAULT_DEMO_SEED = 'northwind';

/** "1000000", "1_000_000" or "1,000,000". */
export function parseCount(text: string, option: string, min: number): number {
  const count = /^\d[\d_,]*$/.test(text.trim()) ? Number(text.trim().replace(/[_,]/g, '')) : NaN;
  if (!Number.isSafeInteger(count) || count < min) {
    throw new CliError(
      `${option} must be a whole number of at least ${min.toLocaleString('en-US')}, got "${text}"`,
      EXIT_USAGE
    );
  }
  return count;
}

export function demoCommand(): Command {
  return withTargetOptions(
    new Command('demo')
      .description(
        'apply the example organisation (provisioning/scorecards) where missing and generate a deterministic ' +
          "customer-journey data set: 13 months of events ending at today's UTC midnight"
      )
      .option('--events <n>', 'how many events to generate', String(EVENTS_AT_SCALE_1))
      .option(
        '--seed <seed>',
        'seed of the generator: the same seed on the same day gives the same events',
        DEFAULT_DEMO_SEED
      )
      .option('--force', 'delete the events already there (all of them) and generate again')
  ).action(async (flags: DemoFlags) => {
    const events = parseCount(flags.events, '--events', MIN_DEMO_EVENTS);
    await withDataTarget(flags, async (target) => {
      process.stderr.write(`demo: ${target.where}\n`);
      const result = await seedDemo(target, {
        events,
        seed: flags.seed,
        force: flags.force ?? false,
        progress: cliProgress('demo events'),
        maturityProgress: cliProgress('demo maturity cycles'),
      });
      process.stdout.write(`${formatSeedResult(result, target.where).join('\n')}\n`);
      if (target.prepareValues !== undefined) {
        const started = performance.now();
        const n = await target.prepareValues(cliProgress('demo pre-aggregates (KPIs)'));
        const s = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`pre-aggregated ${n} measure KPIs in ${s} s\n`);
      }
    });
  });
}
