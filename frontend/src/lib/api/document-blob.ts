import { api, call } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { paths } from '@/lib/api/schema.gen';

type GetOf<P extends keyof paths> = paths[P] extends { get: infer O } ? O : never;
/** The media types an operation answers with 200, other than JSON (a PDF, a spreadsheet, a scan…). */
type BinaryMedia<O> = O extends { responses: { 200: { content: infer C } } } ? Exclude<keyof C & string, 'application/json'> : never;
type PathParams<O> = O extends { parameters: { path: infer X } } ? X : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? Q : never;

/** Every GET of the contract that answers a file. */
export type DocumentPath = { [P in keyof paths]: [BinaryMedia<GetOf<P>>] extends [never] ? never : P }[keyof paths];

export interface DocumentRequest<P extends DocumentPath> {
  path: PathParams<GetOf<P>>;
  query?: QueryParams<GetOf<P>>;
  /** One of the media types the operation answers (checked against the contract), or any. */
  accept: BinaryMedia<GetOf<P>> | '*/*';
}

/** A file the server generated or kept, with the name it gave it (Content-Disposition), when it gave one. */
export interface DocumentFile {
  blob: Blob;
  fileName: string | undefined;
}

/** The name in a Content-Disposition header (RFC 6266): the UTF-8 `filename*` first, else the plain `filename`. */
export function fileNameOf(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      /* malformed encoding: try the plain name */
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name ? name : undefined;
}

type LooseGet = (url: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Fetches a binary answer with the session's token and language; a refusal (problem+json) becomes
 * the usual ApiError, with the server's Vietnamese detail, and a network failure an ApiError 0.
 */
export function documentBlob<P extends DocumentPath>(url: P, request: DocumentRequest<P>): Promise<DocumentFile> {
  return call(async () => {
    // the request's shape is checked by DocumentRequest above; openapi-fetch cannot infer it for a generic path
    const client = api() as unknown as { GET: LooseGet };
    const result = await client.GET(url, {
      params: { path: request.path, query: request.query },
      parseAs: 'blob',
      headers: { Accept: request.accept },
    });
    if (!result.response.ok) throw toApiError(result.response, result.error);
    return { blob: result.data as Blob, fileName: fileNameOf(result.response.headers.get('Content-Disposition')) };
  });
}
