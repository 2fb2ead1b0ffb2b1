import { api, call } from '@/lib/api/client';
import { saveBlob } from '@/lib/api/transfer';
import { toApiError } from '@/lib/api/problem';

export type RosterFormat = 'pdf' | 'xlsx';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The term's members as the server renders them: the official list (PDF, NĐ 30/2020) or a spreadsheet (XLSX). */
export async function downloadRoster(termId: number, fileName: string, format: RosterFormat = 'pdf'): Promise<void> {
  const blob = await call(async () => {
    const params = { path: { termId } };
    const result =
      format === 'pdf'
        ? await api().GET('/api/v1/terms/{termId}/memberships/roster.pdf', {
            params,
            parseAs: 'blob',
            headers: { Accept: 'application/pdf' },
          })
        : await api().GET('/api/v1/terms/{termId}/memberships/roster.xlsx', {
            params,
            parseAs: 'blob',
            headers: { Accept: XLSX_MEDIA_TYPE },
          });
    if (!result.response.ok) throw toApiError(result.response, result.error);
    return result.data as Blob;
  });
  saveBlob(blob, fileName);
}
