import { describe, expect, it, vi } from 'vitest';
import { api, call, createApiClient, setApiClient, unwrap, unwrapVersioned } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { createFakeApi, json, problem } from '@/test/fake-api';

function setup(routes: Parameters<typeof createFakeApi>[0]) {
  const fake = createFakeApi(routes);
  const onUnauthenticated = vi.fn();
  setApiClient(
    createApiClient({
      baseUrl: 'http://api.test',
      getAccessToken: () => 'token-123',
      getLanguage: () => 'en',
      onUnauthenticated,
      fetch: fake.fetch,
    }),
  );
  return { ...fake, onUnauthenticated };
}

describe('API client', () => {
  it('sends the bearer token and the UI language', async () => {
    const fake = setup({ 'GET /api/v1/me': () => json({ username: 'admin', displayName: 'A', roles: [], memberships: [] }) });
    await call(async () => unwrap(await api().GET('/api/v1/me')));
    expect(fake.requests[0]?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(fake.requests[0]?.headers.get('Accept-Language')).toBe('en');
  });

  it('keeps the ETag of a single read', async () => {
    setup({ 'GET /api/v1/blocs/7': () => json({ id: 7, name: 'Khối', kind: 'KHOI', status: 'ACTIVE', version: 4 }, { etag: '"4"' }) });
    const result = await call(async () => unwrapVersioned(await api().GET('/api/v1/blocs/{id}', { params: { path: { id: 7 } } })));
    expect(result.etag).toBe('"4"');
    expect(result.data.name).toBe('Khối');
  });

  it('turns a 401 into a sign-in request and an ApiError', async () => {
    const fake = setup({ 'GET /api/v1/me': () => problem(401, { title: 'Chưa đăng nhập' }) });
    const error = await call(async () => unwrap(await api().GET('/api/v1/me'))).catch((e: unknown) => e);
    expect(isApiError(error) && error.isUnauthenticated).toBe(true);
    expect(fake.onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure as status 0', async () => {
    setApiClient(
      createApiClient({
        baseUrl: 'http://api.test',
        getAccessToken: () => undefined,
        getLanguage: () => 'vi',
        onUnauthenticated: () => undefined,
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      }),
    );
    const error = await call(async () => unwrap(await api().GET('/api/v1/me'))).catch((e: unknown) => e);
    expect(isApiError(error) && error.isNetwork).toBe(true);
  });
});
