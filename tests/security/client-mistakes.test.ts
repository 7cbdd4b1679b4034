// Mistakes a client makes must come back as BAD_USER_INPUT or userErrors naming the field, never
// as "Internal server error", and must write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { CreateCustomer } from '../customers/operations.js';
import { tableDigests } from '../support/fingerprint.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string[] } }[];
}

async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** Runs `send` and checks it changed no business table. */
async function unchanged<T>(send: () => Promise<T>): Promise<T> {
  const before = await tableDigests(api.prisma, ['AuditEntry', 'ApiKey']);
  const result = await send();
  expect(await tableDigests(api.prisma, ['AuditEntry', 'ApiKey'])).toEqual(before);
  return result;
}

describe('client mistakes', () => {
  it('a NUL character in any text is BAD_USER_INPUT naming the field, in variables and in the document', async () => {
    const inVariables = await unchanged(() =>
      api.gql(CreateCustomer, { input: { code: 'NUL-1', displayName: 'Bad\u0000Name', currency: 'RON' } }),
    );
    expect(inVariables.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: ['input', 'displayName'] },
    });
    const inSearch = await post('{ customers(first: 5, filter: { search: "a\\u0000b" }) { totalCount } }');
    expect(inSearch.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'search'] } });
  });

  it('a line or document over the largest amount is a user error on the line, for drafts and quotes alike', async () => {
    const customer = await createCustomer(api);
    const huge = [
      { description: 'Huge price', quantity: '1', unitPrice: '999999999999999.99' },
      { description: 'Huge product', quantity: '1000000', unitPrice: '1000000000.00' },
    ];
    for (const line of huge) {
      const draft = await unchanged(() =>
        post(
          'mutation ($input: InvoiceCreateDraftInput!) { invoiceCreateDraft(input: $input) { invoice { id } userErrors { field code message } } }',
          {
            input: { customerId: customer.id, lines: [line] },
          },
        ),
      );
      expect(draft.errors).toBeUndefined();
      expect((draft.data!.invoiceCreateDraft as { userErrors: unknown[] }).userErrors).toEqual([
        expect.objectContaining({ field: expect.arrayContaining(['lines', '0']), code: 'AMOUNT_TOO_LARGE' }),
      ]);
      const quote = await post(
        'query ($input: PriceQuoteInput!) { priceQuote(input: $input) { quote { total { amount } } userErrors { field code } } }',
        {
          input: { customerId: customer.id, lines: [line] },
        },
      );
      expect(quote.errors).toBeUndefined();
      expect(quote.data?.priceQuote).toEqual({
        quote: null,
        userErrors: [{ field: expect.arrayContaining(['lines', '0']), code: 'AMOUNT_TOO_LARGE' }],
      });
    }
    // Lines each within the limit that add up beyond it.
    const many = Array.from({ length: 3 }, () => ({ description: 'Big', quantity: '1', unitPrice: '400000000000' }));
    const draft = await post(
      'mutation ($input: InvoiceCreateDraftInput!) { invoiceCreateDraft(input: $input) { invoice { id } userErrors { field code message } } }',
      {
        input: { customerId: customer.id, lines: many },
      },
    );
    expect((draft.data!.invoiceCreateDraft as { userErrors: { code: string; message: string }[] }).userErrors).toEqual([
      expect.objectContaining({
        code: 'AMOUNT_TOO_LARGE',
        message: expect.stringContaining('a document may be at most 999999999999.99'),
      }),
    ]);
    // The largest amount itself is accepted: 840,336,134,453.77 + 19% VAT of 159,663,865,546.22.
    const largest = await post(
      'mutation ($input: InvoiceCreateDraftInput!) { invoiceCreateDraft(input: $input) { invoice { total { amount } } userErrors { code } } }',
      {
        input: {
          customerId: customer.id,
          lines: [{ description: 'At the limit', quantity: '1', unitPrice: '840336134453.77' }],
        },
      },
    );
    expect(largest.errors).toBeUndefined();
    expect(largest.data?.invoiceCreateDraft).toEqual({
      invoice: { total: { amount: '999999999999.99' } },
      userErrors: [],
    });
  });

  it('node and nodes answer null for unknown, malformed and other-type ids, and for ids the viewer may not see', async () => {
    const customer = await createCustomer(api);
    const madeUp = Buffer.from('Customer:00000000-0000-7000-8000-000000000000').toString('base64');
    const noSuchType = Buffer.from('Spaceship:00000000-0000-7000-8000-000000000000').toString('base64');
    const notUuid = Buffer.from("Customer:1' OR 1=1").toString('base64');
    const one = await post('query ($id: ID!) { node(id: $id) { id } }', { id: 'not base64 at all!' });
    expect(one).toMatchObject({ status: 200, data: { node: null } });
    expect(one.errors).toBeUndefined();
    const many = await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [customer.id, madeUp, noSuchType, notUuid, '%%%', customer.id],
    });
    expect(many.errors).toBeUndefined();
    expect(many.data?.nodes).toEqual([{ id: customer.id }, null, null, null, null, { id: customer.id }]);
  });

  it('a malformed cursor is BAD_USER_INPUT; `last` without `before` gives the last page', async () => {
    for (const after of ['garbage', Buffer.from('nonsense').toString('base64')]) {
      const answer = await post('query ($after: String) { customers(first: 2, after: $after) { totalCount } }', {
        after,
      });
      expect(answer.errors?.[0], after).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    for (let i = 0; i < 3; i++) await createCustomer(api, { displayName: `Zz Last ${i}` });
    const last = await post(
      '{ customers(last: 2, orderBy: { field: DISPLAY_NAME, direction: ASC }) { edges { node { displayName } } pageInfo { hasPreviousPage } } }',
    );
    expect(last.errors).toBeUndefined();
    expect(last.data?.customers).toEqual({
      edges: [{ node: { displayName: 'Zz Last 1' } }, { node: { displayName: 'Zz Last 2' } }],
      pageInfo: { hasPreviousPage: true },
    });
  });
});

describe('more client mistakes', () => {
  it('half of a surrogate pair is BAD_USER_INPUT, and nothing is written (nor left out of the audit trail)', async () => {
    const audited = await api.prisma.auditEntry.count();
    const answer = await unchanged(() =>
      post('mutation ($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } } }', {
        input: { code: 'SUR-1', displayName: 'Half \ud800 pair', currency: 'RON' },
      }),
    );
    expect(answer.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: ['input', 'displayName'] },
    });
    expect(await api.prisma.auditEntry.count()).toBe(audited);
  });

  it('cursors the API never gave out, and first with last, are BAD_USER_INPUT on every list', async () => {
    const junk = [
      'GPC:S:notauuid',
      'GPC:S:',
      'GPC:N:-1',
      'GPC:J:null',
      'OffsetConnection:-5',
      'OffsetConnection:abc',
    ].map((text) => Buffer.from(text).toString('base64'));
    for (const after of [...junk, 'zzz', '====']) {
      const customers = await post('query ($after: String) { customers(first: 2, after: $after) { totalCount } }', {
        after,
      });
      expect(customers.errors?.[0], after).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['after'] } });
    }
    const customer = await createCustomer(api);
    const transactions = await post(
      'query ($id: ID!, $after: String) { customer(id: $id) { transactions(first: 2, after: $after) { totalCount } } }',
      { id: customer.id, after: junk[4] },
    );
    expect(transactions.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const both = await post('{ customers(first: 100, last: 1) { edges { node { id } } } }');
    expect(both.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['last'] } });
    const lastAfter = await post('query ($after: String) { customers(last: 1, after: $after) { totalCount } }', {
      after: Buffer.from('GPC:S:00000000-0000-7000-8000-000000000000').toString('base64'),
    });
    expect(lastAfter.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['after'] } });
    // `last` alone is the last page on every list (see the history tests), never an error.
    const backwards = await post('query ($id: ID!) { customer(id: $id) { transactions(last: 2) { totalCount } } }', {
      id: customer.id,
    });
    expect(backwards).toMatchObject({ status: 200, data: { customer: { transactions: { totalCount: 0 } } } });
    expect(backwards.errors).toBeUndefined();
  });

  it('dates outside the years 1900–2999 are BAD_USER_INPUT, not read as 1901', async () => {
    const customer = await createCustomer(api);
    for (const receivedOn of ['0001-01-01', '0026-06-15', '3000-01-01']) {
      const answer = await unchanged(() =>
        post('mutation ($input: PaymentRecordInput!) { paymentRecord(input: $input) { payment { id } } }', {
          input: { customerId: customer.id, amount: '1.00', method: 'CASH', receivedOn },
        }),
      );
      expect(answer.errors?.[0].extensions?.code, receivedOn).toBe('BAD_USER_INPUT');
    }
  });

  it('text too long for its column is a user error, not an internal one', async () => {
    const customer = await createCustomer(api);
    const contract = await post(
      'mutation ($input: ContractCreateInput!) { contractCreate(input: $input) { userErrors { field code } } }',
      { input: { customerId: customer.id, number: 'N'.repeat(8_000), title: 't', startDate: '2026-01-01' } },
    );
    expect(contract.data?.contractCreate).toEqual({ userErrors: [{ field: ['number'], code: 'TOO_LONG' }] });
    const list = await post(
      'mutation ($input: PriceListCreateInput!) { priceListCreate(input: $input) { userErrors { field code } } }',
      {
        input: {
          name: Array.from({ length: 8_000 }, (_, i) => String.fromCharCode(65 + (i % 26))).join(''),
          currency: 'RON',
        },
      },
    );
    expect(list.data?.priceListCreate).toEqual({ userErrors: [{ field: ['name'], code: 'TOO_LONG' }] });
    const huge = await post(
      'mutation ($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } } }',
      {
        input: { code: 'HUGE-1', displayName: 'x', notes: 'n'.repeat(20_001), currency: 'RON' },
      },
    );
    expect(huge.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['input', 'notes'] } });
  });
});
