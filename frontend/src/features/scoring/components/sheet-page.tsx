import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, List, Modal, Space } from 'antd';
import { FileExcelOutlined, HistoryOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { DownloadButton } from '@/lib/ui/download-button';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { idParam, paths } from '@/lib/routing/paths';
import { ButtonLink } from '@/lib/ui/button-link';
import { useErrorText } from '@/lib/ui/error-alert';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { fetchSheetWorkbook, getSheet, sheetKey, useChangeSheetStatus, useSheet, useSubmitReview } from '@/features/scoring/api/scoring';
import { HistoryDrawer } from '@/features/scoring/components/history-drawer';
import { WriteError } from '@/lib/ui/error-alert';
import { ScoreGrid, type GridMode } from '@/features/scoring/components/score-grid';
import { Explanations, SheetSteps } from '@/features/scoring/components/sheet-actions';
import { LateTag, SheetStatusTag } from '@/features/scoring/components/status-tags';
import { reasonMissing, useAutosave, type SaveState } from '@/features/scoring/components/use-autosave';
import { useNarrow } from '@/lib/ui/use-narrow';
import { formatNumber, may, parseNumber, type ScoreSheet, type ScoreTotals } from '@/features/scoring/types';
import { useQueryClient } from '@tanstack/react-query';

function hhmm(date: Date): string {
  return formatDateTime(date).slice(-5);
}

/** «Tải bảng chấm (Excel)»: what the caller may see of the sheet, with live formulas for the totals. */
function SheetDownload({ sheet }: { sheet: ScoreSheet }) {
  const { t } = useTranslation();
  return (
    <DownloadButton icon={<FileExcelOutlined aria-hidden />} fetchFile={() => fetchSheetWorkbook(sheet.id)}>
      {t('scoring.downloadWorkbook')}
    </DownloadButton>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div aria-live="polite" data-testid="save-state" className="save-state">
      {state.kind === 'saving' ? <span>{t('scoring.saving')}</span> : null}
      {state.kind === 'saved' ? <span>{t('scoring.savedAt', { time: hhmm(state.at) })}</span> : null}
      {state.kind === 'conflict' ? <Alert type="warning" showIcon role="alert" title={t('scoring.conflict')} /> : null}
      {state.kind === 'error' ? <Alert type="error" showIcon role="alert" title={t('scoring.saveFailed')} description={errorText(state.error)} /> : null}
    </div>
  );
}

function Totals({ label, totals }: { label: string; totals?: ScoreTotals }) {
  const { t } = useTranslation();
  if (!totals) return null;
  return (
    <Descriptions size="small" title={label} column={{ xs: 1, sm: 3, lg: 5 }} data-testid={`totals-${label}`}>
      <Descriptions.Item label={t('scoring.counted')}>{formatNumber(totals.counted)}</Descriptions.Item>
      <Descriptions.Item label={t('scoring.bonus')}>{formatNumber(totals.bonus)}</Descriptions.Item>
      <Descriptions.Item label={t('scoring.penalty')}>{formatNumber(totals.penalty)}</Descriptions.Item>
      <Descriptions.Item label={t('scoring.total')}>
        <strong>{formatNumber(totals.total)}</strong>
      </Descriptions.Item>
      {totals.disqualified ? <Descriptions.Item label={t('scoring.disqualified')}>{t('common.yes')}</Descriptions.Item> : null}
    </Descriptions>
  );
}

function SheetScreen({ sheet, onReload }: { sheet: Versioned<ScoreSheet>; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const narrow = useNarrow();
  const s = sheet.data;
  const reviewId = s.myReviewId !== undefined && may(s, 'REVIEW') ? s.myReviewId : undefined;
  const mode: GridMode = reviewId !== undefined ? 'review' : may(s, 'SELF_SCORE') ? 'self' : 'read';
  const autosave = useAutosave(sheet, reviewId, mode !== 'read');
  const change = useChangeSheetStatus();
  const submitReview = useSubmitReview();
  const [history, setHistory] = useState(false);
  const [confirm, setConfirm] = useState<{ missing: string[]; etag: string } | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [reviewProblem, setReviewProblem] = useState<string[]>();
  const titles = new Map(s.groups.flatMap((g) => g.criteria).map((c) => [c.code, c.title]));

  /** Saves what waits and reads the sheet again (its `missing` and ETag). */
  const fresh = async (): Promise<Versioned<ScoreSheet>> => {
    await autosave.flush();
    const latest = await getSheet(s.id);
    client.setQueryData(sheetKey(s.id), latest);
    return latest;
  };

  const startSubmit = async () => {
    setError(null);
    try {
      const latest = await fresh();
      setConfirm({ missing: latest.data.missing, etag: latest.etag });
    } catch (e) {
      setError(e);
    }
  };
  const submit = async () => {
    if (!confirm) return;
    try {
      await change.mutateAsync({ id: s.id, etag: confirm.etag, change: { status: 'SELF_SUBMITTED' } });
      setConfirm(undefined);
      void message.success(t('scoring.submitted'));
    } catch (e) {
      setConfirm(undefined);
      setError(e);
    }
  };
  const sendReview = async () => {
    setError(null);
    setReviewProblem(undefined);
    const cells = s.groups.flatMap((g) => g.criteria);
    const lacking = cells
      .filter((c) => {
        const d = autosave.drafts[c.criterionId];
        return !d || parseNumber(d.value) === null || parseNumber(d.value) === undefined || reasonMissing(c, d);
      })
      .map((c) => c.code);
    if (lacking.length > 0) {
      setReviewProblem(lacking);
      return;
    }
    try {
      const latest = await fresh();
      if (reviewId === undefined) return;
      await submitReview.mutateAsync({ id: s.id, etag: latest.etag, reviewId });
      void message.success(t('scoring.reviewSubmitted'));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stack">
      <PageHeader
        title={t('scoring.sheetTitle', { unit: s.unitName, year: s.termYear })}
        actions={
          <Space wrap>
            <ButtonLink to={`${paths.term(s.termId)}#scoring`}>{t('scoring.backToTerm')}</ButtonLink>
            <Button icon={<HistoryOutlined aria-hidden />} onClick={() => setHistory(true)}>
              {t('scoring.history')}
            </Button>
            <SheetDownload sheet={s} />
          </Space>
        }
      />
      <Card>
        <div className="stack">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('scoring.bloc')}>{s.blocName}</Descriptions.Item>
            <Descriptions.Item label={t('scoring.scheme')}>{s.schemeTitle}</Descriptions.Item>
            <Descriptions.Item label={t('scoring.status')}>
              <Space size={4} wrap>
                <SheetStatusTag status={s.status} />
                <LateTag late={s.late} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('scoring.selfDeadline')}>{formatDate(s.selfDeadline)}</Descriptions.Item>
            {s.submittedAt ? <Descriptions.Item label={t('scoring.submittedAt')}>{formatDateTime(s.submittedAt)}</Descriptions.Item> : null}
            <Descriptions.Item label={t('scoring.phase')}>{t(`scoring.roundStatus.${s.roundStatus}`)}</Descriptions.Item>
            {s.statusReason ? <Descriptions.Item label={t('scoring.statusReason')}>{s.statusReason}</Descriptions.Item> : null}
          </Descriptions>
          {mode === 'self' ? <Alert type="info" showIcon title={t('scoring.selfHelp')} /> : null}
          {mode === 'review' ? <Alert type="info" showIcon title={t('scoring.reviewHelp')} /> : null}
          <Space wrap>
            {/* SUBMIT is listed only once nothing is missing: the button stays while scoring, and says what is missing */}
            {may(s, 'SUBMIT') || may(s, 'SELF_SCORE') ? (
              <Button type="primary" onClick={() => void startSubmit()}>
                {t('scoring.submit')}
              </Button>
            ) : null}
            {reviewId !== undefined && may(s, 'SUBMIT_REVIEW') ? (
              <Button type="primary" loading={submitReview.isPending} onClick={() => void sendReview()}>
                {t('scoring.submitReview')}
              </Button>
            ) : null}
            <SheetSteps sheet={s} etag={sheet.etag} onReload={onReload} />
          </Space>
          {mode !== 'read' ? <SaveStatus state={autosave.state} /> : null}
          {reviewProblem ? <Alert type="error" showIcon role="alert" title={t('scoring.reviewIncomplete', { codes: reviewProblem.join(', ') })} /> : null}
          <WriteError error={error} onReload={onReload} />
          <Totals label={t('scoring.selfTotals')} totals={s.selfTotals} />
          <Totals label={t('scoring.finalTotals')} totals={s.finalTotals} />
        </div>
      </Card>
      <Explanations sheet={s} />
      <ScoreGrid
        sheet={s}
        mode={mode}
        drafts={autosave.drafts}
        fieldErrors={autosave.fieldErrors}
        onEdit={autosave.edit}
        canUpload={may(s, 'UPLOAD_EVIDENCE')}
        narrow={narrow}
      />
      <HistoryDrawer sheetId={s.id} open={history} onClose={() => setHistory(false)} />
      {confirm ? (
        <Modal
          open
          title={t('scoring.submit')}
          okText={t('scoring.submit')}
          cancelText={t('common.cancel')}
          okButtonProps={{ disabled: confirm.missing.length > 0, loading: change.isPending }}
          onOk={() => void submit()}
          onCancel={() => setConfirm(undefined)}
        >
          {confirm.missing.length > 0 ? (
            <div className="stack" data-testid="missing">
              <p>{t('scoring.missingIntro', { count: confirm.missing.length })}</p>
              <List size="small" dataSource={confirm.missing} renderItem={(code) => <List.Item>{`${code}. ${titles.get(code) ?? ''}`}</List.Item>} />
            </div>
          ) : (
            <p>{t('scoring.submitConfirm')}</p>
          )}
        </Modal>
      ) : null}
    </div>
  );
}

/** /sheets/:id — one unit's scoring sheet as the caller may see it. */
export function SheetPage() {
  const { id } = useParams();
  const sheetId = idParam(id);
  if (sheetId === undefined) return <NotFoundInline />;
  return <SheetLoader id={sheetId} />;
}

function SheetLoader({ id }: { id: number }) {
  const query = useSheet(id);
  return (
    <QueryState query={query}>
      {(sheet) => <SheetScreen key={`${sheet.data.id}-${sheet.data.status}-${sheet.data.roundStatus}`} sheet={sheet} onReload={() => void query.refetch()} />}
    </QueryState>
  );
}
