import { api, call } from '@/lib/api/client';
import { saveBlob } from '@/lib/api/transfer';
import { toApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema.gen';

/** Downloads with the session's token, then saves the file under its stored name. */
export async function downloadFile(file: components['schemas']['StoredFile']): Promise<void> {
  const blob = await call(async () => {
    const result = await api().GET('/api/v1/files/{id}', {
      params: { path: { id: file.id } },
      parseAs: 'blob',
      headers: { Accept: '*/*' },
    });
    if (!result.response.ok) throw toApiError(result.response, result.error);
    return result.data as Blob;
  });
  saveBlob(blob, file.name);
}
