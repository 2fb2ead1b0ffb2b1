import { describe, expect, it } from 'vitest';
import { fileNameOf } from '@/lib/api/document-blob';

describe('fileNameOf (Content-Disposition, RFC 6266)', () => {
  it('prefers the UTF-8 name to the ASCII fallback', () => {
    expect(fileNameOf(`attachment; filename="Danh sach.pdf"; filename*=UTF-8''Danh%20s%C3%A1ch%20th%C3%A0nh%20vi%C3%AAn.pdf`)).toBe(
      'Danh sách thành viên.pdf',
    );
  });
  it('reads a plain name, quoted or not', () => {
    expect(fileNameOf('attachment; filename="bang-cham-diem-2023.xlsx"')).toBe('bang-cham-diem-2023.xlsx');
    expect(fileNameOf('attachment; filename=a.pdf')).toBe('a.pdf');
  });
  it('has no name without the header or the parameter', () => {
    expect(fileNameOf(null)).toBeUndefined();
    expect(fileNameOf('attachment')).toBeUndefined();
  });
  it('falls back to the plain name when the encoded one is malformed', () => {
    expect(fileNameOf(`attachment; filename="x.pdf"; filename*=UTF-8''%E0%A4%A.pdf`)).toBe('x.pdf');
  });
});
