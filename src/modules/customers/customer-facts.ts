import type { Context } from '../../context.js';
import { Prisma } from '../../generated/prisma/client.js';
import { requestLoader, requestValues } from '../../shared/loaders.js';

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

/**
 * Loads a fact for one customer: as it is when the request read it with a page of customers
 * (`primeFacts`), else a promise, batched per request. `fact` is what it loads.
 */
export type CustomerFactLoad<T> = ((ctx: Context, customerId: string) => T | Promise<T>) & {
  fact: CustomerFact<T>;
};

const names = new Set<string>();

/** Registers a fact; the function it gives loads it for one customer, batched per request. */
export function customerFact<T>(fact: CustomerFact<T>): CustomerFactLoad<T> {
  if (!/^[a-z][A-Za-z]*$/.test(fact.name) || names.has(fact.name)) throw new Error(`bad fact name ${fact.name}`);
  names.add(fact.name);
  const load = (ctx: Context, customerId: string): T | Promise<T> => {
    const read = readFacts(ctx);
    const key = factKey(fact, customerId);
    if (read.has(key)) return read.get(key) as T;
    return factLoader(ctx).load({ fact, customerId }) as Promise<T>;
  };
  return Object.assign(load, { fact });
}

const askedBy: { path: readonly string[]; fact: CustomerFact<unknown> }[] = [];

/**
 * Says which fields of a customer read the fact (`['contacts']`, `['purchaseTerms', 'paymentTerms']`):
 * a page of customers whose query asks for one of them reads the fact with its rows.
 */
export function readWithCustomerPages(load: CustomerFactLoad<unknown>, ...paths: (readonly string[])[]): void {
  for (const path of paths) askedBy.push({ path, fact: load.fact });
}

/** The facts whose fields `asks` says a query asks for. */
export function factsAsked(asks: (path: readonly string[]) => boolean): CustomerFact<unknown>[] {
  return [...new Set(askedBy.filter((entry) => asks(entry.path)).map((entry) => entry.fact))];
}

function factLoader(ctx: Context) {
  return requestLoader<FactKey, unknown, string>(ctx, 'customer-facts', (keys) => loadFacts(ctx, keys), {
    cacheKeyFn: (key) => factKey(key.fact, key.customerId),
  });
}

/** The facts read with pages of customers, by `factKey`. */
const readFacts = (ctx: Context) => requestValues<string, unknown>(ctx, 'customer-facts');
const factKey = (fact: CustomerFact<unknown>, customerId: string) => `${fact.name}:${customerId}`;

/**
 * The SQL that adds the facts to rows of customers: a column per fact, named after it, and the
 * joins that bring them, on `id`, to the rows of the FROM they follow; `customerIds` is the same
 * set of customers as an SQL `uuid[]`.
 */
export function factsSql(
  facts: readonly CustomerFact<unknown>[],
  customerIds: Prisma.Sql,
  ctx: Context,
): { columns: Prisma.Sql; joins: Prisma.Sql } {
  if (facts.length === 0) return { columns: Prisma.empty, joins: Prisma.empty };
  return {
    columns: Prisma.join(
      facts.map((fact) => Prisma.raw(`, "${fact.name}".value AS "${fact.name}"`)),
      '',
    ),
    joins: Prisma.join(
      facts.map(
        (fact) => Prisma.sql`LEFT JOIN (${fact.sql(customerIds, ctx)}) ${Prisma.raw(`"${fact.name}"`)} USING (id)`,
      ),
      '\n',
    ),
  };
}

/** Gives the request the facts read with rows of customers (`factsSql`'s columns), as if loaded. */
export function primeFacts(ctx: Context, facts: readonly CustomerFact<unknown>[], rows: Record<string, unknown>[]) {
  const read = readFacts(ctx);
  for (const row of rows) {
    for (const fact of facts) read.set(factKey(fact, row.id as string), fact.read(row[fact.name] ?? null));
  }
}

async function loadFacts(ctx: Context, keys: readonly FactKey[]): Promise<unknown[]> {
  const facts = [...new Set(keys.map((key) => key.fact))];
  const ids = [...new Set(keys.map((key) => key.customerId))];
  const { columns, joins } = factsSql(facts, Prisma.sql`${ids}::uuid[]`, ctx);
  const rows = await ctx.prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT c.id::text AS id ${columns}
    FROM unnest(${ids}::uuid[]) AS c(id)
    ${joins}`;
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return keys.map((key) => key.fact.read(byId.get(key.customerId)?.[key.fact.name] ?? null));
}
