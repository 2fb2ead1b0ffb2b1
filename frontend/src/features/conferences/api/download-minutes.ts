import { documentBlob, type DocumentFile } from '@/lib/api/document-blob';

/** The minutes as the server writes them (NĐ 30/2020 layout), as a PDF to save or preview. */
export function fetchMinutes(id: number): Promise<DocumentFile> {
  return documentBlob('/api/v1/conferences/{id}/minutes.pdf', { path: { id }, accept: 'application/pdf' });
}
