// A customer's invoices, and their lines, are read in plain SQL (invoice-reads.ts), sent in one
// statement with the customer's ledger page (combined-reads.ts): what they answer must be what the
// ORM reads, and they must page as the ORM-read `invoices` list does.
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
      code displayName
      invoices(first: 20) { edges { node { number lines { description quantity unitPrice { amount } totalAmount { amount } } } } }
      transactions(first: 20) { totalCount edges { node { kind amount { amount } runningBalance { amount } } } }
    }
  }
`);

const CustomerInvoicePage = graphql(`
  query CustomerInvoicePage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $status: [InvoiceStatus!]) {
    customer(id: $id) {
      invoices(first: $first, last: $last, after: $after, before: $before, status: $status) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id number status } }
      }
    }
  }
`);

const InvoicePage = graphql(`
  query InvoicePage($filter: InvoiceFilter, $first: Int, $last: Int, $after: String, $before: String) {
    invoices(filter: $filter, first: $first, last: $last, after: $after, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id number status } }
    }
  }
`);

const InvoicesBeyondTheirColumns = graphql(`
  query InvoicesBeyondTheirColumns($id: ID!) {
    customer(id: $id) {
      invoices(first: 5) {
        edges {
          node {
            id number customer { code } billTo { name } subtotal { amount } taxTotal { amount }
            paymentTerms { code } notes amountDue { amount } isOverdue
          }
        }
      }
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

  it('come in one statement with the customer, its ledger page and the invoices', async () => {
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
    expect(selects).toHaveLength(1);
    expect(selects[0]).toMatch(/FROM "Customer"/);
    expect(selects[0]).toMatch(/"LedgerEntry"/);
    expect(selects[0]).toMatch(/"InvoiceLine"/);
    expect(selects[0]).toMatch(/FROM "Invoice"/);
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

describe('a customer’s invoices', () => {
  it('page as the invoices list does, with the same cursors, whichever way and wherever a page starts', async () => {
    const customer = await createCustomer(api);
    const other = await createCustomer(api);
    // Issued today (the same day: the id orders them), and drafts dated earlier, out of order.
    for (let n = 0; n < 3; n++) {
      await given.issued(customer.id, [{ description: `Work ${n}`, quantity: '1', unitPrice: '10.00' }]);
    }
    for (const issueDate of ['2026-03-11', '2026-01-10', '2026-03-11']) {
      await given.draft(customer.id, [{ description: 'Draft', quantity: '1', unitPrice: '1.00' }], { issueDate });
    }
    await given.issued(other.id, [{ description: 'Elsewhere', quantity: '1', unitPrice: '1.00' }]);

    const both = async (args: { first?: number; last?: number; after?: string; before?: string }) => {
      const mine = await api.gql(CustomerInvoicePage, { id: customer.id, ...args });
      const listed = await api.gql(InvoicePage, { filter: { customerId: customer.id }, ...args });
      expect(mine.errors).toBeUndefined();
      expect(mine.data!.customer!.invoices).toEqual(listed.data!.invoices);
      return mine.data!.customer!.invoices;
    };
    const all = await both({ first: 50 });
    expect(all.totalCount).toBe(6);
    expect(all.edges).toHaveLength(6);
    const cursors = all.edges.map((edge) => edge.cursor);
    for (const args of [
      {},
      { first: 2 },
      { first: 0 },
      { first: 6 },
      { last: 2 },
      { last: 6 },
      { first: 2, after: cursors[1] },
      { first: 10, after: cursors[4] },
      { first: 2, after: cursors[5] },
      { last: 2, before: cursors[4] },
      { last: 10, before: cursors[1] },
      { before: cursors[0] },
    ]) {
      await both(args);
    }
    const walked: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await both({ first: 4, after });
      walked.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(walked).toEqual(all.edges.map((edge) => edge.node.id));

    const drafts = await api.gql(CustomerInvoicePage, { id: customer.id, status: ['DRAFT'] });
    expect(drafts.data!.customer!.invoices.totalCount).toBe(3);
    expect(drafts.data!.customer!.invoices.edges.map((edge) => edge.node.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);

    // Refused as the list refuses them, with the same words and code.
    for (const args of [{ first: 2, before: cursors[3] }, { after: 'not-a-cursor' }, { first: -1 }]) {
      const mine = await api.gql(CustomerInvoicePage, { id: customer.id, ...args });
      const listed = await api.gql(InvoicePage, { filter: { customerId: customer.id }, ...args });
      expect(mine.errors?.length).toBe(1);
      expect(mine.errors![0].message).toBe(listed.errors![0].message);
      expect(mine.errors![0].extensions?.code).toBe(listed.errors![0].extensions?.code);
      expect(mine.status).toBe(listed.status);
    }
  });

  it('answer the fields beyond the columns every invoice reads as the ORM does', async () => {
    const customer = await createCustomer(api);
    await given.issued(customer.id, [{ description: 'Work', quantity: '3', unitPrice: '33.33' }]);
    await given.draft(customer.id, [{ description: 'Later', quantity: '1', unitPrice: '5.00' }]);
    const { data, errors } = await api.gql(InvoicesBeyondTheirColumns, { id: customer.id });
    expect(errors).toBeUndefined();
    const nodes = data!.customer!.invoices.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      const stored = await api.prisma.invoice.findUniqueOrThrow({
        where: { id: dbId(node.id) },
        include: { customer: true, paymentTerms: true },
      });
      const due = stored.status === 'DRAFT' ? '0.00' : stored.total.minus(stored.amountPaid).toFixed(2);
      expect(node).toEqual({
        id: node.id,
        number: stored.number,
        customer: { code: stored.customer.code },
        billTo: { name: stored.customerName },
        subtotal: { amount: stored.subtotal.toFixed(2) },
        taxTotal: { amount: stored.taxTotal.toFixed(2) },
        paymentTerms: stored.paymentTerms && { code: stored.paymentTerms.code },
        notes: stored.notes,
        amountDue: { amount: due },
        isOverdue: false,
      });
    }
  });
});

const CustomerPagesAhead = graphql(`
  query CustomerPagesAhead($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {
    customer(id: $id) {
      code displayName contacts { name } balances { currency outstanding { amount } }
      newest: invoices(first: 1) { totalCount edges { cursor node { number } } }
      ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }
      ...LedgerPage
      skipped: transactions(first: 1) @skip(if: $skip) { totalCount }
      included: transactions(first: 1) @include(if: $skip) { totalCount }
    }
  }
  fragment LedgerPage on Customer {
    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }
  }
`);
const NodePagesOneByOne = graphql(`
  query NodePagesOneByOne($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {
    node(id: $id) {
      ... on Customer {
        code displayName contacts { name } balances { currency outstanding { amount } }
        newest: invoices(first: 1) { totalCount edges { cursor node { number } } }
        ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }
        ...NodeLedgerPage
        skipped: transactions(first: 1) @skip(if: $skip) { totalCount }
        included: transactions(first: 1) @include(if: $skip) { totalCount }
      }
    }
  }
  fragment NodeLedgerPage on Customer {
    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }
  }
`);
const CustomerBeyondItsColumns = graphql(`
  query CustomerBeyondItsColumns($id: ID!) {
    customer(id: $id) {
      code legalName billingAddress { city } credit { limit { amount } used { amount } }
      invoices(last: 1) { edges { node { number } } }
      transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }
    }
    node(id: $id) {
      ... on Customer {
        code legalName billingAddress { city } credit { limit { amount } used { amount } }
        invoices(last: 1) { edges { node { number } } }
        transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }
      }
    }
  }
`);
describe('a customer and the pages of its invoices and ledger', () => {
  let customerId: string;
  beforeAll(async () => {
    const customer = await createCustomer(api, {
      legalName: 'Pagini Înainte SRL',
      contacts: [{ name: 'Ana' }, { name: 'Bogdan' }],
    });
    customerId = customer.id;
    for (const price of ['10.00', '20.00', '30.00']) {
      await given.issued(customerId, [{ description: `Work ${price}`, quantity: '1', unitPrice: price }]);
    }
    await given.draft(customerId, [{ description: 'Not yet', quantity: '1', unitPrice: '1.00' }]);
  });

  it('are what each field reads on its own, in one statement, whatever aliases, fragments and directives say', async () => {
    for (const variables of [
      { id: customerId, status: null, ledger: null, skip: true },
      { id: customerId, status: ['DRAFT' as const], ledger: { kinds: ['INVOICE_ISSUED' as const] }, skip: false },
    ]) {
      api.queries.length = 0;
      const ahead = await api.gql(CustomerPagesAhead, variables);
      const selects = api.queries.filter((sql) => /^\s*SELECT/i.test(sql) && !sql.includes('"ApiKey"'));
      const oneByOne = await api.gql(NodePagesOneByOne, variables);
      expect(ahead.errors).toBeUndefined();
      expect(oneByOne.errors).toBeUndefined();
      expect(ahead.data!.customer).toEqual(oneByOne.data!.node);
      expect(ahead.data!.customer!.newest.totalCount).toBe(4);
      expect(selects).toHaveLength(1);
    }
  });

  it('are what each field reads on its own when the query asks beyond the columns every customer reads', async () => {
    const { data, errors } = await api.gql(CustomerBeyondItsColumns, { id: customerId });
    expect(errors).toBeUndefined();
    expect(data!.customer).toMatchObject({ legalName: 'Pagini Înainte SRL', transactions: { totalCount: 3 } });
    expect(data!.customer).toEqual(data!.node);
  });

  it('answer nothing for a customer that does not exist', async () => {
    const unknown = Buffer.from('Customer:7d0a4c1e-3b52-4f7e-9a1d-5c2b8e6f4a10').toString('base64');
    const none = await api.gql(CustomerPagesAhead, { id: unknown, skip: false });
    expect([none.data, none.errors]).toEqual([{ customer: null }, undefined]);
  });
});
