import { chooseTarget, onLocalStore } from '../../client/choose-target';
import { type TargetFlags } from '../../client/target';
import { type DataTarget } from './data-target';
import { LocalDataTarget } from './local-data';
import { RemoteDataTarget } from './remote-data';

/** The same choice as the registry commands: --server/--token (or SCORECARD_SERVER/TOKEN), else the local store. */
export async function openDataTarget(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): Promise<DataTarget> {
  const choice = await chooseTarget(flags, env);
  if (choice.kind === 'remote') {
    return new RemoteDataTarget(choice.server, choice.token, choice.author);
  }
  return onLocalStore(choice, () => LocalDataTarget.open(choice.store, choice.author));
}

/** Opens the target, runs `fn`, and always closes it. */
export async function withDataTarget<T>(flags: TargetFlags, fn: (target: DataTarget) => Promise<T>): Promise<T> {
  const target = await openDataTarget(flags);
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}
