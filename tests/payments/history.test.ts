import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RecordPayment } from './operations.js';

const History = graphql(`
  query History($id: ID!, $filter: TransactionFilter, $first: Int, $after: String) {
    customer(id: $id) {
      transactions(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { kind occurredOn amount { amount } runningBalance { amount } } }
      }
    }
  }
`);
const LatestHistory = graphql(`
  query LatestHistory($id: ID!, $last: Int, $before: String) {
    customer(id: $id) {
      transactions(last: $last, before: $before) {
        totalCount
        pageInfo { hasPreviousPage hasNextPage startCursor }
        edges { node { kind runningBalance { amount } } }
      }
    }
  }
`);
const StatementOf = graphql(`
  query StatementOf($id: ID!, $from: Date!, $to: Date!) {
    customer(id: $id) { statement(from: $from, to: $to) { from to openingBalance { amount } entries { kind occurredOn amount { amount } } closingBalance { amount } } }
  }
`);

let api: TestServer;
let customerId: string;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-30T10:00:00Z') });
  const given = await catalog(api);
  customerId = (await createCustomer(api)).id;
  await given.issued(customerId, [{ description: 'April', quantity: '1', unitPrice: '100' }], {
    issueDate: '2026-04-10',
  }); // 119.00
  await given.issued(customerId, [{ description: 'May', quantity: '1', unitPrice: '200' }], {
    issueDate: '2026-05-10',
  }); // 238.00
  await api.gql(RecordPayment, { input: { customerId, amount: '119.00', method: 'CASH', receivedOn: '2026-05-20' } });
  await given.issued(customerId, [{ description: 'June', quantity: '1', unitPrice: '50' }], {
    issueDate: '2026-06-05',
  }); // 59.50
});
afterAll(() => api?.close());

const HistoryWithDocuments = graphql(`
  query HistoryWithDocuments($id: ID!, $first: Int) {
    customer(id: $id) { transactions(first: $first) { edges { node { kind invoice { number total { amount } } payment { reference amount { amount } } } } } }
  }
`);

graphql(`
  fragment HistoryLength on LedgerEntryConnection { totalCount }
`);
const HistoryLength = graphql(`
  query HistoryLengthWithPage($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      transactions(first: $first, after: $after) { ...HistoryLength edges { node { kind } } }
    }
  }
`);

describe('transaction history', () => {
  it('reads a page and the length of the history in one statement, also through a fragment and past the end', async () => {
    api.queries.length = 0;
    const { data, errors } = await api.gql(HistoryLength, { id: customerId, first: 2 });
    expect(errors).toBeUndefined();
    expect(data!.customer!.transactions.totalCount).toBe(5);
    expect(data!.customer!.transactions.edges.map((e) => e.node.kind)).toEqual(['INVOICE_ISSUED', 'INVOICE_ISSUED']);
    expect(api.queries.filter((sql) => /"LedgerEntry"/.test(sql))).toHaveLength(1);

    // Past the last entry the page is empty, and the length is still the whole history's.
    const all = await api.gql(History, { id: customerId, first: 5 });
    const end = all.data!.customer!.transactions.pageInfo.endCursor;
    const after = await api.gql(HistoryLength, { id: customerId, first: 2, after: end });
    expect(after.errors).toBeUndefined();
    expect(after.data!.customer!.transactions).toEqual({ totalCount: 5, edges: [] });

    // `last` alone counts first to find the last page; the page's statement does not count again.
    api.queries.length = 0;
    const latest = await api.gql(LatestHistory, { id: customerId, last: 2 });
    expect(latest.data!.customer!.transactions.totalCount).toBe(5);
    const ledgerStatements = api.queries.filter((sql) => /"LedgerEntry"/.test(sql));
    expect(ledgerStatements).toHaveLength(2);
    expect(ledgerStatements.filter((sql) => /count\(\*\)/i.test(sql))).toHaveLength(1);
  });

  it('loads the documents of a page of entries in a constant number of statements', async () => {
    const count = async (first: number) => {
      api.queries.length = 0;
      const { data, errors } = await api.gql(HistoryWithDocuments, { id: customerId, first });
      expect(errors).toBeUndefined();
      expect(data!.customer!.transactions.edges).toHaveLength(first);
      return api.queries.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    // 3 entries already refer to an invoice and a payment; 5 refer to more of each.
    expect(await count(5)).toBe(await count(3));
  });

  it('filters by kind and dates while the running balance stays that of the whole ledger', async () => {
    const { data } = await api.gql(History, {
      id: customerId,
      first: 50,
      filter: { kinds: ['INVOICE_ISSUED'], from: '2026-05-01' },
    });
    expect(
      data!.customer!.transactions.edges.map((e) => [
        e.node.occurredOn,
        e.node.amount.amount,
        e.node.runningBalance.amount,
      ]),
    ).toEqual([
      ['2026-05-10', '238.00', '357.00'],
      ['2026-06-05', '59.50', '297.50'],
    ]);
    expect(data!.customer!.transactions.totalCount).toBe(2);
  });

  it('pages through the ledger in order', async () => {
    const first = await api.gql(History, { id: customerId, first: 2 });
    const page = first.data!.customer!.transactions;
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(History, { id: customerId, first: 10, after: page.pageInfo.endCursor });
    const all = [...page.edges, ...second.data!.customer!.transactions.edges].map((e) => e.node.kind);
    expect(all).toEqual(['INVOICE_ISSUED', 'INVOICE_ISSUED', 'PAYMENT_RECEIVED', 'APPLIED', 'INVOICE_ISSUED']);
  });

  it('pages backwards from the end: `last` alone is the last page, with the running balance of the whole ledger', async () => {
    const { data, errors } = await api.gql(LatestHistory, { id: customerId, last: 2 });
    expect(errors).toBeUndefined();
    const page = data!.customer!.transactions;
    expect(page.edges.map((e) => [e.node.kind, e.node.runningBalance.amount])).toEqual([
      ['APPLIED', '238.00'],
      ['INVOICE_ISSUED', '297.50'],
    ]);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(page.totalCount).toBe(5);
    const earlier = await api.gql(LatestHistory, { id: customerId, last: 10, before: page.pageInfo.startCursor });
    expect(earlier.data!.customer!.transactions.edges.map((e) => e.node.kind)).toEqual([
      'INVOICE_ISSUED',
      'INVOICE_ISSUED',
      'PAYMENT_RECEIVED',
    ]);
  });

  it('gives a statement for a period: opening balance, entries, closing balance', async () => {
    const { data } = await api.gql(StatementOf, { id: customerId, from: '2026-05-01', to: '2026-05-31' });
    expect(data!.customer!.statement).toMatchObject({
      openingBalance: { amount: '119.00' },
      entries: [
        { kind: 'INVOICE_ISSUED', occurredOn: '2026-05-10', amount: { amount: '238.00' } },
        { kind: 'PAYMENT_RECEIVED', occurredOn: '2026-05-20', amount: { amount: '-119.00' } },
        { kind: 'APPLIED', occurredOn: '2026-05-20', amount: { amount: '0.00' } },
      ],
      closingBalance: { amount: '238.00' },
    });
  });
});
