// Sends a proxied request on to its target and relays the answer, as Grafana's proxies do (30 s, no redirects followed).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forwardedHeaders, type ProxyTarget, returnedHeaders } from './proxy';

export async function forward(req: FastifyRequest, reply: FastifyReply, target: ProxyTarget, login: string) {
  const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
  const body = Buffer.isBuffer(req.body) && req.body.length > 0 ? new Uint8Array(req.body) : undefined;
  try {
    const res = await fetch(target.url + query, {
      method: req.method,
      headers: forwardedHeaders(req.headers, target, login),
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const payload = Buffer.from(await res.arrayBuffer());
    return reply.code(res.status).headers(returnedHeaders(res)).send(payload);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return reply.code(502).send({ message: 'Bad Gateway', error: `${target.url}: ${detail}` });
  }
}
