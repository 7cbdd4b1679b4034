import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.js';

describe('internal errors', () => {
  it('reach the client masked, and the log in full with the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const api = await startTestServer({ log });
    try {
      // Break the database under the running server.
      await api.prisma.$executeRawUnsafe('ALTER TABLE "Customer" RENAME TO "CustomerGone"');
      const response = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${api.adminKey}`,
          'x-request-id': 'broken-42',
        },
        body: JSON.stringify({ query: '{ customers(first: 1) { totalCount } }' }),
      });
      const text = await response.text();
      expect(JSON.parse(text).errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      expect(text).not.toMatch(/CustomerGone|Customer"|prisma|\.ts:\d+|stack/i);
      const logged = lines.find((line) => line.msg === 'internal error');
      expect(logged).toMatchObject({ requestId: 'broken-42', level: 50 });
      expect(JSON.stringify(logged)).toMatch(/Customer/);
    } finally {
      await api.close();
    }
  });
});
