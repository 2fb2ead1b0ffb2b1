import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { DecisionFilesSection } from '@/features/terms/components/decision-files-section';

const scan = {
  id: 5,
  kind: 'DECISION_SCAN',
  name: 'QĐ 15-UBND.pdf',
  mediaType: 'application/pdf',
  size: 482133,
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-03-01T02:15:00Z',
  uploadedBy: 'admin',
  href: '/api/v1/files/5',
};

/** A stand-in for the browser's XMLHttpRequest: records the upload and reports progress. */
class FakeXhr {
  static sent: { url: string; headers: Record<string, string>; form: FormData }[] = [];
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  status = 0;
  statusText = '';
  responseText = '';
  private url = '';
  private headers: Record<string, string> = {};
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(form: FormData) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, form });
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    this.status = 201;
    this.responseText = JSON.stringify({ ...scan, id: 6 });
    setTimeout(() => this.onload?.(), 0);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.sent = [];
});

describe('decision scans of a term', () => {
  it('lists the scans with their hash and downloads one as an attachment', async () => {
    const fake = createFakeApi({
      'GET /api/v1/terms/9/decision-files': () => json([scan]),
      'GET /api/v1/files/5': () => new Response(new Blob(['%PDF-1.4']), { headers: { 'Content-Type': 'application/pdf' } }),
    });
    const created = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    renderScreen(<DecisionFilesSection termId={9} canUpload={false} />, { roles: ['viewer'], fetch: fake.fetch });
    expect(await screen.findByText('QĐ 15-UBND.pdf')).toBeInTheDocument();
    expect(screen.getByText('Bản hiện hành')).toBeInTheDocument();
    expect(screen.getByText(`SHA-256: ${'a'.repeat(64)}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải lên' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tải về QĐ 15-UBND.pdf' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const download = fake.requests.find((r) => r.path === '/api/v1/files/5');
    expect(download?.headers.get('Accept')).toBe('*/*');
  });

  it('uploads a superseding scan with progress, naming the current one', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const fake = createFakeApi({ 'GET /api/v1/terms/9/decision-files': () => json([scan]) });
    renderScreen(<DecisionFilesSection termId={9} canUpload />, { roles: ['admin'], fetch: fake.fetch });
    expect(await screen.findByRole('heading', { name: 'Tải lên bản thay thế' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Chọn tệp'), new File(['%PDF-1.4'], 'lan-2.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: /Tải lên/ }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const sent = FakeXhr.sent[0]!;
    expect(sent.url).toBe('http://api.test/api/v1/terms/9/decision-files');
    expect(sent.headers.Authorization).toMatch(/^Bearer /);
    expect(sent.form.get('supersedes')).toBe('5');
    expect((sent.form.get('file') as File).name).toBe('lan-2.pdf');
  });
});
