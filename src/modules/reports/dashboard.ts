import type { Db } from '../../db/database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';
import { addDays, utcDay } from '../../shared/dates.js';
import { alertWhere } from '../alerts/alerts.service.js';
import { customerInsights, type RiskReason } from './insights.js';
import { amountDueSql, unpaidSql } from '../invoices/invoice-state.js';

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

export interface CustomerAtRisk extends Debtor {
  reasons: RiskReason[];
}

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
      SELECT currency, sum(${amountDueSql()}) AS outstanding,
        coalesce(sum(${amountDueSql()}) FILTER (WHERE "dueDate" < ${today}::date), 0) AS overdue
      FROM "Invoice" WHERE ${unpaidSql()} GROUP BY currency
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

/** Per customer and currency: what is open and what is past due. */
const openByCustomer = (today: Date) => Prisma.sql`
  SELECT "customerId", currency, sum(${amountDueSql()}) AS outstanding,
    coalesce(sum(${amountDueSql()}) FILTER (WHERE "dueDate" < ${today}::date), 0) AS overdue,
    count(*) FILTER (WHERE "dueDate" < ${today}::date) AS overdue_invoices
  FROM "Invoice" WHERE ${unpaidSql()} GROUP BY "customerId", currency`;

export async function topDebtors(prisma: Db, now: Date, limit: number): Promise<Debtor[]> {
  const rows = await prisma.$queryRaw<DebtorRow[]>`
    WITH open AS (${openByCustomer(utcDay(now))})
    SELECT o."customerId"::text AS "customerId", o.currency, o.outstanding, o.overdue, o.overdue_invoices
    FROM open o JOIN "Customer" c ON c.id = o."customerId"
    ORDER BY o.outstanding DESC, c."displayName", o."customerId", o.currency
    LIMIT ${limit}`;
  return rows.map(debtor);
}

/** Customers at risk, with their reasons (as their insights give them): most overdue first. */
export async function customersAtRisk(prisma: Db, now: Date, limit: number): Promise<CustomerAtRisk[]> {
  const { rows } = await customerInsights(prisma, { now, atRiskOnly: true }, 'OVERDUE', 0, limit);
  return rows.map((row) => ({
    customerId: row.customerId,
    currency: row.currency,
    outstanding: row.outstanding,
    overdue: row.overdue,
    overdueInvoices: row.overdueInvoices,
    reasons: row.riskReasons,
  }));
}

export function openAlertCount(prisma: Db, now: Date): Promise<number> {
  return prisma.alert.count({ where: alertWhere(null, now) });
}
