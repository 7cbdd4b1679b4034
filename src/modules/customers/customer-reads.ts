import type { Context } from '../../context.js';
import type { Contact, Customer, PaymentTerms } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { readCombined } from '../../shared/combined-reads.js';
import { sqlLimit } from '../../shared/paging.js';
import { customerFact, factsSql, primeFacts, type CustomerFact } from './customer-facts.js';
import {
  customerFilterTerms,
  customerSortColumn,
  type CustomerFilter,
  type CustomerFilterTerms,
  type CustomerOrder,
} from './customers.service.js';

// Hot reads of the customer list in plain SQL, read with the page's other facts in one statement
// (customer-facts.ts). tests/customers/customer-reads.test.ts checks them against the ORM's answer.

type JsonRow<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

/** The customer's contacts, in their order. */
export const contactsOfCustomer = customerFact<Contact[]>({
  name: 'contacts',
  sql: (customerIds) => Prisma.sql`
    SELECT ct."customerId" AS id, json_agg(ct ORDER BY ct.position, ct.id) AS value
    FROM "Contact" ct WHERE ct."customerId" = ANY(${customerIds}) GROUP BY ct."customerId"`,
  read: (json) => ((json ?? []) as JsonRow<Contact>[]).map((row) => ({ ...row, createdAt: new Date(row.createdAt) })),
});

/** The payment terms the customer buys on, or null. */
export const paymentTermsOfCustomer = customerFact<PaymentTerms | null>({
  name: 'paymentTerms',
  sql: (customerIds) => Prisma.sql`
    SELECT cu.id, row_to_json(t) AS value
    FROM "Customer" cu JOIN "PaymentTerms" t ON t.id = cu."paymentTermsId" WHERE cu.id = ANY(${customerIds})`,
  read: (json) => {
    const row = json as JsonRow<PaymentTerms> | null;
    return row && { ...row, createdAt: new Date(row.createdAt) };
  },
});

/** What the customer buys on (the purchase-terms columns of its row), the credit limit exact as text. */
export type PurchaseTermsRow = Pick<
  Customer,
  | 'paymentTermsId'
  | 'defaultPaymentMethod'
  | 'priceListId'
  | 'currency'
  | 'defaultTaxTreatment'
  | 'creditLimitPolicy'
  | 'remindersEnabled'
  | 'reminderPolicyId'
> & { creditLimit: string | null };

/** The customer's purchase terms (null for an unknown customer). */
export const purchaseTermsOfCustomer = customerFact<PurchaseTermsRow | null>({
  name: 'purchaseTerms',
  sql: (customerIds) => Prisma.sql`
    SELECT cu.id, json_build_object(
      'paymentTermsId', cu."paymentTermsId", 'defaultPaymentMethod', cu."defaultPaymentMethod",
      'priceListId', cu."priceListId", 'creditLimit', trim_scale(cu."creditLimit")::text, 'currency', cu.currency,
      'defaultTaxTreatment', cu."defaultTaxTreatment", 'creditLimitPolicy', cu."creditLimitPolicy",
      'remindersEnabled', cu."remindersEnabled", 'reminderPolicyId', cu."reminderPolicyId") AS value
    FROM "Customer" cu WHERE cu.id = ANY(${customerIds})`,
  read: (json) => json as PurchaseTermsRow | null,
});

/** A customer as Customer's type-level select reads it. */
export type CustomerRow = Pick<Customer, 'id' | 'code' | 'displayName' | 'status' | 'email' | 'phone' | 'currency'>;
const rowColumns = ['id', 'code', 'displayName', 'status', 'email', 'phone', 'currency'] as const;
const rowColumnsSql = Prisma.raw(rowColumns.map((column) => `c."${column}"`).join(', '));

/** Whether a row with the type-level columns alone is all that `select` asks of a customer. */
export function rowColumnsSuffice(select: Record<string, unknown>): boolean {
  return Object.keys(select).every((column) => (rowColumns as readonly string[]).includes(column));
}

function customerRow(row: CustomerRow): CustomerRow {
  const { id, code, displayName, status, email, phone, currency } = row;
  return { id, code, displayName, status, email, phone, currency };
}

/**
 * A customer (`customer(id)`) with the facts its query asks, in one statement with the request's
 * other reads of the turn (the pages of its invoices and ledger its fields start ahead); null
 * when there is none.
 */
export async function customerById(
  ctx: Context,
  id: string,
  facts: readonly CustomerFact<unknown>[],
): Promise<CustomerRow | null> {
  const { columns, joins } = factsSql(facts, Prisma.sql`ARRAY[${id}::uuid]`, ctx);
  const rows = await readCombined<CustomerRow>(
    ctx,
    Prisma.sql`
      WITH page AS (SELECT ${rowColumnsSql} FROM "Customer" c WHERE c.id = ${id}::uuid)
      SELECT page.* ${columns} FROM page ${joins}`,
  );
  primeFacts(ctx, facts, rows);
  return rows.length ? customerRow(rows[0]) : null;
}

export interface CustomerPageQuery {
  filter: CustomerFilter | null | undefined;
  order: CustomerOrder | null | undefined;
  /** The customer the page starts after (before, when backward), in the list's order. */
  cursorId: string | null;
  backward: boolean;
  limit: number;
  withCount: boolean;
  /** Facts read with the rows (the fields the query asks of each customer). */
  facts: readonly CustomerFact<unknown>[];
}

/**
 * A page of the customer list (`customers`), with the facts its query asks and its count, in one
 * statement with the request's other reads of the turn. Filtered and sorted as `customerWhere`
 * and `customerOrderBy` say through the ORM; rows come in the list's order whichever way the page
 * reads.
 */
export async function customerPage(
  ctx: Context,
  query: CustomerPageQuery,
): Promise<{ rows: CustomerRow[]; totalCount: number | null }> {
  const where = customerWhereSql(customerFilterTerms(query.filter));
  const column = Prisma.raw(`"${customerSortColumn(query.order)}"`);
  const descending = (query.order?.direction === 'DESC') !== query.backward;
  const direction = Prisma.raw(descending ? 'DESC' : 'ASC');
  const after = query.cursorId
    ? Prisma.sql`AND (c.${column}, c.id) ${Prisma.raw(descending ? '<' : '>')}
        (SELECT s.${column}, s.id FROM "Customer" s WHERE s.id = ${query.cursorId}::uuid)`
    : Prisma.empty;
  const { columns, joins } = factsSql(query.facts, Prisma.sql`ARRAY(SELECT id FROM page)`, ctx);
  const [page, count] = await Promise.all([
    readCombined<CustomerRow & { sortKey: unknown }>(
      ctx,
      Prisma.sql`
        WITH page AS (
          SELECT ${rowColumnsSql}, c.${column} AS "sortKey"
          FROM "Customer" c WHERE ${where} ${after}
          ORDER BY c.${column} ${direction}, c.id ${direction} ${sqlLimit(query.limit)}
        )
        SELECT page.* ${columns} FROM page ${joins}
        ORDER BY page."sortKey" ${direction}, page.id ${direction}`,
    ),
    query.withCount
      ? readCombined<{ count: number }>(ctx, Prisma.sql`SELECT count(*)::int AS count FROM "Customer" c WHERE ${where}`)
      : null,
  ]);
  if (query.backward) page.reverse();
  primeFacts(ctx, query.facts, page);
  return { rows: page.map(customerRow), totalCount: count ? count[0].count : null };
}

function customerWhereSql(terms: CustomerFilterTerms): Prisma.Sql {
  // Each status a value of the enum, as the ORM sends it: one status is then an equality the
  // (status, displayName, id) index serves in order.
  const statuses = terms.statuses.map((status) => Prisma.sql`${status}::"CustomerStatus"`);
  const and = [Prisma.sql`c.status IN (${Prisma.join(statuses)})`];
  for (const word of terms.likeWords) and.push(Prisma.sql`c."searchText" LIKE '%' || ${word}::text || '%'`);
  if (terms.kind) and.push(Prisma.sql`c.kind = ${terms.kind}::"CustomerKind"`);
  if (terms.tags) and.push(Prisma.sql`c.tags && ${terms.tags}::text[]`);
  if (terms.countries) and.push(Prisma.sql`c."billingCountry" = ANY(${terms.countries}::text[])`);
  return Prisma.join(and, ' AND ');
}
