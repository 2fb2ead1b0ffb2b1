import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Card, Input, Radio, Space, Tag, Tooltip } from 'antd';
import { PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '@/lib/ui/labels';
import { reasonMissing, type Draft } from '@/features/scoring/components/use-autosave';
import { cellProblem, formatNumber, type SheetCell } from '@/features/scoring/types';

/** The value typed beside what it means: max and step, target and unit, points each and cap. */
function Hint({ cell }: { cell: SheetCell }) {
  const { t } = useTranslation();
  const max = formatNumber(cell.maxPoints);
  switch (cell.kind) {
    case 'QUANTITATIVE':
      return <span className="muted">{t('scoring.hint.quantitative', { target: formatNumber(cell.target), unit: cell.unitOfMeasure ?? '', max })}</span>;
    case 'PER_OCCURRENCE':
      return <span className="muted">{t('scoring.hint.perOccurrence', { each: formatNumber(cell.pointsEach), max })}</span>;
    case 'DISQUALIFIER':
      return <span className="muted">{t('scoring.hint.disqualifier')}</span>;
    default:
      return <span className="muted">{t('scoring.hint.points', { max, step: formatNumber(cell.step) })}</span>;
  }
}

function pointsLabel(kind: SheetCell['kind']): boolean {
  return kind === 'QUANTITATIVE' || kind === 'PER_OCCURRENCE';
}

/** The self-score as the caller may see it: value, computed points, comment. */
function SelfScore({ cell }: { cell: SheetCell }) {
  const { t } = useTranslation();
  if (cell.selfValue === undefined) return <span className="muted">{t('scoring.notScored')}</span>;
  return (
    <div>
      <strong>{cell.kind === 'DISQUALIFIER' ? (cell.selfValue === 1 ? t('common.yes') : t('common.no')) : formatNumber(cell.selfValue)}</strong>
      {pointsLabel(cell.kind) && cell.selfPoints !== undefined ? <span> → {t('scoring.pointsValue', { points: formatNumber(cell.selfPoints) })}</span> : null}
      {cell.selfComment ? <div className="muted">{cell.selfComment}</div> : null}
    </div>
  );
}

function Reviews({ cell }: { cell: SheetCell }) {
  const { t } = useTranslation();
  if (cell.reviews.length === 0) return null;
  return (
    <ul className="plain-list" data-testid={`reviews-${cell.code}`}>
      {cell.reviews.map((r) => (
        <li key={r.reviewId} className={r.deviates ? 'deviates' : undefined}>
          <span>{r.reviewerName}: </span>
          <strong>{formatNumber(r.points)}</strong>
          {r.deviates ? (
            <Tag color={TAG_COLORS.red} icon={<WarningOutlined aria-hidden />} className="deviates-tag">
              {t('scoring.deviates')}
            </Tag>
          ) : null}
          {r.reason ? <span className="muted"> — {r.reason}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** What every row is shown with: the same for the whole grid while the caller types. */
export interface RowOptions {
  editing: boolean;
  reviewing: boolean;
  showSelf: boolean;
  showReviews: boolean;
  showFinal: boolean;
  selfMode: boolean;
  myReviewId?: number;
}

export interface RowProps {
  cell: SheetCell;
  index: number;
  draft?: Draft;
  fieldError?: string;
  options: RowOptions;
  onEdit: (criterionId: number, patch: Partial<Draft>) => void;
  /** Moves the focus to the value of the criterion at that index. */
  onFocusCell: (index: number) => void;
  onEvidence: (cell: SheetCell) => void;
}

const EMPTY: Draft = { value: '', comment: '' };

interface RowParts {
  input: ReactNode;
  comment: ReactNode;
  evidence: ReactNode;
  valueBlock: ReactNode;
}

/** A criterion's editable parts: the value (or the disqualifier's choice), the comment or reason, the evidence. */
function useRowParts({ cell, index, draft = EMPTY, fieldError, options, onEdit, onFocusCell, onEvidence }: RowProps): RowParts {
  const { t } = useTranslation();
  const { editing, reviewing } = options;
  const onKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      onFocusCell(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      onFocusCell(index - 1);
    }
  };
  const problem = editing ? cellProblem(cell, draft.value) : undefined;
  const typed = problem ? t(problem.key, problem) : undefined;
  const needsReason = reviewing && reasonMissing(cell, draft);
  const label = t('scoring.valueOf', { code: cell.code });
  let input: ReactNode = null;
  if (editing && cell.kind === 'DISQUALIFIER') {
    input = (
      <div
        data-grid-index={index}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onKey(e);
        }}
      >
        <Radio.Group
          aria-label={label}
          value={draft.value === '' ? undefined : draft.value}
          onChange={(e) => onEdit(cell.criterionId, { value: String(e.target.value) })}
          options={[
            { value: '0', label: t('scoring.disqualifierNo') },
            { value: '1', label: t('scoring.disqualifierYes') },
          ]}
        />
      </div>
    );
  } else if (editing) {
    input = (
      <Input
        aria-label={label}
        inputMode="decimal"
        autoComplete="off"
        value={draft.value}
        status={typed || fieldError ? 'error' : undefined}
        suffix={cell.kind === 'QUANTITATIVE' ? cell.unitOfMeasure : cell.kind === 'PER_OCCURRENCE' ? t('scoring.times') : t('scoring.pointsUnit')}
        onChange={(e) => onEdit(cell.criterionId, { value: e.target.value })}
        onKeyDown={onKey}
        data-grid-index={index}
        className="score-input"
      />
    );
  }
  const commentLabel = reviewing ? t('scoring.reasonOf', { code: cell.code }) : t('scoring.commentOf', { code: cell.code });
  const comment = editing ? (
    <Input.TextArea
      aria-label={commentLabel}
      placeholder={reviewing ? t('scoring.reasonPlaceholder') : t('scoring.commentPlaceholder')}
      rows={1}
      className="score-comment"
      maxLength={2000}
      value={draft.comment}
      status={needsReason ? 'error' : undefined}
      onChange={(e) => onEdit(cell.criterionId, { comment: e.target.value })}
    />
  ) : null;
  const evidence = (
    <Space size={4} wrap>
      <Button size="small" icon={<PaperClipOutlined aria-hidden />} onClick={() => onEvidence(cell)} aria-label={t('scoring.evidenceOf', { code: cell.code })}>
        {t('scoring.evidenceCount', { count: cell.evidenceCount })}
      </Button>
      {cell.evidenceRequired ? <Tag color={cell.evidenceCount > 0 ? 'default' : TAG_COLORS.red}>{t('scoring.evidenceRequiredShort')}</Tag> : null}
    </Space>
  );
  const error = typed ?? (needsReason ? t('scoring.reasonRequired') : undefined) ?? fieldError;
  const mine = reviewing && pointsLabel(cell.kind) ? cell.reviews.find((r) => r.reviewId === options.myReviewId) : undefined;
  const valueBlock = (
    <div className="stack-tight">
      {input}
      {options.selfMode && pointsLabel(cell.kind) && cell.selfPoints !== undefined ? (
        <span>{t('scoring.computed', { points: formatNumber(cell.selfPoints) })}</span>
      ) : null}
      {reviewing && pointsLabel(cell.kind) ? <span>{mine ? t('scoring.computed', { points: formatNumber(mine.points) }) : null}</span> : null}
      {editing ? <Hint cell={cell} /> : null}
      {error ? (
        <span role="alert" className="field-error" id={`err-${cell.criterionId}`}>
          {error}
        </span>
      ) : null}
    </div>
  );
  return { input, comment, evidence, valueBlock };
}

/**
 * A row is drawn again only when what it shows changed: typing in one cell redraws that row, not the
 * sheet's forty (each with an autosized text area that measures itself). A saved sheet comes back as
 * new objects, so the cell is compared by value.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.index === b.index &&
    a.draft === b.draft &&
    a.fieldError === b.fieldError &&
    a.options === b.options &&
    a.onEdit === b.onEdit &&
    a.onFocusCell === b.onFocusCell &&
    a.onEvidence === b.onEvidence &&
    (a.cell === b.cell || JSON.stringify(a.cell) === JSON.stringify(b.cell))
  );
}

/** One criterion as a table row (wide screens). */
export const ScoreRow = memo(function ScoreRow(props: RowProps) {
  const { t } = useTranslation();
  const { cell, options } = props;
  const parts = useRowParts(props);
  return (
    <tr data-testid={`criterion-${cell.code}`} className={cell.deviates ? 'deviates' : undefined}>
      <td>{cell.code}</td>
      <td>
        <div>
          <div>{cell.title}</div>
          {cell.guidance ? <div className="muted small">{cell.guidance}</div> : null}
          {!options.editing ? <Hint cell={cell} /> : null}
        </div>
      </td>
      {options.showSelf ? (
        <td>
          <SelfScore cell={cell} />
        </td>
      ) : null}
      {options.editing ? <td>{parts.valueBlock}</td> : null}
      {options.editing ? <td>{parts.comment}</td> : null}
      {options.showReviews ? (
        <td>
          <Reviews cell={cell} />
          {cell.deviates && cell.reviews.length === 0 ? (
            <Tooltip title={t('scoring.deviatesHelp')}>
              <Tag color={TAG_COLORS.red}>{t('scoring.deviates')}</Tag>
            </Tooltip>
          ) : null}
        </td>
      ) : null}
      {options.showFinal ? <td>{formatNumber(cell.finalPoints)}</td> : null}
      <td>{parts.evidence}</td>
    </tr>
  );
}, sameRow);

/** One criterion as a card (phones). */
export const ScoreCard = memo(function ScoreCard(props: RowProps) {
  const { t } = useTranslation();
  const { cell, options } = props;
  const parts = useRowParts(props);
  return (
    <Card size="small" title={`${cell.code}. ${cell.title}`} data-testid={`criterion-card-${cell.code}`}>
      <div className="stack">
        {cell.guidance ? <div className="muted small">{cell.guidance}</div> : null}
        {options.showSelf ? (
          <div>
            <span className="muted">{t('scoring.selfScore')}: </span>
            <SelfScore cell={cell} />
          </div>
        ) : null}
        {options.editing ? parts.valueBlock : <Hint cell={cell} />}
        {parts.comment}
        {options.showReviews ? <Reviews cell={cell} /> : null}
        {cell.finalPoints !== undefined ? <div>{t('scoring.finalPointsValue', { points: formatNumber(cell.finalPoints) })}</div> : null}
        {parts.evidence}
      </div>
    </Card>
  );
}, sameRow);
