import { chooseTarget, onLocalStore } from '../../client/choose-target';
import { type TargetFlags } from '../../client/target';
import { LocalMaturity } from './local-maturity';
import { type MaturityTarget } from './maturity-target';
import { RemoteMaturity } from './remote-maturity';

/** The same choice as the other commands: --server/--token (or SCORECARD_SERVER/TOKEN), else the local store. */
export async function openMaturityTarget(
  flags: TargetFlags,
  env: NodeJS.ProcessEnv = process.env
): Promise<MaturityTarget> {
  const choice = await chooseTarget(flags, env);
  if (choice.kind === 'remote') {
    return new RemoteMaturity(choice.server, choice.token, choice.author);
  }
  return onLocalStore(choice, () => LocalMaturity.open(choice.store, choice.author));
}

/** Opens the target, runs `fn`, and always closes it. */
export async function withMaturityTarget<T>(
  flags: TargetFlags,
  fn: (target: MaturityTarget) => Promise<T>
): Promise<T> {
  const target = await openMaturityTarget(flags);
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}
