import type { Db } from '../../db/database.js';
import { Prisma, type LedgerEntry, type LedgerEntryKind } from '../../generated/prisma/client.js';
import { toDecimal, type Decimal } from '../../money/money.js';
import { alone, type JsonReader } from '../../shared/combined-reads.js';
import { UserInputError } from '../../shared/user-errors.js';
import { utcDay } from '../../shared/dates.js';
import { sqlLimit, sqlOffset } from '../../shared/paging.js';

export interface HistoryFilter {
  currency?: string | null;
  kinds?: LedgerEntryKind[] | null;
  from?: Date | null;
  to?: Date | null;
}

/** An entry as a page reads it: amounts exact as text (as many decimals as they need). */
export type HistoryEntry = Omit<LedgerEntry, 'amount' | 'appliedAmount'> & {
  amount: string;
  appliedAmount: string | null;
  runningBalance: string;
};

type HistoryJson = Omit<HistoryEntry, 'occurredOn' | 'createdAt'> & {
  occurredOn: string;
  createdAt: string;
  totalCount?: number;
};

// Entries are ordered by the day they happened, then by when they were recorded. The running
// balance is per currency over the whole ledger, whatever the filter shows.
function conditions(customerId: string, filter: HistoryFilter) {
  const parts = [Prisma.sql`"customerId" = ${customerId}::uuid`];
  if (filter.currency) parts.push(Prisma.sql`currency = ${filter.currency}`);
  if (filter.kinds?.length) parts.push(Prisma.sql`kind::text = ANY(${filter.kinds})`);
  if (filter.from) parts.push(Prisma.sql`"occurredOn" >= ${utcDay(filter.from)}::date`);
  if (filter.to) parts.push(Prisma.sql`"occurredOn" <= ${utcDay(filter.to)}::date`);
  return Prisma.join(parts, ' AND ');
}

export async function historyPage(
  read: JsonReader,
  customerId: string,
  filter: HistoryFilter,
  offset: number,
  limit: number,
): Promise<HistoryEntry[]> {
  return (await readHistory(read, customerId, filter, offset, limit, false)).entries;
}

/**
 * A page and the length of the whole (filtered) history from one statement: a round trip less
 * than `historyPage` and `historyCount`. The count is null when the page is empty (the offset is
 * past the end), since it rides on the page's rows.
 */
export async function historyPageAndCount(
  read: JsonReader,
  customerId: string,
  filter: HistoryFilter,
  offset: number,
  limit: number,
): Promise<{ entries: HistoryEntry[]; count: number | null }> {
  return readHistory(read, customerId, filter, offset, limit, true);
}

async function readHistory(
  read: JsonReader,
  customerId: string,
  filter: HistoryFilter,
  offset: number,
  limit: number,
  withCount: boolean,
): Promise<{ entries: HistoryEntry[]; count: number | null }> {
  // The page first; then each row's running balance: what the currency's entries before the
  // page's first row add up to, plus a running sum over the entries from its first row to its
  // last. Only the page's span of the ledger is read in order, not the whole ledger.
  const count = withCount
    ? Prisma.sql`, (SELECT count(*) FROM "LedgerEntry" WHERE ${conditions(customerId, filter)}) AS "totalCount"`
    : Prisma.empty;
  const rows = await read<HistoryJson>(Prisma.sql`
    WITH page AS (
      SELECT * FROM "LedgerEntry" WHERE ${conditions(customerId, filter)}
      ORDER BY "occurredOn", "createdAt", id ${sqlOffset(offset)} ${sqlLimit(limit)}
    ), first AS (
      SELECT "occurredOn", "createdAt", id FROM page ORDER BY "occurredOn", "createdAt", id LIMIT 1
    ), last AS (
      SELECT "occurredOn", "createdAt", id FROM page ORDER BY "occurredOn" DESC, "createdAt" DESC, id DESC LIMIT 1
    ), before AS (
      SELECT e.currency, sum(e.amount) AS amount FROM "LedgerEntry" e, first f
      WHERE e."customerId" = ${customerId}::uuid AND (e."occurredOn", e."createdAt", e.id) < (f."occurredOn", f."createdAt", f.id)
      GROUP BY e.currency
    ), running AS (
      SELECT e.id, coalesce(b.amount, 0)
        + sum(e.amount) OVER (PARTITION BY e.currency ORDER BY e."occurredOn", e."createdAt", e.id) AS "runningBalance"
      FROM "LedgerEntry" e CROSS JOIN first f CROSS JOIN last l LEFT JOIN before b ON b.currency = e.currency
      WHERE e."customerId" = ${customerId}::uuid
        AND (e."occurredOn", e."createdAt", e.id) >= (f."occurredOn", f."createdAt", f.id)
        AND (e."occurredOn", e."createdAt", e.id) <= (l."occurredOn", l."createdAt", l.id)
    )
    SELECT page.id, page."customerId", page.currency, page.kind, trim_scale(page.amount)::text AS amount,
      page."invoiceId", page."paymentId", page."creditNoteId", page."refundId",
      trim_scale(page."appliedAmount")::text AS "appliedAmount", page."occurredOn", page."createdAt", page."createdBy",
      trim_scale(running."runningBalance")::text AS "runningBalance"${count}
    FROM page JOIN running ON running.id = page.id
    ORDER BY page."occurredOn", page."createdAt", page.id`);
  return {
    entries: rows.map(({ totalCount: _count, ...row }) => ({
      ...row,
      occurredOn: new Date(`${row.occurredOn}T00:00:00Z`),
      createdAt: new Date(row.createdAt),
    })),
    count: rows.length > 0 && rows[0].totalCount !== undefined ? Number(rows[0].totalCount) : null,
  };
}

export async function historyCount(prisma: Db, customerId: string, filter: HistoryFilter): Promise<number> {
  const [{ count }] = await prisma.$queryRaw<
    { count: bigint }[]
  >`SELECT count(*) AS count FROM "LedgerEntry" WHERE ${conditions(customerId, filter)}`;
  return Number(count);
}

/** What the customer owed in a currency at the end of `date` (all entries on or before it). */
export async function balanceAsOf(prisma: Db, customerId: string, currency: string, date: Date): Promise<Decimal> {
  const result = await prisma.ledgerEntry.aggregate({
    where: { customerId, currency, occurredOn: { lte: utcDay(date) } },
    _sum: { amount: true },
  });
  return toDecimal(result._sum.amount ?? 0);
}

export interface Statement {
  currency: string;
  from: Date;
  to: Date;
  openingBalance: Decimal;
  entries: HistoryEntry[];
  closingBalance: Decimal;
}

/** Opening balance at the start of `from`, every entry of the period, closing balance at the end of `to`. */
const maxStatementEntries = 10_000;

export async function statementOf(
  prisma: Db,
  customerId: string,
  currency: string,
  from: Date,
  to: Date,
): Promise<Statement> {
  const start = utcDay(from);
  if (start.getTime() > utcDay(to).getTime()) {
    throw new UserInputError([
      {
        field: ['from'],
        code: 'INVALID',
        message: 'A statement runs from a day to the same or a later day: `from` is after `to`.',
      },
    ]);
  }
  const count = await historyCount(prisma, customerId, { currency, from: start, to });
  if (count > maxStatementEntries) {
    throw new UserInputError([
      {
        field: ['to'],
        code: 'INVALID',
        message: `This period holds ${count} entries; a statement lists at most ${maxStatementEntries}. Choose a shorter period.`,
      },
    ]);
  }
  const opening = await prisma.ledgerEntry.aggregate({
    where: { customerId, currency, occurredOn: { lt: start } },
    _sum: { amount: true },
  });
  const entries = await historyPage(alone(prisma), customerId, { currency, from: start, to }, 0, maxStatementEntries);
  const openingBalance = toDecimal(opening._sum.amount ?? 0);
  const closingBalance = entries.reduce((sum, entry) => sum.plus(toDecimal(entry.amount)), openingBalance);
  return { currency, from: start, to: utcDay(to), openingBalance, entries, closingBalance };
}
