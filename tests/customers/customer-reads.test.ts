// The customer list's contacts are read in plain SQL, batched per page (customer-reads.ts):
// what it answers must be what the ORM reads, in the same order, in one statement per page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { createCustomer } from './factory.js';

const ContactsOfPage = graphql(`
  query ContactsOfPage($search: String!) {
    customers(first: 20, filter: { search: $search }, orderBy: { field: CODE, direction: ASC }) {
      edges { node { id code contacts { id name role email phone isPrimary } } }
    }
  }
`);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

describe('contacts of a customer list', () => {
  it('are what the ORM reads, in the customer’s order, in one statement for the page', async () => {
    const contactsOf = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `Persoană ${n}-${i}`,
        role: i % 2 ? 'Contabil' : null,
        email: `p${n}${i}@reads.example.ro`,
        phone: i === 0 ? '+40 721 234 567' : null,
        isPrimary: i === n - 1,
      }));
    for (const n of [0, 1, 3, 5]) await createCustomer(api, { code: `READS-${n}`, contacts: contactsOf(n) });
    api.queries.length = 0;
    const { data } = await api.gql(ContactsOfPage, { search: 'READS' });
    expect(api.queries.filter((sql) => sql.includes('"Contact"'))).toHaveLength(1);
    const page = data!.customers.edges.map((edge) => edge.node);
    expect(page.map((customer) => customer.code)).toEqual(['READS-0', 'READS-1', 'READS-3', 'READS-5']);
    for (const customer of page) {
      const stored = await api.prisma.contact.findMany({
        where: { customerId: dbId(customer.id) },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      });
      expect(customer.contacts.map((contact) => ({ ...contact, id: dbId(contact.id) }))).toEqual(
        stored.map(({ id, name, role, email, phone, isPrimary }) => ({ id, name, role, email, phone, isPrimary })),
      );
    }
    expect(page.map((customer) => customer.contacts.length)).toEqual([0, 1, 3, 5]);
    expect(page[3].contacts.map((contact) => contact.name)).toEqual(contactsOf(5).map((contact) => contact.name));
  });
});
