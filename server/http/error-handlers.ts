import { FastifyInstance } from 'fastify';
import { toErrorReply } from './error-body';
import { loggableError } from './safe-message';

/** One error handler and one not-found handler for the whole app, both answering `{error: …}`. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const { statusCode, body, headers } = toErrorReply(err);
    if (statusCode >= 500) {
      request.log.error({ err: loggableError(err) }, 'request failed');
    }
    return reply.code(statusCode).headers(headers).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    return reply.code(404).send({ error: { code: 'not_found', message: `no route for ${request.method} ${path}` } });
  });
}
