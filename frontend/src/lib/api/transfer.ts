import { transferContext } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';

/**
 * Sends a multipart form with upload progress (fetch cannot report it), with the same token and
 * language as every other call; a problem answer becomes an ApiError.
 */
export function uploadWithProgress<T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
  const context = transferContext();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', context.baseUrl + path);
    if (context.token) xhr.setRequestHeader('Authorization', `Bearer ${context.token}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', context.language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Network error' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
        return;
      }
      if (xhr.status === 401) context.onUnauthenticated();
      reject(new ApiError(xhr.status, body as Partial<Problem> | undefined, xhr.statusText));
    };
    xhr.send(form);
  });
}

/** Saves a blob under the name the server gave (Content-Disposition), never opening it inline. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
