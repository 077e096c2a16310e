import { FastifyReply, FastifyRequest } from 'fastify';

/** What a resource's ETag is made of: its version number and that version's state. */
export interface Versioned {
  version: number;
  state: string;
}

/**
 * `"3.approved"`: the version number, which `If-Match` on PUT compares (the suffix is ignored there), and its
 * state, since approving, rejecting or retiring changes the record without a new version number.
 */
export function versionEtag(record: Versioned): string {
  return `"${record.version}.${record.state}"`;
}

/** True when `If-None-Match` is `*` or lists `etag`, compared weakly (RFC 9110, 13.1.2). */
export function noneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) {
    return false;
  }
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim());
  const opaque = (tag: string) => tag.replace(/^W\//, '');
  return tags.some((tag) => tag === '*' || opaque(tag) === opaque(etag));
}

/** Sends `record` with its ETag, or an empty 304 when the request's If-None-Match already names it. */
export function sendVersioned<T extends Versioned>(request: FastifyRequest, reply: FastifyReply, record: T) {
  const etag = versionEtag(record);
  reply.header('etag', etag);
  if (noneMatch(request.headers['if-none-match'], etag)) {
    return reply.code(304).send();
  }
  return reply.send(record);
}
