import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ config: { wsMaxSubscriptions: 3, corsOrigins: ['https://dashboard.example.com'] } });
});
afterAll(() => api?.close());

const wsUrl = () => api.url.replace(/^http/, 'ws');

/** Opens a raw graphql-ws socket, sends connection_init, and resolves with the first reply or the close code. */
function open(payload: unknown, headers: Record<string, string> = {}) {
  const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', { headers });
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    waiters.splice(0).forEach((wake) => wake());
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
      socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query: 'subscription { customerChanged { change } }' } }));
    }
    const error = await nextMessage('error');
    expect(error).toMatchObject({ id: '4', payload: [expect.objectContaining({ message: 'Too many operations on this connection; the limit is 3.' })] });
    socket.close();
  });

  it('closes a socket that sends a message over the size limit', async () => {
    const { socket, opened, nextMessage, closed } = open({ authorization: `Bearer ${api.adminKey}` });
    await opened;
    await nextMessage('connection_ack');
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ viewer { role } } #${'x'.repeat(70 * 1024)}` } }));
    expect((await closed).code).toBe(1009);
  });

  it('refuses a browser socket from an origin that is not allowed', async () => {
    await expect(open({ authorization: `Bearer ${api.adminKey}` }, { origin: 'https://evil.example.net' }).opened).rejects.toThrow(/HTTP 401/);
    const allowed = open({ authorization: `Bearer ${api.adminKey}` }, { origin: 'https://dashboard.example.com' });
    await allowed.opened;
    await allowed.nextMessage('connection_ack');
    allowed.socket.close();
  });

  it('applies query limits to operations over the socket', async () => {
    const { socket, opened, nextMessage } = open({ authorization: `Bearer ${api.adminKey}` });
    await opened;
    await nextMessage('connection_ack');
    socket.send(JSON.stringify({ id: 'big', type: 'subscribe', payload: { query: '{ customers(first: 500) { totalCount } }' } }));
    expect(await nextMessage('error')).toMatchObject({ id: 'big', payload: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'PAGE_SIZE_LIMIT' }) })] });
    socket.close();
  });
});
