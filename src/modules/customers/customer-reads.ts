import type { Contact, PaymentTerms } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { customerFact } from './customer-facts.js';

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
