import { useState } from 'react';
import { App, Button, Modal, Space } from 'antd';
import { EditOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { useAuth } from '@/lib/auth/auth-context';
import { WriteError } from '@/lib/ui/error-alert';
import { editorRows, ListEditor, type EditorRow } from '@/lib/ui/list-editor';
import { QueryState } from '@/lib/ui/query-state';
import { UnitPicker } from '@/lib/ui/unit-picker';
import { useProposeRotation, useRotationOrder, useRotationPreview, useUpdateRotationOrder } from '@/features/leadership/api/leadership';
import { may, type LeadershipResult, type RotationOrder, type Term, type UnitRef } from '@/features/leadership/types';

interface Slot {
  unitId?: number;
  known?: UnitRef;
}

function OrderEditor({ order, onClose, onReload }: { order: Versioned<RotationOrder>; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useUpdateRotationOrder();
  const [rows, setRows] = useState<EditorRow<Slot>[]>(() => editorRows(order.data.units.map((u) => ({ unitId: u.id, known: u }))));
  const unitIds = rows.map((r) => r.value.unitId).filter((id): id is number => id !== undefined);
  return (
    <Modal
      open
      width={720}
      title={t('leadership.rotation.editTitle')}
      okText={t('common.save')}
      okButtonProps={{ icon: <SaveOutlined aria-hidden /> }}
      cancelText={t('common.close')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        save.mutate(
          { blocId: order.data.blocId, etag: order.etag, unitIds },
          {
            onSuccess: () => {
              void message.success(t('leadership.rotation.saved'));
              onClose();
            },
          },
        )
      }
    >
      <ListEditor<Slot>
        rows={rows}
        onChange={setRows}
        newRow={() => ({})}
        addLabel={t('leadership.rotation.add')}
        removeLabel={t('leadership.rotation.remove')}
        reorder={{ up: t('leadership.rotation.up'), down: t('leadership.rotation.down') }}
        layout="inline"
        testId="rotation-editor"
        renderRow={(slot, i, change) => (
          <UnitPicker
            aria-label={t('leadership.rotation.unit', { n: i + 1 })}
            value={slot.unitId}
            known={slot.known ? [slot.known] : []}
            onChange={(unitId) => change({ unitId })}
          />
        )}
      />
      <WriteError error={save.error} onReload={onReload} />
    </Modal>
  );
}

function Proposal({ term, current, mayPropose, onReload }: { term: Term; current?: Versioned<LeadershipResult>; mayPropose: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [deputyUnitId, setDeputyUnitId] = useState<number | undefined>(current?.data.deputy?.id);
  const preview = useRotationPreview(term.id, deputyUnitId, true);
  const propose = useProposeRotation();
  return (
    <section aria-labelledby={`rotation-preview-${term.id}`} className="subsection" data-testid="rotation-preview">
      <h3 id={`rotation-preview-${term.id}`} className="subheading">
        {t('leadership.rotation.preview')}
      </h3>
      <p className="muted">{t('leadership.rotation.previewHelp')}</p>
      <QueryState query={preview}>
        {(p) => (
          <div className="stack">
            <div>
              {t('leadership.leader')}: <strong>{p.leader.name}</strong>
            </div>
            {p.deputy ? (
              <div>
                {t('leadership.deputy')}: <strong>{p.deputy.name}</strong>
              </div>
            ) : null}
            {p.skipped.length > 0 ? (
              <ul>
                {p.skipped.map((s) => (
                  <li key={s.unit.id}>{t('leadership.rotation.skipped', { name: s.unit.name, reason: s.reason })}</li>
                ))}
              </ul>
            ) : null}
            {p.followed.length > 0 ? (
              <ul>
                {p.followed.map((f) => (
                  <li key={f.from.id}>{t('leadership.rotation.followed', { from: f.from.name, to: f.to.name })}</li>
                ))}
              </ul>
            ) : null}
          </div>
        )}
      </QueryState>
      {mayPropose ? (
        <Space wrap align="end">
          <div className="stack">
            <label htmlFor={`rotation-deputy-${term.id}`}>{t('leadership.rotation.deputyChoice')}</label>
            <UnitPicker
              id={`rotation-deputy-${term.id}`}
              allowClear
              value={deputyUnitId}
              known={current?.data.deputy ? [current.data.deputy] : []}
              onChange={setDeputyUnitId}
            />
          </div>
          <Button
            type="primary"
            loading={propose.isPending}
            disabled={!preview.isSuccess}
            onClick={() =>
              propose.mutate(
                { termId: term.id, etag: current?.etag, deputyUnitId },
                { onSuccess: () => void message.success(t('leadership.rotation.proposed')) },
              )
            }
          >
            {t('leadership.rotation.propose')}
          </Button>
        </Space>
      ) : null}
      <WriteError error={propose.error} onReload={onReload} />
    </section>
  );
}

/** The bloc's rotation order (the Board edits it), and the proposal it gives for next year (the Board or this year's leader records it). */
export function RotationPanel({
  term,
  current,
  mayPropose,
  onReload,
}: {
  term: Term;
  current?: Versioned<LeadershipResult>;
  mayPropose: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const order = useRotationOrder(term.blocId, true);
  const [editing, setEditing] = useState(false);
  const proposer = isAdmin || may(term, 'MANAGE_YEAR');
  return (
    <section aria-labelledby={`rotation-${term.id}`} className="subsection" data-testid="rotation-order">
      <h3 id={`rotation-${term.id}`} className="subheading">
        {t('leadership.rotation.title')}
      </h3>
      <QueryState query={order}>
        {(o) => (
          <div className="stack">
            {o.data.units.length === 0 ? (
              <p className="muted">{t('leadership.rotation.empty')}</p>
            ) : (
              <ol>
                {o.data.units.map((u) => (
                  <li key={u.id}>{u.name}</li>
                ))}
              </ol>
            )}
            {may(o.data, 'UPDATE') ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('leadership.rotation.edit')}
              </Button>
            ) : null}
            {editing ? <OrderEditor order={o} onClose={() => setEditing(false)} onReload={() => void order.refetch()} /> : null}
            {o.data.units.length > 0 ? <Proposal term={term} current={current} mayPropose={mayPropose && proposer} onReload={onReload} /> : null}
          </div>
        )}
      </QueryState>
    </section>
  );
}
