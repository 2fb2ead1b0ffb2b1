import { useState } from 'react';
import { App, Button, Checkbox, InputNumber, Modal, Radio, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { WriteError } from '@/lib/ui/error-alert';
import { useWriteRound } from '@/features/scoring/api/scoring';
import { may, type ScoringRound } from '@/features/scoring/types';

type Versioned = { data: ScoringRound; etag: string };

/** Reviewers: round robin over the members (N per sheet) or chosen per sheet; never the unit itself. */
export function AssignReviewersModal({ round, onClose, onReload }: { round: Versioned; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const write = useWriteRound();
  const sheets = round.data.sheets;
  const [mode, setMode] = useState<'ROUND_ROBIN' | 'CHOSEN'>('ROUND_ROBIN');
  const [perSheet, setPerSheet] = useState<number>(Math.min(2, Math.max(1, sheets.length - 1)));
  const [chosen, setChosen] = useState<Record<number, number[]>>(() =>
    Object.fromEntries(sheets.map((s) => [s.id, s.reviewers.map((r) => r.unitId)])),
  );
  const [error, setError] = useState<unknown>(null);
  const units = sheets.map((s) => ({ id: s.unitId, name: s.unitName }));
  const save = async () => {
    setError(null);
    const plan =
      mode === 'ROUND_ROBIN'
        ? { mode, reviewersPerSheet: perSheet }
        : { mode, assignments: sheets.filter((s) => (chosen[s.id] ?? []).length > 0).map((s) => ({ sheetId: s.id, reviewerUnitIds: chosen[s.id] ?? [] })) };
    try {
      await write.mutateAsync({ id: round.data.id, etag: round.etag, write: { kind: 'reviewers', plan } });
      void message.success(t('scoring.reviewersSaved'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      width={900}
      title={t('scoring.assignReviewers')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: write.isPending }}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <div className="stack">
        <p>{t('scoring.assignHelp')}</p>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as typeof mode)} aria-label={t('scoring.assignMode')}>
          <Radio value="ROUND_ROBIN">{t('scoring.roundRobin')}</Radio>
          <Radio value="CHOSEN">{t('scoring.chosen')}</Radio>
        </Radio.Group>
        {mode === 'ROUND_ROBIN' ? (
          <Space>
            <label htmlFor="scoring-per-sheet">{t('scoring.reviewersPerSheet')}</label>
            <InputNumber id="scoring-per-sheet" min={1} max={Math.max(1, units.length - 1)} value={perSheet} onChange={(v) => setPerSheet(v ?? 1)} />
          </Space>
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={sheets}
            data-testid="reviewer-choice"
            columns={[
              { title: t('scoring.unit'), dataIndex: 'unitName' },
              {
                title: t('scoring.reviewers'),
                render: (_, s) => (
                  <Checkbox.Group
                    aria-label={t('scoring.reviewersOf', { unit: s.unitName })}
                    value={chosen[s.id] ?? []}
                    onChange={(values) => setChosen((c) => ({ ...c, [s.id]: values }))}
                    options={units.filter((u) => u.id !== s.unitId).map((u) => ({ value: u.id, label: u.name }))}
                  />
                ),
              },
            ]}
          />
        )}
        <WriteError error={error} onReload={onReload} />
      </div>
    </Modal>
  );
}

/** The round's phase actions its `permissions` list; a refusal shows the problem's detail. */
export function RoundActions({ round, onReload }: { round: Versioned; onReload: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const write = useWriteRound();
  const [assigning, setAssigning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = (label: string, w: Parameters<typeof write.mutateAsync>[0]['write']) => {
    modal.confirm({
      title: label,
      content: t(`scoring.confirm.${w.kind === 'status' ? w.status : w.kind}`),
      okText: label,
      cancelText: t('common.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await write.mutateAsync({ id: round.data.id, etag: round.etag, write: w });
          void message.success(t('scoring.done'));
        } catch (e) {
          setError(e);
        }
      },
    });
  };
  const r = round.data;
  return (
    <div className="stack">
      <Space wrap>
        {may(r, 'ASSIGN_REVIEWERS') ? <Button onClick={() => setAssigning(true)}>{t('scoring.assignReviewers')}</Button> : null}
        {may(r, 'START_REVIEW') ? (
          <Button type="primary" onClick={() => run(t('scoring.startReview'), { kind: 'status', status: 'REVIEWING' })}>
            {t('scoring.startReview')}
          </Button>
        ) : null}
        {may(r, 'CLOSE_REVIEW') ? (
          <Button onClick={() => run(t('scoring.closeReview'), { kind: 'status', status: 'REVIEW_CLOSED' })}>{t('scoring.closeReview')}</Button>
        ) : null}
        {may(r, 'CONSOLIDATE_ALL') ? (
          <Button onClick={() => run(t('scoring.consolidateAll'), { kind: 'consolidate' })}>{t('scoring.consolidateAll')}</Button>
        ) : null}
        {may(r, 'FINALIZE_ALL') ? (
          <Button type="primary" onClick={() => run(t('scoring.finalizeAll'), { kind: 'finalize' })}>
            {t('scoring.finalizeAll')}
          </Button>
        ) : null}
      </Space>
      <WriteError error={error} onReload={onReload} />
      {assigning ? <AssignReviewersModal round={round} onClose={() => setAssigning(false)} onReload={onReload} /> : null}
    </div>
  );
}
