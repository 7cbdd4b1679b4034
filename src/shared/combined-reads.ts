import type { Context } from '../context.js';
import type { Db } from '../db/database.js';
import { Prisma } from '../generated/prisma/client.js';
import { requestLoader } from './loaders.js';

/**
 * Reads of one request that do not depend on each other (a customer's ledger page and the lines
 * of the invoices beside it), asked in the same turn of the event loop, go out as one statement:
 * each part's rows come back as a JSON array in a column of one row. On the hot reads a round
 * trip costs the API more CPU than the SQL costs the database.
 *
 * A part returns its rows in the order wanted (an aggregate over an ordered subquery keeps its
 * order: PostgreSQL's documentation, "Aggregate Expressions") and gives every number that must
 * stay exact as text: JSON numbers are floating point.
 */
export function readCombined<Row>(ctx: Context, part: Prisma.Sql): Promise<Row[]> {
  return requestLoader<Prisma.Sql, unknown[]>(ctx, 'combined-reads', (parts) => readParts(ctx.prisma, parts), {
    cache: false,
    // One turn later than a DataLoader's own dispatch (after the promise jobs and process.nextTick):
    // a batching loader asked in the same turn (the lines of a page of invoices) dispatches first
    // and joins this statement instead of sending its own.
    batchScheduleFn: (dispatch) => setImmediate(dispatch),
  }).load(part) as Promise<Row[]>;
}

/**
 * Where a read written for `readCombined` runs: with the request's other reads, or alone (a
 * service or a job, outside a request).
 */
export type JsonReader = <Row>(part: Prisma.Sql) => Promise<Row[]>;
export const combinedWith =
  (ctx: Context): JsonReader =>
  (part) =>
    readCombined(ctx, part);
export const alone =
  (prisma: Db): JsonReader =>
  async <Row>(part: Prisma.Sql) =>
    (await readParts(prisma, [part]))[0] as Row[];

async function readParts(prisma: Db, parts: readonly Prisma.Sql[]): Promise<unknown[][]> {
  const columns = parts.map(
    (part, i) => Prisma.sql`(SELECT coalesce(json_agg(r), '[]'::json) FROM (${part}) r) AS ${Prisma.raw(`"p${i}"`)}`,
  );
  const [row] = await prisma.$queryRaw<Record<string, unknown[]>[]>`SELECT ${Prisma.join(columns)}`;
  return parts.map((_, i) => row[`p${i}`]);
}
