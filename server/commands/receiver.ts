import { Command } from 'commander';
import { CliError, EXIT_USAGE } from '../cli-error';
import { ConfigError, parsePort } from '../config';
import { startLocalReceiver, type LocalReceiver } from '../escalation/local-receiver';

export const DEFAULT_RECEIVER_PORT = 3101;

export interface ReceiverFlags {
  port?: string;
  host?: string;
  /** Environment variable holding the webhook secret; signatures are checked when it is given. */
  secretEnv?: string;
}

function secretOf(name: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (name === undefined) {
    return undefined;
  }
  const secret = env[name];
  if (secret === undefined || secret === '') {
    throw new CliError(`--secret-env ${name}: the environment variable ${name} is not set or empty`, EXIT_USAGE);
  }
  return secret;
}

/** Starts the local receiver and prints where it listens and what it takes. */
export async function runReceiver(flags: ReceiverFlags, env: NodeJS.ProcessEnv = process.env): Promise<LocalReceiver> {
  let port: number;
  try {
    port = flags.port === undefined ? DEFAULT_RECEIVER_PORT : parsePort(flags.port, '--port');
  } catch (err) {
    throw err instanceof ConfigError ? new CliError(err.message, EXIT_USAGE) : err;
  }
  const secret = secretOf(flags.secretEnv, env);
  const receiver = await startLocalReceiver({
    port,
    host: flags.host ?? '127.0.0.1',
    ...(secret === undefined ? {} : { secret }),
  });
  const signatures = flags.secretEnv === undefined ? 'not checked' : `checked with $${flags.secretEnv}`;
  process.stdout.write(
    [
      `scorecard receiver listening on ${receiver.url}`,
      `  webhook: POST ${receiver.url}/ (signatures ${signatures})`,
      `  Alertmanager: POST ${receiver.url}/api/v2/alerts (receiver url ${receiver.url})`,
      `  received: ${receiver.url}/ (page), ${receiver.url}/received (JSON)`,
      '',
    ].join('\n')
  );
  return receiver;
}

export function receiverCommand(): Command {
  return new Command('receiver')
    .description('run a local receiver for escalation notices (webhook and Alertmanager) and show what arrives')
    .option('--port <port>', `port to listen on, 0 for any free port (default ${DEFAULT_RECEIVER_PORT})`)
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option(
      '--secret-env <name>',
      'environment variable holding the webhook secret; unsigned or mis-signed webhooks get 401'
    )
    .action(async (flags: ReceiverFlags) => {
      const receiver = await runReceiver(flags);
      const close = () => void receiver.close().then(() => process.exit(0));
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
    });
}
