// Calendar days are JavaScript Dates at 00:00 UTC, which is how PostgreSQL DATE columns and the
// GraphQL Date scalar carry them. Never mix them with local time.

const dayMs = 86_400_000;

/** The day of `date`, at 00:00 UTC. (Not `Date.UTC`, which reads years 0–99 as 1900–1999.) */
export function utcDay(date: Date): Date {
  const day = new Date(0);
  day.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return day;
}

export function addDays(day: Date, days: number): Date {
  return new Date(utcDay(day).getTime() + days * dayMs);
}

export function endOfMonth(day: Date): Date {
  const end = new Date(0);
  end.setUTCFullYear(day.getUTCFullYear(), day.getUTCMonth() + 1, 0);
  return end;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / dayMs);
}

export function formatDay(day: Date): string {
  return utcDay(day).toISOString().slice(0, 10);
}

/** Is `day` within [from, to], either bound open when null? */
export function dayWithin(day: Date, from: Date | null, to: Date | null): boolean {
  const t = utcDay(day).getTime();
  return (!from || utcDay(from).getTime() <= t) && (!to || t <= utcDay(to).getTime());
}

/** Do [aFrom, aTo] and [bFrom, bTo] share a day? Null ends are open. */
export function periodsOverlap(aFrom: Date, aTo: Date | null, bFrom: Date, bTo: Date | null): boolean {
  return (!bTo || aFrom.getTime() <= bTo.getTime()) && (!aTo || bFrom.getTime() <= aTo.getTime());
}

/**
 * The earliest day a document (an invoice, a payment, a refund) may carry: an earlier one is a
 * typing mistake (1900 for 2000), not history anyone keeps in this book.
 */
export const earliestDocumentDay = new Date(Date.UTC(2000, 0, 1));
