// A customer's invoices read their lines in plain SQL (invoice-reads.ts), sent in one statement with
// the customer's ledger page (combined-reads.ts): what they answer must be what the ORM reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { catalog } from './fixtures.js';

const CustomerWithLines = graphql(`
  query CustomerWithLines($id: ID!) {
    customer(id: $id) {
      invoices(first: 10) {
        edges {
          node {
            id
            lines {
              id position description quantity unit unitPrice { amount currency } totalAmount { amount currency }
              netAmount { amount } taxRate { code } item { sku }
            }
          }
        }
      }
      transactions(first: 10) { totalCount edges { node { id kind occurredOn amount { amount } runningBalance { amount } } } }
    }
  }
`);

const BenchLikeDetail = graphql(`
  query BenchLikeDetail($id: ID!) {
    customer(id: $id) {
      invoices(first: 20) { edges { node { number lines { description quantity unitPrice { amount } totalAmount { amount } } } } }
      transactions(first: 20) { totalCount edges { node { kind amount { amount } runningBalance { amount } } } }
    }
  }
`);

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer();
  given = await catalog(api);
});
afterAll(() => api?.close());

describe('the lines of a customer’s invoices', () => {
  it('are what the ORM reads, in their order, with exact quantities and amounts', async () => {
    const customer = await createCustomer(api);
    const sku = await given.item('19.99');
    await given.issued(customer.id, [
      { itemId: sku, quantity: '3' },
      { description: 'Third of a day', quantity: '0.3333', unitPrice: '1234.5678' },
      { description: 'Large', quantity: '1000', unitPrice: '99999999.99' },
    ]);
    await given.issued(customer.id, [{ description: 'Half', quantity: '0.5', unitPrice: '0.01' }]);
    await given.draft(customer.id, []);

    const { data, errors } = await api.gql(CustomerWithLines, { id: customer.id });
    expect(errors).toBeUndefined();
    const invoices = data!.customer!.invoices.edges.map((edge) => edge.node);
    expect(invoices.map((invoice) => invoice.lines.length).sort()).toEqual([0, 1, 3]);
    for (const invoice of invoices) {
      const stored = await api.prisma.invoiceLine.findMany({
        where: { invoiceId: dbId(invoice.id) },
        orderBy: { position: 'asc' },
        include: { taxRate: true, item: true },
      });
      expect(invoice.lines).toEqual(
        stored.map((line) => ({
          id: expect.any(String),
          position: line.position,
          description: line.description,
          quantity: line.quantity.toFixed(),
          unit: line.unit,
          unitPrice: { amount: expect.any(String), currency: line.currency },
          totalAmount: { amount: line.totalAmount.toFixed(2), currency: line.currency },
          netAmount: { amount: line.netAmount.toFixed(2) },
          taxRate: { code: line.taxRate.code },
          item: line.item && { sku: line.item.sku },
        })),
      );
      expect(invoice.lines.map((line) => dbId(line.id))).toEqual(stored.map((line) => line.id));
    }
    const lines = invoices.flatMap((invoice) => invoice.lines);
    expect(lines.find((line) => line.description === 'Third of a day')).toMatchObject({
      quantity: '0.3333',
      unitPrice: { amount: '1234.5678' },
    });
    expect(lines.find((line) => line.description === 'Large')).toMatchObject({
      quantity: '1000',
      unitPrice: { amount: '99999999.99' },
      totalAmount: { amount: '118999999988.10' },
    });
  });

  it('come in one statement with the ledger page: three reads for the customer, its invoices, and both', async () => {
    const customer = await createCustomer(api);
    for (const price of ['10.00', '20.00', '30.00']) {
      await given.issued(customer.id, [
        { description: 'A', quantity: '1', unitPrice: price },
        { description: 'B', quantity: '2', unitPrice: price },
      ]);
    }
    api.queries.length = 0;
    const { data } = await api.gql(BenchLikeDetail, { id: customer.id });
    const selects = api.queries.filter((sql) => /^\s*SELECT/i.test(sql) && !sql.includes('"ApiKey"'));
    expect(selects).toHaveLength(3);
    expect(selects[2]).toMatch(/"LedgerEntry"[\s\S]*"InvoiceLine"|"InvoiceLine"[\s\S]*"LedgerEntry"/);
    expect(
      data!.customer!.invoices.edges.map((edge) => edge.node.lines.map((line) => line.totalAmount.amount)),
    ).toEqual([
      ['35.70', '71.40'],
      ['23.80', '47.60'],
      ['11.90', '23.80'],
    ]);
    expect(data!.customer!.transactions.totalCount).toBe(3);
    expect(data!.customer!.transactions.edges.map((edge) => edge.node.runningBalance.amount)).toEqual([
      '35.70',
      '107.10',
      '214.20',
    ]);
  });
});
