import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError, fieldPath } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/client';
import { saveCells, sheetKey } from '@/features/scoring/api/scoring';
import { cellProblem, parseNumber, type ScoreCell, type ScoreSheet, type SheetCell } from '@/features/scoring/types';

export interface Draft {
  value: string;
  comment: string;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'conflict' }
  | { kind: 'error'; error: unknown };

export const AUTOSAVE_DELAY_MS = 800;

const cellsOf = (sheet: ScoreSheet): SheetCell[] => sheet.groups.flatMap((g) => g.criteria);

/** The caller's own entry of a cell: the self-score, or its review's. */
export function ownEntry(cell: SheetCell, reviewId: number | undefined): { value?: number; comment?: string } {
  if (reviewId === undefined) return { value: cell.selfValue, comment: cell.selfComment };
  const mine = cell.reviews.find((r) => r.reviewId === reviewId);
  return { value: mine?.value, comment: mine?.reason };
}

function draftsOf(sheet: ScoreSheet, reviewId: number | undefined): Record<number, Draft> {
  return Object.fromEntries(
    cellsOf(sheet).map((c) => {
      const own = ownEntry(c, reviewId);
      return [c.criterionId, { value: own.value === undefined ? '' : String(own.value).replace('.', ','), comment: own.comment ?? '' }];
    }),
  );
}

/** A reviewer's reason is needed where its points would differ from the self-score (checked here where the SPA can tell). */
export function reasonMissing(cell: SheetCell, draft: Draft): boolean {
  if (draft.comment.trim() !== '') return false;
  const value = parseNumber(draft.value);
  if (value === null || value === undefined || cell.selfPoints === undefined) return false;
  let points: number | undefined;
  if (cell.kind === 'QUALITATIVE' || cell.kind === 'BONUS' || cell.kind === 'PENALTY' || cell.kind === 'DISQUALIFIER') points = value;
  else if (cell.kind === 'PER_OCCURRENCE' && cell.pointsEach !== undefined) points = Math.min(value * cell.pointsEach, cell.maxPoints);
  if (points === undefined) return false; // quantitative: the server computes the points and says so (422)
  return Math.round(points * 100) !== Math.round(cell.selfPoints * 100);
}

/**
 * Edits of a sheet's cells saved a moment after typing stops: only the cells changed since the last
 * save, with If-Match of the current ETag; a cell that is not valid yet stays here, unsent. A 412
 * reloads the sheet (someone else saved) and says so.
 */
export function useAutosave(sheet: Versioned<ScoreSheet>, reviewId: number | undefined, editable: boolean) {
  const client = useQueryClient();
  const [drafts, setDrafts] = useState<Record<number, Draft>>(() => draftsOf(sheet.data, reviewId));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<number, string>>({});
  const dirty = useRef(new Set<number>());
  const draftsRef = useRef(drafts);
  const etag = useRef(sheet.etag);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const cells = useRef(new Map<number, SheetCell>(cellsOf(sheet.data).map((c) => [c.criterionId, c])));
  useEffect(() => {
    cells.current = new Map(cellsOf(sheet.data).map((c) => [c.criterionId, c]));
    if (!inFlight.current) etag.current = sheet.etag;
  }, [sheet]);

  const sendable = useCallback(
    (id: number): boolean => {
      const cell = cells.current.get(id);
      const draft = draftsRef.current[id];
      if (!cell || !draft) return false;
      if (cellProblem(cell, draft.value)) return false;
      if (reviewId !== undefined && (parseNumber(draft.value) === null || reasonMissing(cell, draft))) return false;
      return true;
    },
    [reviewId],
  );

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const ids = [...dirty.current].filter(sendable);
    if (ids.length === 0) return;
    const sent = ids.map((id) => ({ id, draft: draftsRef.current[id] ?? { value: '', comment: '' } }));
    const body: ScoreCell[] = sent.map(({ id, draft }) => ({
      criterionId: id,
      value: parseNumber(draft.value) as number,
      comment: draft.comment.trim() === '' ? undefined : draft.comment,
    }));
    for (const id of ids) dirty.current.delete(id);
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await saveCells({ id: sheet.data.id, etag: etag.current, reviewId, cells: body });
        etag.current = saved.etag;
        client.setQueryData(sheetKey(sheet.data.id), saved);
        setFieldErrors((errors) => {
          const next = { ...errors };
          for (const id of ids) delete next[id];
          return next;
        });
        setState({ kind: 'saved', at: new Date() });
        void client.invalidateQueries({ queryKey: ['scoring', 'term'] });
      } catch (e) {
        if (isApiError(e) && e.isStale) {
          dirty.current.clear();
          const fresh = await client.fetchQuery({ queryKey: sheetKey(sheet.data.id), staleTime: 0 }).catch(() => undefined);
          if (fresh) {
            const v = fresh as Versioned<ScoreSheet>;
            etag.current = v.etag;
            draftsRef.current = draftsOf(v.data, reviewId);
            setDrafts(draftsRef.current);
          }
          setState({ kind: 'conflict' });
          return;
        }
        // keep them to send again; name the field the server refused
        for (const id of ids) dirty.current.add(id);
        if (isApiError(e) && e.fieldErrors.length > 0) {
          const errors: Record<number, string> = {};
          for (const fe of e.fieldErrors) {
            const path = fieldPath(fe.field);
            const index = path[0] === 'cells' && typeof path[1] === 'number' ? path[1] : undefined;
            const id = index !== undefined ? body[index]?.criterionId : undefined;
            if (id !== undefined) errors[id] = fe.message;
          }
          setFieldErrors((old) => ({ ...old, ...errors }));
        }
        setState({ kind: 'error', error: e });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = undefined;
  }, [client, reviewId, sendable, sheet.data.id]);

  const edit = useCallback(
    (criterionId: number, patch: Partial<Draft>) => {
      if (!editable) return;
      setDrafts((d) => {
        const next = { ...d, [criterionId]: { ...(d[criterionId] ?? { value: '', comment: '' }), ...patch } };
        draftsRef.current = next;
        return next;
      });
      dirty.current.add(criterionId);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [editable, save],
  );

  /** Saves what waits now (before a submission). */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    await save();
  }, [save]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { drafts, edit, flush, state, fieldErrors, pending: () => dirty.current.size > 0, currentEtag: () => etag.current };
}
