import { z } from 'zod';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { errorMessage } from '../error-message';

const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), path: z.string().optional() }),
});

export type RequestBody = { json: unknown } | { ndjson: string };

/** A failed call: `status` 0 when the server could not be reached; `retryAfterMs` from a Retry-After header. */
export class ApiError extends CliError {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number
  ) {
    super(message, EXIT_FAILURE);
  }
}

function retryAfter(res: Response): number | undefined {
  const seconds = Number(res.headers.get('retry-after') ?? NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** JSON over HTTP to a running KPI server with a bearer token (its identity too); failures become CliError. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string
  ) {}

  async call<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: RequestBody,
    extra: Readonly<Record<string, string>> = {}
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { ...extra, authorization: `Bearer ${this.token}` };
    if (body !== undefined) {
      headers['content-type'] = 'json' in body ? 'application/json' : 'application/x-ndjson';
    }
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: 'json' in body ? JSON.stringify(body.json) : body.ndjson }),
      });
    } catch (err) {
      throw new ApiError(`cannot reach the KPI server at ${this.baseUrl}: ${errorMessage(err)}`, 0);
    }
    const raw = await res.text();
    let json: unknown = null;
    try {
      json = raw === '' ? null : JSON.parse(raw);
    } catch {
      throw new ApiError(`the KPI server answered ${res.status} with non-JSON: ${raw.slice(0, 200)}`, res.status);
    }
    if (!res.ok) {
      const parsed = errorBody.safeParse(json);
      const e = parsed.success ? parsed.data.error : { code: '', message: raw.slice(0, 200) };
      const at = 'path' in e && e.path ? ` (at ${e.path})` : '';
      throw new ApiError(
        `the KPI server answered ${res.status} ${e.code}: ${e.message}${at}`,
        res.status,
        retryAfter(res)
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new CliError(`unexpected answer from ${method} ${path}: ${raw.slice(0, 200)}`, EXIT_FAILURE);
    }
    return parsed.data;
  }
}
