import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned } from '@/lib/api/client';
import { documentBlob, type DocumentFile } from '@/lib/api/document-blob';
import { uploadWithProgress } from '@/lib/api/transfer';
import type { components } from '@/lib/api/schema.gen';
import type { AwardProposal } from '@/features/awards/types';

type StoredFile = components['schemas']['StoredFile'];
type AwardKind = components['schemas']['AwardKind'];
type AwardOutcome = components['schemas']['AwardOutcome'];
type StatusChange = components['schemas']['AwardProposalStatusChange'];

export const proposalKeys = {
  all: ['award-proposals'] as const,
  term: (termId: number) => ['award-proposals', 'term', termId] as const,
  one: (id: number) => ['award-proposals', 'one', id] as const,
  reports: (id: number, itemId: number) => ['award-proposals', 'reports', id, itemId] as const,
  decisionFiles: (id: number) => ['award-proposals', 'decision-files', id] as const,
};

/** The term's dossier (at most one) and whether the caller may create it. */
export const useTermProposals = (termId: number) =>
  useQuery({
    queryKey: proposalKeys.term(termId),
    queryFn: () => call(async () => unwrap(await api().GET('/api/v1/terms/{id}/award-proposals', { params: { path: { id: termId } } }))),
  });

export const useProposal = (id: number) =>
  useQuery({
    queryKey: proposalKeys.one(id),
    queryFn: () => call(async () => unwrapVersioned(await api().GET('/api/v1/award-proposals/{id}', { params: { path: { id } } }))),
  });

export const useAchievementReports = (id: number, itemId: number, enabled: boolean) =>
  useQuery({
    queryKey: proposalKeys.reports(id, itemId),
    enabled,
    queryFn: () =>
      call(async () =>
        unwrap(await api().GET('/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports', { params: { path: { id, itemId } } })),
      ),
  });

export const useAwardDecisionFiles = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: proposalKeys.decisionFiles(id),
    enabled,
    queryFn: () => call(async () => unwrap(await api().GET('/api/v1/award-proposals/{id}/decision-files', { params: { path: { id } } }))),
  });

/** Every dossier write answers the dossier: read again with its new ETag, the term's list and the unit pages' awards too. */
function useProposalWrite<A>(fn: (args: A) => Promise<AwardProposal>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: proposalKeys.all });
      await client.invalidateQueries({ queryKey: ['awards'] });
    },
  });
}

export const useCreateProposal = () =>
  useProposalWrite((termId: number) => call(async () => unwrap(await api().POST('/api/v1/terms/{id}/award-proposals', { params: { path: { id: termId } } }))));

export const useAddItem = () =>
  useProposalWrite(({ id, etag, unitId, award }: { id: number; etag: string; unitId: number; award: AwardKind }) =>
    call(async () =>
      unwrap(await api().POST('/api/v1/award-proposals/{id}/items', { params: { path: { id }, header: { 'If-Match': etag } }, body: { unitId, award } })),
    ),
  );

export const useRemoveItem = () =>
  useProposalWrite(({ id, etag, itemId }: { id: number; etag: string; itemId: number }) =>
    call(async () =>
      unwrap(await api().DELETE('/api/v1/award-proposals/{id}/items/{itemId}', { params: { path: { id, itemId }, header: { 'If-Match': etag } } })),
    ),
  );

export const useAppraise = () =>
  useProposalWrite(({ id, etag, itemId, outcome, reason }: { id: number; etag: string; itemId: number; outcome: AwardOutcome; reason?: string }) =>
    call(async () =>
      unwrap(
        await api().PUT('/api/v1/award-proposals/{id}/items/{itemId}/appraisal', {
          params: { path: { id, itemId }, header: { 'If-Match': etag } },
          body: { outcome, reason },
        }),
      ),
    ),
  );

export const useChangeProposalStatus = () =>
  useProposalWrite(({ id, etag, change }: { id: number; etag: string; change: StatusChange }) =>
    call(async () =>
      unwrap(await api().POST('/api/v1/award-proposals/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: change })),
    ),
  );

function useUpload(path: (args: { id: number; itemId?: number }) => string, key: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, supersedes, onProgress, id, itemId }: { file: File; supersedes?: number; onProgress: (p: number) => void; id: number; itemId?: number }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (supersedes !== undefined) form.append('supersedes', String(supersedes));
      return uploadWithProgress<StoredFile>(path({ id, itemId }), form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const useUploadReport = (id: number, itemId: number) =>
  useUpload(() => `/api/v1/award-proposals/${id}/items/${itemId}/achievement-reports`, proposalKeys.all);

export const useUploadDecisionFile = (id: number) => useUpload(() => `/api/v1/award-proposals/${id}/decision-files`, proposalKeys.decisionFiles(id));

export const fetchCoverMemo = (id: number): Promise<DocumentFile> =>
  documentBlob('/api/v1/award-proposals/{id}/cover-memo.pdf', { path: { id }, accept: 'application/pdf' });

export const fetchProposalSpreadsheet = (id: number): Promise<DocumentFile> =>
  documentBlob('/api/v1/award-proposals/{id}/items.xlsx', { path: { id }, accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

