import type { Db } from '../../db/database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';
import { addDays, utcDay } from '../../shared/dates.js';

/**
 * How customers pay, over a period (both days included), computed in PostgreSQL:
 * - days late: invoices paid in full with money and settled in the period, by days from the due
 *   date to the day settled (EARLY before it, ON_TIME on it);
 * - methods and weekdays: payments received in the period, not voided;
 * - at the due date: invoices whose due date fell in the period (and has passed), by what
 *   payments and credit notes had settled by the end of that day;
 * - reminders: reminders sent in the period, and how many were followed within
 *   `reminderResponseDays` days (the day sent included) by a payment from the customer.
 * Shares are percentages to 2 decimals, half away from zero; none of an empty set.
 */

export interface PatternScope {
  from: Date;
  to: Date;
  customerId?: string | null;
  currency?: string | null;
}

export const daysLateBuckets = [
  'EARLY',
  'ON_TIME',
  'DAYS_1_7',
  'DAYS_8_30',
  'DAYS_31_60',
  'DAYS_61_90',
  'OVER_90',
] as const;
export type DaysLateBucket = (typeof daysLateBuckets)[number];

export const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof weekdays)[number];

/** A reminder counts as answered when a payment is received within this many days of it. */
export const reminderResponseDays = 7;

export interface Counted {
  count: number;
  share: Decimal | null;
}

export interface PaymentPatterns {
  paidInvoices: number;
  averageDaysLate: number | null;
  medianDaysLate: number | null;
  daysLate: (Counted & { bucket: DaysLateBucket })[];
  methods: (Counted & { method: string; amounts: { amount: Decimal; currency: string }[] })[];
  weekdays: (Counted & { weekday: Weekday })[];
  atDueDate: { invoices: number; paidInFull: Counted; partiallyPaid: Counted; unpaid: Counted };
  reminders: { sent: number; followedByPayment: Counted };
}

export function share(count: number, of: number): Decimal | null {
  return of ? toDecimal(count).times(100).dividedBy(of).toDecimalPlaces(2) : null;
}

/** The first instant after an invoice's due day (UTC), from which a change no longer counted then. */
const dayAfterDue = Prisma.sql`((i."dueDate" + 1)::timestamp AT TIME ZONE 'UTC')`;

const bucketSql = Prisma.sql`CASE
  WHEN late < 0 THEN 'EARLY' WHEN late = 0 THEN 'ON_TIME' WHEN late <= 7 THEN 'DAYS_1_7'
  WHEN late <= 30 THEN 'DAYS_8_30' WHEN late <= 60 THEN 'DAYS_31_60' WHEN late <= 90 THEN 'DAYS_61_90'
  ELSE 'OVER_90' END`;

export async function paymentPatterns(prisma: Db, scope: PatternScope, now: Date): Promise<PaymentPatterns> {
  const from = utcDay(scope.from);
  const to = utcDay(scope.to);
  const today = utcDay(now);
  const lastDue = to < today ? to : addDays(today, -1);
  const within = (alias: string) =>
    Prisma.sql`${scope.customerId ? Prisma.sql`AND ${Prisma.raw(alias)}."customerId" = ${scope.customerId}::uuid` : Prisma.empty}
    ${scope.currency ? Prisma.sql`AND ${Prisma.raw(alias)}.currency = ${scope.currency}` : Prisma.empty}`;

  const [late, methods, days, due, reminders] = await Promise.all([
    prisma.$queryRaw<
      { bucket: DaysLateBucket | null; invoices: bigint; average: Prisma.Decimal | null; median: number | null }[]
    >`
      WITH paid AS (
        SELECT i."settledOn" - i."dueDate" AS late FROM "Invoice" i
        WHERE i.status = 'PAID' AND i."amountPaid" > 0 AND i."settledOn" BETWEEN ${from}::date AND ${to}::date ${within('i')}
      )
      SELECT ${bucketSql} AS bucket, count(*) AS invoices, NULL::numeric AS average, NULL::float8 AS median
      FROM paid GROUP BY 1
      UNION ALL
      SELECT NULL, count(*), round(avg(late), 1), percentile_cont(0.5) WITHIN GROUP (ORDER BY late) FROM paid`,
    prisma.$queryRaw<{ method: string; currency: string; payments: bigint; amount: Prisma.Decimal }[]>`
      SELECT p.method::text AS method, p.currency, count(*) AS payments, sum(p.amount) AS amount FROM "Payment" p
      WHERE p.status = 'RECORDED' AND p."receivedOn" BETWEEN ${from}::date AND ${to}::date ${within('p')}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    prisma.$queryRaw<{ weekday: number; payments: bigint }[]>`
      SELECT extract(isodow FROM p."receivedOn")::int AS weekday, count(*) AS payments FROM "Payment" p
      WHERE p.status = 'RECORDED' AND p."receivedOn" BETWEEN ${from}::date AND ${to}::date ${within('p')}
      GROUP BY 1`,
    prisma.$queryRaw<{ invoices: bigint; paid_in_full: bigint; partly: bigint }[]>`
      WITH due AS (
        SELECT i.total, coalesce((
          SELECT sum(a.amount) FROM "Allocation" a
          WHERE a."invoiceId" = i.id AND a."appliedOn" <= i."dueDate"
            AND (a."reversedAt" IS NULL OR a."reversedAt" >= ${dayAfterDue})
        ), 0) AS settled
        FROM "Invoice" i
        WHERE i.status <> 'DRAFT' AND i."dueDate" BETWEEN ${from}::date AND ${lastDue}::date
          AND (i."voidedAt" IS NULL OR i."voidedAt" >= ${dayAfterDue}) ${within('i')}
      )
      SELECT count(*) AS invoices, count(*) FILTER (WHERE settled >= total) AS paid_in_full,
        count(*) FILTER (WHERE settled > 0 AND settled < total) AS partly
      FROM due`,
    prisma.$queryRaw<{ sent: bigint; followed: bigint }[]>`
      WITH sent AS (
        SELECT c."customerId", (c."sentAt" AT TIME ZONE 'UTC')::date AS day FROM "Communication" c
        WHERE c.kind = 'REMINDER' AND c."deliveryStatus" = 'SENT'
          AND (c."sentAt" AT TIME ZONE 'UTC')::date BETWEEN ${from}::date AND ${to}::date 
          ${scope.customerId ? Prisma.sql`AND c."customerId" = ${scope.customerId}::uuid` : Prisma.empty}
      )
      SELECT count(*) AS sent, count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "Payment" p
        WHERE p."customerId" = s."customerId" AND p.status = 'RECORDED'
          AND p."receivedOn" BETWEEN s.day AND s.day + ${reminderResponseDays - 1}::int
          ${scope.currency ? Prisma.sql`AND p.currency = ${scope.currency}` : Prisma.empty}
      )) AS followed
      FROM sent s`,
  ]);

  const total = late.find((row) => row.bucket === null);
  const paidInvoices = Number(total?.invoices ?? 0);
  const byBucket = new Map(late.filter((row) => row.bucket).map((row) => [row.bucket, Number(row.invoices)]));
  const paymentCount = methods.reduce((sum, row) => sum + Number(row.payments), 0);
  const byMethod = new Map<string, PaymentPatterns['methods'][number]>();
  for (const row of methods) {
    const entry = byMethod.get(row.method) ?? { method: row.method, count: 0, share: null, amounts: [] };
    entry.count += Number(row.payments);
    entry.amounts.push({ amount: toDecimal(row.amount), currency: row.currency });
    byMethod.set(row.method, entry);
  }
  const byWeekday = new Map(days.map((row) => [row.weekday, Number(row.payments)]));
  const dueRow = due[0];
  const dueInvoices = Number(dueRow.invoices);
  const paidInFull = Number(dueRow.paid_in_full);
  const partly = Number(dueRow.partly);
  const sent = Number(reminders[0].sent);
  const followed = Number(reminders[0].followed);
  return {
    paidInvoices,
    averageDaysLate: total?.average == null ? null : Number(total.average),
    medianDaysLate: total?.median ?? null,
    daysLate: daysLateBuckets.map((bucket) => {
      const count = byBucket.get(bucket) ?? 0;
      return { bucket, count, share: share(count, paidInvoices) };
    }),
    methods: [...byMethod.values()]
      .map((entry) => ({ ...entry, share: share(entry.count, paymentCount) }))
      .sort((a, b) => b.count - a.count || a.method.localeCompare(b.method)),
    weekdays: weekdays.map((weekday, index) => {
      const count = byWeekday.get(index + 1) ?? 0;
      return { weekday, count, share: share(count, paymentCount) };
    }),
    atDueDate: {
      invoices: dueInvoices,
      paidInFull: { count: paidInFull, share: share(paidInFull, dueInvoices) },
      partiallyPaid: { count: partly, share: share(partly, dueInvoices) },
      unpaid: {
        count: dueInvoices - paidInFull - partly,
        share: share(dueInvoices - paidInFull - partly, dueInvoices),
      },
    },
    reminders: { sent, followedByPayment: { count: followed, share: share(followed, sent) } },
  };
}
