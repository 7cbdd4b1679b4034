import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { ListCustomers } from '../customers/operations.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

const base = () => api.url.replace(/\/graphql$/, '');

describe('HTTP endpoints', () => {
  it('never writes a Host header that is not a host name into the dashboard page’s policy', async () => {
    const { request } = await import('node:http');
    const policyFor = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const url = new URL(`${base()}/dashboard`);
        request({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (response) => {
          response.resume();
          resolve(String(response.headers['content-security-policy']));
        })
          .on('error', reject)
          .end();
      });
    expect(await policyFor('evil.example"; script-src *')).not.toContain('script-src *');
    expect(await policyFor('evil.example"; script-src *')).toContain("connect-src 'self';");
    expect(await policyFor('localhost:4000')).toContain('ws://localhost:4000');
  });

  it('refuses a subscription sent over HTTP and says where it belongs', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}` },
      body: JSON.stringify({ query: 'subscription { paymentReceived { id } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('WebSocket'),
        extensions: expect.objectContaining({ code: 'OPERATION_NOT_SUPPORTED' }),
      }),
    ]);
  });

  it('/healthz says the process is up and /readyz that the database answers', async () => {
    const health = await fetch(`${base()}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: api.database.kind });
  });

  it('serves the Apollo Sandbox landing page to a browser at /graphql', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    // Sandbox itself loads from Apollo's CDN in the visitor's browser; the page embeds it.
    expect(html).toContain('embeddable-sandbox.cdn.apollographql.com');
    expect(html).toContain('EmbeddedSandbox');
    expect(html).toContain('initialEndpoint');
  });

  it('answers a POSTed query and echoes or assigns a request id', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'trace-123',
        authorization: `Bearer ${api.adminKey}`,
      },
      body: JSON.stringify({ query: '{ customers(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(await response.json()).toMatchObject({ data: { customers: { totalCount: 0 } } });

    const anonymous = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(anonymous.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a GET mutation and a simple cross-site POST (CSRF prevention)', async () => {
    const csrf = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/i);
  });

  it('hides internals: a failure inside a resolver is reported without a stack trace', async () => {
    const { errors, status } = await api.gql(ListCustomers, { first: -1 });
    expect(status).toBe(400);
    expect(JSON.stringify(errors)).not.toMatch(/stack|\.ts:\d+/);
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, then refuses new connections', async () => {
    const separate = await startTestServer();
    separate.queries.length = 0;
    const inFlight = separate.gql(ListCustomers, { first: 10 });
    // Stop once the server is working on the request (its first SQL statement was sent).
    while (separate.queries.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const stopping = separate.server.stop();
    const response = await inFlight;
    expect(response.data?.customers.totalCount).toBe(0);
    await stopping;
    await expect(fetch(separate.url, { method: 'POST', body: '{}' })).rejects.toThrow();
    await separate.database.close();
  });
});
