import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultQueryLimits } from '../../src/server/limits.js';
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
  return { status: response.status, text, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> } };
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
      const fiveLevels = await post({ query: '{ customers(first: 1) { edges { node { purchaseTerms { defaultTaxTreatment } } } } }' }, {}, shallow);
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
    expect(body.errors?.[0]).toMatchObject({ message: 'Query uses 40 aliases; the limit is 30.', extensions: { code: 'TOO_MANY_ALIASES' } });
  });

  it('refuses a query whose cost is over the limit before running it', async () => {
    // Each alias costs 1 + 100 × (edges 1 + node 1 + contacts 1 + purchaseTerms 1 + paymentTerms 1 + priceList 1) = 601.
    const page = 'customers(first: 100) { edges { node { contacts { name } purchaseTerms { paymentTerms { name } priceList { name } } } } }';
    const query = `{ ${Array.from({ length: 9 }, (_, i) => `c${i}: ${page}`).join(' ')} }`;
    api.queries.length = 0;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY', limit: 5000, cost: expect.any(Number) } });
    expect(api.queries.filter((sql) => sql.includes('"Customer"'))).toEqual([]);
  });

  it('refuses first/last beyond 100, also through a variable', async () => {
    const { body } = await post({ query: 'query($n: Int) { customers(first: $n) { totalCount } }', variables: { n: 101 } });
    expect(body.errors?.[0]).toMatchObject({ message: '`first` must be between 0 and 100; got 101.', extensions: { code: 'PAGE_SIZE_LIMIT' } });
    const negative = await post({ query: '{ customers(last: -5) { totalCount } }' });
    expect(negative.body.errors?.[0].extensions?.code).toBe('PAGE_SIZE_LIMIT');
  });

  it('refuses a body over the size limit with 413 and a JSON error', async () => {
    const { status, body } = await post({ query: `{ viewer { role } } # ${'x'.repeat(1_000_000)}` });
    expect(status).toBe(413);
    expect(body.errors?.[0]).toMatchObject({ message: 'Request body is larger than 100000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('refuses a document with too many tokens', async () => {
    const query = `{ viewer { ${'role '.repeat(6000)} } }`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/5000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('refuses malformed JSON and batched requests with a clear message', async () => {
    const malformed = await post('{"query": "{ viewer { role } }"');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]).toMatchObject({ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
    const batch = await post([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.text).toMatch(/batching/i);
  });
});
