import { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Socket } from 'node:net';
import { toErrorReply } from './error-body';
import { HttpError } from './http-error';

/** Errors Fastify answers before routing (bad URL encoding, a parameter past maxParamLength → 414). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { statusCode, body, headers } = toErrorReply(error);
  void reply.code(statusCode).headers(headers).send(body);
}

function clientError(code: string | undefined): [number, string, string] {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return [408, 'request_timeout', 'the request did not arrive in time'];
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    return [431, 'headers_too_large', 'the request line and headers are too large (the limit is 16 KiB)'];
  }
  return [400, 'bad_request', 'the request is not valid HTTP'];
}

/** Errors Node's HTTP parser meets before Fastify sees a request (a too-long URL or headers, garbage). */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }
  const [status, code, message] = clientError(error.code);
  if (socket.writable) {
    const body = JSON.stringify({ error: { code, message } });
    const head = `HTTP/1.1 ${status} ${code}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close`;
    socket.write(`${head}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

/** Requests that arrive while the server drains get a 503 in the API's error shape (with return503OnClosing off). */
export function installClosingAnswer(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async () => {
    if (closing) {
      throw new HttpError(
        503,
        'shutting_down',
        'the server is shutting down: retry on another instance or later',
        undefined,
        {
          connection: 'close',
          'retry-after': '5',
        }
      );
    }
  });
}
