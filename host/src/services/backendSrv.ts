// A BackendSrv over window.fetch that answers like Grafana's: Observables of FetchResponse, FetchError on non-2xx.
import { lastValueFrom, Observable } from 'rxjs';
import type { BackendSrv, BackendSrvRequest, FetchError, FetchResponse } from '@grafana/runtime';

function withParams(url: string, params: BackendSrvRequest['params']): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) {
        search.append(key, String(item));
      }
    }
  }
  const query = search.toString();
  return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
}

function requestBody(data: unknown, headers: Headers): BodyInit | undefined {
  if (data === undefined || data === null) {
    return undefined;
  }
  if (typeof data === 'string' || data instanceof FormData || data instanceof Blob || data instanceof URLSearchParams) {
    return data;
  }
  if (!headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  return JSON.stringify(data);
}

async function responseData(response: Response, type: BackendSrvRequest['responseType']): Promise<unknown> {
  if (type === 'blob') {
    return response.blob();
  }
  if (type === 'arraybuffer') {
    return response.arrayBuffer();
  }
  const text = await response.text();
  if (type === 'text' || text === '') {
    return text;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorMessage(data: unknown, statusText: string): string {
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    return data.message;
  }
  return typeof data === 'string' && data ? data : statusText;
}

export class HostBackendSrv implements BackendSrv {
  fetch<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
    return new Observable<FetchResponse<T>>((subscriber) => {
      const controller = new AbortController();
      const headers = new Headers();
      for (const [name, value] of Object.entries(options.headers ?? {})) {
        headers.set(name, String(value));
      }
      const init: RequestInit = {
        method: options.method ?? 'GET',
        headers,
        body: requestBody(options.data, headers),
        signal: options.abortSignal ?? controller.signal,
        credentials: options.credentials ?? 'same-origin',
      };
      fetch(withParams(options.url, options.params), init)
        .then(async (res) => {
          const data = await responseData(res, options.responseType);
          if (!res.ok) {
            const error: FetchError = { status: res.status, statusText: res.statusText, data, config: options };
            error.message = errorMessage(data, res.statusText);
            subscriber.error(error);
            return;
          }
          subscriber.next({
            data: data as T, // The response body is the caller's declared T, as in Grafana's BackendSrv.
            status: res.status,
            statusText: res.statusText,
            ok: res.ok,
            headers: res.headers,
            redirected: res.redirected,
            type: res.type,
            url: res.url,
            config: options,
          });
          subscriber.complete();
        })
        .catch((cause: unknown) => {
          const cancelled = cause instanceof DOMException && cause.name === 'AbortError';
          const message = cause instanceof Error ? cause.message : String(cause);
          const error: FetchError = {
            status: cancelled ? -1 : 0,
            data: { message },
            message,
            cancelled,
            config: options,
          };
          subscriber.error(error);
        });
      return () => controller.abort();
    });
  }

  chunked(options: BackendSrvRequest): Observable<FetchResponse<Uint8Array | undefined>> {
    return new Observable((subscriber) =>
      subscriber.error(new Error(`chunked requests are not supported by the host: ${options.url}`))
    );
  }

  private async send<T>(options: BackendSrvRequest): Promise<FetchResponse<T>> {
    return lastValueFrom(this.fetch<T>(options));
  }

  datasourceRequest<T>(options: BackendSrvRequest): Promise<FetchResponse<T>> {
    return this.send<T>(options);
  }

  async request<T>(options: BackendSrvRequest): Promise<T> {
    return (await this.send<T>(options)).data;
  }

  private async data<T>(options: BackendSrvRequest): Promise<T> {
    return (await this.send<T>(options)).data;
  }

  get<T>(
    url: string,
    params?: BackendSrvRequest['params'],
    requestId?: string,
    options?: Partial<BackendSrvRequest>
  ): Promise<T> {
    return this.data<T>({ ...options, url, params, requestId, method: 'GET' });
  }

  delete<T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.data<T>({ ...options, url, data, method: 'DELETE' });
  }

  post<T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.data<T>({ ...options, url, data, method: 'POST' });
  }

  patch<T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.data<T>({ ...options, url, data, method: 'PATCH' });
  }

  put<T>(url: string, data?: unknown, options?: Partial<BackendSrvRequest>): Promise<T> {
    return this.data<T>({ ...options, url, data, method: 'PUT' });
  }
}
