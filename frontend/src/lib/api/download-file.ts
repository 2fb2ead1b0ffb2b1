import { documentBlob, type DocumentFile } from '@/lib/api/document-blob';
import type { components } from '@/lib/api/schema.gen';

/** A stored file (a decision scan, signed minutes, evidence) with the session's token, named as it was kept. */
export async function fetchStoredFile(file: components['schemas']['StoredFile']): Promise<DocumentFile> {
  const fetched = await documentBlob('/api/v1/files/{id}', { path: { id: file.id }, accept: '*/*' });
  return { blob: fetched.blob, fileName: fetched.fileName ?? file.name };
}
