import { z } from 'zod';
import { CliError, EXIT_FAILURE } from '../cli-error';
import { errorMessage } from '../error-message';

const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), path: z.string().optional() }),
});

export type RequestBody = { json: unknown } | { ndjson: string };

/** JSON over HTTP to a running KPI server with a bearer token; failures become CliError with the API's message. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
    private readonly author: string
  ) {}

  async call<S extends z.ZodType>(method: string, path: string, schema: S, body?: RequestBody): Promise<z.infer<S>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, 'x-grafana-user': this.author };
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
      throw new CliError(`cannot reach the KPI server at ${this.baseUrl}: ${errorMessage(err)}`, EXIT_FAILURE);
    }
    const raw = await res.text();
    let json: unknown = null;
    try {
      json = raw === '' ? null : JSON.parse(raw);
    } catch {
      throw new CliError(`the KPI server answered ${res.status} with non-JSON: ${raw.slice(0, 200)}`, EXIT_FAILURE);
    }
    if (!res.ok) {
      const parsed = errorBody.safeParse(json);
      const e = parsed.success ? parsed.data.error : { code: '', message: raw.slice(0, 200) };
      const at = 'path' in e && e.path ? ` (at ${e.path})` : '';
      throw new CliError(`the KPI server answered ${res.status} ${e.code}: ${e.message}${at}`, EXIT_FAILURE);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new CliError(`unexpected answer from ${method} ${path}: ${raw.slice(0, 200)}`, EXIT_FAILURE);
    }
    return parsed.data;
  }
}
