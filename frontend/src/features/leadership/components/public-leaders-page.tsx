import { useEffect } from 'react';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicRead } from '@/lib/api/use-public-read';
import { paths } from '@/lib/routing/paths';
import { PublicState } from '@/lib/ui/public-state';
import { getPublishedLeaders, type PublishedLeaders } from '@/features/leadership/api/public-leaders';

function Leaders({ leaders }: { leaders: PublishedLeaders }) {
  const { t } = useTranslation();
  const heading = t('publicPages.leaders.heading', { bloc: leaders.blocName });
  useEffect(() => {
    document.title = `${heading} · ThiĐua`;
  }, [heading]);
  return (
    <Card>
      <h1 className="public-heading">{heading}</h1>
      {leaders.years.length === 0 ? (
        <p role="status">{t('publicPages.leaders.none')}</p>
      ) : (
        <Table
          size="small"
          data-testid="public-leaders"
          rowKey="year"
          dataSource={leaders.years}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('award.year'), render: (_, y) => y.year },
            { title: t('leadership.leader'), render: (_, y) => y.leader.name },
            { title: t('leadership.deputy'), render: (_, y) => y.deputy?.name ?? '' },
            { title: t('publicPages.leaders.method'), render: (_, y) => t(`publicPages.leaders.methods.${y.method}`) },
          ]}
        />
      )}
      <p className="no-print">
        <a href={paths.publicAwards({ blocId: leaders.blocId })}>{t('publicPages.leaders.awards')}</a>
      </p>
    </Card>
  );
}

/** «Trưởng khối, Phó trưởng khối» of a bloc for everyone: the results the Board confirmed, newest year first, read without a token. */
export function PublicLeadersPage({ blocId }: { blocId: number }) {
  const { t } = useTranslation();
  const read = usePublicRead(() => getPublishedLeaders(blocId), String(blocId));
  return (
    <main className="stack public-page-main" aria-busy={read === undefined}>
      <PublicState read={read} missingText={t('publicPages.leaders.missing')}>
        {(leaders) => <Leaders leaders={leaders} />}
      </PublicState>
    </main>
  );
}
