import type { Db } from '../../db/database.js';
import { toDecimal, type Decimal } from '../../money/money.js';
import { Prisma } from '../../generated/prisma/client.js';
import { customerFact } from '../customers/customer-facts.js';
import { utcDay } from '../../shared/dates.js';
import { amountDueSql, unpaidSql } from '../invoices/invoice-state.js';

/**
 * A customer's position in one currency, each amount exact decimal text as PostgreSQL sums it
 * (no trailing zeros): a page of balances is shown far more often than computed with.
 * netBalance = outstanding − unappliedCredit = sum of the ledger.
 */
export interface CurrencyBalance {
  currency: string;
  /** Due on issued, unpaid invoices. */
  outstanding: string;
  /** The part of `outstanding` past its due date. */
  overdue: string;
  /** What the customer owes (negative: what the company owes the customer). Sum of the ledger. */
  netBalance: string;
}

/** Money received or credited and not yet applied or refunded: what the ledger's identity leaves. */
export function unappliedCredit(balance: CurrencyBalance): Decimal {
  return toDecimal(balance.outstanding).minus(balance.netBalance);
}

/**
 * The balances of a set of customers (`customerIds`, an SQL `uuid[]`) as rows `(id, value)`, the
 * value one JSON element per currency of the customer's ledger (in currency order): the ledger's
 * sum and what is due on unpaid invoices (and the part past due), each read from an index alone,
 * the sums as text (exact). The unapplied credit follows from the identity the ledger keeps
 * (netBalance = outstanding − unappliedCredit; the property tests hold the documents to it).
 */
function balancesSql(customerIds: Prisma.Sql, today: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT l."customerId" AS id, json_agg(json_build_object(
      'currency', l.currency, 'net', trim_scale(l.net)::text,
      'outstanding', trim_scale(coalesce(o.outstanding, 0))::text,
      'overdue', trim_scale(coalesce(o.overdue, 0))::text) ORDER BY l.currency) AS value
    FROM (
      SELECT "customerId", currency, sum(amount) AS net FROM "LedgerEntry"
      WHERE "customerId" = ANY(${customerIds}) GROUP BY "customerId", currency
    ) l
    LEFT JOIN (
      SELECT "customerId", currency, sum(${amountDueSql()}) AS outstanding,
        sum(${amountDueSql()}) FILTER (WHERE "dueDate" < ${utcDay(today)}::date) AS overdue
      FROM "Invoice" WHERE "customerId" = ANY(${customerIds}) AND ${unpaidSql()}
      GROUP BY "customerId", currency
    ) o ON o."customerId" = l."customerId" AND o.currency = l.currency
    GROUP BY l."customerId"`;
}

type BalanceJson = { currency: string; net: string; outstanding: string; overdue: string };

function readBalances(json: unknown): CurrencyBalance[] {
  return ((json ?? []) as BalanceJson[]).map((row) => ({
    currency: row.currency,
    outstanding: row.outstanding,
    overdue: row.overdue,
    netBalance: row.net,
  }));
}

/** A customer's balances, batched per request with the page's other facts (customer-facts.ts). */
export const balancesOfCustomer = customerFact<CurrencyBalance[]>({
  name: 'balances',
  sql: (customerIds, ctx) => balancesSql(customerIds, ctx.now()),
  read: readBalances,
});

/** Balances of many customers in one statement, whatever their number (the same SQL). */
export async function balancesOf(
  prisma: Db,
  customerIds: readonly string[],
  today: Date,
): Promise<CurrencyBalance[][]> {
  const ids = [...customerIds];
  const rows = await prisma.$queryRaw<{ id: string; value: unknown }[]>`
    SELECT id::text, value FROM (${balancesSql(Prisma.sql`${ids}::uuid[]`, today)}) b`;
  const byCustomer = new Map(rows.map((row) => [row.id, readBalances(row.value)]));
  return ids.map((id) => byCustomer.get(id) ?? []);
}

export const zeroBalance = (currency: string): CurrencyBalance => ({
  currency,
  outstanding: '0',
  overdue: '0',
  netBalance: '0',
});
