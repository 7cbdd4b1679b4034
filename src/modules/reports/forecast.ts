import type { Db } from '../../db/database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';
import { addDays, utcDay } from '../../shared/dates.js';
import { amountDueSql, unpaidSql } from '../invoices/invoice-state.js';

/**
 * When open invoices will be paid, and what comes in week by week, computed in PostgreSQL.
 *
 * An unpaid invoice is expected on its due date + the typical days late of its customer: the
 * median of (day settled − due date) over the customer's invoices paid in full with money in the
 * last `historyDays` days, rounded to a whole day (half away from zero), when there are
 * `minimumCustomerInvoices` or more (basis CUSTOMER_HISTORY); otherwise the same median over every
 * customer's invoices (OVERALL_PATTERN); with no history at all, the due date itself (DUE_DATE).
 * What is still due on it is what is expected.
 *
 * The forecast adds the expected amounts up per currency by week (weeks start on Monday; the
 * first is the current one, counted from today). An invoice whose expected day has passed
 * unpaid is late beyond its customer's habit: it is reported apart (`pastExpected`), not guessed
 * into a week; one expected after the last week is `later`.
 */

export const forecastRules = { historyDays: 365, minimumCustomerInvoices: 3, maxWeeks: 26 } as const;

export type ExpectationBasis = 'CUSTOMER_HISTORY' | 'OVERALL_PATTERN' | 'DUE_DATE';

export interface ExpectedPayment {
  invoiceId: string;
  currency: string;
  amount: Decimal;
  expectedOn: Date;
  basis: ExpectationBasis;
  /** Days after the due date (negative: before). */
  typicalDaysLate: number;
  /** Paid invoices the typical delay comes from (0 for DUE_DATE). */
  basedOnInvoices: number;
}

/** The Monday of `day`'s week. */
export function weekStart(day: Date): Date {
  const d = utcDay(day);
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** The CTE `expected`: every unpaid invoice in scope with its expected day and the basis. */
function expectedSql(today: Date, scope: { invoiceIds?: readonly string[]; currency?: string | null }): Prisma.Sql {
  const since = addDays(today, -(forecastRules.historyDays - 1));
  return Prisma.sql`
    WITH open AS (
      SELECT i.id, i."customerId", i.currency, i."dueDate", ${amountDueSql('i')} AS due
      FROM "Invoice" i
      WHERE ${unpaidSql('i')}
        ${scope.invoiceIds ? Prisma.sql`AND i.id = ANY(${[...scope.invoiceIds]}::uuid[])` : Prisma.empty}
        ${scope.currency ? Prisma.sql`AND i.currency = ${scope.currency}` : Prisma.empty}
    ), history AS (
      SELECT i."customerId", i."settledOn" - i."dueDate" AS late FROM "Invoice" i
      WHERE i.status = 'PAID' AND i."amountPaid" > 0 AND i."settledOn" BETWEEN ${since}::date AND ${today}::date
    ), per_customer AS (
      SELECT "customerId", count(*) AS invoices, percentile_cont(0.5) WITHIN GROUP (ORDER BY late) AS median
      FROM history WHERE "customerId" IN (SELECT "customerId" FROM open) GROUP BY "customerId"
    ), overall AS (
      SELECT count(*) AS invoices, percentile_cont(0.5) WITHIN GROUP (ORDER BY late) AS median FROM history
    ), based AS (
      SELECT o.*,
        CASE WHEN c.invoices >= ${forecastRules.minimumCustomerInvoices} THEN 'CUSTOMER_HISTORY'
          WHEN v.invoices > 0 THEN 'OVERALL_PATTERN' ELSE 'DUE_DATE' END AS basis,
        CASE WHEN c.invoices >= ${forecastRules.minimumCustomerInvoices} THEN round(c.median::numeric)
          WHEN v.invoices > 0 THEN round(v.median::numeric) ELSE 0 END::int AS typical,
        CASE WHEN c.invoices >= ${forecastRules.minimumCustomerInvoices} THEN c.invoices
          WHEN v.invoices > 0 THEN v.invoices ELSE 0 END AS based_on
      FROM open o CROSS JOIN overall v LEFT JOIN per_customer c ON c."customerId" = o."customerId"
    ), expected AS (
      SELECT *, "dueDate" + typical AS expected_on FROM based
    )`;
}

/** The expected payment of each unpaid invoice among `invoiceIds` (others are left out). */
export async function expectedPayments(
  prisma: Db,
  now: Date,
  invoiceIds: readonly string[],
): Promise<ExpectedPayment[]> {
  if (!invoiceIds.length) return [];
  const rows = await prisma.$queryRaw<
    {
      id: string;
      currency: string;
      due: Prisma.Decimal;
      expected_on: Date;
      basis: ExpectationBasis;
      typical: number;
      based_on: bigint | number;
    }[]
  >`
    ${expectedSql(utcDay(now), { invoiceIds })}
    SELECT id::text AS id, currency, due, expected_on, basis, typical, based_on FROM expected`;
  return rows.map((row) => ({
    invoiceId: row.id,
    currency: row.currency,
    amount: toDecimal(row.due),
    expectedOn: row.expected_on,
    basis: row.basis,
    typicalDaysLate: Number(row.typical),
    basedOnInvoices: Number(row.based_on),
  }));
}

export interface ForecastAmount {
  amount: Decimal;
  invoices: number;
}

export interface CurrencyForecast {
  currency: string;
  weeks: (ForecastAmount & { weekStart: Date })[];
  pastExpected: ForecastAmount;
  later: ForecastAmount;
}

/** Per currency: `weeks` weeks from this one, what was expected before today, and what after. */
export async function cashForecast(
  prisma: Db,
  now: Date,
  options: { weeks: number; currency?: string | null },
): Promise<CurrencyForecast[]> {
  const today = utcDay(now);
  const first = weekStart(today);
  const rows = await prisma.$queryRaw<
    {
      currency: string;
      week: number | null;
      place: 'PAST' | 'WEEK' | 'LATER';
      amount: Prisma.Decimal;
      invoices: bigint;
    }[]
  >`
    ${expectedSql(today, { currency: options.currency })}, placed AS (
      SELECT currency, due,
        CASE WHEN expected_on < ${today}::date THEN 'PAST'
          WHEN expected_on < ${addDays(first, 7 * options.weeks)}::date THEN 'WEEK' ELSE 'LATER' END AS place,
        (expected_on - ${first}::date) / 7 AS week
      FROM expected
    )
    SELECT currency, place, CASE WHEN place = 'WEEK' THEN week END AS week, sum(due) AS amount, count(*) AS invoices
    FROM placed GROUP BY 1, 2, 3 ORDER BY 1`;
  const byCurrency = new Map<string, CurrencyForecast>();
  const none = (): ForecastAmount => ({ amount: toDecimal(0), invoices: 0 });
  for (const row of rows) {
    let forecast = byCurrency.get(row.currency);
    if (!forecast) {
      forecast = {
        currency: row.currency,
        weeks: Array.from({ length: options.weeks }, (_, i) => ({ weekStart: addDays(first, 7 * i), ...none() })),
        pastExpected: none(),
        later: none(),
      };
      byCurrency.set(row.currency, forecast);
    }
    const amount = { amount: toDecimal(row.amount), invoices: Number(row.invoices) };
    if (row.place === 'PAST') forecast.pastExpected = amount;
    else if (row.place === 'LATER') forecast.later = amount;
    else Object.assign(forecast.weeks[Number(row.week)], amount);
  }
  return [...byCurrency.values()];
}

/**
 * Keeps today's forecast of the next 12 weeks, once a day (a second call the same day changes
 * nothing), so that `forecastAccuracy` can later set it against what came in.
 */
export async function recordCollectionForecast(prisma: Db, now: Date): Promise<number> {
  const madeOn = utcDay(now);
  if (await prisma.collectionForecast.findFirst({ where: { madeOn }, select: { id: true } })) return 0;
  const forecasts = await cashForecast(prisma, now, { weeks: 12 });
  const { count } = await prisma.collectionForecast.createMany({
    data: forecasts.flatMap((forecast) =>
      forecast.weeks.map((week) => ({
        madeOn,
        currency: forecast.currency,
        weekStart: week.weekStart,
        amount: week.amount.toFixed(4),
        invoices: week.invoices,
      })),
    ),
    skipDuplicates: true,
  });
  return count;
}

export interface ForecastCheck {
  weekStart: Date;
  /** The day the forecast used was made: the last one `leadWeeks` weeks or more before the week. */
  forecastMadeOn: Date | null;
  forecast: Decimal | null;
  /** Every payment received that week, not voided. */
  collected: Decimal;
}

/** The last `weeks` whole weeks of one currency, oldest first: what was forecast, and what came in. */
export async function forecastAccuracy(
  prisma: Db,
  now: Date,
  options: { currency: string; weeks: number; leadWeeks: number },
): Promise<ForecastCheck[]> {
  const thisWeek = weekStart(utcDay(now));
  const first = addDays(thisWeek, -7 * options.weeks);
  const rows = await prisma.$queryRaw<
    { week: Date; made_on: Date | null; forecast: Prisma.Decimal | null; collected: Prisma.Decimal }[]
  >`
    WITH weeks AS (
      SELECT w::date AS week FROM generate_series(${first}::date, ${addDays(thisWeek, -7)}::date, interval '7 days') w
    )
    SELECT w.week, f."madeOn" AS made_on, f.amount AS forecast, coalesce((
      SELECT sum(p.amount) FROM "Payment" p
      WHERE p.status = 'RECORDED' AND p.currency = ${options.currency} AND p."receivedOn" BETWEEN w.week AND w.week + 6
    ), 0) AS collected
    FROM weeks w
    LEFT JOIN LATERAL (
      SELECT c."madeOn", c.amount FROM "CollectionForecast" c
      WHERE c.currency = ${options.currency} AND c."weekStart" = w.week AND c."madeOn" <= w.week - ${7 * options.leadWeeks}::int
      ORDER BY c."madeOn" DESC LIMIT 1
    ) f ON true
    ORDER BY w.week`;
  return rows.map((row) => ({
    weekStart: row.week,
    forecastMadeOn: row.made_on,
    forecast: row.forecast === null ? null : toDecimal(row.forecast),
    collected: toDecimal(row.collected),
  }));
}
