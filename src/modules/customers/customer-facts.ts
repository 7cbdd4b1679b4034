import type { Context } from '../../context.js';
import { Prisma } from '../../generated/prisma/client.js';
import { requestLoader } from '../../shared/loaders.js';

/**
 * Something read per customer beside the customer's own row (contacts, payment terms, balances),
 * as SQL over a set of customers. Each area defines its own facts; what a request asks of a page
 * of customers in the same tick comes from one statement, whatever the page's size and however
 * many facts it asks (each statement is a round trip, and on the list the round trips cost the
 * API more than the SQL costs the database).
 */
export interface CustomerFact<T> {
  /** Unique among facts; names the statement's column. */
  name: string;
  /**
   * Rows `(id, value)`: each customer of `customerIds` (an SQL `uuid[]`) that has the fact, at most
   * once, with the fact as JSON (decimals as text: JSON has no exact numbers). Set-based (`= ANY`,
   * grouped), not a subquery per customer: PostgreSQL plans and runs that about ten times slower.
   */
  sql: (customerIds: Prisma.Sql, ctx: Context) => Prisma.Sql;
  /** The value from the JSON (null for a customer without a row, or an unknown id). */
  read: (json: unknown) => T;
}

interface FactKey {
  fact: CustomerFact<unknown>;
  customerId: string;
}

const names = new Set<string>();

/** Registers a fact; the function it gives loads it for one customer, batched per request. */
export function customerFact<T>(fact: CustomerFact<T>): (ctx: Context, customerId: string) => Promise<T> {
  if (!/^[a-z][A-Za-z]*$/.test(fact.name) || names.has(fact.name)) throw new Error(`bad fact name ${fact.name}`);
  names.add(fact.name);
  return (ctx, customerId) => factLoader(ctx).load({ fact, customerId }) as Promise<T>;
}

function factLoader(ctx: Context) {
  return requestLoader<FactKey, unknown, string>(ctx, 'customer-facts', (keys) => readFacts(ctx, keys), {
    cacheKeyFn: (key) => `${key.fact.name}:${key.customerId}`,
  });
}

async function readFacts(ctx: Context, keys: readonly FactKey[]): Promise<unknown[]> {
  const facts = [...new Set(keys.map((key) => key.fact))];
  const ids = [...new Set(keys.map((key) => key.customerId))];
  const columns = facts.map((fact) => Prisma.raw(`"${fact.name}".value AS "${fact.name}"`));
  const joins = facts.map(
    (fact) =>
      Prisma.sql`LEFT JOIN (${fact.sql(Prisma.sql`${ids}::uuid[]`, ctx)}) ${Prisma.raw(`"${fact.name}"`)} USING (id)`,
  );
  const rows = await ctx.prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT c.id::text AS id, ${Prisma.join(columns)}
    FROM unnest(${ids}::uuid[]) AS c(id)
    ${Prisma.join(joins, '\n')}`;
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return keys.map((key) => key.fact.read(byId.get(key.customerId)?.[key.fact.name] ?? null));
}
