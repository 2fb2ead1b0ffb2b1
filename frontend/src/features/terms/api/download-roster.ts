import { documentBlob, type DocumentFile } from '@/lib/api/document-blob';

export type RosterFormat = 'pdf' | 'xlsx';

/** The term's members as the server renders them: the official list (PDF, NĐ 30/2020) or a spreadsheet (XLSX). */
export function fetchRoster(termId: number, format: RosterFormat): Promise<DocumentFile> {
  return format === 'pdf'
    ? documentBlob('/api/v1/terms/{termId}/memberships/roster.pdf', { path: { termId }, accept: 'application/pdf' })
    : documentBlob('/api/v1/terms/{termId}/memberships/roster.xlsx', {
        path: { termId },
        accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
}
