import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/lib/api/schema.gen';
import { ApiError, toApiError } from '@/lib/api/problem';

export type ApiClient = ReturnType<typeof createClient<paths>>;

export interface ApiClientOptions {
  /** "" → same origin as the SPA. */
  baseUrl: string;
  getAccessToken: () => string | undefined;
  getLanguage: () => string;
  /** Called once per 401 answer (the session ended or the token was refused). */
  onUnauthenticated: () => void;
  fetch?: typeof fetch;
}

let current: ApiClient | undefined;
let currentOptions: ApiClientOptions | undefined;

/** What a request outside openapi-fetch (an upload with progress) needs: base URL, token, language. */
export function transferContext(): { baseUrl: string; token?: string; language: string; onUnauthenticated: () => void } {
  if (!currentOptions) throw new Error('API client used before it was configured');
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  return {
    baseUrl: currentOptions.baseUrl || origin,
    token: currentOptions.getAccessToken(),
    language: currentOptions.getLanguage(),
    onUnauthenticated: currentOptions.onUnauthenticated,
  };
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  currentOptions = options;
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  const client = createClient<paths>({
    baseUrl: options.baseUrl || origin,
    // Look the global fetch up at call time, so tests can replace it.
    fetch: (request: Request) => (options.fetch ?? globalThis.fetch)(request),
    headers: { Accept: 'application/json, application/problem+json' },
  });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', options.getLanguage());
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthenticated();
      return response;
    },
  };
  client.use(auth);
  return client;
}

export function setApiClient(client: ApiClient): void {
  current = client;
}

export function api(): ApiClient {
  if (!current) throw new Error('API client used before it was configured');
  return current;
}

/** The result of a single read: the body and the ETag to send back as If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch result, throwing an ApiError for any problem answer. */
export function unwrap<T>(result: FetchResult<T>): T {
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

/** Like unwrap, and keeps the ETag header. */
export function unwrapVersioned<T>(result: FetchResult<T>): Versioned<T> {
  const data = unwrap(result);
  const etag = result.response.headers.get('ETag');
  if (!etag) throw new ApiError(result.response.status, { title: 'Missing ETag header' });
  return { data, etag };
}

/** Wraps a call so that network failures also become ApiError (status 0). */
export async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, { title: error instanceof Error ? error.message : 'Network error' });
  }
}
