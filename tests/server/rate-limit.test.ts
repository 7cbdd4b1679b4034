import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalRateLimiter } from '../../src/server/rate-limit.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  // A clock that stands still: every request falls in the same budget minute.
  api = await startTestServer({
    config: { rateLimits: { requestsPerMinute: 5, costPerMinute: 60 } },
    now: () => new Date('2026-06-15T10:00:30Z'),
  });
});
afterAll(() => api?.close());

async function post(key: string, query: string) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

describe('rate limits per API key', () => {
  it('refuses requests past the per-minute budget with 429 and a retry-after hint; other keys are unaffected', async () => {
    const key = await api.keyFor('VIEWER', 'busy client');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(key, '{ viewer { role } }')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await post(key, '{ viewer { role } }');
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(limited.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/request budget.*Retry after \d+ s/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(limited.retryAfter) },
    });
    const other = await api.keyFor('VIEWER', 'quiet client');
    expect((await post(other, '{ viewer { role } }')).status).toBe(200);
  });

  it('charges refused requests too: parse errors, validation errors and refusals by the guard', async () => {
    const key = await api.keyFor('VIEWER', 'careless client');
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `v${i}: viewer { role }`).join(' ')} }`;
    const refused = [
      (await post(key, '{ viewer { role ')).status,
      (await post(key, '{ noSuchField }')).status,
      (await post(key, aliases)).status,
      (await post(key, aliases)).status,
      (await post(key, '{ viewer { role } }')).status,
    ];
    expect(refused).toEqual([400, 400, 400, 400, 200]);
    expect((await post(key, '{ viewer { role } }')).status).toBe(429);
  });

  it('charges expensive operations by their cost', async () => {
    const key = await api.keyFor('VIEWER', 'heavy client');
    const heavy = '{ customers(first: 10) { edges { node { contacts { name } } } } }'; // cost 31
    expect((await post(key, heavy)).status).toBe(200);
    const second = await post(key, heavy);
    expect(second.status).toBe(429);
    expect(second.body.errors?.[0].message).toMatch(/query cost budget/);
  });

  it('starts a fresh budget each minute', async () => {
    let now = 0;
    const limiter = createLocalRateLimiter({ requestsPerMinute: 2, costPerMinute: 100 }, () => now);
    expect((await limiter.consume('k', 1)).allowed).toBe(true);
    expect((await limiter.consume('k', 1)).allowed).toBe(true);
    const third = await limiter.consume('k', 1);
    expect(third).toEqual({ allowed: false, exceeded: 'requests', retryAfterSeconds: 60 });
    now = 59_500;
    expect((await limiter.consume('k', 1)).retryAfterSeconds).toBe(1);
    now = 60_000;
    expect((await limiter.consume('k', 1)).allowed).toBe(true);
  });
});

describe('requests without a valid key', () => {
  it('are refused with 401, then with 429 once an address keeps trying, whatever key it sends then', async () => {
    const guesser = await startTestServer({
      config: { authFailuresPerMinute: 3 },
      now: () => new Date('2026-06-15T10:00:30Z'),
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(guesser.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ck_AAAAAAAAAAAA_${String(i).padStart(32, 'x')}`,
          },
          body: JSON.stringify({ query: '{ viewer { role } }' }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const valid = await fetch(guesser.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${guesser.adminKey}` },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      // Refused before the key is looked at: a 429 must not tell a guesser which key was right.
      expect(valid.status).toBe(429);
    } finally {
      await guesser.close();
    }
  });
});

describe('behind a load balancer', () => {
  it('counts failures per client address from X-Forwarded-For when TRUSTED_PROXIES is set', async () => {
    const proxied = await startTestServer({
      config: { authFailuresPerMinute: 1, trustedProxies: 1 },
      now: () => new Date('2026-06-15T10:00:30Z'),
    });
    try {
      const attempt = async (client: string) =>
        (
          await fetch(proxied.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer wrong', 'x-forwarded-for': client },
            body: JSON.stringify({ query: '{ viewer { role } }' }),
          })
        ).status;
      expect([await attempt('203.0.113.1'), await attempt('203.0.113.1'), await attempt('203.0.113.2')]).toEqual([
        401, 429, 401,
      ]);
    } finally {
      await proxied.close();
    }
  });
});
