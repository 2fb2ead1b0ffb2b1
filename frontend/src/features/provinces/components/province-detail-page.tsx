import { Card, Descriptions, Empty, Table } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';
import { idParam, paths } from '@/lib/routing/paths';
import { DecisionText } from '@/lib/ui/labels';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { validityColumns } from '@/lib/ui/validity-columns';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { useProvince } from '@/features/provinces/api/get-province';
import { upperFirst } from '@/features/provinces/types';
import type { ProvinceDetail, ProvinceRef, ProvinceSuccession } from '@/features/provinces/types';

function RefList({ refs }: { refs: readonly ProvinceRef[] }) {
  const { t } = useTranslation();
  if (refs.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="plain-list">
      {refs.map((r) => (
        <li key={r.id}>
          <Link to={paths.province(r.id)}>{upperFirst(r.displayName)}</Link> <span className="muted">({r.code})</span>
        </li>
      ))}
    </ul>
  );
}

/** Provinces this one came from / went into (a rename names only itself and is left out). */
function related(province: ProvinceDetail) {
  const predecessors = new Map<number, ProvinceRef>();
  const successors = new Map<number, ProvinceRef>();
  for (const s of province.successions) {
    if (s.successors.some((r) => r.id === province.id)) {
      s.predecessors.filter((r) => r.id !== province.id).forEach((r) => predecessors.set(r.id, r));
    }
    if (s.predecessors.some((r) => r.id === province.id)) {
      s.successors.filter((r) => r.id !== province.id).forEach((r) => successors.set(r.id, r));
    }
  }
  return { predecessors: [...predecessors.values()], successors: [...successors.values()] };
}

function Successions({ province }: { province: ProvinceDetail }) {
  const { t } = useTranslation();
  if (province.successions.length === 0) return <Empty description={t('province.noSuccessions')} />;
  return (
    <Table<ProvinceSuccession>
      rowKey="id"
      pagination={false}
      dataSource={province.successions}
      columns={[
        { title: t('unit.effectiveDate'), key: 'date', render: (_, s) => <span className="nowrap">{formatDate(s.effectiveDate)}</span> },
        { title: t('unit.kind'), key: 'kind', responsive: ['sm'], render: (_, s) => t(`enum.successionKind.${s.kind}`) },
        { title: t('province.before'), key: 'pre', render: (_, s) => <RefList refs={s.predecessors} /> },
        { title: t('province.after'), key: 'suc', render: (_, s) => <RefList refs={s.successors} /> },
        { title: t('unit.decision'), key: 'decision', responsive: ['md'], render: (_, s) => <DecisionText decision={s.decision} /> },
      ]}
    />
  );
}

function ProvinceView({ province }: { province: ProvinceDetail }) {
  const { t } = useTranslation();
  const { predecessors, successors } = related(province);
  const names = [...province.names].reverse();
  return (
    <div className="stack">
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="middle">
          <Descriptions.Item label={t('province.code')}>{province.code}</Descriptions.Item>
          <Descriptions.Item label={t('province.level')}>{t(`enum.provinceLevel.${province.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('province.activeFrom')}>{formatDate(province.activeFrom)}</Descriptions.Item>
          <Descriptions.Item label={t('province.activeTo')}>
            {province.activeTo ? formatDate(province.activeTo) : t('province.current')}
          </Descriptions.Item>
          <Descriptions.Item label={t('province.predecessors')}>
            <RefList refs={predecessors} />
          </Descriptions.Item>
          <Descriptions.Item label={t('province.successors')}>
            <RefList refs={successors} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 className="card-heading">{t('unit.nameHistory')}</h2>}>
        <Table
          rowKey={(n) => n.validFrom}
          pagination={false}
          dataSource={names}
          columns={[
            { title: t('province.name'), key: 'name', render: (_, n) => upperFirst(n.displayName) },
            ...validityColumns(t),
          ]}
        />
      </Card>
      <Card title={<h2 className="card-heading">{t('unit.successions')}</h2>}>
        <Successions province={province} />
      </Card>
    </div>
  );
}

export function ProvinceDetailPage() {
  const id = idParam(useParams().id);
  if (id === undefined) return <NotFoundInline />;
  return <ProvinceDetailLoader id={id} />;
}

function ProvinceDetailLoader({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useProvince(id);
  return (
    <>
      <PageHeader title={query.data ? upperFirst(query.data.data.displayName) : t('province.listTitle')} />
      <QueryState query={query}>{(v) => <ProvinceView province={v.data} />}</QueryState>
    </>
  );
}
