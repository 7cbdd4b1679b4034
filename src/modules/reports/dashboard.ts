import type { Db } from '../../db/database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';
import { addDays, utcDay } from '../../shared/dates.js';
import { alertWhere } from '../alerts/alerts.service.js';

/**
 * The figures a team opens first, from the book as it stands now (each in one statement, from
 * the invoices' settled amounts, which the ageing of today agrees with):
 * - per currency: outstanding and overdue, collected this month and last month (payments by the
 *   day they were received; voided payments are not collections);
 * - the largest debtors; the customers at risk, with their reasons; how many alerts are open.
 */

export interface CurrencyPosition {
  currency: string;
  outstanding: Decimal;
  overdue: Decimal;
  collectedThisMonth: Decimal;
  collectedLastMonth: Decimal;
}

export interface Debtor {
  customerId: string;
  currency: string;
  outstanding: Decimal;
  overdue: Decimal;
  overdueInvoices: number;
}

export type RiskReason = 'OVER_CREDIT_LIMIT' | 'OVERDUE_OVER_90_DAYS' | 'MANY_OVERDUE_INVOICES';

export interface CustomerAtRisk extends Debtor {
  reasons: RiskReason[];
}

/** From this many invoices past due at once, a customer is at risk. */
export const manyOverdueInvoices = 3;

const monthStart = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));

export async function currencyPositions(prisma: Db, now: Date): Promise<CurrencyPosition[]> {
  const today = utcDay(now);
  const thisMonth = monthStart(today);
  const lastMonth = monthStart(addDays(thisMonth, -1));
  const rows = await prisma.$queryRaw<
    {
      currency: string;
      outstanding: Prisma.Decimal;
      overdue: Prisma.Decimal;
      this_month: Prisma.Decimal;
      last_month: Prisma.Decimal;
    }[]
  >`
    WITH open AS (
      SELECT currency, sum(total - "amountPaid" - "amountCredited") AS outstanding,
        coalesce(sum(total - "amountPaid" - "amountCredited") FILTER (WHERE "dueDate" < ${today}::date), 0) AS overdue
      FROM "Invoice" WHERE status IN ('OPEN', 'PARTIALLY_PAID') GROUP BY currency
    ), collected AS (
      SELECT currency,
        coalesce(sum(amount) FILTER (WHERE "receivedOn" >= ${thisMonth}::date), 0) AS this_month,
        coalesce(sum(amount) FILTER (WHERE "receivedOn" < ${thisMonth}::date), 0) AS last_month
      FROM "Payment"
      WHERE status = 'RECORDED' AND "receivedOn" >= ${lastMonth}::date AND "receivedOn" <= ${today}::date
      GROUP BY currency
    )
    SELECT coalesce(o.currency, c.currency) AS currency, coalesce(o.outstanding, 0) AS outstanding,
      coalesce(o.overdue, 0) AS overdue, coalesce(c.this_month, 0) AS this_month, coalesce(c.last_month, 0) AS last_month
    FROM open o FULL JOIN collected c ON c.currency = o.currency
    ORDER BY 1`;
  return rows.map((row) => ({
    currency: row.currency,
    outstanding: toDecimal(row.outstanding),
    overdue: toDecimal(row.overdue),
    collectedThisMonth: toDecimal(row.this_month),
    collectedLastMonth: toDecimal(row.last_month),
  }));
}

interface DebtorRow {
  customerId: string;
  currency: string;
  outstanding: Prisma.Decimal;
  overdue: Prisma.Decimal;
  overdue_invoices: bigint | number;
}

const debtor = (row: DebtorRow): Debtor => ({
  customerId: row.customerId,
  currency: row.currency,
  outstanding: toDecimal(row.outstanding),
  overdue: toDecimal(row.overdue),
  overdueInvoices: Number(row.overdue_invoices),
});

/** Per customer and currency: what is open, what is past due, and past due over 90 days. */
const openByCustomer = (today: Date) => Prisma.sql`
  SELECT "customerId", currency, sum(total - "amountPaid" - "amountCredited") AS outstanding,
    coalesce(sum(total - "amountPaid" - "amountCredited") FILTER (WHERE "dueDate" < ${today}::date), 0) AS overdue,
    coalesce(sum(total - "amountPaid" - "amountCredited") FILTER (WHERE "dueDate" < ${addDays(today, -90)}::date), 0) AS over_90,
    count(*) FILTER (WHERE "dueDate" < ${today}::date) AS overdue_invoices
  FROM "Invoice" WHERE status IN ('OPEN', 'PARTIALLY_PAID') GROUP BY "customerId", currency`;

export async function topDebtors(prisma: Db, now: Date, limit: number): Promise<Debtor[]> {
  const rows = await prisma.$queryRaw<DebtorRow[]>`
    WITH open AS (${openByCustomer(utcDay(now))})
    SELECT o."customerId"::text AS "customerId", o.currency, o.outstanding, o.overdue, o.overdue_invoices
    FROM open o JOIN "Customer" c ON c.id = o."customerId"
    ORDER BY o.outstanding DESC, c."displayName", o."customerId", o.currency
    LIMIT ${limit}`;
  return rows.map(debtor);
}

/**
 * Customers at risk: over their credit limit (what they owe in their own currency, as `credit`
 * reports it), owing anything more than 90 days past due, or with many invoices past due.
 * Most overdue first.
 */
export async function customersAtRisk(prisma: Db, now: Date, limit: number): Promise<CustomerAtRisk[]> {
  const rows = await prisma.$queryRaw<(DebtorRow & { over_limit: boolean; over_90: Prisma.Decimal })[]>`
    WITH open AS (${openByCustomer(utcDay(now))}),
    limited AS (
      SELECT c.id AS "customerId", c.currency, sum(l.amount) AS balance, c."creditLimit"
      FROM "Customer" c JOIN "LedgerEntry" l ON l."customerId" = c.id AND l.currency = c.currency
      WHERE c."creditLimit" IS NOT NULL
      GROUP BY c.id, c.currency, c."creditLimit"
    ), flagged AS (
      SELECT coalesce(o."customerId", m."customerId") AS "customerId", coalesce(o.currency, m.currency) AS currency,
        coalesce(o.outstanding, 0) AS outstanding, coalesce(o.overdue, 0) AS overdue,
        coalesce(o.over_90, 0) AS over_90, coalesce(o.overdue_invoices, 0) AS overdue_invoices,
        coalesce(m.balance > m."creditLimit", false) AS over_limit
      FROM open o FULL JOIN limited m ON m."customerId" = o."customerId" AND m.currency = o.currency
    )
    SELECT f."customerId"::text AS "customerId", f.currency, f.outstanding, f.overdue, f.over_90,
      f.overdue_invoices, f.over_limit
    FROM flagged f JOIN "Customer" c ON c.id = f."customerId"
    WHERE f.over_limit OR f.over_90 > 0 OR f.overdue_invoices >= ${manyOverdueInvoices}
    ORDER BY f.overdue DESC, c."displayName", f."customerId", f.currency
    LIMIT ${limit}`;
  return rows.map((row) => ({
    ...debtor(row),
    reasons: [
      ...(row.over_limit ? (['OVER_CREDIT_LIMIT'] as const) : []),
      ...(toDecimal(row.over_90).isPositive() && !toDecimal(row.over_90).isZero()
        ? (['OVERDUE_OVER_90_DAYS'] as const)
        : []),
      ...(Number(row.overdue_invoices) >= manyOverdueInvoices ? (['MANY_OVERDUE_INVOICES'] as const) : []),
    ],
  }));
}

export function openAlertCount(prisma: Db, now: Date): Promise<number> {
  return prisma.alert.count({ where: alertWhere(null, now) });
}
