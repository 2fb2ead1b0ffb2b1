import { App, Card, Descriptions, Empty, Table, Tag } from 'antd';
import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format/date';
import { idParam, paths } from '@/lib/routing/paths';
import { ButtonLink } from '@/lib/ui/button-link';
import { DeleteButton } from '@/lib/ui/delete-button';
import { DecisionText } from '@/lib/ui/labels';
import { ProvinceLink } from '@/lib/province/province-link';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { validityColumns } from '@/lib/ui/validity-columns';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { useUnitSections } from '@/lib/ui/unit-sections';
import type { Versioned } from '@/lib/api/client';
import { useUnit } from '@/features/units/api/get-unit';
import { useDeleteUnit } from '@/features/units/api/delete-unit';
import { SuccessionButton } from '@/features/units/components/succession-modal';
import { SuccessionActions } from '@/features/units/components/succession-amend';
import { UnitLineageSection } from '@/features/units/components/unit-lineage';
import type { UnitDetail, UnitSuccession } from '@/features/units/types';

type UnitRefLike = { id: number; code: string; name: string };

function RefList({ refs }: { refs: readonly UnitRefLike[] }) {
  const { t } = useTranslation();
  if (refs.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="plain-list">
      {refs.map((r) => (
        <li key={r.id}>
          <Link to={paths.unit(r.id)}>{r.name}</Link> <span className="muted">({r.code})</span>
        </li>
      ))}
    </ul>
  );
}

function Successions({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const items = [...unit.successions].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));
  if (items.length === 0) return <Empty description={t('unit.noSuccessions')} />;
  return (
    <Table<UnitSuccession>
      rowKey="id"
      pagination={false}
      dataSource={items}
      columns={[
        {
          title: t('unit.effectiveDate'),
          key: 'date',
          render: (_, s) => (
            <>
              <span className="nowrap">{formatDate(s.effectiveDate)}</span>
              <span className="xs-only">
                <br />
                {t(`enum.successionKind.${s.kind}`)}
              </span>
            </>
          ),
        },
        {
          title: t('unit.kind'),
          key: 'kind',
          responsive: ['sm'],
          render: (_, s) => (
            <>
              {t(`enum.successionKind.${s.kind}`)}
              {s.status === 'WITHDRAWN' ? (
                <>
                  {' '}
                  <Tag title={s.withdrawnReason ?? undefined}>{t('unit.withdrawnTag')}</Tag>
                </>
              ) : null}
            </>
          ),
        },
        { title: t('unit.predecessors'), key: 'pre', render: (_, s) => <RefList refs={s.predecessors} /> },
        { title: t('unit.successors'), key: 'suc', render: (_, s) => <RefList refs={s.successors} /> },
        { title: t('unit.decision'), key: 'decision', responsive: ['md'], render: (_, s) => <DecisionText decision={s.decision} /> },
        ...(isAdmin
          ? [{ title: t('unit.actions'), key: 'actions', render: (_: unknown, s: UnitSuccession) => <SuccessionActions succession={s} /> }]
          : []),
      ]}
    />
  );
}

/** Units this one came from / went into, read from its successions. */
function related(unit: UnitDetail) {
  const predecessors = new Map<number, UnitRefLike>();
  const successors = new Map<number, UnitRefLike>();
  for (const s of unit.successions) {
    if (s.status === 'WITHDRAWN') continue;
    const isSuccessor = s.successors.some((r) => r.id === unit.id);
    const isPredecessor = s.predecessors.some((r) => r.id === unit.id);
    if (isSuccessor) s.predecessors.filter((r) => r.id !== unit.id).forEach((r) => predecessors.set(r.id, r));
    if (isPredecessor) s.successors.filter((r) => r.id !== unit.id).forEach((r) => successors.set(r.id, r));
  }
  return { predecessors: [...predecessors.values()], successors: [...successors.values()] };
}

function UnitView({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const names = [...unit.names].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const { predecessors, successors } = related(unit);
  const sections = useUnitSections();
  return (
    <div className="stack">
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="middle">
          <Descriptions.Item label={t('province.label')}>
            <ProvinceLink id={unit.provinceId} name={unit.provinceName} />
          </Descriptions.Item>
          <Descriptions.Item label={t('unit.code')}>{unit.code}</Descriptions.Item>
          <Descriptions.Item label={t('unit.kind')}>{t(`enum.unitKind.${unit.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('unit.shortName')}>{unit.shortName || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('unit.status')}>
            {unit.activeTo ? t('unit.inactive') : t('unit.active')}
          </Descriptions.Item>
          <Descriptions.Item label={t('unit.activeFrom')}>{formatDate(unit.activeFrom)}</Descriptions.Item>
          <Descriptions.Item label={t('unit.activeTo')}>{formatDate(unit.activeTo) || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('unit.predecessors')}>
            <RefList refs={predecessors} />
          </Descriptions.Item>
          <Descriptions.Item label={t('unit.successors')}>
            <RefList refs={successors} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 className="card-heading">{t('unit.nameHistory')}</h2>}>
        {names.length === 0 ? (
          <Empty description={t('unit.noHistory')} />
        ) : (
          <Table
            rowKey={(n) => `${n.validFrom}-${n.name}`}
            pagination={false}
            dataSource={names}
            columns={[
              { title: t('unit.name'), key: 'name', render: (_, n) => n.name },
              { title: t('unit.shortName'), key: 'short', responsive: ['sm'], render: (_, n) => n.shortName || t('common.none') },
              ...validityColumns(t),
            ]}
          />
        )}
      </Card>
      <Card title={<h2 className="card-heading">{t('unit.successions')}</h2>}>
        <Successions unit={unit} />
      </Card>
      <Card title={<h2 className="card-heading">{t('unit.lineage')}</h2>} data-testid="lineage">
        <UnitLineageSection id={unit.id} />
      </Card>
      {sections.map((section) => (
        <div key={section.key}>{section.render(unit)}</div>
      ))}
    </div>
  );
}

export function UnitDetailPage() {
  const id = idParam(useParams().id);
  if (id === undefined) return <NotFoundInline />;
  return <UnitDetailLoader id={id} />;
}

function AdminActions({ unit, onReload }: { unit: Versioned<UnitDetail>; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const deletion = useDeleteUnit();
  const id = unit.data.id;
  return (
    <>
      <ButtonLink icon={<EditOutlined aria-hidden />} to={paths.unitEdit(id)}>
        {t('common.edit')}
      </ButtonLink>
      <SuccessionButton unit={unit.data} />
      <ButtonLink icon={<HistoryOutlined aria-hidden />} to={paths.audit({ entityType: 'Unit', entityId: id })}>
        {t('common.history')}
      </ButtonLink>
      <DeleteButton
        confirmTitle={t('delete.unitTitle')}
        confirmText={t('delete.unitText', { name: unit.data.name })}
        conflictText={t('delete.unitConflict')}
        onReload={onReload}
        onDelete={async () => {
          await deletion.mutateAsync({ id, etag: unit.etag });
          void message.success(t('delete.deleted'));
          void navigate(paths.units());
        }}
      />
    </>
  );
}

function UnitDetailLoader({ id }: { id: number }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const query = useUnit(id);
  const unit = query.data?.data;
  return (
    <>
      <PageHeader
        title={unit?.name ?? t('unit.listTitle')}
        actions={isAdmin && query.data ? <AdminActions unit={query.data} onReload={() => void query.refetch()} /> : null}
      />
      <QueryState query={query}>{(v) => <UnitView unit={v.data} />}</QueryState>
    </>
  );
}
