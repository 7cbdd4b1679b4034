import type { Db } from '../../db/database.js';
import { Decimal, toDecimal } from '../../money/money.js';
import { Prisma } from '../../generated/prisma/client.js';
import { customerFact } from '../customers/customer-facts.js';
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
 * A customer's balances as JSON, one element per currency of their ledger (in currency order):
 * the ledger's sum and what is due on unpaid invoices (and the part past due), each read from an
 * index alone, the sums as text (exact). The unapplied credit follows from the identity the ledger
 * keeps (netBalance = outstanding − unappliedCredit; the property tests hold the documents to it).
 */
function balancesSql(customerId: Prisma.Sql, today: Date): Prisma.Sql {
  return Prisma.sql`(
    SELECT json_agg(json_build_object(
      'currency', l.currency, 'net', l.net::text,
      'outstanding', coalesce(o.outstanding, 0)::text, 'overdue', coalesce(o.overdue, 0)::text) ORDER BY l.currency)
    FROM (
      SELECT currency, sum(amount) AS net FROM "LedgerEntry" WHERE "customerId" = ${customerId} GROUP BY currency
    ) l
    LEFT JOIN (
      SELECT currency, sum(${amountDueSql()}) AS outstanding,
        sum(${amountDueSql()}) FILTER (WHERE "dueDate" < ${utcDay(today)}::date) AS overdue
      FROM "Invoice" WHERE "customerId" = ${customerId} AND ${unpaidSql()}
      GROUP BY currency
    ) o ON o.currency = l.currency)`;
}

type BalanceJson = { currency: string; net: string; outstanding: string; overdue: string };

function readBalances(json: unknown): CurrencyBalance[] {
  return ((json ?? []) as BalanceJson[]).map((row) => {
    const outstanding = toDecimal(row.outstanding);
    const netBalance = toDecimal(row.net);
    return {
      currency: row.currency,
      outstanding,
      overdue: toDecimal(row.overdue),
      unappliedCredit: outstanding.minus(netBalance),
      netBalance,
    };
  });
}

/** A customer's balances, batched per request with the page's other facts (customer-facts.ts). */
export const balancesOfCustomer = customerFact<CurrencyBalance[]>({
  name: 'balances',
  sql: (customerId, ctx) => balancesSql(customerId, ctx.now()),
  read: readBalances,
});

/** Balances of many customers in one statement, whatever their number (the same SQL). */
export async function balancesOf(
  prisma: Db,
  customerIds: readonly string[],
  today: Date,
): Promise<CurrencyBalance[][]> {
  const rows = await prisma.$queryRaw<{ balances: unknown }[]>`
    SELECT ${balancesSql(Prisma.sql`c.id`, today)} AS balances
    FROM unnest(${[...customerIds]}::uuid[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n`;
  return rows.map((row) => readBalances(row.balances));
}

export const zeroBalance = (currency: string): CurrencyBalance => ({
  currency,
  outstanding: new Decimal(0),
  overdue: new Decimal(0),
  unappliedCredit: new Decimal(0),
  netBalance: new Decimal(0),
});
