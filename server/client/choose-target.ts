import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error';
import { errorMessage } from '../error-message';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { DEFAULT_STORE, describeStoreLocation, parseStoreSpec, StoreSpecError } from '../store/store-spec';
import { authorName, type TargetFlags } from './target';

export type TargetChoice =
  | { kind: 'remote'; server: string; token: string; author: string }
  | { kind: 'local'; store: Store; where: string; author: string };

/** A running server (--server/--token or SCORECARD_SERVER/SCORECARD_TOKEN), else the local store, opened. */
export async function chooseTarget(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): Promise<TargetChoice> {
  const author = authorName(flags, env);
  const server = flags.server ?? env.SCORECARD_SERVER;
  if (server) {
    const token = flags.token ?? env.SCORECARD_TOKEN;
    if (!token) {
      throw new CliError(`--server ${server} needs a token: pass --token or set SCORECARD_TOKEN`, EXIT_USAGE);
    }
    return { kind: 'remote', server, token, author };
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
  return { kind: 'local', store, where, author };
}

/** Builds something on a locally opened store; closes the store when that fails. */
export async function onLocalStore<T>(
  choice: Extract<TargetChoice, { kind: 'local' }>,
  open: () => Promise<T>
): Promise<T> {
  try {
    return await open();
  } catch (err) {
    await choice.store.close();
    throw new CliError(`cannot use the store ${choice.where}: ${errorMessage(err)}`, EXIT_FAILURE);
  }
}
