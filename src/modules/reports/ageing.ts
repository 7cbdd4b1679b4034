import type { Db } from '../../db/database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';
import { addDays, utcDay } from '../../shared/dates.js';

/**
 * Accounts receivable ageing as of the end of a day, computed in PostgreSQL.
 *
 * What was open then: every invoice issued on or before that day and not voided by then, at its
 * total less what payments and credit notes had been applied to it by then (an allocation taken
 * back counts until the day it was taken back). Nothing later changes an ageing of a past day.
 *
 * Days are counted from the due date (DUE_DATE) or from the invoice date (INVOICE_DATE) to the
 * as-of day; the buckets: CURRENT (0 or fewer), DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90.
 *
 * Per customer and currency, beside the buckets: the balance (the ledger's sum up to that day)
 * and the unapplied credit (money received or credited and not applied or refunded by then),
 * so that total − unapplied credit = balance.
 */

export type AgeingBasis = 'DUE_DATE' | 'INVOICE_DATE';
export const ageingBuckets = ['CURRENT', 'DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

export interface AgeingScope {
  asOf: Date;
  basis: AgeingBasis;
  customerId?: string | null;
  currency?: string | null;
}

export interface AgeingFigures {
  currency: string;
  buckets: Record<AgeingBucket, Decimal>;
  /** The sum of the buckets: what was due on open invoices. */
  total: Decimal;
  invoiceCount: number;
  unappliedCredit: Decimal;
  balance: Decimal;
}

export interface CustomerAgeing extends AgeingFigures {
  customerId: string;
}

export interface CurrencyAgeing extends AgeingFigures {
  customerCount: number;
}

export interface AgedInvoice {
  invoiceId: string;
  currency: string;
  outstanding: Decimal;
  /** Days from the due date (or the invoice date) to the as-of day; negative before it. */
  days: number;
  bucket: AgeingBucket;
}

export type CustomerAgeingOrder = 'TOTAL' | 'OVERDUE' | 'DISPLAY_NAME';

/** The bucket of an amount `days` past due (or old): the boundaries are inclusive upward. */
export function bucketOf(days: number): AgeingBucket {
  if (days <= 0) return 'CURRENT';
  if (days <= 30) return 'DAYS_1_30';
  if (days <= 60) return 'DAYS_31_60';
  if (days <= 90) return 'DAYS_61_90';
  return 'OVER_90';
}

const bucketSql = Prisma.sql`CASE
  WHEN days <= 0 THEN 'CURRENT' WHEN days <= 30 THEN 'DAYS_1_30' WHEN days <= 60 THEN 'DAYS_31_60'
  WHEN days <= 90 THEN 'DAYS_61_90' ELSE 'OVER_90' END`;

/**
 * The CTEs `aged` (open invoices with days and bucket) and `customer_rows` (per customer and
 * currency: buckets, total, balance). The balance is what was open less the unapplied credit of
 * payments and credit notes that day, which the ledger's sum up to that day equals (tested).
 */
function agedSql(scope: AgeingScope): Prisma.Sql {
  const asOf = utcDay(scope.asOf);
  // The first moment after the as-of day: what was taken back from then on still counted.
  const after = addDays(asOf, 1);
  const from = scope.basis === 'INVOICE_DATE' ? Prisma.sql`i."issueDate"` : Prisma.sql`i."dueDate"`;
  const within = (alias: string) =>
    Prisma.sql`${scope.customerId ? Prisma.sql`AND ${Prisma.raw(alias)}."customerId" = ${scope.customerId}::uuid` : Prisma.empty}
    ${scope.currency ? Prisma.sql`AND ${Prisma.raw(alias)}.currency = ${scope.currency}` : Prisma.empty}`;
  /** Allocations that were on the day differently from now: applied after it, or taken back after it. */
  const changedSince = Prisma.sql`(a."appliedOn" > ${asOf}::date OR a."reversedAt" >= ${after})`;
  /** What of a document had been applied (or refunded) by the end of the day. */
  const appliedBy = (column: string, document: string) => Prisma.sql`
    SELECT sum(a.amount) AS amount FROM "Allocation" a
    WHERE a.${Prisma.raw(`"${column}"`)} = ${Prisma.raw(document)}.id AND a."appliedOn" <= ${asOf}::date
      AND (a."reversedAt" IS NULL OR a."reversedAt" >= ${after})`;
  // A document settled now (an invoice paid, a payment or credit note used up) was open on the
  // day only if one of its allocations changed after it, or it was voided after it; only those
  // and the ones open now are read, so a book's settled past is not read again for every report.
  return Prisma.sql`
    WITH invoices AS (
      SELECT i.id FROM "Invoice" i WHERE i.status IN ('OPEN', 'PARTIALLY_PAID', 'VOID') ${within('i')}
      UNION
      SELECT a."invoiceId" FROM "Allocation" a WHERE a."invoiceId" IS NOT NULL AND ${changedSince}
    ), open AS (
      SELECT i.id, i."customerId", i.currency, i.total - coalesce(s.amount, 0) AS outstanding,
        ${asOf}::date - ${from} AS days
      FROM invoices c JOIN "Invoice" i ON i.id = c.id
      LEFT JOIN LATERAL (${appliedBy('invoiceId', 'i')}) s ON true
      WHERE i.status <> 'DRAFT' AND i."issueDate" <= ${asOf}::date
        AND (i."voidedAt" IS NULL OR i."voidedAt" >= ${after}) ${within('i')}
    ), aged AS (
      SELECT *, ${bucketSql} AS bucket FROM open WHERE outstanding <> 0
    ), payments AS (
      SELECT p.id FROM "Payment" p
      WHERE (p.status = 'RECORDED' AND p.amount <> p."amountUsed") OR (p.status = 'VOID' AND p."voidedAt" >= ${after})
      UNION
      SELECT a."paymentId" FROM "Allocation" a WHERE a."paymentId" IS NOT NULL AND ${changedSince}
    ), credit_notes AS (
      SELECT n.id FROM "CreditNote" n WHERE n.amount <> n."amountUsed"
      UNION
      SELECT a."creditNoteId" FROM "Allocation" a WHERE a."creditNoteId" IS NOT NULL AND ${changedSince}
    ), unused AS (
      SELECT d."customerId", d.currency, d.amount - coalesce(s.amount, 0) AS amount
      FROM payments c JOIN "Payment" d ON d.id = c.id
      LEFT JOIN LATERAL (${appliedBy('paymentId', 'd')}) s ON true
      WHERE d."receivedOn" <= ${asOf}::date AND (d.status = 'RECORDED' OR d."voidedAt" >= ${after}) ${within('d')}
      UNION ALL
      SELECT d."customerId", d.currency, d.amount - coalesce(s.amount, 0)
      FROM credit_notes c JOIN "CreditNote" d ON d.id = c.id
      LEFT JOIN LATERAL (${appliedBy('creditNoteId', 'd')}) s ON true
      WHERE d."issueDate" <= ${asOf}::date ${within('d')}
    ), unapplied AS (
      SELECT "customerId", currency, sum(amount) AS amount FROM unused GROUP BY "customerId", currency
    ), per_customer AS (
      SELECT "customerId", currency,
        sum(outstanding) FILTER (WHERE bucket = 'CURRENT') AS current,
        sum(outstanding) FILTER (WHERE bucket = 'DAYS_1_30') AS days_1_30,
        sum(outstanding) FILTER (WHERE bucket = 'DAYS_31_60') AS days_31_60,
        sum(outstanding) FILTER (WHERE bucket = 'DAYS_61_90') AS days_61_90,
        sum(outstanding) FILTER (WHERE bucket = 'OVER_90') AS over_90,
        sum(outstanding) AS total, count(*) AS invoices
      FROM aged GROUP BY "customerId", currency
    ), customer_rows AS (
      SELECT coalesce(p."customerId", u."customerId") AS "customerId", coalesce(p.currency, u.currency) AS currency,
        coalesce(p.current, 0) AS current, coalesce(p.days_1_30, 0) AS days_1_30,
        coalesce(p.days_31_60, 0) AS days_31_60, coalesce(p.days_61_90, 0) AS days_61_90,
        coalesce(p.over_90, 0) AS over_90, coalesce(p.total, 0) AS total, coalesce(p.invoices, 0) AS invoices,
        coalesce(p.total, 0) - coalesce(u.amount, 0) AS balance
      FROM per_customer p FULL JOIN unapplied u ON u."customerId" = p."customerId" AND u.currency = p.currency
      WHERE coalesce(p.total, 0) <> 0 OR coalesce(u.amount, 0) <> 0
    )`;
}

interface FiguresRow {
  currency: string;
  current: Prisma.Decimal;
  days_1_30: Prisma.Decimal;
  days_31_60: Prisma.Decimal;
  days_61_90: Prisma.Decimal;
  over_90: Prisma.Decimal;
  total: Prisma.Decimal;
  invoices: bigint | number;
  balance: Prisma.Decimal;
}

function figures(row: FiguresRow): AgeingFigures {
  const total = toDecimal(row.total);
  const balance = toDecimal(row.balance);
  return {
    currency: row.currency,
    buckets: {
      CURRENT: toDecimal(row.current),
      DAYS_1_30: toDecimal(row.days_1_30),
      DAYS_31_60: toDecimal(row.days_31_60),
      DAYS_61_90: toDecimal(row.days_61_90),
      OVER_90: toDecimal(row.over_90),
    },
    total,
    invoiceCount: Number(row.invoices),
    unappliedCredit: total.minus(balance),
    balance,
  };
}

/** The ageing per currency, over every customer in scope. */
export async function ageingTotals(prisma: Db, scope: AgeingScope): Promise<CurrencyAgeing[]> {
  const rows = await prisma.$queryRaw<(FiguresRow & { customers: bigint | number })[]>`
    ${agedSql(scope)}
    SELECT currency, sum(current) AS current, sum(days_1_30) AS days_1_30, sum(days_31_60) AS days_31_60,
      sum(days_61_90) AS days_61_90, sum(over_90) AS over_90, sum(total) AS total, sum(invoices) AS invoices,
      sum(balance) AS balance, count(*) AS customers
    FROM customer_rows GROUP BY currency ORDER BY currency`;
  return rows.map((row) => ({ ...figures(row), customerCount: Number(row.customers) }));
}

const customerOrder: Record<CustomerAgeingOrder, Prisma.Sql> = {
  TOTAL: Prisma.sql`r.total DESC, c."displayName", r."customerId", r.currency`,
  OVERDUE: Prisma.sql`(r.total - r.current) DESC, c."displayName", r."customerId", r.currency`,
  DISPLAY_NAME: Prisma.sql`c."displayName", r."customerId", r.currency`,
};

/** One row per customer and currency with anything open or a balance; a page, and how many there are. */
export async function ageingByCustomer(
  prisma: Db,
  scope: AgeingScope,
  order: CustomerAgeingOrder,
  offset: number,
  limit: number,
): Promise<{ rows: CustomerAgeing[]; count: number }> {
  const rows = await prisma.$queryRaw<(FiguresRow & { customerId: string; count: bigint | number })[]>`
    ${agedSql(scope)}
    SELECT r."customerId"::text AS "customerId", r.currency, r.current, r.days_1_30, r.days_31_60, r.days_61_90,
      r.over_90, r.total, r.invoices, r.balance, count(*) OVER () AS count
    FROM customer_rows r JOIN "Customer" c ON c.id = r."customerId"
    ORDER BY ${customerOrder[order]}
    OFFSET ${offset} LIMIT ${limit}`;
  return {
    rows: rows.map((row) => ({ ...figures(row), customerId: row.customerId })),
    count: rows.length ? Number(rows[0].count) : await countCustomerRows(prisma, scope),
  };
}

async function countCustomerRows(prisma: Db, scope: AgeingScope): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint | number }[]>`
    ${agedSql(scope)} SELECT count(*) AS count FROM customer_rows`;
  return Number(row.count);
}

/** The open invoices behind a cell: most days first, then by number. */
export async function agedInvoices(
  prisma: Db,
  scope: AgeingScope,
  bucket: AgeingBucket | null | undefined,
  offset: number,
  limit: number,
): Promise<{ rows: AgedInvoice[]; count: number }> {
  const rows = await prisma.$queryRaw<
    { id: string; currency: string; outstanding: Prisma.Decimal; days: number; bucket: AgeingBucket; count: bigint }[]
  >`
    ${agedSql(scope)}
    SELECT a.id::text AS id, a.currency, a.outstanding, a.days, a.bucket, count(*) OVER () AS count
    FROM aged a JOIN "Invoice" i ON i.id = a.id
    ${bucket ? Prisma.sql`WHERE a.bucket = ${bucket}` : Prisma.empty}
    ORDER BY a.days DESC, i.number, a.id
    OFFSET ${offset} LIMIT ${limit}`;
  const count = rows.length
    ? Number(rows[0].count)
    : Number(
        (
          await prisma.$queryRaw<{ count: bigint }[]>`
            ${agedSql(scope)} SELECT count(*) AS count FROM aged ${bucket ? Prisma.sql`WHERE bucket = ${bucket}` : Prisma.empty}`
        )[0].count,
      );
  return {
    rows: rows.map((row) => ({
      invoiceId: row.id,
      currency: row.currency,
      outstanding: toDecimal(row.outstanding),
      days: Number(row.days),
      bucket: row.bucket,
    })),
    count,
  };
}
