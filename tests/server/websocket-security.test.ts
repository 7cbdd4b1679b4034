import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { issueApiKey } from '../../src/modules/access/api-keys.service.js';
import { encodeGlobalID } from '../../src/schema/global-id.js';
import { RevokeKey } from '../access/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({
    config: { wsMaxSubscriptions: 3, wsMaxConnectionsPerKey: 3, corsOrigins: ['https://dashboard.example.com'] },
  });
});
afterAll(() => api?.close());

const wsUrl = () => api.url.replace(/^http/, 'ws');

/** Opens a raw graphql-ws socket, sends connection_init, and resolves with the first reply or the close code. */
function open(payload: unknown, headers: Record<string, string> = {}, url = wsUrl()) {
  const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    socket.on('error', () => {});
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
      resolve();
    });
    socket.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  const nextMessage = async (type: string) => {
    for (;;) {
      const found = messages.find((m) => m.type === type);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return found;
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { socket, opened, closed, nextMessage };
}

describe('graphql-ws security', () => {
  it('closes a connection_init without a valid key with 4403', async () => {
    for (const payload of [{}, { authorization: 'Bearer nope' }, null]) {
      const { opened, closed } = open(payload);
      await opened;
      expect((await closed).code).toBe(4403);
    }
  });

  it('caps the operations open on one socket', async () => {
    const { socket, opened, nextMessage } = open({ authorization: `Bearer ${api.adminKey}` });
    await opened;
    await nextMessage('connection_ack');
    for (let i = 1; i <= 4; i++) {
      socket.send(
        JSON.stringify({
          id: String(i),
          type: 'subscribe',
          payload: { query: 'subscription { customerChanged { change } }' },
        }),
      );
    }
    const error = await nextMessage('error');
    expect(error).toMatchObject({
      id: '4',
      payload: [expect.objectContaining({ message: 'Too many operations on this connection; the limit is 3.' })],
    });
    socket.close();
  });

  it('closes a socket that sends a message over the size limit', async () => {
    const { socket, opened, nextMessage, closed } = open({ authorization: `Bearer ${api.adminKey}` });
    await opened;
    await nextMessage('connection_ack');
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: `{ viewer { role } } #${'x'.repeat(70 * 1024)}` },
      }),
    );
    expect((await closed).code).toBe(1009);
  });

  it('refuses a browser socket from an origin that is not allowed', async () => {
    await expect(
      open({ authorization: `Bearer ${api.adminKey}` }, { origin: 'https://evil.example.net' }).opened,
    ).rejects.toThrow(/HTTP 401/);
    const allowed = open({ authorization: `Bearer ${api.adminKey}` }, { origin: 'https://dashboard.example.com' });
    await allowed.opened;
    await allowed.nextMessage('connection_ack');
    allowed.socket.close();
  });

  it('applies query limits to operations over the socket', async () => {
    const { socket, opened, nextMessage } = open({ authorization: `Bearer ${api.adminKey}` });
    await opened;
    await nextMessage('connection_ack');
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: displayName`).join(' ');
    socket.send(
      JSON.stringify({
        id: 'big',
        type: 'subscribe',
        payload: { query: `subscription { customerChanged { customer { ${aliases} } } }` },
      }),
    );
    const refused = await nextMessage('error');
    expect(refused).toMatchObject({
      id: 'big',
      payload: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_ALIASES' }) })],
    });
    // The HTTP status Apollo answers such an error with is no part of a socket's message.
    expect((refused as { payload: { extensions: object }[] }).payload[0].extensions).not.toHaveProperty('http');
    socket.close();
  });

  it('runs subscriptions only: a query or a mutation over the socket is refused and changes nothing', async () => {
    const { socket, opened, nextMessage } = open({ authorization: `Bearer ${api.adminKey}` });
    await opened;
    await nextMessage('connection_ack');
    socket.send(
      JSON.stringify({ id: 'q', type: 'subscribe', payload: { query: '{ customers(first: 1) { totalCount } }' } }),
    );
    expect(await nextMessage('error')).toMatchObject({
      id: 'q',
      payload: [expect.objectContaining({ extensions: { code: 'OPERATION_NOT_SUPPORTED' } })],
    });
    const mutation =
      'mutation { customerCreate(input: { code: "WS-1", displayName: "Over the socket", currency: "RON" }) { customer { id } } }';
    socket.send(JSON.stringify({ id: 'm', type: 'subscribe', payload: { query: mutation } }));
    const refused = await nextMessage('error');
    expect(refused).toMatchObject({
      id: 'm',
      payload: [expect.objectContaining({ message: expect.stringContaining('HTTP POST') })],
    });
    expect(await api.prisma.customer.count({ where: { code: 'WS-1' } })).toBe(0);
    socket.close();
  });

  it('closes the sockets of a revoked key at once, and hears nothing more on them', async () => {
    const { apiKeyId, secret } = await issueApiKey(api.prisma, 'dashboard to revoke', 'VIEWER', null);
    const { socket, opened, nextMessage, closed } = open({ authorization: `Bearer ${secret}` });
    await opened;
    await nextMessage('connection_ack');
    socket.send(
      JSON.stringify({
        id: 'live',
        type: 'subscribe',
        payload: { query: 'subscription { customerChanged { change } }' },
      }),
    );
    const revoked = await api.gql(RevokeKey, { id: encodeGlobalID('ApiKey', apiKeyId) });
    expect(revoked.data?.apiKeyRevoke.userErrors).toEqual([]);
    expect(await closed).toEqual({ code: 4401, reason: 'API key revoked' });
    // And it cannot come back.
    const again = open({ authorization: `Bearer ${secret}` });
    await again.opened;
    expect((await again.closed).code).toBe(4403);
  });

  it('caps the sockets one key may hold open', async () => {
    const key = await api.keyFor('VIEWER', 'many tabs');
    const sockets = [
      open({ authorization: `Bearer ${key}` }),
      open({ authorization: `Bearer ${key}` }),
      open({ authorization: `Bearer ${key}` }),
    ];
    for (const { opened, nextMessage } of sockets) {
      await opened;
      await nextMessage('connection_ack');
    }
    const fourth = open({ authorization: `Bearer ${key}` });
    await fourth.opened;
    expect(await fourth.closed).toEqual({ code: 4429, reason: 'Too many sockets for this API key; the limit is 3' });
    sockets[0].socket.close();
    await sockets[0].closed;
    const replacement = open({ authorization: `Bearer ${key}` });
    await replacement.opened;
    await replacement.nextMessage('connection_ack');
    for (const { socket } of [...sockets, replacement]) socket.close();
  });

  it('counts bad keys on connection_init against the address, with HTTP, and then refuses even a right key', async () => {
    const guarded = await startTestServer({
      config: { authFailuresPerMinute: 2 },
      now: () => new Date('2026-06-15T10:00:30Z'),
    });
    try {
      const url = guarded.url.replace(/^http/, 'ws');
      const badSocket = open({ authorization: 'Bearer wrong' }, {}, url);
      await badSocket.opened;
      expect((await badSocket.closed).code).toBe(4403);
      const badHttp = await fetch(guarded.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
        body: '{"query":"{ viewer { role } }"}',
      });
      expect(badHttp.status).toBe(401);
      const right = open({ authorization: `Bearer ${guarded.adminKey}` }, {}, url);
      await right.opened;
      expect((await right.closed).code).toBe(4429);
    } finally {
      await guarded.close();
    }
  });

  it('answers a document that does not parse with GRAPHQL_PARSE_FAILED, not an internal error', async () => {
    const { socket, opened, nextMessage } = open({ authorization: `Bearer ${api.adminKey}` });
    await opened;
    await nextMessage('connection_ack');
    socket.send(
      JSON.stringify({ id: 'broken', type: 'subscribe', payload: { query: 'subscription { customerChanged { ' } }),
    );
    expect(await nextMessage('error')).toMatchObject({
      id: 'broken',
      payload: [expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })],
    });
    socket.close();
  });

  it('frees the slot of a subscription the client completes, without waiting for an event', async () => {
    const { socket, opened, nextMessage } = open({ authorization: `Bearer ${await api.keyFor('VIEWER', 'slots')}` });
    await opened;
    await nextMessage('connection_ack');
    for (let round = 0; round < 3; round++) {
      const ids = [1, 2, 3].map((i) => `r${round}-${i}`);
      for (const id of ids) {
        socket.send(
          JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { customerChanged { change } }' } }),
        );
      }
      // Wait until the server has the three running: a fourth is refused.
      socket.send(
        JSON.stringify({
          id: `r${round}-extra`,
          type: 'subscribe',
          payload: { query: 'subscription { customerChanged { change } }' },
        }),
      );
      expect(await nextMessage('error')).toMatchObject({
        id: `r${round}-extra`,
        payload: [expect.objectContaining({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } })],
      });
      for (const id of ids) socket.send(JSON.stringify({ id, type: 'complete' }));
      // The server answers a ping after the completes before it: no event happens in between,
      // yet the next round's three are accepted.
      socket.send(JSON.stringify({ type: 'ping' }));
      await nextMessage('pong');
    }
    socket.close();
  });
});
