import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultQueryLimits } from '../../src/server/limits.js';
import { createCustomer } from '../customers/factory.js';
import { catalog } from '../invoices/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

async function post(body: string | object, headers: Record<string, string> = {}, server: TestServer = api) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminKey}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
      extensions?: Record<string, unknown>;
    },
  };
}

describe('query limits', () => {
  it('reports the cost of every query in extensions', async () => {
    const { body } = await post({ query: '{ customers(first: 10) { edges { node { id contacts { name } } } } }' });
    expect(body.errors).toBeUndefined();
    // customers 1 + 10 × (edges 1 + node 1 + contacts 1): every object field counts, scalars do not.
    expect(body.extensions?.cost).toEqual({ requested: 1 + 10 * 3, limit: 5000 });
  });

  it('refuses a query nested deeper than the limit, counting through fragments', async () => {
    // Today's schema has no cycle that reaches depth 10, so this server allows 5 levels (a leaf counts).
    const shallow = await startTestServer({ config: { queryLimits: { ...defaultQueryLimits, maxDepth: 5 } } });
    try {
      const fiveLevels = await post(
        { query: '{ customers(first: 1) { edges { node { purchaseTerms { defaultTaxTreatment } } } } }' },
        {},
        shallow,
      );
      expect(fiveLevels.body.errors).toBeUndefined();
      const viaFragments = `
        query { ...A }
        fragment A on Query { customers(first: 1) { edges { node { ...B } } } }
        fragment B on Customer { purchaseTerms { paymentTerms { name } } }`;
      const { status, body } = await post({ query: viaFragments }, {}, shallow);
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({
        message: 'Query is 6 levels deep; the limit is 5.',
        extensions: { code: 'QUERY_TOO_DEEP', depth: 6, limit: 5 },
      });
    } finally {
      await shallow.close();
    }
  });

  it('refuses an alias flood', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: 'Query uses 40 aliases; the limit is 30.',
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
  });

  it('refuses a query whose cost is over the limit before running it', async () => {
    // Each alias costs 1 + 100 × (edges 1 + node 1 + contacts 1 + purchaseTerms 1 + paymentTerms 1 + priceList 1) = 601.
    const page =
      'customers(first: 100) { edges { node { contacts { name } purchaseTerms { paymentTerms { name } priceList { name } } } } }';
    const query = `{ ${Array.from({ length: 9 }, (_, i) => `c${i}: ${page}`).join(' ')} }`;
    api.queries.length = 0;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COSTLY', limit: 5000, cost: expect.any(Number) },
    });
    expect(api.queries.filter((sql) => sql.includes('"Customer"'))).toEqual([]);
  });

  it('refuses first/last beyond 100, also through a variable', async () => {
    const { body } = await post({
      query: 'query($n: Int) { customers(first: $n) { totalCount } }',
      variables: { n: 101 },
    });
    expect(body.errors?.[0]).toMatchObject({
      message: '`first` must be between 0 and 100; got 101.',
      extensions: { code: 'PAGE_SIZE_LIMIT' },
    });
    const negative = await post({ query: '{ customers(last: -5) { totalCount } }' });
    expect(negative.body.errors?.[0].extensions?.code).toBe('PAGE_SIZE_LIMIT');
  });

  it('checks the same document again for each set of variables: one that passed does not let a costlier one through', async () => {
    const query = 'query($n: Int) { customers(first: $n) { edges { node { contacts { name } } } } }';
    const small = await post({ query, variables: { n: 10 } });
    expect(small.body.extensions?.cost).toEqual({ requested: 31, limit: 5000 });
    const tooLarge = await post({ query, variables: { n: 101 } });
    expect(tooLarge.body.errors?.[0].extensions?.code).toBe('PAGE_SIZE_LIMIT');
    const again = await post({ query, variables: { n: 10 } });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.extensions?.cost).toEqual({ requested: 31, limit: 5000 });
    const larger = await post({ query, variables: { n: 20 } });
    expect(larger.body.extensions?.cost).toEqual({ requested: 61, limit: 5000 });
    // The same document with variables nested too deep for JSON.stringify: refused as input, not a crash.
    const deep = `${'['.repeat(8_000)}"x"${']'.repeat(8_000)}`;
    const nested = await post(`{"query":${JSON.stringify(query)},"variables":{"n":10,"x":${deep}}}`);
    expect(nested.status).toBe(400);
    expect(nested.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a body over the size limit with 413 and a JSON error', async () => {
    const { status, body } = await post({ query: `{ viewer { role } } # ${'x'.repeat(1_000_000)}` });
    expect(status).toBe(413);
    expect(body.errors?.[0]).toMatchObject({
      message: 'Request body is larger than 100000 bytes.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('refuses a document with too many tokens', async () => {
    const query = `{ viewer { ${'role '.repeat(6000)} } }`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/5000 tokens/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuses malformed JSON and batched requests with a clear message', async () => {
    const malformed = await post('{"query": "{ viewer { role } }"');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]).toMatchObject({
      message: 'Request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
    const batch = await post([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.text).toMatch(/batching/i);
  });

  it('costs nodes(ids) per id and caps the list', async () => {
    const id = (n: number) =>
      Buffer.from(`Customer:00000000-0000-7000-8000-${String(n).padStart(12, '0')}`).toString('base64');
    const one = await post({ query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: [id(1)] } });
    const fifty = await post({
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: Array.from({ length: 50 }, (_, i) => id(i)) },
    });
    expect(one.body.extensions?.cost).toEqual({ requested: 1, limit: 5000 });
    expect(fifty.body.extensions?.cost).toEqual({ requested: 50, limit: 5000 });
    const tooMany = await post({
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: Array.from({ length: 101 }, (_, i) => id(i)) },
    });
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: '`ids` takes at most 100 ids; got 101.',
      extensions: { code: 'PAGE_SIZE_LIMIT' },
    });
  });

  it('caps the words and the length of a search', async () => {
    const words = await post({
      query: 'query ($search: String) { customers(first: 1, filter: { search: $search }) { totalCount } }',
      variables: { search: Array.from({ length: 2_000 }, (_, i) => `w${i}`).join(' ') },
    });
    expect(words.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'search'] },
    });
    const nine = await post({
      query: '{ customers(first: 1, filter: { search: "a b c d e f g h i" }) { totalCount } }',
    });
    expect(nine.body.errors?.[0].message).toBe('A search has at most 8 words.');
    const eight = await post({
      query: '{ customers(first: 1, filter: { search: "a b c d e f g h" }) { totalCount } }',
    });
    expect(eight.body.errors).toBeUndefined();
  });

  it('counts introspection: its aliases, and a cost per schema read', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ');
    const flood = await post({ query: `{ ${aliases} }` });
    expect(flood.body.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
    const ten = Array.from({ length: 11 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ');
    expect((await post({ query: `{ ${ten} }` })).body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    // The standard introspection query (Sandbox, codegen) still passes: its ofType chain is not depth.
    const { getIntrospectionQuery } = await import('graphql');
    const standard = await post({ query: getIntrospectionQuery() });
    expect(standard.body.errors).toBeUndefined();
  });

  it('costs a connection at the page it returns, and checks page sizes inside fragments', async () => {
    const transactions = await post({
      query: '{ customers(first: 1) { edges { node { transactions { edges { node { id } } } } } } }',
    });
    const twenty = await post({
      query: '{ customers(first: 1) { edges { node { transactions(first: 20) { edges { node { id } } } } } } }',
    });
    expect(transactions.body.extensions?.cost).toEqual(twenty.body.extensions?.cost);
    const inFragment = await post({
      query: 'query { ...Big } fragment Big on Query { customers(first: 1000) { totalCount } }',
    });
    expect(inFragment.body.errors?.[0]).toMatchObject({ extensions: { code: 'PAGE_SIZE_LIMIT' } });
  });

  it('counts a variable left out at its default: page sizes and cost', async () => {
    const big = await post({ query: 'query ($f: Int = 1000) { customers(first: $f) { totalCount } }' });
    expect(big.body.errors?.[0]).toMatchObject({ extensions: { code: 'PAGE_SIZE_LIMIT' } });
    const nested = `query ($f: Int = 100) {
      customers(first: $f) { edges { node { transactions(first: $f) { edges { node { id } } } } } }
    }`;
    const costly = await post({ query: nested });
    expect(costly.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY' } });
    const given = await post({ query: nested, variables: { f: 2 } });
    expect(given.body.errors).toBeUndefined();
  });

  it('refuses variables nested without end, lists over 100 items and more than 10 mutations, before anything runs', async () => {
    // Written by hand: JSON.stringify itself runs out of stack on it.
    const deep = `${'['.repeat(8_000)}"x"${']'.repeat(8_000)}`;
    const nested = await post(`{"query":"{ viewer { role } }","variables":{"x":${deep}}}`);
    expect(nested.status).toBe(400);
    expect(nested.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const customer = await createCustomer(api);
    const allocations = Array.from({ length: 101 }, () => ({ invoiceId: customer.id, amount: '0.01' }));
    const long = await post({
      query: `mutation ($input: PaymentRecordInput!) { paymentRecord(input: $input) { userErrors { code } } }`,
      variables: { input: { customerId: customer.id, amount: '10.00', method: 'CASH', allocations } },
    });
    expect(long.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('at most 100 items'),
      extensions: { code: 'BAD_USER_INPUT', field: ['input', 'allocations'] },
    });
    const eleven = Array.from(
      { length: 11 },
      (_, i) => `m${i}: apiKeyRevoke(input: { id: "x" }) { userErrors { code } }`,
    );
    const many = await post({ query: `mutation { ${eleven.join(' ')} }` });
    expect(many.body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_MUTATIONS' } });
    const throughFragment = await post({
      query: `mutation { ...Writes } fragment Writes on Mutation { ${eleven.join(' ')} }`,
    });
    expect(throughFragment.body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_MUTATIONS' } });
    expect(await api.prisma.payment.count({ where: { customer: { code: customer.code } } })).toBe(0);
  });

  it('escapes LIKE wildcards: a search for % or _ finds only those characters', async () => {
    const given = await catalog(api);
    const customer = await createCustomer(api);
    await given.issued(customer.id, [{ itemId: await given.item('10.00', { name: 'Plain widget' }), quantity: '1' }]);
    const everything = await post({ query: '{ items(first: 5) { totalCount } invoices(first: 5) { totalCount } }' });
    expect(everything.body.data).toEqual({ items: { totalCount: 1 }, invoices: { totalCount: 1 } });
    const items = await post({
      query:
        '{ items(first: 5, search: "%") { totalCount } invoices(first: 5, filter: { number: "_" }) { totalCount } }',
    });
    expect(items.body.errors).toBeUndefined();
    expect(items.body.data).toEqual({ items: { totalCount: 0 }, invoices: { totalCount: 0 } });
  });
});
