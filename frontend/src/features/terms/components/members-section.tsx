import { useState } from 'react';
import { App, Button, Flex, Grid, Popconfirm, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { RoleTag } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { useErrorText } from '@/lib/ui/error-alert';
import { useMemberships } from '@/features/terms/api/list-memberships';
import { useDeleteMembership } from '@/features/terms/api/delete-membership';
import { MembershipModal, type MembershipModalMode } from '@/features/terms/components/membership-modal';
import type { Membership } from '@/features/terms/types';

const roleOrder = { LEADER: 0, DEPUTY: 1, MEMBER: 2 } as const;

export function MembersSection({ termId, canEdit, closed }: { termId: number; canEdit: boolean; closed: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const query = useMemberships(termId);
  const remove = useDeleteMembership();
  const [editing, setEditing] = useState<{ id: number; mode: MembershipModalMode } | null>(null);
  const compact = !Grid.useBreakpoint().sm;

  const actions = (m: Membership) => (
    <Flex gap="small" wrap>
      <Button size="small" onClick={() => setEditing({ id: m.id, mode: 'role' })} aria-label={`${t('term.changeRole')}: ${m.unit.name}`}>
        {t('term.changeRole')}
      </Button>
      {!m.leftOn ? (
        <Button size="small" onClick={() => setEditing({ id: m.id, mode: 'end' })} aria-label={`${t('term.endMembership')}: ${m.unit.name}`}>
          {t('term.endMembership')}
        </Button>
      ) : null}
      <Popconfirm
        title={t('term.removeConfirm', { unit: m.unit.name })}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          remove.mutateAsync({ id: m.id, etag: m.etag ?? '' }).then(
            () => void message.success(t('common.saved')),
            (error: unknown) => void message.error(errorText(error)),
          )
        }
      >
        <Button size="small" danger aria-label={`${t('term.removeMembership')}: ${m.unit.name}`}>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Flex>
  );

  const compactColumns: ColumnsType<Membership> = [
    {
      title: t('term.unit'),
      key: 'unit',
      render: (_, m) => (
        <div className="stack-tight">
          <span>
            <Link to={paths.unit(m.unit.id)}>{m.unit.name}</Link> <span className="muted">({m.unit.code})</span>
          </span>
          <span>
            <RoleTag role={m.role} /> {m.leftOn ? `${t('term.ended')} ${formatDate(m.leftOn)}` : null}
          </span>
          {canEdit ? actions(m) : null}
        </div>
      ),
    },
  ];

  const columns: ColumnsType<Membership> = [
    {
      title: t('term.unit'),
      key: 'unit',
      render: (_, m) => (
        <>
          <Link to={paths.unit(m.unit.id)}>{m.unit.name}</Link> <span className="muted">({m.unit.code})</span>
        </>
      ),
    },
    { title: t('term.role'), key: 'role', render: (_, m) => <RoleTag role={m.role} /> },
    { title: t('term.joinedOn'), key: 'joined', responsive: ['md'], render: (_, m) => formatDate(m.joinedOn) },
    {
      title: t('term.leftOn'),
      key: 'left',
      responsive: ['md'],
      render: (_, m) => (m.leftOn ? `${formatDate(m.leftOn)}${m.leftReason ? ` — ${m.leftReason}` : ''}` : t('common.none')),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, m: Membership) => actions(m),
          },
        ]
      : []),
  ];

  return (
    <>
      <QueryState query={query} isEmpty={(p) => p.items.length === 0} emptyText={t('term.noMembers')}>
        {(page) => (
          <Table<Membership>
            rowKey="id"
            pagination={false}
            columns={compact ? compactColumns : columns}
            data-testid="members-table"
            dataSource={[...page.items].sort(
              (a, b) => roleOrder[a.role] - roleOrder[b.role] || a.unit.name.localeCompare(b.unit.name, 'vi'),
            )}
          />
        )}
      </QueryState>
      {editing ? (
        <MembershipModal membershipId={editing.id} mode={editing.mode} closed={closed} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
