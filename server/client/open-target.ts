import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { errorMessage } from '../error-message';
import { openStore } from '../store/open-store';
import { DEFAULT_STORE, describeStoreLocation, parseStoreSpec, StoreSpecError } from '../store/store-spec';
import { LocalTarget } from './local';
import { RemoteTarget } from './remote';
import { authorName, type RegistryTarget, type TargetFlags } from './target';

/** A running server (--server/--token or SCORECARD_SERVER/SCORECARD_TOKEN) or else a local store (--store). */
export async function openTarget(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): Promise<RegistryTarget> {
  const author = authorName(flags, env);
  const server = flags.server ?? env.SCORECARD_SERVER;
  if (server) {
    const token = flags.token ?? env.SCORECARD_TOKEN;
    if (!token) {
      throw new CliError(`--server ${server} needs a token: pass --token or set SCORECARD_TOKEN`, EXIT_USAGE);
    }
    return new RemoteTarget(server, token, author);
  }
  const raw = flags.store ?? env.SCORECARD_STORE ?? DEFAULT_STORE;
  let spec;
  try {
    spec = parseStoreSpec(raw);
  } catch (err) {
    throw new CliError(err instanceof StoreSpecError ? err.message : errorMessage(err), EXIT_USAGE);
  }
  const where = describeStoreLocation(spec);
  const hint = spec.kind === 'duckdb' ? ' (if the server runs on this file, use --server and --token instead)' : '';
  const store = await openStore(spec).catch((err: unknown) => {
    throw new CliError(`cannot open the store ${where}: ${errorMessage(err)}${hint}`, EXIT_FAILURE);
  });
  try {
    return await LocalTarget.open(store, author);
  } catch (err) {
    await store.close();
    throw new CliError(`cannot use the store ${where}: ${errorMessage(err)}`, EXIT_FAILURE);
  }
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
