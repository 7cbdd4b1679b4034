// `npm run backup` and `npm run restore` as an operator runs them: real commands against a real
// server process and a stopped data directory.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateCustomer, ListCustomers } from '../customers/operations.js';
import { customerInput } from '../customers/factory.js';
import {
  processAdminKey,
  projectRoot,
  startServerProcess,
  temporaryDirectory,
  type ServerProcess,
} from '../support/server-process.js';

let scratch: Awaited<ReturnType<typeof temporaryDirectory>>;
beforeAll(async () => {
  scratch = await temporaryDirectory('clientela-backup-commands-');
});
afterAll(() => scratch?.remove());

/** Runs `npm run <script> -- ...args` the way the README says, and returns what it printed. */
async function npmRun(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', script, '--', ...args], {
      cwd: projectRoot,
      env: { ...inherited, ...env },
    });
    return { code: 0, stdout: stdout.trim(), stderr: stderr.trim() };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout.trim(), stderr: failed.stderr.trim() };
  }
}

async function stop(server: ServerProcess) {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

const codes = async (server: ServerProcess) =>
  ((await server.gql(ListCustomers, { first: 50, filter: { search: 'CMD-' } })).data?.customers.edges ?? [])
    .map((edge) => edge.node.code)
    .sort();

describe('npm run backup and npm run restore', () => {
  it('backs up a running server and a stopped directory, and each restores into a new directory that serves the same book', {
    timeout: 120_000,
  }, async () => {
    const dataDir = path.join(scratch.dir, 'live');
    const server = await startServerProcess({ dataDir });
    let running: ServerProcess | undefined = server;
    try {
      for (const code of ['CMD-1', 'CMD-2', 'CMD-3']) {
        const created = await server.gql(CreateCustomer, { input: customerInput({ code }) });
        expect(created.data?.customerCreate.userErrors).toEqual([]);
      }
      const liveFile = path.join(scratch.dir, 'live.tar.gz');
      const live = await npmRun('backup', [liveFile], { DATA_DIR: dataDir, CLIENTELA_API_KEY: processAdminKey });
      expect(live).toMatchObject({ code: 0, stderr: '' });
      expect(live.stdout).toContain(`through the running server, process ${server.pid}`);
      expect(live.stdout).toMatch(/sha256 [0-9a-f]{64}$/);

      // Written after the backup: in the stopped directory's backup, not in the live one.
      await server.gql(CreateCustomer, { input: customerInput({ code: 'CMD-4' }) });
      await stop(server);
      running = undefined;

      const stoppedFile = path.join(scratch.dir, 'stopped.tar.gz');
      const stopped = await npmRun('backup', [stoppedFile], { DATA_DIR: dataDir });
      expect(stopped).toMatchObject({ code: 0, stderr: '' });
      expect(stopped.stdout).not.toContain('through the running server');

      for (const [file, expected] of [
        [liveFile, ['CMD-1', 'CMD-2', 'CMD-3']],
        [stoppedFile, ['CMD-1', 'CMD-2', 'CMD-3', 'CMD-4']],
      ] as const) {
        const target = path.join(scratch.dir, `restored-${path.basename(file, '.tar.gz')}`);
        const restored = await npmRun('restore', [file, target], {});
        expect(restored).toMatchObject({ code: 0, stderr: '' });
        expect(restored.stdout).toContain(`${expected.length} customers`);
        running = await startServerProcess({ dataDir: target });
        expect(await codes(running)).toEqual(expected);
        await stop(running);
        running = undefined;
      }
    } finally {
      if (running) await stop(running);
    }
  });

  it('restore refuses a damaged archive with one line and leaves no database behind', { timeout: 60_000 }, async () => {
    const dataDir = path.join(scratch.dir, 'source');
    const server = await startServerProcess({ dataDir });
    const file = path.join(scratch.dir, 'good.tar.gz');
    try {
      expect((await npmRun('backup', [file], { DATA_DIR: dataDir, CLIENTELA_API_KEY: processAdminKey })).code).toBe(0);
    } finally {
      await stop(server);
    }
    const good = await readFile(file);
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    const damaged = {
      truncated: good.subarray(0, Math.floor(good.length / 2)),
      flipped,
      empty: Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(damaged)) {
      const damagedFile = path.join(scratch.dir, `${name}.tar.gz`);
      await writeFile(damagedFile, bytes);
      const target = path.join(scratch.dir, `from-${name}`);
      const result = await npmRun('restore', [damagedFile, target], {});
      expect(result.code, name).toBe(1);
      expect(result.stderr.split('\n'), name).toEqual([expect.stringContaining('is not a Clientela backup')]);
      expect(existsSync(path.join(target, 'pgdata', 'PG_VERSION')), name).toBe(false);
    }
    const missing = await npmRun(
      'restore',
      [path.join(scratch.dir, 'no-such.tar.gz'), path.join(scratch.dir, 'x')],
      {},
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read the backup');
  });
});
