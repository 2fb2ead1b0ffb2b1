import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/routing/paths';
import { DecisionText, TAG_COLORS } from '@/lib/ui/labels';
import { PublicPageLink } from '@/lib/ui/public-page-link';
import { QueryState } from '@/lib/ui/query-state';
import { useUnitAwards } from '@/features/awards/api/awards';
import type { UnitDetail } from '@/features/awards/types';

/** «Khen thưởng qua các năm»: the unit's decided awards, its predecessors' included, each as the unit was named that year. */
export function UnitAwardsSection({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const query = useUnitAwards(unit.id);
  return (
    <Card
      title={<h2 className="card-heading">{t('award.unitAwards')}</h2>}
      data-testid="unit-awards"
      extra={<PublicPageLink href={paths.publicAwards({ provinceId: unit.provinceId })} testId="public-awards-link" />}
    >
      <QueryState query={query} isEmpty={(page) => page.items.length === 0} emptyText={t('award.noAwards')}>
        {(page) => (
          <Table
            size="small"
            pagination={false}
            rowKey={(a) => `${a.proposalId}-${a.unit.id}-${a.award}`}
            dataSource={[...page.items].sort((a, b) => b.year - a.year)}
            scroll={{ x: true }}
            columns={[
              { title: t('award.year'), render: (_, a) => a.year },
              {
                title: t('award.award'),
                render: (_, a) => (
                  <>
                    <Tag color={a.award === 'FLAG' ? TAG_COLORS.red : TAG_COLORS.blue}>{a.awardLabel}</Tag>
                    {a.downgraded ? <span className="muted">{t('award.downgraded')}</span> : null}
                  </>
                ),
              },
              {
                title: t('award.asNamed'),
                render: (_, a) => (
                  <>
                    {a.unit.id === unit.id ? a.unit.name : <Link to={paths.unit(a.unit.id)}>{a.unit.name}</Link>}
                    {a.unit.id !== unit.id ? <span className="muted"> ({t('award.predecessor')})</span> : null}
                  </>
                ),
              },
              { title: t('award.bloc'), render: (_, a) => <Link to={paths.bloc(a.blocId)}>{a.blocName}</Link> },
              { title: t('award.decision'), render: (_, a) => <DecisionText decision={a.decision} /> },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
