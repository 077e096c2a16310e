import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../../cli-error';
import { authorName, type TargetFlags } from '../../client/target';
import { errorMessage } from '../../error-message';
import { openStore } from '../../store/open-store';
import { type Store } from '../../store/store';
import { DEFAULT_STORE, describeStoreLocation, parseStoreSpec, StoreSpecError } from '../../store/store-spec';
import { type DataTarget } from './data-target';
import { LocalDataTarget } from './local-data';
import { RemoteDataTarget } from './remote-data';

/** The same choice as the registry commands: --server/--token (or SCORECARD_SERVER/TOKEN), else the local store. */
export async function openDataTarget(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): Promise<DataTarget> {
  const author = authorName(flags, env);
  const server = flags.server ?? env.SCORECARD_SERVER;
  if (server) {
    const token = flags.token ?? env.SCORECARD_TOKEN;
    if (!token) {
      throw new CliError(`--server ${server} needs a token: pass --token or set SCORECARD_TOKEN`, EXIT_USAGE);
    }
    return new RemoteDataTarget(server, token, author);
  }
  let spec;
  try {
    spec = parseStoreSpec(flags.store ?? env.SCORECARD_STORE ?? DEFAULT_STORE);
  } catch (err) {
    throw new CliError(err instanceof StoreSpecError ? err.message : errorMessage(err), EXIT_USAGE);
  }
  const where = describeStoreLocation(spec);
  const hint = spec.kind === 'duckdb' ? ' (if the server runs on this file, use --server and --token instead)' : '';
  const store = await openStore(spec).catch((err: unknown) => {
    throw new CliError(`cannot open the store ${where}: ${errorMessage(err)}${hint}`, EXIT_FAILURE);
  });
  return openLocal(store, author, where);
}

async function openLocal(store: Store, author: string, where: string): Promise<DataTarget> {
  try {
    return await LocalDataTarget.open(store, author);
  } catch (err) {
    await store.close();
    throw new CliError(`cannot use the store ${where}: ${errorMessage(err)}`, EXIT_FAILURE);
  }
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
