import { Command } from 'commander';
import { createCycleBody, cycleQuery, exemptionBody } from '../../core/maturity/api';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { ApiError } from '../client/api-client';
import { type TargetFlags } from '../client/target';
import { errorMessage } from '../error-message';
import { type MaturityTarget } from '../maturity/target/maturity-target';
import { withMaturityTarget } from '../maturity/target/open-maturity-target';
import { RegistryError } from '../registry/types';
import { answerCommands } from './maturity-answers';
import { formatCycles, formatDisputes, formatResults } from './maturity-format';
import { checked, commaList, flagOf } from './maturity-input';
import { withTargetOptions } from './target-options';

type Flags = TargetFlags & Record<string, string | boolean | undefined>;

const out = (lines: readonly string[]) => process.stdout.write(lines.map((l) => `${l}\n`).join(''));
const numberOr = (v: unknown) => (typeof v === 'string' ? Number(v) : undefined);

function cyclesCommand(): Command {
  return withTargetOptions(
    new Command('cycles')
      .description('list maturity cycles: id, unit, year, state and each assessor’s progress')
      .option('--model <id>', 'only this maturity model')
      .option('--year <year>', 'only this year')
      .option('--unit <unit>', 'only this unit')
      .option('--state <state>', 'open, calibration or released')
  ).action(async (flags: Flags) => {
    const { model, unit, state } = flags;
    const query = checked(cycleQuery, { model, unit, state, year: flags.year }, flagOf);
    await withMaturityTarget(flags, async (target) => out(formatCycles(await target.listCycles(query))));
  });
}

function createCommand(): Command {
  return withTargetOptions(
    new Command('create')
      .description('open a cycle: one unit against the model version in force, for one year')
      .requiredOption('--id <id>', 'the cycle id')
      .requiredOption('--model <id>', 'the maturity model')
      .requiredOption('--unit <unit>', 'the unit assessed (a scorecard id or a label value)')
      .requiredOption('--year <year>', 'the year assessed')
      .requiredOption('--assessors <names>', 'who answers, comma-separated')
      .requiredOption('--lead <name>', 'who settles disputes and releases')
      .option('--as-of <YYYY-MM-DD>', 'the day evidence and exemptions are read as of')
  ).action(async (flags: Flags) => {
    const { id, model, unit, lead, asOf } = flags;
    const assessors = typeof flags.assessors === 'string' ? commaList(flags.assessors) : [];
    const body = checked(
      createCycleBody,
      { id, model, unit, lead, asOf, assessors, year: numberOr(flags.year) },
      flagOf
    );
    await withMaturityTarget(flags, async (target) => {
      const c = await target.createCycle(body);
      out([
        `created cycle ${c.id}: ${c.unit}, ${c.model} v${c.modelVersion}, ${c.year} as of ${c.asOf}, ${c.state}`,
        `assessors ${c.assessors.join(', ')}; lead ${c.lead}; ${c.criteria} criteria`,
      ]);
    });
  });
}

const isConflict = (err: unknown): boolean =>
  (err instanceof ApiError && err.status === 409) || (err instanceof RegistryError && err.code === 'conflict');

async function release(target: MaturityTarget, id: string): Promise<void> {
  try {
    const results = await target.release(id);
    out([`released ${id}`, ...formatResults(results)]);
  } catch (err) {
    const disputes = isConflict(err) ? formatDisputes(await target.results(id)) : [];
    if (disputes.length === 0) {
      throw err;
    }
    out(['disputed criteria (settle them with `scorecard maturity consensus`):', ...disputes]);
    throw new CliError(errorMessage(err), EXIT_FAILURE);
  }
}

function releaseCommand(): Command {
  return withTargetOptions(
    new Command('release')
      .description('lock a cycle’s results (the lead or an admin); refused while criteria are disputed')
      .argument('<cycle>', 'the cycle id')
  ).action(async (id: string, flags: TargetFlags) => withMaturityTarget(flags, (target) => release(target, id)));
}

function resultsCommand(): Command {
  return withTargetOptions(
    new Command('results')
      .description('stages per dimension (consensus and each assessor), change on last year, agreement, disputes')
      .argument('<cycle>', 'the cycle id')
      .option('--json', 'print the API’s JSON')
  ).action(async (id: string, flags: Flags) =>
    withMaturityTarget(flags, async (target) => {
      const results = await target.results(id);
      out(flags.json === true ? [JSON.stringify(results, null, 2)] : formatResults(results));
    })
  );
}

function exemptCommand(): Command {
  return withTargetOptions(
    new Command('exempt')
      .description('exempt a unit from a criterion until a day (inclusive), with a reason')
      .requiredOption('--model <id>', 'the maturity model')
      .requiredOption('--unit <unit>', 'the unit exempted')
      .requiredOption('--criterion <id>', 'the criterion')
      .requiredOption('--reason <text>', 'why')
      .requiredOption('--expires <YYYY-MM-DD>', 'the last day the exemption holds')
  ).action(async (flags: Flags) => {
    const { model, unit, criterion, reason, expires } = flags;
    const body = checked(exemptionBody, { model, unit, criterion, reason, expires }, flagOf);
    await withMaturityTarget(flags, async (target) => {
      const e = await target.exempt(body);
      out([`exempted ${e.unit} from ${e.model} ${e.criterion} until ${e.expires} (by ${e.createdBy}): ${e.reason}`]);
    });
  });
}

export function maturityCommand(): Command {
  const command = new Command('maturity').description('maturity assessments: cycles, answers, consensus, results');
  for (const sub of [cyclesCommand(), createCommand(), ...answerCommands(), releaseCommand(), resultsCommand()]) {
    command.addCommand(sub);
  }
  return command.addCommand(exemptCommand());
}
