// The customer list is read in plain SQL, its page with the contacts, payment terms and balances
// its query asks in one statement (customer-reads.ts, customer-facts.ts): what it answers must be
// what the ORM reads, in order, and it must page as plugin-prisma's connections page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import {
  customerOrderBy,
  customerWhere,
  type CustomerFilter,
  type CustomerOrder,
} from '../../src/modules/customers/customers.service.js';
import { RecordPayment } from '../payments/operations.js';
import { createCustomer, paymentTermsId } from './factory.js';
import { ArchiveCustomer } from './operations.js';

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

const CustomerListPage = graphql(`
  query CustomerListPage(
    $filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $last: Int, $after: String, $before: String
  ) {
    customers(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
  }
`);

const CustomersBeyondTheirColumns = graphql(`
  query CustomersBeyondTheirColumns($filter: CustomerFilter) {
    customers(first: 50, filter: $filter, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id code displayName status email phone currency legalName kind tags
          billingAddress { city country } createdAt
          purchaseTerms {
            defaultPaymentMethod creditLimit { amount currency } defaultTaxTreatment creditLimitPolicy
            remindersEnabled paymentTerms { code } priceList { id } reminderPolicy { id }
          }
          credit { limit { amount } used { amount } }
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
    // Besides the caller's key: the page's customers with their contacts, terms and balances.
    const selects = api.queries.filter((sql) => /^\s*SELECT/i.test(sql) && !sql.includes('"ApiKey"'));
    expect(selects).toHaveLength(1);
    for (const table of ['"Customer"', '"Contact"', '"PaymentTerms"', '"LedgerEntry"'])
      expect(selects[0]).toContain(table);
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

describe('the customer list', () => {
  const tag = 'paging-oracle';
  let made = false;
  async function book() {
    if (made) return;
    made = true;
    // Names that tie (the id orders them), both kinds, three countries, one archived.
    const rows = [
      { code: 'PO-05', displayName: 'Beta', kind: 'COMPANY', country: 'RO' },
      { code: 'PO-01', displayName: 'Alfa Ștefan', kind: 'PERSON', country: 'DE' },
      { code: 'PO-03', displayName: 'Beta', kind: 'COMPANY', country: 'RO' },
      { code: 'PO-07', displayName: 'delta', kind: 'PERSON', country: 'FR' },
      { code: 'PO-02', displayName: 'Gama 100%_', kind: 'COMPANY', country: 'RO' },
      { code: 'PO-06', displayName: 'Beta', kind: 'PERSON', country: 'DE' },
      { code: 'PO-04', displayName: 'Epsilon', kind: 'COMPANY', country: 'RO' },
    ] as const;
    for (const row of rows) {
      const customer = await createCustomer(api, {
        code: row.code,
        displayName: row.displayName,
        kind: row.kind,
        tags: [tag, row.country === 'RO' ? 'local' : 'export'],
        billingAddress: { city: 'Oraș', country: row.country },
        purchaseTerms:
          row.code === 'PO-03' ? { creditLimit: '5000', defaultPaymentMethod: 'BANK_TRANSFER' } : undefined,
      });
      if (row.code === 'PO-06') await api.gql(ArchiveCustomer, { id: customer.id });
    }
  }

  async function ormIds(filter: CustomerFilter, orderBy?: CustomerOrder) {
    const rows = await api.prisma.customer.findMany({
      where: customerWhere(filter),
      orderBy: customerOrderBy(orderBy),
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  it('holds the customers the ORM reads, in its order, for every filter and sort', async () => {
    await book();
    const filters: CustomerFilter[] = [
      { tags: [tag] },
      { tags: [tag], status: ['ACTIVE', 'ARCHIVED'] },
      { tags: [tag], status: ['ARCHIVED'] },
      { tags: [tag], kind: 'PERSON', status: ['ACTIVE', 'ARCHIVED'] },
      { tags: ['EXPORT', 'nothing'] },
      { tags: [tag], countries: ['ro', 'FR'] },
      { tags: [tag], search: 'beta' },
      { tags: [tag], search: 'alfa stefan' },
      { tags: [tag], search: '100%_' },
      { tags: [tag], search: '%' },
      { tags: [tag], search: 'po-0 beta' },
    ];
    const orders: (CustomerOrder | undefined)[] = [undefined];
    for (const field of ['DISPLAY_NAME', 'CODE', 'CREATED_AT', 'UPDATED_AT'] as const) {
      for (const direction of ['ASC', 'DESC'] as const) orders.push({ field, direction });
    }
    for (const filter of filters) {
      for (const orderBy of orders) {
        const { data, errors } = await api.gql(CustomerListPage, { filter, orderBy, first: 50 });
        expect(errors).toBeUndefined();
        const expected = await ormIds(filter, orderBy);
        expect(
          data!.customers.edges.map((edge) => dbId(edge.node.id)),
          JSON.stringify({ filter, orderBy }),
        ).toEqual(expected);
        expect(data!.customers.totalCount).toBe(expected.length);
      }
    }
    // A wildcard searched for is a character, not a wildcard.
    expect(await ormIds({ tags: [tag], search: '%' })).toHaveLength(1);
    expect((await ormIds({ tags: [tag], search: 'beta' })).length).toBe(2);
  });

  it('pages as plugin-prisma pages: the same rows, cursors and page info wherever a page starts', async () => {
    await book();
    const filter = { tags: [tag], status: ['ACTIVE', 'ARCHIVED'] } as CustomerFilter;
    for (const orderBy of [undefined, { field: 'CODE', direction: 'DESC' }] as (CustomerOrder | undefined)[]) {
      const ids = await ormIds(filter, orderBy);
      expect(ids).toHaveLength(7);
      const all = (await api.gql(CustomerListPage, { filter, orderBy, first: 50 })).data!.customers;
      const cursors = all.edges.map((edge) => edge.cursor);
      // As plugin-prisma's cursor pages: `first` from the start or after a row, `last` from the end or before one.
      const expect_ = (args: { first?: number; last?: number; after?: number; before?: number }) => {
        const from = args.after !== undefined ? args.after + 1 : 0;
        const to = args.before ?? ids.length;
        const rows = ids.slice(from, to);
        const page =
          args.last !== undefined ? rows.slice(Math.max(0, rows.length - args.last)) : rows.slice(0, args.first);
        return {
          ids: page,
          hasNextPage: args.before !== undefined ? true : args.last !== undefined ? false : rows.length > page.length,
          hasPreviousPage:
            args.after !== undefined ? true : args.last !== undefined ? rows.length > page.length : false,
        };
      };
      for (const args of [
        { first: 2 },
        { first: 0 },
        { first: 7 },
        { last: 2 },
        { last: 7 },
        { first: 2, after: 1 },
        { first: 10, after: 4 },
        { first: 2, after: 6 },
        { last: 2, before: 4 },
        { last: 10, before: 1 },
        { last: 3, before: 0 },
      ]) {
        const { data, errors } = await api.gql(CustomerListPage, {
          filter,
          orderBy,
          first: args.first,
          last: args.last,
          after: args.after === undefined ? undefined : cursors[args.after],
          before: args.before === undefined ? undefined : cursors[args.before],
        });
        expect(errors).toBeUndefined();
        const want = expect_(args);
        const got = data!.customers;
        expect(
          got.edges.map((edge) => dbId(edge.node.id)),
          JSON.stringify(args),
        ).toEqual(want.ids);
        expect(got.edges.map((edge) => edge.cursor)).toEqual(want.ids.map((id) => cursors[ids.indexOf(id)]));
        expect(got.pageInfo).toEqual({
          hasNextPage: want.hasNextPage,
          hasPreviousPage: want.hasPreviousPage,
          startCursor: got.edges[0]?.cursor ?? null,
          endCursor: got.edges.at(-1)?.cursor ?? null,
        });
        expect(got.totalCount).toBe(7);
      }
    }
    // The cursors are plugin-prisma's own (clients keep theirs), and bad paging is refused as before.
    const first = (await api.gql(CustomerListPage, { filter, first: 1 })).data!.customers.edges[0];
    expect(Buffer.from(first.cursor, 'base64').toString()).toBe(`GPC:S:${dbId(first.node.id)}`);
    for (const args of [{ first: 2, before: first.cursor }, { after: 'not-a-cursor' }, { first: -1 }]) {
      const { data, errors } = await api.gql(CustomerListPage, { filter, ...args });
      expect(errors?.length, JSON.stringify(args)).toBe(1);
      expect(errors![0].extensions?.code).toMatch(/^(BAD_USER_INPUT|PAGE_SIZE_LIMIT)$/);
      expect(data?.customers ?? null).toBeNull();
    }
  });

  it('answers the fields beyond the columns every customer reads as the ORM does', async () => {
    await book();
    const { data, errors } = await api.gql(CustomersBeyondTheirColumns, { filter: { tags: [tag] } });
    expect(errors).toBeUndefined();
    const nodes = data!.customers.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.code)).toEqual(['PO-01', 'PO-02', 'PO-03', 'PO-04', 'PO-05', 'PO-07']);
    for (const node of nodes) {
      const stored = await api.prisma.customer.findUniqueOrThrow({
        where: { id: dbId(node.id) },
        include: { paymentTerms: true },
      });
      expect(node).toEqual({
        id: node.id,
        code: stored.code,
        displayName: stored.displayName,
        status: stored.status,
        email: stored.email,
        phone: stored.phone,
        currency: stored.currency,
        legalName: stored.legalName,
        kind: stored.kind,
        tags: stored.tags,
        billingAddress: { city: stored.billingCity, country: stored.billingCountry },
        createdAt: stored.createdAt.toISOString(),
        purchaseTerms: {
          defaultPaymentMethod: stored.defaultPaymentMethod,
          creditLimit: stored.creditLimit && { amount: stored.creditLimit.toFixed(2), currency: stored.currency },
          defaultTaxTreatment: stored.defaultTaxTreatment,
          creditLimitPolicy: stored.creditLimitPolicy,
          remindersEnabled: stored.remindersEnabled,
          paymentTerms: stored.paymentTerms && { code: stored.paymentTerms.code },
          priceList: stored.priceListId && { id: expect.any(String) },
          reminderPolicy: stored.reminderPolicyId && { id: expect.any(String) },
        },
        credit: {
          limit: stored.creditLimit && { amount: stored.creditLimit.toFixed(2) },
          used: { amount: '0.00' },
        },
      });
    }
    expect(nodes[2].purchaseTerms).toMatchObject({
      creditLimit: { amount: '5000.00' },
      defaultPaymentMethod: 'BANK_TRANSFER',
    });
  });
});
