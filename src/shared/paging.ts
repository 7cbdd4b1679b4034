import { Prisma } from '../generated/prisma/client.js';

/** Page sizes of every list: what a connection returns without `first`/`last`, and the most it returns. */
export const pageSize = { default: 20, max: 100 } as const;

/**
 * A page's `LIMIT` written into the SQL text, not sent as a parameter. PostgreSQL plans a
 * prepared statement for any value of its parameters, and costs an unknown limit at a tenth of
 * the rows: the customer list's generic plan looked dearer than a fresh plan, so it was planned
 * again on every request. A page holds at most `pageSize.max` rows (plus one to see the next
 * page), so a read has few texts.
 */
export function sqlLimit(limit: number): Prisma.Sql {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`not a row count: ${limit}`);
  return Prisma.raw(`LIMIT ${limit}`);
}

/** `OFFSET n`, left out for the first page (whose statement is then planned as `sqlLimit` says). */
export function sqlOffset(offset: number): Prisma.Sql {
  return offset === 0 ? Prisma.empty : Prisma.sql`OFFSET ${offset}`;
}
