// Serves files under a directory, refusing paths that climb out of it.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

export async function sendFile(reply: FastifyReply, baseDir: string, relPath: string): Promise<FastifyReply> {
  const base = path.resolve(baseDir);
  const file = path.resolve(base, `.${path.posix.normalize(`/${relPath}`)}`);
  const stat = file.startsWith(base + path.sep) ? await fs.promises.stat(file).catch(() => undefined) : undefined;
  if (!stat?.isFile()) {
    return reply.code(404).send({ message: `Not found: ${relPath}` });
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return reply
    .type(type)
    .header('cache-control', 'no-cache')
    .send(await fs.promises.readFile(file));
}
