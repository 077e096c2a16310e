import { RegistryError } from '../registry/types';
import { ErrorBody, HttpError } from './http-error';
import { safeMessage } from './safe-message';

export interface ErrorReply {
  statusCode: number;
  body: ErrorBody;
  headers: Readonly<Record<string, string>>;
}

const CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  431: 'headers_too_large',
  423: 'locked',
  429: 'too_many_requests',
};

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

/** `body.spec.target` for a Fastify schema validation error, undefined for anything else. */
function validationPath(err: unknown): string | undefined {
  const issues = field(err, 'validation');
  if (!Array.isArray(issues) || issues.length === 0) {
    return undefined;
  }
  const first: unknown = issues[0];
  const context = field(err, 'validationContext');
  const instancePath = field(first, 'instancePath');
  const missing = field(field(first, 'params'), 'missingProperty');
  const segments = [
    typeof context === 'string' ? context : 'request',
    ...(typeof instancePath === 'string' ? instancePath.split('/').filter((s) => s !== '') : []),
    ...(typeof missing === 'string' ? [missing] : []),
  ];
  return segments.join('.');
}

const REGISTRY_STATUS: Readonly<Record<RegistryError['code'], number>> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  frozen: 423,
};

/** Maps anything thrown in a handler to the API's `{error: {code, message, path?}}`; hides 5xx details. */
export function toErrorReply(err: unknown): ErrorReply {
  if (err instanceof RegistryError) {
    const error = { code: err.code, message: err.message, ...(err.path === undefined ? {} : { path: err.path }) };
    return { statusCode: REGISTRY_STATUS[err.code], body: { error }, headers: {} };
  }
  if (err instanceof HttpError) {
    const error = { code: err.code, message: err.message, ...(err.path === undefined ? {} : { path: err.path }) };
    return { statusCode: err.statusCode, body: { error }, headers: err.headers };
  }
  const status = field(err, 'statusCode');
  const statusCode = typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
  if (statusCode >= 500) {
    return { statusCode, body: { error: { code: 'internal', message: 'internal server error' } }, headers: {} };
  }
  const path = validationPath(err);
  const code = path === undefined ? (CODES[statusCode] ?? 'bad_request') : 'invalid_request';
  const message = safeMessage(err);
  return { statusCode, body: { error: { code, message, ...(path === undefined ? {} : { path }) } }, headers: {} };
}
