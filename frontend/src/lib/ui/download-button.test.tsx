import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { documentBlob } from '@/lib/api/document-blob';
import { DownloadButton } from '@/lib/ui/download-button';
import { createFakeApi, problem } from '@/test/fake-api';
import { renderScreen } from '@/test/render';

const NAME = 'Biên bản Hội nghị sơ kết ngày 06-07-2023.pdf';

function pdf(disposition?: string): Response {
  const headers = new Headers({ 'Content-Type': 'application/pdf' });
  if (disposition) headers.set('Content-Disposition', disposition);
  return new Response('%PDF-1.4', { headers });
}

/** What saveBlob handed to the browser: the object URL's blob and the link's download name. */
function captureSaves() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: vi.fn(),
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return saved;
}

const minutes = () => documentBlob('/api/v1/conferences/{id}/minutes.pdf', { path: { id: 7 }, accept: 'application/pdf' });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('DownloadButton', () => {
  it('fetches with the token and saves the file under the name the server gave it', async () => {
    const saved = captureSaves();
    const fake = createFakeApi({
      'GET /api/v1/conferences/7/minutes.pdf': () =>
        pdf(`attachment; filename="Bien ban Hoi nghi so ket ngay 06-07-2023.pdf"; filename*=UTF-8''${encodeURIComponent(NAME)}`),
    });
    renderScreen(<DownloadButton fetchFile={minutes}>Tải biên bản (PDF)</DownloadButton>, { roles: ['officer'], fetch: fake.fetch });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tải biên bản (PDF)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe(NAME);
    expect(await saved[0]!.blob.text()).toBe('%PDF-1.4');
    const request = fake.requests[0]!;
    expect(request.headers.get('Accept')).toBe('application/pdf');
    expect(request.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the Vietnamese detail of a 403 refusal and saves nothing', async () => {
    const saved = captureSaves();
    const fake = createFakeApi({
      'GET /api/v1/conferences/7/minutes.pdf': () =>
        problem(403, { code: 'MINUTES_NOT_SIGNED', detail: 'Biên bản chỉ được xem khi đã ký.' }),
    });
    renderScreen(<DownloadButton fetchFile={minutes}>Tải biên bản (PDF)</DownloadButton>, { roles: ['officer'], fetch: fake.fetch });
    const button = screen.getByRole('button', { name: 'Tải biên bản (PDF)' });
    await userEvent.setup().click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('Biên bản chỉ được xem khi đã ký.');
    expect(saved).toHaveLength(0);
    expect(button).not.toHaveClass('ant-btn-loading');
  });

  it('names a file the server did not name after its type', async () => {
    const saved = captureSaves();
    const fake = createFakeApi({ 'GET /api/v1/conferences/7/minutes.pdf': () => pdf() });
    renderScreen(<DownloadButton fetchFile={minutes}>Tải</DownloadButton>, { roles: ['officer'], fetch: fake.fetch });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tải' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('Tài liệu.pdf');
  });
});
