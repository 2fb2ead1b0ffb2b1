import { useTranslation } from 'react-i18next';
import { formatPoints, groupPoints, type Ranking } from '@/features/rankings/types';

/** One colour per group (then the bonus), distinct enough on white and in greyscale. */
const COLORS = ['#1d4ed8', '#1b7a3a', '#8a4b00', '#6b21a8', '#0e7490', '#9c1f18', '#4d7c0f', '#be185d'];
const BONUS_COLOR = '#ca8a04';

/** Stacked horizontal bars: each unit's points by group, then the bonus, on the scheme's full scale. */
export function RankingChart({ ranking }: { ranking: Ranking }) {
  const { t } = useTranslation();
  const scale = Math.max(ranking.totalPoints, ...ranking.rows.map((r) => r.counted + r.bonus), 1);
  const parts = [
    ...ranking.groups.map((g, i) => ({ key: g.code, label: t('ranking.group', { code: g.code }), title: g.title, color: COLORS[i % COLORS.length] })),
    { key: '__bonus', label: t('ranking.bonus'), title: t('ranking.bonus'), color: BONUS_COLOR },
  ];
  return (
    <figure className="ranking-chart" style={{ margin: 0 }} data-testid="ranking-chart">
      <figcaption>
        <strong>{t('ranking.chart')}</strong>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: '4px 0 8px' }}>
          {parts.map((p) => (
            <li key={p.key} title={p.title} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
              <span aria-hidden style={{ width: 12, height: 12, background: p.color, display: 'inline-block' }} />
              {p.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 30%) 1fr auto', gap: '4px 8px', alignItems: 'center' }}>
        {ranking.rows.map((row) => {
          const values = [...ranking.groups.map((g) => groupPoints(row, g.code)), row.bonus];
          const segments = parts.map((p, i) => ({ ...p, value: values[i] ?? 0 }));
          const described = segments.map((p) => `${p.label} ${formatPoints(p.value)}`).join(', ');
          return (
            <div key={row.unit.id} style={{ display: 'contents' }}>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={row.unit.name}>
                {row.unit.name}
              </span>
              <div
                role="img"
                aria-label={t('ranking.chartOf', { unit: row.unit.name, parts: described, total: formatPoints(row.total) })}
                style={{ display: 'flex', height: 16, background: '#f0f0f0', borderRadius: 2, overflow: 'hidden' }}
              >
                {segments.map((p) =>
                  p.value > 0 ? (
                    <span key={p.key} title={`${p.label}: ${formatPoints(p.value)}`} style={{ width: `${(p.value / scale) * 100}%`, background: p.color }} />
                  ) : null,
                )}
              </div>
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatPoints(row.total)}</span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
