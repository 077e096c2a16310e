// A fake Grafana backend for component tests: answers by method and URL, and keeps what was sent.
import { from, mergeMap, type Observable, of, throwError } from 'rxjs';
import {
  type BackendSrv,
  type BackendSrvRequest,
  type FetchError,
  type FetchResponse,
  setBackendSrv,
} from '@grafana/runtime';

/** A status and a body; from 400 on, the body is what the KPI server sends with an error. */
export interface Answer {
  status: number;
  data: unknown;
}

/** An answer, or one made per request; a promise holds the answer back until it settles. */
export type Route = Answer | ((req: BackendSrvRequest, query: URLSearchParams) => Answer | Promise<Answer>);

/** Routes keyed `METHOD url`; a key without a query string answers its path whatever the query. */
export type Routes = Record<string, Route>;

export interface SentRequest {
  method: string;
  url: string;
  body: unknown;
}

export interface FakeBackend {
  /** Every request so far, oldest first. */
  readonly requests: readonly SentRequest[];
  /** The requests with this method, oldest first. */
  sent(method: string): SentRequest[];
  /** The bodies of the requests with this method, oldest first. */
  bodies(method: string): unknown[];
}

export const ok = (data: unknown, status = 200): Answer => ({ status, data });

/** The KPI server's error body `{error: {code?, message}}` with its status. */
export const fail = (status: number, message: string, code?: string): Answer => ({
  status,
  data: { error: code === undefined ? { message } : { code, message } },
});

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

function reply(req: BackendSrvRequest, { status, data }: Answer): Observable<FetchResponse<unknown>> {
  if (status >= 400) {
    const error: FetchError<unknown> = { status, data, statusText: REASONS[status] ?? 'Error', config: req };
    return throwError(() => error);
  }
  return of({
    data,
    status,
    ok: true,
    statusText: 'OK',
    headers: new Headers(),
    redirected: false,
    type: 'basic',
    url: req.url,
    config: req,
  });
}

/** Installs the fake as Grafana's backend; a request no route answers gets 404. */
export function fakeBackend(routes: Routes): FakeBackend {
  const requests: SentRequest[] = [];
  const fetch = (req: BackendSrvRequest): Observable<FetchResponse<unknown>> => {
    const method = req.method ?? 'GET';
    requests.push({ method, url: req.url, body: req.data });
    const [path = '', query = ''] = req.url.split('?');
    const route = routes[`${method} ${req.url}`] ?? routes[`${method} ${path}`];
    const answer =
      route === undefined
        ? fail(404, `no route for ${method} ${req.url}`, 'not_found')
        : typeof route === 'function'
          ? route(req, new URLSearchParams(query))
          : route;
    return answer instanceof Promise ? from(answer).pipe(mergeMap((a) => reply(req, a))) : reply(req, answer);
  };
  setBackendSrv({ fetch } as BackendSrv);
  const sent = (m: string) => requests.filter((r) => r.method === m);
  return { requests, sent, bodies: (m) => sent(m).map((r) => r.body) };
}
