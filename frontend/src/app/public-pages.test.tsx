import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '@/i18n/i18n';
import { createApiClient, setApiClient } from '@/lib/api/client';
import { createFakeApi, json } from '@/test/fake-api';
import { paths, publicPage } from '@/lib/routing/paths';
import { renderPublicPage } from '@/app/public-pages';

describe('the public pages', () => {
  it('are found by their paths (and the awards filters by the query), and only by them', () => {
    expect(publicPage(paths.publicRanking(12))).toEqual({ kind: 'ranking', id: 12 });
    expect(publicPage(paths.publicVote(5))).toEqual({ kind: 'vote', id: 5 });
    expect(publicPage('/public/votes/5/')).toEqual({ kind: 'vote', id: 5 });
    expect(publicPage(paths.publicBlocLeaders(7))).toEqual({ kind: 'leaders', blocId: 7 });
    const awards = paths.publicAwards({ blocId: 7, year: 2023 });
    expect(awards).toBe('/public/awards?blocId=7&year=2023');
    const [path, search] = awards.split('?');
    expect(publicPage(path!, `?${search}`)).toEqual({ kind: 'awards', filter: { blocId: 7, year: 2023 } });
    expect(publicPage('/public/awards', '?provinceId=x&year=0&blocId=3')).toEqual({ kind: 'awards', filter: { blocId: 3 } });
    for (const other of ['/public/votes/0', '/public/votes/abc', '/public/votes/1/x', '/votes/1/results', '/public/blocs/7', '/public/awards/3', '/public']) {
      expect(publicPage(other)).toBeUndefined();
    }
  });

  it('render the path\u2019s page without the router or a session, with the language switch', async () => {
    const fake = createFakeApi({
      'GET /api/v1/public/blocs/7/leaders': () => json({ blocId: 7, blocName: 'Khối thi đua Nội chính', years: [] }),
    });
    const i18n = createI18n('vi');
    setApiClient(createApiClient({ baseUrl: 'http://api.test', getAccessToken: () => undefined, getLanguage: () => i18n.language, onUnauthenticated: () => undefined, fetch: fake.fetch }));
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(() => renderPublicPage(root, i18n, publicPage('/public/blocs/7/leaders')!));
    expect(await screen.findByRole('heading', { level: 1, name: 'TRƯỞNG KHỐI, PHÓ TRƯỞNG KHỐI: Khối thi đua Nội chính' })).toBeInTheDocument();
    expect(screen.getByText('Chưa có kết quả chọn Trưởng khối đã được Ban Thi đua - Khen thưởng xác nhận.')).toBeInTheDocument();
    expect(fake.requests[0]!.headers.get('Authorization')).toBeNull();
    act(() => screen.getByTestId('language-switch').click());
    expect(await screen.findByText('No leadership result confirmed by the Board yet.')).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });
});
