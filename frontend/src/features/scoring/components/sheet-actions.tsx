import { useState } from 'react';
import { Alert, App, Button, Input, List, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangeSheetStatus } from '@/features/scoring/api/scoring';
import { WriteError } from '@/lib/ui/error-alert';
import { formatDateTime } from '@/lib/format/date';
import { may, type ScoreSheet, type SheetAction, type SheetStatus } from '@/features/scoring/types';

type Step = { action: SheetAction; status: SheetStatus; reason: 'required' | 'none' };

/** The leader's (and the unit's) steps after submission, each from the sheet's `permissions`. */
const STEPS: readonly Step[] = [
  { action: 'REQUEST_EXPLANATION', status: 'EXPLANATION_REQUESTED', reason: 'required' },
  { action: 'EXPLAIN', status: 'EXPLAINED', reason: 'required' },
  { action: 'RETURN', status: 'DRAFT', reason: 'required' },
  { action: 'CONSOLIDATE', status: 'CONSOLIDATED', reason: 'none' },
  { action: 'REOPEN', status: 'IN_REVIEW', reason: 'required' },
  { action: 'FINALIZE', status: 'FINAL', reason: 'none' },
];

function StepModal({ sheet, etag, step, onClose, onReload }: { sheet: ScoreSheet; etag: string; step: Step; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangeSheetStatus();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const label = t(`scoring.steps.${step.action}`);
  const run = async () => {
    setError(null);
    try {
      await change.mutateAsync({ id: sheet.id, etag, change: { status: step.status, reason: reason.trim() || undefined } });
      void message.success(t('scoring.done'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  const id = `sheet-step-${step.action}`;
  return (
    <Modal
      open
      title={label}
      okText={label}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: step.reason === 'required' && !reason.trim(), loading: change.isPending }}
      onOk={() => void run()}
      onCancel={onClose}
    >
      <div className="stack">
        <p>{t(`scoring.stepHelp.${step.action}`)}</p>
        {step.reason === 'required' ? (
          <>
            <label htmlFor={id}>{t(`scoring.stepReason.${step.action}`)}</label>
            <Input.TextArea id={id} maxLength={4000} autoSize={{ minRows: 3 }} value={reason} onChange={(e) => setReason(e.target.value)} />
          </>
        ) : null}
        <WriteError error={error} onReload={onReload} />
      </div>
    </Modal>
  );
}

export function SheetSteps({ sheet, etag, onReload }: { sheet: ScoreSheet; etag: string; onReload: () => void }) {
  const { t } = useTranslation();
  const [doing, setDoing] = useState<Step>();
  const steps = STEPS.filter((s) => may(sheet, s.action));
  if (steps.length === 0) return null;
  return (
    <>
      <Space wrap>
        {steps.map((s) => (
          <Button key={s.action} danger={s.action === 'RETURN'} type={s.action === 'FINALIZE' || s.action === 'EXPLAIN' ? 'primary' : 'default'} onClick={() => setDoing(s)}>
            {t(`scoring.steps.${s.action}`)}
          </Button>
        ))}
      </Space>
      {doing ? <StepModal sheet={sheet} etag={etag} step={doing} onClose={() => setDoing(undefined)} onReload={onReload} /> : null}
    </>
  );
}

/** The explanation loop: each request and its answer, with who and when. */
export function Explanations({ sheet }: { sheet: ScoreSheet }) {
  const { t } = useTranslation();
  if (sheet.explanations.length === 0) return null;
  return (
    <section aria-labelledby="sheet-explanations" className="stack">
      <h2 id="sheet-explanations" className="subheading">
        {t('scoring.explanations')}
      </h2>
      <List
        data-testid="explanations"
        dataSource={sheet.explanations}
        rowKey="position"
        renderItem={(e) => (
          <List.Item>
            <div className="stack-tight">
              <div>
                <strong>{t('scoring.request')}:</strong> {e.request} <span className="muted">({e.requestedBy}, {formatDateTime(e.requestedAt)})</span>
              </div>
              {e.answer ? (
                <div>
                  <strong>{t('scoring.answer')}:</strong> {e.answer}{' '}
                  <span className="muted">
                    ({e.answeredBy}, {formatDateTime(e.answeredAt)})
                  </span>
                </div>
              ) : (
                <Alert type="warning" showIcon title={t('scoring.awaitingAnswer')} />
              )}
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
