/** A fake of the HTTP edge: routes "METHOD /path" to handlers and records every request. */
export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  body: unknown;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, init: { status?: number; etag?: string; contentType?: string } = {}): Response {
  const headers = new Headers({ 'Content-Type': init.contentType ?? 'application/json' });
  if (init.etag) headers.set('ETag', init.etag);
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return json({ type: 'urn:thidua:problem:test', title: 'Problem', status, ...body }, { status, contentType: 'application/problem+json' });
}

export function createFakeApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.clone().text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(recorded);
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return problem(404, { title: `No fake for ${request.method} ${url.pathname}` });
    return handler(recorded);
  };
  return { fetch, requests, routes };
}
