import { Empty, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, call, unwrapVersioned } from '@/lib/api/client';
import { formatDate } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { RoleTag } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import type { UnitLineage } from '@/features/units/types';

type Ancestor = UnitLineage['predecessors'][number];
type Participation = UnitLineage['terms'][number];

export const unitLineageQueryKey = (id: number) => ['units', 'lineage', id] as const;

function useUnitLineage(id: number) {
  return useQuery({
    queryKey: unitLineageQueryKey(id),
    queryFn: () =>
      call(async () => unwrapVersioned(await api().GET('/api/v1/units/{id}/lineage', { params: { path: { id } } }))),
  });
}

function Terms({ terms }: { terms: Participation[] }) {
  const { t } = useTranslation();
  if (terms.length === 0) return <span className="muted">{t('unit.lineageNoTerms')}</span>;
  return (
    <Table<Participation>
      rowKey="membershipId"
      size="small"
      pagination={false}
      dataSource={terms}
      columns={[
        { title: t('unit.year'), key: 'year', render: (_, p) => <Link to={paths.term(p.termId)}>{p.year}</Link> },
        { title: t('unit.bloc'), key: 'bloc', render: (_, p) => p.blocName },
        { title: t('unit.role'), key: 'role', render: (_, p) => <RoleTag role={p.role} /> },
        { title: t('unit.unitThen'), key: 'name', responsive: ['md'], render: (_, p) => p.unitName },
      ]}
    />
  );
}

/** "Lịch sử kế thừa": the predecessors (transitively), how each was succeeded, and the terms each took part in. */
export function UnitLineageSection({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useUnitLineage(id);
  return (
    <QueryState query={query}>
      {({ data }) => {
        if (data.predecessors.length === 0) return <Empty description={t('unit.lineageEmpty')} />;
        const termsOf = (unitId: number) => data.terms.filter((p) => p.unitId === unitId);
        const linksOf = (unitId: number) => data.links.filter((l) => l.predecessorId === unitId);
        const names = new Map<number, string>([[data.unit.id, data.unit.name], ...data.predecessors.map((a) => [a.unit.id, a.unit.name] as [number, string])]);
        return (
          <Table<Ancestor>
            rowKey={(a) => a.unit.id}
            pagination={false}
            dataSource={data.predecessors}
            data-testid="lineage-table"
            columns={[
              {
                title: t('unit.lineagePredecessor'),
                key: 'unit',
                render: (_, a) => (
                  <>
                    <Link to={paths.unit(a.unit.id)}>{a.unit.name}</Link> <span className="muted">({a.unit.code})</span>
                    <br />
                    <span className="muted">
                      {formatDate(a.activeFrom)} – {formatDate(a.activeTo) || t('unit.current')}
                      {a.depth === 1 ? ` · ${t('unit.lineageDirect')}` : ` · ${t('unit.lineageDepth')} ${a.depth}`}
                    </span>
                  </>
                ),
              },
              {
                title: t('unit.lineageVia'),
                key: 'via',
                responsive: ['sm'],
                render: (_, a) => (
                  <ul className="plain-list">
                    {linksOf(a.unit.id).map((l) => (
                      <li key={`${l.successionId}-${l.successorId}`}>
                        {t(`enum.successionKind.${l.kind}`)} {formatDate(l.effectiveDate)} →{' '}
                        <Link to={paths.unit(l.successorId)}>{names.get(l.successorId) ?? `#${l.successorId}`}</Link>
                      </li>
                    ))}
                  </ul>
                ),
              },
              { title: t('unit.lineageTerms'), key: 'terms', render: (_, a) => <Terms terms={termsOf(a.unit.id)} /> },
            ]}
          />
        );
      }}
    </QueryState>
  );
}
