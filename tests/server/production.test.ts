import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  const production = loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.com' });
  api = await startTestServer({ config: { ...production, logLevel: 'silent', host: '127.0.0.1', port: 0 } });
});
afterAll(() => api?.close());

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    response,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('production mode', () => {
  it('turns introspection off', async () => {
    const { body } = await post('{ __schema { types { name } } }');
    expect(body.errors?.[0].message).toMatch(/introspection is not allowed/i);
  });

  it('serves no Sandbox page', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('EmbeddedSandbox');
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const { body } = await post('{ customer { displayNam } }');
    expect(JSON.stringify(body.errors)).not.toMatch(/Did you mean/);
  });

  it('gives no name suggestions in variable errors either', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}` },
      body: JSON.stringify({
        query: 'mutation ($input: PaymentRecordInput!) { paymentRecord(input: $input) { payment { id } } }',
        variables: { input: { customerI: 'x', amount: '1', method: 'CASHH' } },
      }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors)).not.toMatch(/Did you mean/);
  });

  it('holds the socket to the same rules: no introspection, no suggestions', async () => {
    const socket = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const messages: { type: string; payload?: unknown }[] = [];
    const next = () =>
      new Promise<{ type: string; payload?: unknown }>((resolve) =>
        socket.once('message', (data) => resolve(JSON.parse(String(data)))),
      );
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${api.adminKey}` } }));
    messages.push(await next());
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __schema { types { name } } }' } }));
    messages.push(await next());
    socket.send(
      JSON.stringify({ id: '2', type: 'subscribe', payload: { query: 'subscription { customerChanged { chang } }' } }),
    );
    messages.push(await next());
    socket.close();
    expect(messages[0].type).toBe('connection_ack');
    expect(JSON.stringify(messages[1].payload)).toMatch(/introspection has been disabled/i);
    expect(messages[2].type).toBe('error');
    expect(JSON.stringify(messages[2].payload)).toMatch(/Cannot query field/);
    expect(JSON.stringify(messages[2].payload)).not.toMatch(/Did you mean/);
  });

  it('answers CORS preflight only for the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(api.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const other = await preflight('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
