import type { Context } from '../../context.js';
import { Prisma } from '../../generated/prisma/client.js';
import { requestLoader } from '../../shared/loaders.js';

/**
 * Something read per customer beside the customer's own row (contacts, payment terms, balances),
 * as one SQL expression over the customer's id that yields JSON. Each area defines its own facts;
 * what a request asks of a page of customers in the same tick comes from one statement, whatever
 * the page's size and however many facts it asks (each statement is a round trip, and on the list
 * the round trips cost the API more than the SQL costs the database).
 */
export interface CustomerFact<T> {
  /** Unique among facts; names the statement's column. */
  name: string;
  /** The fact of the customer whose id is `customerId`, as JSON (decimals as text: JSON has no exact numbers). */
  sql: (customerId: Prisma.Sql, ctx: Context) => Prisma.Sql;
  /** The value from what `sql` yielded (null for a customer with nothing, or an unknown id). */
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
  const customerId = Prisma.sql`c.id`;
  const columns = facts.map((fact) => Prisma.sql`${fact.sql(customerId, ctx)} AS ${Prisma.raw(`"${fact.name}"`)}`);
  const rows = await ctx.prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT c.id::text AS id, ${Prisma.join(columns)}
    FROM unnest(${ids}::uuid[]) AS c(id)`;
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return keys.map((key) => key.fact.read(byId.get(key.customerId)?.[key.fact.name] ?? null));
}
