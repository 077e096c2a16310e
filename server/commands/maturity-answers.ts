import { Command } from 'commander';
import { z } from 'zod';
import { answerEntry, consensusBody, type Cycle, type ResponsesBody } from '../../core/maturity/api';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { type TargetFlags } from '../client/target';
import { errorMessage } from '../error-message';
import { cliProgress } from '../events/progress';
import { withMaturityTarget } from '../maturity/target/open-maturity-target';
import { parseWorkshopCsv } from '../maturity/workshop-csv';
import { formatDisputes } from './maturity-format';
import { checked, flagOf, plural, readJson, readText } from './maturity-input';
import { withTargetOptions } from './target-options';

type OneAnswer = { criterion?: string; answer?: string; note?: string; link?: string; file?: string };
type AnswerFlags = TargetFlags & OneAnswer & { assessor: string };

const out = (lines: readonly string[]) => process.stdout.write(lines.map((l) => `${l}\n`).join(''));

const progressOf = (c: Cycle): string => c.assessors.map((a) => `${a} ${c.progress[a] ?? 0}/${c.criteria}`).join(', ');

/** `--file answers.json`, else the one answer from --criterion/--answer/--note[/--link]. */
async function answersFrom(flags: OneAnswer, withLink: boolean): Promise<unknown> {
  if (flags.file !== undefined) {
    if (flags.criterion !== undefined || flags.answer !== undefined) {
      throw new CliError('give either --file or --criterion with --answer, not both', EXIT_USAGE);
    }
    return readJson(flags.file);
  }
  if (flags.criterion === undefined || flags.answer === undefined) {
    throw new CliError('give --criterion and --answer, or --file with {criterionId: {answer, note?}}', EXIT_USAGE);
  }
  const entry = {
    answer: flags.answer,
    ...(flags.note === undefined ? {} : { note: flags.note }),
    ...(withLink && flags.link !== undefined ? { link: flags.link } : {}),
  };
  return { [flags.criterion]: entry };
}

const whereIn = (flags: OneAnswer) => (path: string) =>
  flags.file === undefined ? flagOf(path.split('.').slice(1).join('.')) : `${flags.file}: at ${path || 'the top'}`;

function answerCommand(): Command {
  return withTargetOptions(
    new Command('answer')
      .description("record an assessor's answers: one with --criterion/--answer, or many with --file")
      .argument('<cycle>', 'the cycle id')
      .requiredOption(
        '--assessor <name>',
        'whose answers (yourself, or anyone when you are an admin or on a local store)'
      )
      .option('--criterion <id>', 'the criterion answered')
      .option('--answer <word>', 'met, partial, not-met or n/a')
      .option('--note <text>', 'why (needed to overrule an evidence check)')
      .option('--link <url>', 'where the evidence is')
      .option('--file <answers.json>', 'JSON {criterionId: {answer, note?, link?}}')
  ).action(async (cycleId: string, flags: AnswerFlags) => {
    const answers = checked(z.record(z.string(), answerEntry), await answersFrom(flags, true), whereIn(flags));
    await withMaturityTarget(flags, async (target) => {
      const assessor = flags.assessor;
      const cycle = await target.answer(cycleId, assessor, { answers });
      const n = plural(Object.keys(answers).length, 'answer');
      out([`${assessor}: ${n} saved to ${cycle.id}; cycle ${cycle.state}; progress ${progressOf(cycle)}`]);
    });
  });
}

function importCommand(): Command {
  return withTargetOptions(
    new Command('import')
      .description('record a workshop: a CSV with the header assessor,criterion,answer,note; one request per assessor')
      .argument('<cycle>', 'the cycle id')
      .argument('<csv>', 'the workshop file; quoted fields may hold commas and newlines')
  ).action(async (cycleId: string, file: string, flags: TargetFlags) => {
    const parsed = parseWorkshopCsv(await readText(file), file);
    if (!parsed.ok) {
      process.stderr.write(parsed.problems.map((p) => `${p}\n`).join(''));
      throw new CliError(`${file}: ${plural(parsed.problems.length, 'problem')}; nothing was imported`, EXIT_FAILURE);
    }
    await withMaturityTarget(flags, async (target) => {
      const progress = cliProgress(`importing ${file}`);
      const failed: string[] = [];
      let last: Cycle | undefined;
      progress.start(parsed.assessors.length);
      for (const [i, { assessor, answers }] of parsed.assessors.entries()) {
        const body: ResponsesBody = { answers };
        try {
          last = await target.answer(cycleId, assessor, body);
          out([`${assessor}: ${plural(Object.keys(answers).length, 'answer')} imported`]);
        } catch (err) {
          failed.push(`${assessor}: ${errorMessage(err)}`);
        }
        progress.update(i + 1);
      }
      progress.stop();
      if (last !== undefined) {
        out([`cycle ${last.id} is ${last.state}; progress ${progressOf(last)}`]);
      }
      if (failed.length > 0) {
        process.stderr.write(failed.map((f) => `${file}: ${f}\n`).join(''));
        const total = parsed.assessors.length;
        const what =
          failed.length === total
            ? `no assessor's answers were imported (${plural(total, 'assessor')} refused)`
            : `the answers of ${failed.length} of ${total} assessors were refused; the others were imported`;
        throw new CliError(`${file}: ${what}`, EXIT_FAILURE);
      }
    });
  });
}

function consensusCommand(): Command {
  return withTargetOptions(
    new Command('consensus')
      .description('the lead settles or overrules criteria: one with --criterion/--answer, or many with --file')
      .argument('<cycle>', 'the cycle id')
      .option('--criterion <id>', 'the criterion settled')
      .option('--answer <word>', 'met, partial, not-met or n/a')
      .option('--note <text>', 'why')
      .option('--file <consensus.json>', 'JSON {criterionId: {answer, note?}}')
  ).action(async (cycleId: string, flags: TargetFlags & OneAnswer) => {
    const body = checked(consensusBody, { answers: await answersFrom(flags, false) }, (path) =>
      whereIn(flags)(path.replace(/^answers\.?/, ''))
    );
    await withMaturityTarget(flags, async (target) => {
      const results = await target.settle(cycleId, body);
      const settled = Object.keys(body.answers).join(', ');
      const left = results.disputed.length === 0 ? 'no dispute remains' : 'still disputed:';
      out([`settled ${settled} on ${results.id}; ${left}`, ...formatDisputes(results)]);
    });
  });
}

export const answerCommands = (): Command[] => [answerCommand(), importCommand(), consensusCommand()];
