// A short load test on loopback: authenticated writers and readers at once, bounded in count and
// time. It asserts correctness under load (no errors but rate limiting, nothing lost or doubled);
// speed is for `npm run bench`, not for tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

const writers = 4;
const readers = 4;
const requestsPerClient = 40;
const concurrencyPerClient = 4;
const deadlineMs = 60_000;

let api: TestServer;
beforeAll(async () => {
  // A budget below what each client asks for, so rate limiting shows up and must be clean. Budgets
  // are per clock minute: 40 requests against 15 a minute meet the limit even across a boundary.
  api = await startTestServer({ config: { rateLimits: { requestsPerMinute: 15, costPerMinute: 1_000_000 } } });
});
afterAll(() => api?.close());

async function post(key: string, query: string, variables?: unknown) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, { customer?: { code: string } | null; userErrors?: unknown[] }>;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && Date.now() - started < deadlineMs) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

describe('concurrent authenticated writers and readers', () => {
  it('loses and doubles nothing, and fails nothing but rate-limited requests', async () => {
    const writerKeys = await Promise.all(Array.from({ length: writers }, (_, i) => api.keyFor('SALES', `writer ${i}`)));
    const readerKeys = await Promise.all(
      Array.from({ length: readers }, (_, i) => api.keyFor('VIEWER', `reader ${i}`)),
    );
    const create =
      'mutation($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { code } userErrors { code } } }';
    const list =
      '{ customers(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount edges { node { id code } } } }';

    const [writes, reads] = await Promise.all([
      Promise.all(
        writerKeys.map((key, w) =>
          pool(requestsPerClient, concurrencyPerClient, async (i) => {
            const code = `LOAD-${w}-${i}`;
            return {
              code,
              ...(await post(key, create, { input: { code, displayName: `Load ${w}/${i}`, currency: 'RON' } })),
            };
          }),
        ),
      ),
      Promise.all(readerKeys.map((key) => pool(requestsPerClient, concurrencyPerClient, () => post(key, list)))),
    ]);

    const all = [...writes.flat(), ...reads.flat()];
    expect(all).toHaveLength((writers + readers) * requestsPerClient);
    const unexpected = all.filter(
      (r) => r.status !== 200 && !(r.status === 429 && r.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED'),
    );
    expect(unexpected).toEqual([]);
    expect(all.filter((r) => r.status === 200 && r.body.errors)).toEqual([]);
    const limited = all.filter((r) => r.status === 429).length;
    expect(limited).toBeGreaterThan(0);

    const accepted = writes.flat().filter((r) => r.status === 200 && r.body.data?.customerCreate.customer);
    expect(writes.flat().filter((r) => r.status === 200 && r.body.data?.customerCreate.userErrors?.length)).toEqual([]);
    const stored = await api.prisma.customer.findMany({
      where: { code: { startsWith: 'LOAD-' } },
      select: { code: true },
    });
    expect(stored.map((c) => c.code).sort()).toEqual(accepted.map((r) => r.code).sort());
    expect(new Set(stored.map((c) => c.code)).size).toBe(stored.length);

    const audited = await api.prisma.auditEntry.count({ where: { operation: 'customerCreate', result: 'SUCCESS' } });
    expect(audited).toBe(accepted.length);
  });
});
