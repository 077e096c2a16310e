import { chooseTarget, onLocalStore } from './choose-target';
import { LocalTarget } from './local';
import { RemoteTarget } from './remote';
import { type RegistryTarget, type TargetFlags } from './target';

/** A running server (--server/--token or SCORECARD_SERVER/SCORECARD_TOKEN) or else a local store (--store). */
export async function openTarget(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): Promise<RegistryTarget> {
  const choice = await chooseTarget(flags, env);
  if (choice.kind === 'remote') {
    return new RemoteTarget(choice.server, choice.token);
  }
  return onLocalStore(choice, () => LocalTarget.open(choice.store, choice.author));
}

/** Opens the target, runs `fn`, and always closes it. */
export async function withTarget<T>(flags: TargetFlags, fn: (target: RegistryTarget) => Promise<T>): Promise<T> {
  const target = await openTarget(flags);
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}
