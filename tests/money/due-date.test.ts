import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/modules/payment-terms/due-date.js';
import { formatDay } from '../../src/shared/dates.js';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const due = (kind: 'DUE_ON_RECEIPT' | 'NET_DAYS' | 'END_OF_MONTH_PLUS_DAYS', days: number, issued: string) =>
  formatDay(dueDate({ kind, days }, day(issued)));

describe('due dates from payment terms', () => {
  it('due on receipt is the issue date', () => {
    expect(due('DUE_ON_RECEIPT', 0, '2026-03-15')).toBe('2026-03-15');
    expect(formatDay(dueDate(null, day('2026-03-15')))).toBe('2026-03-15');
  });

  it('net N days counts calendar days across month, year and leap-year ends', () => {
    expect(due('NET_DAYS', 30, '2026-01-15')).toBe('2026-02-14');
    expect(due('NET_DAYS', 30, '2026-01-31')).toBe('2026-03-02');
    expect(due('NET_DAYS', 30, '2028-01-31')).toBe('2028-03-01');
    expect(due('NET_DAYS', 30, '2026-12-15')).toBe('2027-01-14');
    expect(due('NET_DAYS', 1, '2028-02-28')).toBe('2028-02-29');
  });

  it('end of month plus N days starts from the last day of the issue month', () => {
    expect(due('END_OF_MONTH_PLUS_DAYS', 15, '2026-01-10')).toBe('2026-02-15');
    expect(due('END_OF_MONTH_PLUS_DAYS', 15, '2026-01-31')).toBe('2026-02-15');
    expect(due('END_OF_MONTH_PLUS_DAYS', 15, '2026-02-01')).toBe('2026-03-15');
    expect(due('END_OF_MONTH_PLUS_DAYS', 0, '2028-02-10')).toBe('2028-02-29');
    expect(due('END_OF_MONTH_PLUS_DAYS', 0, '2026-02-10')).toBe('2026-02-28');
    expect(due('END_OF_MONTH_PLUS_DAYS', 30, '2026-12-05')).toBe('2027-01-30');
  });
});
