import { Command } from 'commander';

/** --store / --server / --token / --author, shared by every command that reads or writes registry data. */
export function withTargetOptions(command: Command): Command {
  return command
    .option(
      '--store <store>',
      'local DuckDB file or postgres:// URL (env SCORECARD_STORE, default ./data/scorecard.duckdb)'
    )
    .option('--server <url>', 'a running KPI server instead of a local store (env SCORECARD_SERVER)')
    .option('--token <token>', 'bearer token for --server (env SCORECARD_TOKEN)')
    .option(
      '--author <name>',
      'who is recorded as author on a local store (env SCORECARD_USER, default the OS user); a server takes it from the token'
    );
}
