import type { Db } from '../../db/database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';
import { addDays, utcDay } from '../../shared/dates.js';
import { amountDueSql, unpaidSql } from '../invoices/invoice-state.js';

/**
 * What a customer's book says about them, per customer and currency, as of today, computed in
 * PostgreSQL in one pass over the invoices (plus the payments of the last 12 months):
 *
 * - outstanding / overdue: what is due on unpaid invoices (overdue: due date before today);
 * - invoiced / collected over the last 12 months: the 11 months before this one and this month
 *   up to today (invoices issued and not voided; payments received and not voided);
 * - payment behaviour, over invoices paid in full with money (status PAID, something paid; an
 *   invoice settled by credit notes alone says nothing about paying): days to pay = the day it
 *   was settled − its issue date; days late = settled − due date (negative: early); on time =
 *   settled on or before the due date. Averages to 1 decimal, the median of an even count is
 *   the mean of the middle two, shares are percentages to 2 decimals;
 * - days sales outstanding: outstanding ÷ invoiced over the last 365 days × 365, to 1 decimal
 *   (none when nothing was invoiced then);
 * - the balance (open invoices less unapplied payments and credit notes, which is the ledger's
 *   sum) against the credit limit, in the customer's own currency.
 *
 * A customer is at risk for the reasons in `RiskReason`; PAYING_LATER compares the average days
 * late of invoices settled in the last 90 days with those settled in the 275 days before.
 */

export type RiskReason = 'OVER_CREDIT_LIMIT' | 'OVERDUE_OVER_90_DAYS' | 'MANY_OVERDUE_INVOICES' | 'PAYING_LATER';

export interface InsightFigures {
  customerId: string;
  currency: string;
  outstanding: Decimal;
  overdue: Decimal;
  openInvoices: number;
  overdueInvoices: number;
  largestUnpaidInvoiceId: string | null;
  invoicedLast12Months: Decimal;
  collectedLast12Months: Decimal;
  paidInvoices: number;
  averageDaysToPay: number | null;
  medianDaysToPay: number | null;
  averageDaysLate: number | null;
  /** Percentage of paid invoices settled by their due date. */
  onTimeShare: Decimal | null;
  daysSalesOutstanding: number | null;
  balance: Decimal;
  creditLimit: Decimal | null;
  riskReasons: RiskReason[];
}

export type InsightOrder =
  | 'OUTSTANDING'
  | 'OVERDUE'
  | 'INVOICED_LAST_12_MONTHS'
  | 'AVERAGE_DAYS_LATE'
  | 'DAYS_SALES_OUTSTANDING'
  | 'DISPLAY_NAME';

export interface InsightScope {
  now: Date;
  /** Only these customers (all when left out). */
  customerIds?: readonly string[] | null;
  currency?: string | null;
  atRiskOnly?: boolean;
}

/** The rules behind the risk reasons, in one place. */
export const riskRules = {
  /** From this many invoices past due at once. */
  manyOverdueInvoices: 3,
  /** Anything due for more than this many days. */
  overdueDays: 90,
  /** PAYING_LATER: the recent window, the earlier window after it, and the worsening that counts. */
  recentDays: 90,
  earlierDays: 275,
  worseningDays: 7,
  /** Invoices settled in each window before a trend is read from them. */
  minimumInvoicesPerWindow: 2,
} as const;

/** Days sales outstanding compares what is owed with what was invoiced over this many days. */
export const dsoDays = 365;

/** The first day of the month `monthsBack` months before `day`'s month. */
export function monthStart(day: Date, monthsBack = 0): Date {
  const start = new Date(0);
  start.setUTCFullYear(day.getUTCFullYear(), day.getUTCMonth() - monthsBack, 1);
  return start;
}

function insightsSql(scope: InsightScope): Prisma.Sql {
  const today = utcDay(scope.now);
  const yearStart = monthStart(today, 11);
  const dsoStart = addDays(today, -(dsoDays - 1));
  const recentStart = addDays(today, -(riskRules.recentDays - 1));
  const earlierStart = addDays(recentStart, -riskRules.earlierDays);
  const within = (alias: string) =>
    Prisma.sql`${scope.customerIds ? Prisma.sql`AND ${Prisma.raw(alias)}."customerId" = ANY(${[...scope.customerIds]}::uuid[])` : Prisma.empty}
    ${scope.currency ? Prisma.sql`AND ${Prisma.raw(alias)}.currency = ${scope.currency}` : Prisma.empty}`;
  const due = amountDueSql('i');
  const unpaid = unpaidSql('i');
  const paidWithMoney = Prisma.sql`i.status = 'PAID' AND i."amountPaid" > 0 AND i."settledOn" <= ${today}::date`;
  const late = Prisma.sql`(i."settledOn" - i."dueDate")`;
  return Prisma.sql`
    WITH invoices AS (
      SELECT i."customerId", i.currency,
        coalesce(sum(${due}) FILTER (WHERE ${unpaid}), 0) AS outstanding,
        coalesce(sum(${due}) FILTER (WHERE ${unpaid} AND i."dueDate" < ${today}::date), 0) AS overdue,
        coalesce(sum(${due}) FILTER (WHERE ${unpaid} AND i."dueDate" < ${addDays(today, -riskRules.overdueDays)}::date), 0) AS long_overdue,
        count(*) FILTER (WHERE ${unpaid}) AS open_invoices,
        count(*) FILTER (WHERE ${unpaid} AND i."dueDate" < ${today}::date) AS overdue_invoices,
        coalesce(sum(i.total) FILTER (WHERE i."issueDate" BETWEEN ${yearStart}::date AND ${today}::date), 0) AS invoiced_12,
        coalesce(sum(i.total) FILTER (WHERE i."issueDate" BETWEEN ${dsoStart}::date AND ${today}::date), 0) AS invoiced_dso,
        count(*) FILTER (WHERE ${paidWithMoney}) AS paid_invoices,
        round(avg(i."settledOn" - i."issueDate") FILTER (WHERE ${paidWithMoney}), 1) AS average_days_to_pay,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY i."settledOn" - i."issueDate") FILTER (WHERE ${paidWithMoney}) AS median_days_to_pay,
        round(avg(${late}) FILTER (WHERE ${paidWithMoney}), 1) AS average_days_late,
        count(*) FILTER (WHERE ${paidWithMoney} AND i."settledOn" <= i."dueDate") AS on_time,
        avg(${late}) FILTER (WHERE ${paidWithMoney} AND i."settledOn" >= ${recentStart}::date) AS recent_late,
        count(*) FILTER (WHERE ${paidWithMoney} AND i."settledOn" >= ${recentStart}::date) AS recent_count,
        avg(${late}) FILTER (WHERE ${paidWithMoney} AND i."settledOn" >= ${earlierStart}::date AND i."settledOn" < ${recentStart}::date) AS earlier_late,
        count(*) FILTER (WHERE ${paidWithMoney} AND i."settledOn" >= ${earlierStart}::date AND i."settledOn" < ${recentStart}::date) AS earlier_count
      FROM "Invoice" i
      WHERE i.status NOT IN ('DRAFT', 'VOID') AND i."issueDate" <= ${today}::date ${within('i')}
      GROUP BY i."customerId", i.currency
    ), largest AS (
      SELECT DISTINCT ON (i."customerId", i.currency) i."customerId", i.currency, i.id AS largest_id
      FROM "Invoice" i WHERE ${unpaid} ${within('i')}
      ORDER BY i."customerId", i.currency, ${due} DESC, i."dueDate", i.id
    ), collected AS (
      SELECT p."customerId", p.currency, sum(p.amount) AS collected_12 FROM "Payment" p
      WHERE p.status = 'RECORDED' AND p."receivedOn" BETWEEN ${yearStart}::date AND ${today}::date ${within('p')}
      GROUP BY p."customerId", p.currency
    ), unapplied AS (
      SELECT "customerId", currency, sum(amount) AS amount FROM (
        SELECT p."customerId", p.currency, p.amount - p."amountUsed" AS amount FROM "Payment" p
        WHERE p.status = 'RECORDED' AND p.amount <> p."amountUsed" ${within('p')}
        UNION ALL
        SELECT n."customerId", n.currency, n.amount - n."amountUsed" FROM "CreditNote" n
        WHERE n.amount <> n."amountUsed" ${within('n')}
      ) u GROUP BY "customerId", currency
    ), insights AS (
      SELECT v.*, l.largest_id, coalesce(c.collected_12, 0) AS collected_12,
        v.outstanding - coalesce(u.amount, 0) AS balance,
        CASE WHEN k.currency = v.currency THEN k."creditLimit" END AS credit_limit,
        k."displayName"
      FROM invoices v
      JOIN "Customer" k ON k.id = v."customerId"
      LEFT JOIN largest l ON l."customerId" = v."customerId" AND l.currency = v.currency
      LEFT JOIN collected c ON c."customerId" = v."customerId" AND c.currency = v.currency
      LEFT JOIN unapplied u ON u."customerId" = v."customerId" AND u.currency = v.currency
    ), flagged AS (
      SELECT *,
        coalesce(balance > credit_limit, false) AS over_credit_limit,
        long_overdue > 0 AS long_overdue_flag,
        overdue_invoices >= ${riskRules.manyOverdueInvoices} AS many_overdue,
        coalesce(recent_count >= ${riskRules.minimumInvoicesPerWindow}
          AND earlier_count >= ${riskRules.minimumInvoicesPerWindow}
          AND recent_late >= earlier_late + ${riskRules.worseningDays}, false) AS paying_later,
        CASE WHEN invoiced_dso > 0 THEN round(outstanding / invoiced_dso * ${dsoDays}, 1) END AS dso
      FROM insights
    )`;
}

const orderSql: Record<InsightOrder, Prisma.Sql> = {
  OUTSTANDING: Prisma.sql`outstanding DESC`,
  OVERDUE: Prisma.sql`overdue DESC`,
  INVOICED_LAST_12_MONTHS: Prisma.sql`invoiced_12 DESC`,
  AVERAGE_DAYS_LATE: Prisma.sql`average_days_late DESC NULLS LAST`,
  DAYS_SALES_OUTSTANDING: Prisma.sql`dso DESC NULLS LAST`,
  DISPLAY_NAME: Prisma.sql`"displayName"`,
};

interface InsightRow {
  customerId: string;
  currency: string;
  outstanding: Prisma.Decimal;
  overdue: Prisma.Decimal;
  open_invoices: bigint | number;
  overdue_invoices: bigint | number;
  largest_id: string | null;
  invoiced_12: Prisma.Decimal;
  collected_12: Prisma.Decimal;
  paid_invoices: bigint | number;
  on_time: bigint | number;
  average_days_to_pay: Prisma.Decimal | null;
  median_days_to_pay: number | null;
  average_days_late: Prisma.Decimal | null;
  dso: Prisma.Decimal | null;
  balance: Prisma.Decimal;
  credit_limit: Prisma.Decimal | null;
  over_credit_limit: boolean;
  long_overdue_flag: boolean;
  many_overdue: boolean;
  paying_later: boolean;
  count: bigint | number;
}

const numberOrNull = (value: Prisma.Decimal | number | null) => (value === null ? null : Number(value));

function figures(row: InsightRow): InsightFigures {
  const paid = Number(row.paid_invoices);
  return {
    customerId: row.customerId,
    currency: row.currency,
    outstanding: toDecimal(row.outstanding),
    overdue: toDecimal(row.overdue),
    openInvoices: Number(row.open_invoices),
    overdueInvoices: Number(row.overdue_invoices),
    largestUnpaidInvoiceId: row.largest_id,
    invoicedLast12Months: toDecimal(row.invoiced_12),
    collectedLast12Months: toDecimal(row.collected_12),
    paidInvoices: paid,
    averageDaysToPay: numberOrNull(row.average_days_to_pay),
    medianDaysToPay: numberOrNull(row.median_days_to_pay),
    averageDaysLate: numberOrNull(row.average_days_late),
    onTimeShare: paid ? toDecimal(Number(row.on_time)).times(100).dividedBy(paid).toDecimalPlaces(2) : null,
    daysSalesOutstanding: numberOrNull(row.dso),
    balance: toDecimal(row.balance),
    creditLimit: row.credit_limit === null ? null : toDecimal(row.credit_limit),
    riskReasons: [
      ...(row.over_credit_limit ? (['OVER_CREDIT_LIMIT'] as const) : []),
      ...(row.long_overdue_flag ? (['OVERDUE_OVER_90_DAYS'] as const) : []),
      ...(row.many_overdue ? (['MANY_OVERDUE_INVOICES'] as const) : []),
      ...(row.paying_later ? (['PAYING_LATER'] as const) : []),
    ],
  };
}

const atRisk = Prisma.sql`(over_credit_limit OR long_overdue_flag OR many_overdue OR paying_later)`;

/** A page of insights, one row per customer and currency, in `order`, and how many rows there are. */
export async function customerInsights(
  prisma: Db,
  scope: InsightScope,
  order: InsightOrder,
  offset: number,
  limit: number,
): Promise<{ rows: InsightFigures[]; count: number }> {
  const rows = await prisma.$queryRaw<InsightRow[]>`
    ${insightsSql(scope)}
    SELECT "customerId"::text AS "customerId", currency, outstanding, overdue, open_invoices, overdue_invoices,
      largest_id::text AS largest_id, invoiced_12, collected_12, paid_invoices, on_time, average_days_to_pay,
      median_days_to_pay, average_days_late, dso, balance, credit_limit, over_credit_limit, long_overdue_flag,
      many_overdue, paying_later, count(*) OVER () AS count
    FROM flagged
    ${scope.atRiskOnly ? Prisma.sql`WHERE ${atRisk}` : Prisma.empty}
    ORDER BY ${orderSql[order]}, "displayName", "customerId", currency
    OFFSET ${offset} LIMIT ${limit}`;
  if (rows.length || offset === 0) return { rows: rows.map(figures), count: rows.length ? Number(rows[0].count) : 0 };
  const [counted] = await prisma.$queryRaw<{ count: bigint }[]>`
    ${insightsSql(scope)} SELECT count(*) AS count FROM flagged ${scope.atRiskOnly ? Prisma.sql`WHERE ${atRisk}` : Prisma.empty}`;
  return { rows: [], count: Number(counted.count) };
}

export type SeriesUnit = 'MONTH' | 'QUARTER' | 'YEAR';

export interface SeriesRange {
  unit: SeriesUnit;
  from: Date;
  to: Date;
}

/** The periods a series may hold at the most. */
export const maxSeriesPeriods = 120;

export interface SeriesPoint {
  customerId: string;
  currency: string;
  /** The first day of the calendar month, quarter or year (its figures start at `from`). */
  start: Date;
  invoiced: Decimal;
  collected: Decimal;
  paidInvoices: number;
  averageDaysLate: number | null;
}

/** The last 12 months, this one up to today: what the insights' trend shows. */
export function lastTwelveMonths(now: Date): SeriesRange {
  const today = utcDay(now);
  return { unit: 'MONTH', from: monthStart(today, 11), to: today };
}

/** How many periods of `unit` the range touches. */
export function seriesPeriods({ unit, from, to }: SeriesRange): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (unit === 'MONTH') return months + 1;
  if (unit === 'YEAR') return to.getUTCFullYear() - from.getUTCFullYear() + 1;
  const quarter = (day: Date) => day.getUTCFullYear() * 4 + Math.floor(day.getUTCMonth() / 3);
  return quarter(to) - quarter(from) + 1;
}

/**
 * Per calendar period from `from` to `to` (both days included), for the given customers and
 * currencies, every period present: invoiced, collected, and the invoices settled in the period
 * with their average days late.
 */
export async function periodSeries(
  prisma: Db,
  keys: readonly { customerId: string; currency: string }[],
  range: SeriesRange,
): Promise<SeriesPoint[]> {
  if (!keys.length) return [];
  const from = utcDay(range.from);
  const to = utcDay(range.to);
  const unit = Prisma.raw(`'${range.unit.toLowerCase()}'`);
  const step = Prisma.raw(
    { MONTH: "interval '1 month'", QUARTER: "interval '3 months'", YEAR: "interval '1 year'" }[range.unit],
  );
  const customerIds = keys.map((k) => k.customerId);
  const currencies = keys.map((k) => k.currency);
  const rows = await prisma.$queryRaw<
    {
      customerId: string;
      currency: string;
      start: Date;
      invoiced: Prisma.Decimal;
      collected: Prisma.Decimal;
      paid_invoices: bigint | number;
      average_days_late: Prisma.Decimal | null;
    }[]
  >`
    WITH wanted AS (
      SELECT DISTINCT * FROM unnest(${customerIds}::uuid[], ${currencies}::text[]) AS w("customerId", currency)
    ), periods AS (
      SELECT w."customerId", w.currency, p::date AS start
      FROM wanted w CROSS JOIN generate_series(date_trunc(${unit}, ${from}::date), ${to}::date, ${step}) p
    ), invoiced AS (
      SELECT i."customerId", i.currency, date_trunc(${unit}, i."issueDate")::date AS start, sum(i.total) AS amount
      FROM "Invoice" i JOIN wanted w ON w."customerId" = i."customerId" AND w.currency = i.currency
      WHERE i.status NOT IN ('DRAFT', 'VOID') AND i."issueDate" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2, 3
    ), settled AS (
      SELECT i."customerId", i.currency, date_trunc(${unit}, i."settledOn")::date AS start, count(*) AS invoices,
        round(avg(i."settledOn" - i."dueDate"), 1) AS late
      FROM "Invoice" i JOIN wanted w ON w."customerId" = i."customerId" AND w.currency = i.currency
      WHERE i.status = 'PAID' AND i."amountPaid" > 0 AND i."settledOn" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2, 3
    ), collected AS (
      SELECT p."customerId", p.currency, date_trunc(${unit}, p."receivedOn")::date AS start, sum(p.amount) AS amount
      FROM "Payment" p JOIN wanted w ON w."customerId" = p."customerId" AND w.currency = p.currency
      WHERE p.status = 'RECORDED' AND p."receivedOn" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2, 3
    )
    SELECT m."customerId"::text AS "customerId", m.currency, m.start, coalesce(i.amount, 0) AS invoiced,
      coalesce(c.amount, 0) AS collected, coalesce(s.invoices, 0) AS paid_invoices, s.late AS average_days_late
    FROM periods m
    LEFT JOIN invoiced i USING ("customerId", currency, start)
    LEFT JOIN collected c USING ("customerId", currency, start)
    LEFT JOIN settled s USING ("customerId", currency, start)
    ORDER BY m."customerId", m.currency, m.start`;
  return rows.map((row) => ({
    customerId: row.customerId,
    currency: row.currency,
    start: row.start,
    invoiced: toDecimal(row.invoiced),
    collected: toDecimal(row.collected),
    paidInvoices: Number(row.paid_invoices),
    averageDaysLate: numberOrNull(row.average_days_late),
  }));
}
