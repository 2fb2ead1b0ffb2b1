import { Fragment, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceModal } from '@/features/scoring/components/evidence-modal';
import { ScoreCard, ScoreRow, type RowOptions } from '@/features/scoring/components/score-row';
import type { Draft } from '@/features/scoring/components/use-autosave';
import { formatNumber, type ScoreSheet, type ScoreTotals, type SheetCell } from '@/features/scoring/types';

/** What the grid shows and lets the caller change. */
export type GridMode = 'self' | 'review' | 'read';

export interface GridProps {
  sheet: ScoreSheet;
  mode: GridMode;
  drafts: Record<number, Draft>;
  fieldErrors: Record<number, string>;
  onEdit: (criterionId: number, patch: Partial<Draft>) => void;
  canUpload: boolean;
  narrow: boolean;
}

/**
 * The sheet's groups → criteria: one row per criterion (a card each on a phone). Enter or ↓ moves to
 * the next criterion's value, ↑ to the previous one, Tab to the row's comment.
 */
export function ScoreGrid({ sheet, mode, drafts, fieldErrors, onEdit, canUpload, narrow }: GridProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [evidenceOf, setEvidenceOf] = useState<SheetCell>();
  const editing = mode !== 'read';
  const showReviews = mode === 'read' && sheet.groups.some((g) => g.criteria.some((c) => c.reviews.length > 0));
  const showFinal = sheet.groups.some((g) => g.criteria.some((c) => c.finalPoints !== undefined));
  const options: RowOptions = useMemo(
    () => ({ editing, reviewing: mode === 'review', showSelf: mode !== 'self', showReviews, showFinal, selfMode: mode === 'self', myReviewId: sheet.myReviewId }),
    [editing, mode, showReviews, showFinal, sheet.myReviewId],
  );

  const focusCell = useCallback((index: number) => {
    const target = container.current?.querySelector<HTMLElement>(`[data-grid-index="${index}"]`);
    const focusable = target?.matches('input, textarea') ? target : target?.querySelector<HTMLElement>('input:checked') ?? target?.querySelector<HTMLElement>('input');
    focusable?.focus();
  }, []);

  const totals: ScoreTotals | undefined = sheet.finalTotals ?? sheet.selfTotals;
  const subtotal = (code: string) => (totals?.groups[code] !== undefined ? formatNumber(totals.groups[code]) : undefined);
  const heading = (g: ScoreSheet['groups'][number]) =>
    `${g.code}. ${g.title} — ${t('scoring.groupMax', { max: formatNumber(g.maxPoints) })}${subtotal(g.code) !== undefined ? ` · ${t('scoring.subtotal', { points: subtotal(g.code) })}` : ''}`;
  const indexOf = new Map(sheet.groups.flatMap((g) => g.criteria).map((c, i) => [c.criterionId, i]));
  const rowProps = (cell: SheetCell) => ({
    cell,
    index: indexOf.get(cell.criterionId) ?? 0,
    draft: drafts[cell.criterionId],
    fieldError: fieldErrors[cell.criterionId],
    options,
    onEdit,
    onFocusCell: focusCell,
    onEvidence: setEvidenceOf,
  });

  return (
    <div ref={container} data-testid="score-grid" className={narrow ? 'score-grid narrow' : 'score-grid'}>
      {narrow ? (
        sheet.groups.map((g) => (
          <section key={g.code} aria-label={`${g.code}. ${g.title}`} className="stack">
            <h3 className="subheading">{heading(g)}</h3>
            {g.criteria.map((cell) => (
              <ScoreCard key={cell.criterionId} {...rowProps(cell)} />
            ))}
          </section>
        ))
      ) : (
        <table className="score-table">
          <thead>
            <tr>
              <th scope="col">{t('scoring.code')}</th>
              <th scope="col">{t('scoring.criterion')}</th>
              {options.showSelf ? <th scope="col">{t('scoring.selfScore')}</th> : null}
              {editing ? <th scope="col">{mode === 'review' ? t('scoring.reviewScore') : t('scoring.selfScore')}</th> : null}
              {editing ? <th scope="col">{mode === 'review' ? t('scoring.reason') : t('scoring.comment')}</th> : null}
              {showReviews ? <th scope="col">{t('scoring.reviewsColumn')}</th> : null}
              {showFinal ? <th scope="col">{t('scoring.finalPoints')}</th> : null}
              <th scope="col">{t('scoring.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.groups.map((g) => (
              <Fragment key={g.code}>
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={8}>
                    {heading(g)}
                  </th>
                </tr>
                {g.criteria.map((cell) => (
                  <ScoreRow key={cell.criterionId} {...rowProps(cell)} />
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      {evidenceOf ? (
        <EvidenceModal sheetId={sheet.id} cell={evidenceOf} canUpload={canUpload} onClose={() => setEvidenceOf(undefined)} />
      ) : null}
    </div>
  );
}
