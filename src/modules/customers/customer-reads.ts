import type { Context } from '../../context.js';
import type { Contact } from '../../generated/prisma/client.js';
import { requestLoader } from '../../shared/loaders.js';

/**
 * A hot read of the customer list in plain SQL, batched per request: the contacts of a page of
 * customers in one statement. Through the ORM's nested relation the same rows cost a 50-customer
 * page with balances about 4 ms more of API time (see bench/README.md).
 * tests/customers/customer-reads.test.ts checks it against the ORM's answer.
 */
export function contactsOfCustomer(ctx: Context) {
  return requestLoader<string, Contact[]>(ctx, 'customer-contacts', async (customerIds) => {
    const rows = await ctx.prisma.$queryRaw<Contact[]>`
      SELECT id, "customerId", name, role, email, phone, "isPrimary", position, "createdAt"
      FROM "Contact" WHERE "customerId" = ANY(${[...customerIds]}::uuid[])
      ORDER BY "customerId", position, id`;
    const byCustomer = new Map<string, Contact[]>(customerIds.map((id) => [id, []]));
    for (const row of rows) byCustomer.get(row.customerId)!.push(row);
    return customerIds.map((id) => byCustomer.get(id)!);
  });
}
