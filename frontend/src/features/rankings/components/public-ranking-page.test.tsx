import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { publicPage, paths } from '@/lib/routing/paths';
import { PublicRankingPage } from '@/features/rankings/components/public-ranking-page';

const published = {
  id: 4,
  roundId: 2,
  termId: 9,
  termYear: 2023,
  blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
  schemeId: 3,
  totalPoints: 100,
  scoreFloor: 0,
  tieBreaks: ['FIRST_GROUP', 'FEWER_PENALTY', 'MEMBER_VOTE', 'LOT'],
  status: 'PUBLISHED',
  computedAt: '2023-12-10T02:00:00Z',
  publishedAt: '2023-12-20T03:00:00Z',
  groups: [{ code: 'I', title: 'Thực hiện nhiệm vụ chính trị', maxPoints: 100 }],
  rows: [
    { position: 1, unit: { id: 40, name: 'Sở Xây dựng' }, total: 98.5, counted: 98.5, bonus: 0, penalty: 0, groups: [{ code: 'I', points: 98.5 }], disqualified: false, voteReached: false, needsVote: false },
    { position: 2, unit: { id: 41, name: 'Sở Công Thương' }, total: 91.5, counted: 91.5, bonus: 0, penalty: 0, groups: [{ code: 'I', points: 91.5 }], disqualified: false, voteReached: false, needsVote: false },
  ],
  needsVote: false,
  version: 3,
};

describe('the public results page', () => {
  it('reads a published ranking from the public endpoint and shows its table', async () => {
    const fake = createFakeApi({ 'GET /api/v1/public/rankings/4': () => json(published) });
    renderScreen(<PublicRankingPage id={4} />, { fetch: fake.fetch });
    expect(await screen.findByRole('heading', { name: 'KẾT QUẢ XẾP HẠNG THI ĐUA NĂM 2023' })).toBeInTheDocument();
    const body = within(screen.getByTestId('ranking-table')).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Nhất', 'Nhì']);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/public/rankings/4']);
  });

  it('shows one card per unit on a phone, in rank order, with its total and group points, and no wide table', async () => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = ((query: string) =>
      ({ matches: query.includes('max-width: 767px'), media: query, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined }) as unknown as MediaQueryList);
    try {
      const fake = createFakeApi({ 'GET /api/v1/public/rankings/4': () => json(published) });
      renderScreen(<PublicRankingPage id={4} />, { fetch: fake.fetch });
      const cards = within(await screen.findByTestId('ranking-cards'));
      expect(screen.queryByTestId('ranking-table')).not.toBeInTheDocument();
      const first = within(cards.getByTestId('ranking-card-40'));
      expect(first.getByText('Nhất')).toBeInTheDocument();
      expect(first.getByText('Sở Xây dựng')).toBeInTheDocument();
      expect(first.getByText('Nhóm I · Thực hiện nhiệm vụ chính trị')).toBeInTheDocument();
      expect(within(cards.getByTestId('ranking-card-41')).getByText('Nhì')).toBeInTheDocument();
      expect(cards.getAllByRole('listitem').map((li) => li.firstElementChild?.getAttribute('data-testid'))).toEqual([
        'ranking-card-40',
        'ranking-card-41',
      ]);
    } finally {
      window.matchMedia = original;
    }
  });

  it('says a ranking that is not published is not there', async () => {
    const fake = createFakeApi({ 'GET /api/v1/public/rankings/5': () => problem(404, { code: 'RANKING_NOT_FOUND', detail: 'Không tìm thấy kết quả xếp hạng.' }) });
    renderScreen(<PublicRankingPage id={5} />, { fetch: fake.fetch });
    expect(await screen.findByText('Không có kết quả xếp hạng đã công bố với địa chỉ này.')).toBeInTheDocument();
    expect(screen.queryByTestId('ranking-table')).not.toBeInTheDocument();
  });

  it('is found by its path, and only by it', () => {
    expect(publicPage(paths.publicRanking(12))).toEqual({ kind: 'ranking', id: 12 });
    expect(publicPage('/public/rankings/12/')).toEqual({ kind: 'ranking', id: 12 });
    for (const other of ['/public/rankings/0', '/public/rankings/abc', '/public/rankings/12/x', '/terms/12', '/public/rankings/']) {
      expect(publicPage(other)).toBeUndefined();
    }
  });
});
