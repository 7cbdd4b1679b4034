import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { Decimal, toDecimal } from '../../money/money.js';
import { requestLoader } from '../../shared/loaders.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { utcDay } from '../../shared/dates.js';
import { amountDueSql, unpaidSql } from '../invoices/invoice-state.js';

/** A customer's position in one currency. netBalance = outstanding − unappliedCredit = sum of the ledger. */
export interface CurrencyBalance {
  currency: string;
  /** Due on issued, unpaid invoices. */
  outstanding: Decimal;
  /** The part of `outstanding` past its due date. */
  overdue: Decimal;
  /** Money received or credited and not yet applied or refunded. */
  unappliedCredit: Decimal;
  /** What the customer owes (negative: what the company owes the customer). Sum of the ledger. */
  netBalance: Decimal;
}

/**
 * Balances of many customers in one statement, whatever their number: the ledger's sum per
 * currency and what is due on unpaid invoices (and the part past due), each read from an index
 * alone. The unapplied credit follows from the identity the ledger keeps (netBalance =
 * outstanding − unappliedCredit; the property tests hold the documents to it). A customer has a
 * balance in each currency of their ledger.
 */
export async function balancesOf(
  prisma: Db,
  customerIds: readonly string[],
  today: Date,
): Promise<CurrencyBalance[][]> {
  const ids = [...customerIds];
  const rows = await prisma.$queryRaw<
    {
      customerId: string;
      currency: string;
      net: Prisma.Decimal;
      outstanding: Prisma.Decimal;
      overdue: Prisma.Decimal;
    }[]
  >`
    WITH ledger AS (
      SELECT "customerId", currency, sum(amount) AS net FROM "LedgerEntry"
      WHERE "customerId" = ANY(${ids}::uuid[]) GROUP BY "customerId", currency
    ), open AS (
      SELECT "customerId", currency,
        sum(${amountDueSql()}) AS outstanding,
        sum(${amountDueSql()}) FILTER (WHERE "dueDate" < ${utcDay(today)}::date) AS overdue
      FROM "Invoice"
      WHERE "customerId" = ANY(${ids}::uuid[]) AND ${unpaidSql()}
      GROUP BY "customerId", currency
    )
    SELECT l."customerId"::text AS "customerId", l.currency, l.net,
      coalesce(o.outstanding, 0) AS outstanding, coalesce(o.overdue, 0) AS overdue
    FROM ledger l
    LEFT JOIN open o ON o."customerId" = l."customerId" AND o.currency = l.currency
    ORDER BY l.currency`;
  const byCustomer = new Map<string, CurrencyBalance[]>();
  for (const row of rows) {
    const balances = byCustomer.get(row.customerId) ?? [];
    const outstanding = toDecimal(row.outstanding);
    const netBalance = toDecimal(row.net);
    balances.push({
      currency: row.currency,
      outstanding,
      overdue: toDecimal(row.overdue),
      unappliedCredit: outstanding.minus(netBalance),
      netBalance,
    });
    byCustomer.set(row.customerId, balances);
  }
  return ids.map((customerId) => byCustomer.get(customerId) ?? []);
}

export function balanceLoader(ctx: Context) {
  return requestLoader<string, CurrencyBalance[]>(ctx, 'customer-balances', (ids) =>
    balancesOf(ctx.prisma, ids, ctx.now()),
  );
}

export const zeroBalance = (currency: string): CurrencyBalance => ({
  currency,
  outstanding: new Decimal(0),
  overdue: new Decimal(0),
  unappliedCredit: new Decimal(0),
  netBalance: new Decimal(0),
});
