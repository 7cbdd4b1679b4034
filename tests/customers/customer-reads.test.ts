// The customer list's contacts, payment terms and balances are read in plain SQL, batched per page
// in one statement (customer-facts.ts): what it answers must be what the ORM reads, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { RecordPayment } from '../payments/operations.js';
import { createCustomer, paymentTermsId } from './factory.js';

const ContactsOfPage = graphql(`
  query ContactsOfPage($search: String!) {
    customers(first: 20, filter: { search: $search }, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id code contacts { id name role email phone isPrimary }
          purchaseTerms { paymentTerms { id code name kind days isActive } }
          balances { currency outstanding { amount } overdue { amount } netBalance { amount } }
        }
      }
    }
  }
`);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

describe('contacts of a customer list', () => {
  it('are what the ORM reads, in the customer’s order, in one statement for the page with terms and balances', async () => {
    const contactsOf = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `Persoană ${n}-${i}`,
        role: i % 2 ? 'Contabil' : null,
        email: `p${n}${i}@reads.example.ro`,
        phone: i === 0 ? '+40 721 234 567' : null,
        isPrimary: i === n - 1,
      }));
    const net30 = await paymentTermsId(api, 'NET_30');
    for (const n of [0, 1, 3, 5]) {
      const purchaseTerms = n % 2 ? { paymentTermsId: net30 } : undefined;
      const customer = await createCustomer(api, { code: `READS-${n}`, contacts: contactsOf(n), purchaseTerms });
      if (n === 3) {
        const input = { customerId: customer.id, amount: '12.34', currency: 'EUR', method: 'CASH' as const };
        expect((await api.gql(RecordPayment, { input })).data?.paymentRecord.userErrors).toEqual([]);
      }
    }
    api.queries.length = 0;
    const { data } = await api.gql(ContactsOfPage, { search: 'READS' });
    // The caller's key, the page's customers, then their contacts, terms and balances together.
    const selects = api.queries.filter((sql) => /^\s*SELECT/i.test(sql) && !sql.includes('"ApiKey"'));
    expect(selects).toHaveLength(2);
    expect(selects[1]).toMatch(/"Contact"[\s\S]*"PaymentTerms"[\s\S]*"LedgerEntry"/);
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

    const terms = await api.prisma.paymentTerms.findUniqueOrThrow({ where: { code: 'NET_30' } });
    const expectedTerms = { id: net30, code: 'NET_30', name: terms.name, kind: terms.kind, days: 30, isActive: true };
    expect(page.map((customer) => customer.purchaseTerms.paymentTerms)).toEqual([
      null,
      expectedTerms,
      expectedTerms,
      expectedTerms,
    ]);

    const zero = {
      currency: 'RON',
      outstanding: { amount: '0.00' },
      overdue: { amount: '0.00' },
      netBalance: { amount: '0.00' },
    };
    const credit = {
      currency: 'EUR',
      outstanding: { amount: '0.00' },
      overdue: { amount: '0.00' },
      netBalance: { amount: '-12.34' },
    };
    expect(page.map((customer) => customer.balances)).toEqual([[zero], [zero], [zero, credit], [zero]]);
    expect(page[3].contacts.map((contact) => contact.name)).toEqual(contactsOf(5).map((contact) => contact.name));
  });
});
