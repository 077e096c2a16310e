import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { stringify } from 'yaml';
import { KIND_PATHS, KINDS, type ResourceDocument } from '../../core/schema';
import { withTarget } from '../client/open-target';
import { type TargetFlags } from '../client/target';
import { withTargetOptions } from './target-options';

/** Multi-document YAML of the given documents, in kind order then id order. */
export function toYaml(docs: ResourceDocument[]): string {
  const sorted = [...docs].sort(
    (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.metadata.id.localeCompare(b.metadata.id)
  );
  return sorted.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

export function exportCommand(): Command {
  return withTargetOptions(
    new Command('export')
      .description('write every current resource (latest approved version, else latest) as YAML')
      .option('--out <dir>', 'write one file per kind into this directory instead of stdout')
  ).action(async (flags: TargetFlags & { out?: string }) => {
    await withTarget(flags, async (target) => {
      const docs = await target.export();
      if (flags.out === undefined) {
        process.stdout.write(toYaml(docs));
        return;
      }
      await mkdir(flags.out, { recursive: true });
      for (const kind of KINDS) {
        const ofKind = docs.filter((d) => d.kind === kind);
        if (ofKind.length > 0) {
          await writeFile(join(flags.out, `${KIND_PATHS[kind]}.yaml`), toYaml(ofKind));
        }
      }
      process.stderr.write(`exported ${docs.length} resource(s) to ${flags.out}\n`);
    });
  });
}
