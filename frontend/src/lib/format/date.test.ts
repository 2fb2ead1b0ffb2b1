import { describe, expect, it } from 'vitest';
import { currentYear, formatDate, formatDateTime, parseDisplayDate, todayIso } from '@/lib/format/date';

describe('dates in Asia/Ho_Chi_Minh, shown dd/MM/yyyy', () => {
  it('formats civil dates without shifting them', () => {
    expect(formatDate('2024-02-15')).toBe('15/02/2024');
    expect(formatDate(undefined)).toBe('');
  });
  it('formats instants in Vietnam time', () => {
    expect(formatDateTime('2023-12-31T17:30:00Z')).toBe('01/01/2024 00:30');
  });
  it('knows the Vietnamese date when UTC is still on the previous day', () => {
    const instant = new Date('2023-12-31T18:00:00Z');
    expect(todayIso(instant)).toBe('2024-01-01');
    expect(currentYear(instant)).toBe(2024);
  });
  it('parses typed dates and refuses impossible ones', () => {
    expect(parseDisplayDate('6/7/2023')).toBe('2023-07-06');
    expect(parseDisplayDate('31/02/2024')).toBeUndefined();
    expect(parseDisplayDate('2024-02-15')).toBeUndefined();
  });
});
