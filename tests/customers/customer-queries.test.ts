import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../prisma/demo-data.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { CustomerFilter } from '../gql/graphql.js';
import { createCustomer } from './factory.js';
import { ArchiveCustomer, GetCustomer, GetNode, ListCustomers, ListCustomersWithDetails } from './operations.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  await seedDemoData(api.prisma);
});
afterAll(() => api?.close());

async function codesFor(filter: CustomerFilter) {
  const { data, errors } = await api.gql(ListCustomers, { first: 100, filter });
  expect(errors).toBeUndefined();
  return data!.customers.edges.map((edge) => edge.node.code);
}

describe('customers search', () => {
  it('ignores case and accents both ways', async () => {
    const names = async (search: string) => {
      const { data } = await api.gql(ListCustomers, { first: 100, filter: { search } });
      return data!.customers.edges.map((edge) => edge.node.displayName);
    };
    expect(await names('Ionescu')).toEqual(['Ionescu Construct']);
    expect(await names('IONESCU')).toEqual(['Ionescu Construct']);
    expect(await names('stefan')).toEqual(expect.arrayContaining(['Georgescu Ștefan', 'Ștefănescu Distribuție']));
    expect(await names('Ștefan')).toEqual(await names('stefan'));
    expect(await names('tara buna')).toEqual(['Țara Bună Agro']);
    expect(await names('muller')).toEqual(['Müller Maschinenbau']);
  });

  it('finds by code, email, phone and tax id', async () => {
    expect(await codesFor({ search: 'ro-0003' })).toEqual(['RO-0003']);
    expect(await codesFor({ search: 'facturi@ionescuconstruct.ro' })).toEqual(['RO-0001']);
    expect(await codesFor({ search: '40213101234' })).toEqual(['RO-0001']);
    expect(await codesFor({ search: 'DE129273398' })).toEqual(['EX-0001']);
  });
});

describe('customers filters, order and paging', () => {
  it('filters by tag, country, kind and status', async () => {
    const exportTagged = await codesFor({ tags: ['export'] });
    expect(exportTagged.length).toBeGreaterThan(0);
    const rows = await api.prisma.customer.findMany({ where: { tags: { has: 'export' } } });
    expect(exportTagged.sort()).toEqual(rows.map((r) => r.code).sort());

    expect((await codesFor({ countries: ['DE', 'FR'] })).sort()).toEqual(['EX-0001', 'EX-0002']);
    const persons = await api.prisma.customer.findMany({ where: { kind: 'PERSON', status: 'ACTIVE' } });
    expect(persons.length).toBeGreaterThan(0);
    expect((await codesFor({ kind: 'PERSON' })).sort()).toEqual(persons.map((p) => p.code).sort());

    const archived = await createCustomer(api, { code: 'ARCH-1' });
    await api.gql(ArchiveCustomer, { id: archived.id });
    expect(await codesFor({ search: 'arch-1' })).toEqual([]);
    expect(await codesFor({ search: 'arch-1', status: ['ARCHIVED'] })).toEqual(['ARCH-1']);
    expect(await codesFor({ search: 'arch-1', status: ['ACTIVE', 'ARCHIVED'] })).toEqual(['ARCH-1']);
  });

  it('sorts by the chosen field in either direction', async () => {
    const byCodeDesc = await api.gql(ListCustomers, { first: 5, orderBy: { field: 'CODE', direction: 'DESC' } });
    const codes = byCodeDesc.data!.customers.edges.map((e) => e.node.code);
    const expected = await api.prisma.customer.findMany({
      where: { status: 'ACTIVE' },
      orderBy: { code: 'desc' },
      take: 5,
    });
    expect(codes).toEqual(expected.map((c) => c.code));
    const byName = await api.gql(ListCustomers, { first: 100 });
    const names = byName.data!.customers.edges.map((e) => e.node.displayName);
    const byNameInDatabase = await api.prisma.customer.findMany({
      where: { status: 'ACTIVE' },
      orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
      take: 100,
    });
    expect(names).toEqual(byNameInDatabase.map((c) => c.displayName));
    expect(names.length).toBeGreaterThan(20);
  });

  it('pages forward and back with cursors, with a total count, never skipping or repeating', async () => {
    const total = await api.prisma.customer.count({ where: { status: 'ACTIVE' } });
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { data } = await api.gql(ListCustomers, {
        first: 7,
        after,
        orderBy: { field: 'DISPLAY_NAME', direction: 'ASC' },
      });
      expect(data!.customers.totalCount).toBe(total);
      seen.push(...data!.customers.edges.map((e) => e.node.id));
      if (!data!.customers.pageInfo.hasNextPage) break;
      after = data!.customers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const lastPage = await api.gql(ListCustomers, { last: 3 });
    expect(lastPage.data!.customers.edges.map((e) => e.node.id)).toEqual(seen.slice(-3));
    const before = await api.gql(ListCustomers, { last: 2, before: lastPage.data!.customers.pageInfo.startCursor });
    expect(before.data!.customers.edges.map((e) => e.node.id)).toEqual(seen.slice(-5, -3));
  });

  it('caps the page size', async () => {
    const { errors } = await api.gql(ListCustomers, { first: 1000 });
    expect(errors?.[0]).toMatchObject({
      message: expect.stringMatching(/between 0 and 100/),
      extensions: { code: 'PAGE_SIZE_LIMIT' },
    });
  });
});

describe('fetching one customer', () => {
  it('by customer(id) and node(id); an id of another type or a made-up id finds nothing', async () => {
    const customer = await createCustomer(api, { code: 'NODE-1' });
    expect((await api.gql(GetCustomer, { id: customer.id })).data?.customer?.code).toBe('NODE-1');
    expect((await api.gql(GetNode, { id: customer.id })).data?.node).toEqual({
      __typename: 'Customer',
      id: customer.id,
      code: 'NODE-1',
    });

    const contactId = customer.contacts[0]?.id;
    const withContact = await createCustomer(api, { contacts: [{ name: 'Someone' }] });
    const asCustomer = await api.gql(GetCustomer, { id: withContact.contacts[0].id });
    expect(asCustomer.data?.customer).toBeNull();
    expect(contactId).toBeUndefined();

    const madeUp = Buffer.from('Customer:00000000-0000-7000-8000-000000000000').toString('base64');
    expect((await api.gql(GetCustomer, { id: madeUp })).data?.customer).toBeNull();
    expect((await api.gql(GetNode, { id: madeUp })).data?.node).toBeNull();
  });
});

describe('SQL per request', () => {
  it('lists 50 customers with contacts, payment terms and price list in a constant number of statements', async () => {
    const count = async (first: number) => {
      api.queries.length = 0;
      const { data, errors } = await api.gql(ListCustomersWithDetails, { first });
      expect(errors).toBeUndefined();
      expect(data!.customers.edges).toHaveLength(first);
      return api.queries.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    const forFive = await count(5);
    const forFifty = await count(50);
    expect(forFifty).toBe(forFive);
    expect(forFifty).toBeLessThanOrEqual(6);
  });
});
