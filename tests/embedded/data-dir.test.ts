// The embedded database as an operator runs it: real processes on a real data directory.
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir, lockFileName } from '../../src/db/data-dir-lock.js';
import { CreateCustomer, ListCustomers } from '../customers/operations.js';
import { customerInput } from '../customers/factory.js';
import { processAdminKey, spawnServer, startServerProcess, temporaryDirectory } from '../support/server-process.js';

let scratch: Awaited<ReturnType<typeof temporaryDirectory>>;
beforeAll(async () => {
  scratch = await temporaryDirectory('clientela-embedded-');
});
afterAll(() => scratch?.remove());

const codesOf = (result: { data?: { customers: { edges: { node: { code: string } }[] } } | null }) =>
  result.data?.customers.edges.map((e) => e.node.code) ?? [];

describe('one process per data directory', () => {
  it('refuses a second server on the same directory with one line naming the first, and loses nothing', async () => {
    const dataDir = path.join(scratch.dir, 'shared');
    const first = await startServerProcess({ dataDir });
    try {
      const created = await first.gql(CreateCustomer, { input: customerInput({ code: 'LOCK-1' }) });
      expect(created.data?.customerCreate.userErrors).toEqual([]);

      const second = spawnServer({ dataDir });
      expect(await second.exited).toBe(1);
      expect(second.lines.filter((line) => line.trim())).toEqual([
        expect.stringContaining(`is in use by process ${first.pid} (serving ${first.url})`),
      ]);
      expect(second.lines[0]).toContain('DATABASE_URL');

      const listed = await first.gql(ListCustomers, { first: 10, filter: { search: 'LOCK-1' } });
      expect(codesOf(listed)).toEqual(['LOCK-1']);
    } finally {
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    }
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);

    const again = await startServerProcess({ dataDir });
    try {
      expect(codesOf(await again.gql(ListCustomers, { first: 10, filter: { search: 'LOCK-1' } }))).toEqual(['LOCK-1']);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });

  it('takes over the lock of a process that was killed, and never one held from another host', async () => {
    const dataDir = path.join(scratch.dir, 'killed');
    const killed = await startServerProcess({ dataDir });
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(true);

    const next = await startServerProcess({ dataDir });
    expect(next.logs().find((record) => record.previousPid === killed.pid)?.msg).toMatch(/did not stop cleanly/);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);

    const lockFile = path.join(dataDir, lockFileName);
    await writeFile(
      lockFile,
      JSON.stringify({ pid: 1, hostname: 'another-host', bootId: null, processStart: null, lockedAt: '', token: 'x' }),
    );
    const refused = spawnServer({ dataDir });
    expect(await refused.exited).toBe(1);
    expect(refused.lines.join('\n')).toMatch(/in use by process 1 on host another-host.*delete .*clientela\.lock/);
  });

  it('takes over a lock whose pid now belongs to another program', async () => {
    const dataDir = path.join(scratch.dir, 'reused');
    // This test process is alive, but it started at another time than the one the lock records.
    const lockFile = path.join(dataDir, lockFileName);
    const lock = await lockDataDir(dataDir);
    await lock.release();
    await writeFile(lockFile, JSON.stringify({ ...lock.holder, processStart: '1' }));
    const taken = await lockDataDir(dataDir);
    expect(taken.holder.token).not.toBe(lock.holder.token);
    await expect(lockDataDir(dataDir)).rejects.toThrow(`in use by process ${process.pid}`);
    await taken.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('stops at a port in use with one line naming PORT, before touching the data directory', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = path.join(scratch.dir, 'port-clash');
    try {
      const server = spawnServer({ dataDir, port });
      expect(await server.exited).toBe(1);
      expect(server.lines.filter((line) => line.trim())).toEqual([
        `Port ${port} on 127.0.0.1 is already in use (another Clientela, or another program): stop it, or set PORT to a free port.`,
      ]);
      expect(await readdir(dataDir).catch(() => [])).toEqual([]);
    } finally {
      blocker.close();
    }
  });
});

describe('stopping', () => {
  it('npm start passes SIGTERM on: an idle server with a kept-alive connection stops at once and closes the database', async () => {
    const dataDir = path.join(scratch.dir, 'stop-idle');
    const server = await startServerProcess({ dataDir, viaNpm: true });
    // A client that keeps its connection open after the answer, as browsers and fetch do.
    const health = await fetch(new URL('/healthz', server.url));
    expect(health.status).toBe(200);
    server.child.kill('SIGTERM'); // the npm process
    expect(await server.exited).toBe(0);
    const messages = server.logs().map((record) => record.msg);
    expect(messages).toContain('database closed');
    expect(messages).not.toContain('shutdown took too long; exiting');
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);
  });

  it('a stop that comes during the start lets the start settle, then closes the database and frees the directory', async () => {
    const dataDir = path.join(scratch.dir, 'stop-starting');
    const server = spawnServer({ dataDir });
    // The lock is taken just before the database opens: the signal lands while migrations and
    // demo data are being written.
    while (!existsSync(path.join(dataDir, lockFileName))) await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const messages = server.logs().map((record) => record.msg);
    expect(messages).toContain('database closed');
    expect(messages).not.toContain('shutdown took too long; exiting');
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);

    const again = await startServerProcess({ dataDir });
    try {
      const listed = await again.gql(ListCustomers, { first: 1 });
      expect(listed.errors).toBeUndefined();
      expect(again.logs().map((record) => record.msg)).not.toContain(expect.stringContaining('did not stop cleanly'));
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });

  it('a busy server answers the request in flight, then stops', async () => {
    const dataDir = path.join(scratch.dir, 'stop-busy');
    const server = await startServerProcess({ dataDir });
    const body = JSON.stringify({ query: '{ viewer { role } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        server.url!,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${processAdminKey}`,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      // Half the body now: the request is in flight when the signal comes.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 200);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ data: { viewer: { role: 'ADMIN' } } });
    expect(await server.exited).toBe(0);
    expect(server.logs().map((record) => record.msg)).toContain('database closed');
  });
});
