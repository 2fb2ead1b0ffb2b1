import { api, call } from '@/lib/api/client';
import { saveBlob } from '@/lib/api/transfer';
import { toApiError } from '@/lib/api/problem';

/** The term's members as the server's PDF (NĐ 30/2020 layout), saved under the name users see. */
export async function downloadRoster(termId: number, fileName: string): Promise<void> {
  const blob = await call(async () => {
    const result = await api().GET('/api/v1/terms/{termId}/memberships/roster.pdf', {
      params: { path: { termId } },
      parseAs: 'blob',
      headers: { Accept: 'application/pdf' },
    });
    if (!result.response.ok) throw toApiError(result.response, result.error);
    return result.data as Blob;
  });
  saveBlob(blob, fileName);
}
