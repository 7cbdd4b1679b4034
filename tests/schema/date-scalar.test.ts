// The Date scalar writes days itself (scalars.ts, for speed): it must write what graphql-scalars does.
import { DateResolver } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { dayString } from '../../src/schema/scalars.js';

describe('Date scalar', () => {
  it('writes every day of four years, and the edges of the years it admits, as graphql-scalars does', () => {
    const days = Array.from({ length: 4 * 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
    days.push(new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2999, 11, 31, 23, 59, 59, 999)));
    days.push(new Date(Date.UTC(2026, 8, 9, 23, 30)), new Date(Date.UTC(1000, 0, 1)), new Date(Date.UTC(9999, 11, 31)));
    for (const day of days) expect(dayString(day)).toBe(DateResolver.serialize(day));
  });

  it('leaves what it cannot write in four digits, and invalid dates, to graphql-scalars', () => {
    expect(dayString(new Date(Date.UTC(999, 11, 31)))).toBeNull();
    expect(dayString(new Date(Date.UTC(10000, 0, 1)))).toBeNull();
    expect(dayString(new Date(Number.NaN))).toBeNull();
  });
});
