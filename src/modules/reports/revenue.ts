import type { Db } from '../../db/database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';

/**
 * Revenue per customer over a period (both days included), per currency, computed in PostgreSQL:
 * - invoiced: totals (tax included) of invoices issued in the period and not voided;
 * - credited: credit notes issued in the period (tax included: a credit note carries no split);
 * - net: invoiced − credited; collected: payments received in the period and not voided;
 * - share: the customer's net as a percentage of the currency's net, to 2 decimals (half away
 *   from zero); none when the currency's net is zero.
 */

export interface RevenuePeriod {
  from: Date;
  to: Date;
  currency?: string | null;
  customerId?: string | null;
}

export interface RevenueFigures {
  currency: string;
  invoiced: Decimal;
  credited: Decimal;
  net: Decimal;
  collected: Decimal;
  invoiceCount: number;
}

export interface CustomerRevenue extends RevenueFigures {
  customerId: string;
  share: Decimal | null;
}

export interface CurrencyRevenue extends RevenueFigures {
  customerCount: number;
}

function revenueSql(period: RevenuePeriod): Prisma.Sql {
  const scope = (alias: string) =>
    Prisma.sql`${period.currency ? Prisma.sql`AND ${Prisma.raw(alias)}.currency = ${period.currency}` : Prisma.empty}
      ${period.customerId ? Prisma.sql`AND ${Prisma.raw(alias)}."customerId" = ${period.customerId}::uuid` : Prisma.empty}`;
  return Prisma.sql`
    WITH invoiced AS (
      SELECT i."customerId", i.currency, sum(i.total) AS amount, count(*) AS invoices FROM "Invoice" i
      WHERE i.status NOT IN ('DRAFT', 'VOID') AND i."issueDate" BETWEEN ${period.from}::date AND ${period.to}::date ${scope('i')}
      GROUP BY i."customerId", i.currency
    ), credited AS (
      SELECT n."customerId", n.currency, sum(n.amount) AS amount FROM "CreditNote" n
      WHERE n."issueDate" BETWEEN ${period.from}::date AND ${period.to}::date ${scope('n')}
      GROUP BY n."customerId", n.currency
    ), collected AS (
      SELECT p."customerId", p.currency, sum(p.amount) AS amount FROM "Payment" p
      WHERE p.status = 'RECORDED' AND p."receivedOn" BETWEEN ${period.from}::date AND ${period.to}::date ${scope('p')}
      GROUP BY p."customerId", p.currency
    ), revenue AS (
      SELECT "customerId", currency, coalesce(i.amount, 0) AS invoiced, coalesce(c.amount, 0) AS credited,
        coalesce(i.amount, 0) - coalesce(c.amount, 0) AS net, coalesce(p.amount, 0) AS collected,
        coalesce(i.invoices, 0) AS invoices
      FROM invoiced i FULL JOIN credited c USING ("customerId", currency) FULL JOIN collected p USING ("customerId", currency)
    )`;
}

interface FiguresRow {
  currency: string;
  invoiced: Prisma.Decimal;
  credited: Prisma.Decimal;
  net: Prisma.Decimal;
  collected: Prisma.Decimal;
  invoices: bigint | number;
}

const figures = (row: FiguresRow): RevenueFigures => ({
  currency: row.currency,
  invoiced: toDecimal(row.invoiced),
  credited: toDecimal(row.credited),
  net: toDecimal(row.net),
  collected: toDecimal(row.collected),
  invoiceCount: Number(row.invoices),
});

export async function revenueTotals(prisma: Db, period: RevenuePeriod): Promise<CurrencyRevenue[]> {
  const rows = await prisma.$queryRaw<(FiguresRow & { customers: bigint | number })[]>`
    ${revenueSql(period)}
    SELECT currency, sum(invoiced) AS invoiced, sum(credited) AS credited, sum(net) AS net,
      sum(collected) AS collected, sum(invoices) AS invoices, count(*) AS customers
    FROM revenue GROUP BY currency ORDER BY currency`;
  return rows.map((row) => ({ ...figures(row), customerCount: Number(row.customers) }));
}

/** Largest net first; a page, and how many rows there are. */
export async function revenueByCustomer(
  prisma: Db,
  period: RevenuePeriod,
  offset: number,
  limit: number,
): Promise<{ rows: CustomerRevenue[]; count: number }> {
  const rows = await prisma.$queryRaw<
    (FiguresRow & { customerId: string; share: Prisma.Decimal | null; count: bigint | number })[]
  >`
    ${revenueSql(period)}, shared AS (
      SELECT r.*, sum(r.net) OVER (PARTITION BY r.currency) AS currency_net, count(*) OVER () AS count FROM revenue r
    )
    SELECT s."customerId"::text AS "customerId", s.currency, s.invoiced, s.credited, s.net, s.collected, s.invoices,
      CASE WHEN s.currency_net = 0 THEN NULL ELSE round(100 * s.net / s.currency_net, 2) END AS share, s.count
    FROM shared s JOIN "Customer" c ON c.id = s."customerId"
    ORDER BY s.net DESC, c."displayName", s."customerId", s.currency
    OFFSET ${offset} LIMIT ${limit}`;
  const count = rows.length
    ? Number(rows[0].count)
    : Number(
        (await prisma.$queryRaw<{ count: bigint }[]>`${revenueSql(period)} SELECT count(*) AS count FROM revenue`)[0]
          .count,
      );
  return {
    rows: rows.map((row) => ({
      ...figures(row),
      customerId: row.customerId,
      share: row.share === null ? null : toDecimal(row.share),
    })),
    count,
  };
}
