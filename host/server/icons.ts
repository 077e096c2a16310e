// Grafana's icons: @grafana/ui ships a subset of the SVGs that Grafana serves; known names it lacks get a stand-in.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import { sendFile } from './static';

// An open circle: reads as a spinner when rotated, and as a neutral glyph otherwise.
const STAND_IN =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a10 10 0 1 0 10 10h-2a8 8 0 1 1-8-8z"/></svg>';

/** Icon names @grafana/data declares (availableIconsIndex); Grafana serves an SVG for each. */
function knownIconNames(root: string): Set<string> {
  const file = path.join(root, 'node_modules/@grafana/data/dist/esm/types/icon.mjs');
  const source = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return new Set([...source.matchAll(/^\s+"?([a-z0-9-]+)"?: true,$/gm)].map((m) => m[1] ?? ''));
}

export function iconServer(root: string) {
  const dir = path.join(root, 'node_modules/@grafana/ui/dist/public/img');
  const known = knownIconNames(root);
  return (reply: FastifyReply, rel: string): Promise<FastifyReply> | FastifyReply => {
    const name = /^icons\/[a-z]+\/([a-z0-9-]+)\.svg$/.exec(rel)?.[1];
    if (name && known.has(name) && !fs.existsSync(path.join(dir, rel))) {
      return reply.type('image/svg+xml').header('x-host-stand-in', 'true').send(STAND_IN);
    }
    return sendFile(reply, dir, rel);
  };
}
