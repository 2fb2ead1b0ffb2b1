import { describe, expect, it } from 'vitest';
import { ApiError, fieldPath, formFieldErrors, isApiError, toApiError } from '@/lib/api/problem';

const response = (status: number) => new Response(null, { status });

describe('toApiError', () => {
  it('reads a problem+json body into a typed error with field errors', () => {
    const error = toApiError(response(400), {
      type: 'urn:thidua:problem:validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Tên đơn vị không được để trống',
      errors: [
        { field: 'name', message: 'không được để trống' },
        { field: 'decision.number', message: 'sai định dạng' },
      ],
    });
    expect(isApiError(error)).toBe(true);
    expect(error.status).toBe(400);
    expect(error.type).toBe('urn:thidua:problem:validation');
    expect(error.detail).toBe('Tên đơn vị không được để trống');
    expect(error.message).toBe('Tên đơn vị không được để trống');
    expect(error.fieldErrors).toEqual([
      { field: 'name', message: 'không được để trống' },
      { field: 'decision.number', message: 'sai định dạng' },
    ]);
  });

  it('keeps the stable rule code of the problem and of each field error', () => {
    const error = toApiError(response(422), {
      type: 'urn:thidua:problem:rule-violation',
      title: 'Vi phạm quy định nghiệp vụ',
      status: 422,
      code: 'MEMBERSHIP_UNIT_IN_OTHER_BLOC',
      detail: 'Sở Xây dựng (BKN.SXD) đã thuộc Khối Kinh tế năm 2024',
      errors: [{ field: 'unitId', message: 'đã thuộc khối khác', code: 'MEMBERSHIP_UNIT_IN_OTHER_BLOC' }],
    });
    expect(error.code).toBe('MEMBERSHIP_UNIT_IN_OTHER_BLOC');
    expect(error.fieldErrors[0]?.code).toBe('MEMBERSHIP_UNIT_IN_OTHER_BLOC');
  });

  it('flags 412 as stale, 401/403/404 by status, and network failures as status 0', () => {
    expect(toApiError(response(412), { title: 'stale', status: 412 }).isStale).toBe(true);
    expect(toApiError(response(401), undefined).isUnauthenticated).toBe(true);
    expect(toApiError(response(403), undefined).isForbidden).toBe(true);
    expect(toApiError(response(404), undefined).isNotFound).toBe(true);
    expect(new ApiError(0, { title: 'offline' }).isNetwork).toBe(true);
  });

  it('parses a problem sent as text and falls back to the status for anything else', () => {
    expect(toApiError(response(409), '{"title":"Xung đột","status":409}').title).toBe('Xung đột');
    const plain = toApiError(response(502), '<html>Bad gateway</html>');
    expect(plain.status).toBe(502);
    expect(plain.fieldErrors).toEqual([]);
  });

  it('ignores malformed entries in errors[]', () => {
    const error = toApiError(response(400), { title: 'x', status: 400, errors: [{ field: 'code' }, { field: 'code', message: 'trùng' }] });
    expect(error.fieldErrors).toEqual([{ field: 'code', message: 'trùng' }]);
  });
});

describe('field paths for forms', () => {
  it('turns dotted and indexed paths into form name paths', () => {
    expect(fieldPath('name')).toEqual(['name']);
    expect(fieldPath('decision.date')).toEqual(['decision', 'date']);
    expect(fieldPath('predecessorIds[1]')).toEqual(['predecessorIds', 1]);
    expect(fieldPath('rules.quorumNumerator')).toEqual(['rules', 'quorumNumerator']);
  });

  it('groups messages per field and keeps unknown fields apart', () => {
    const error = toApiError(response(400), {
      title: 'x',
      status: 400,
      errors: [
        { field: 'code', message: 'trùng mã' },
        { field: 'code', message: 'quá dài' },
        { field: 'rules.flagQuota', message: 'phải ≥ 0' },
        { field: 'somethingElse', message: 'lạ' },
      ],
    });
    const { fields, unmatched } = formFieldErrors(error, ['code', 'rules']);
    expect(fields).toEqual([
      { name: ['code'], errors: ['trùng mã', 'quá dài'] },
      { name: ['rules', 'flagQuota'], errors: ['phải ≥ 0'] },
    ]);
    expect(unmatched).toEqual([{ field: 'somethingElse', message: 'lạ' }]);
  });
});
