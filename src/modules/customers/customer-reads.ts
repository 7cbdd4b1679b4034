import type { Contact, PaymentTerms } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { customerFact } from './customer-facts.js';

// Hot reads of the customer list in plain SQL, read with the page's other facts in one statement
// (customer-facts.ts). tests/customers/customer-reads.test.ts checks them against the ORM's answer.

type JsonRow<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

/** The customer's contacts, in their order. */
export const contactsOfCustomer = customerFact<Contact[]>({
  name: 'contacts',
  sql: (customerId) => Prisma.sql`(
    SELECT json_agg(ct ORDER BY ct.position, ct.id) FROM "Contact" ct WHERE ct."customerId" = ${customerId})`,
  read: (json) => ((json ?? []) as JsonRow<Contact>[]).map((row) => ({ ...row, createdAt: new Date(row.createdAt) })),
});

/** The payment terms the customer buys on, or null. */
export const paymentTermsOfCustomer = customerFact<PaymentTerms | null>({
  name: 'paymentTerms',
  sql: (customerId) => Prisma.sql`(
    SELECT row_to_json(t) FROM "PaymentTerms" t JOIN "Customer" cu ON cu."paymentTermsId" = t.id
    WHERE cu.id = ${customerId})`,
  read: (json) => {
    const row = json as JsonRow<PaymentTerms> | null;
    return row && { ...row, createdAt: new Date(row.createdAt) };
  },
});
