import { api, call } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

/** The minutes as the server writes them (NĐ 30/2020 layout), as a PDF blob to save or preview. */
export function fetchMinutes(id: number): Promise<Blob> {
  return call(async () => {
    const result = await api().GET('/api/v1/conferences/{id}/minutes.pdf', {
      params: { path: { id } },
      parseAs: 'blob',
      headers: { Accept: 'application/pdf' },
    });
    if (!result.response.ok) throw toApiError(result.response, result.error);
    return result.data as Blob;
  });
}
