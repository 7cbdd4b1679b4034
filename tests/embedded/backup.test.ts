// Backups of the embedded database, taken through the running server while it is being written.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, restoreBackup } from '../../src/db/backup.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { expectInvariants } from '../payments/invariants.js';
import { tableDigests } from '../support/fingerprint.js';
import { temporaryDirectory } from '../support/server-process.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { startWriteLoad } from './write-load.js';

let api: TestServer;
let scratch: Awaited<ReturnType<typeof temporaryDirectory>>;
beforeAll(async () => {
  api = await startTestServer();
  scratch = await temporaryDirectory('clientela-backup-');
});
afterAll(async () => {
  await api?.close();
  await scratch?.remove();
});

async function takeBackup(key = api.adminKey): Promise<Response> {
  return fetch(api.url.replace(/\/graphql$/, '/backup'), {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
  });
}

async function saveBackup(name: string): Promise<string> {
  const response = await takeBackup();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/gzip');
  const file = path.join(scratch.dir, name);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

async function withRestored<T>(backupFile: string, name: string, read: (database: Database) => Promise<T>): Promise<T> {
  const dataDir = path.join(scratch.dir, name);
  await restoreBackup(backupFile, dataDir);
  const database = await openDatabase({ dataDir });
  try {
    return await read(database);
  } finally {
    await database.close();
  }
}

describe('backup and restore of the embedded database', () => {
  it('a backup taken under write load restores every write acknowledged before it, consistently', async () => {
    const load = await startWriteLoad(api, { writers: 4, prefix: 'BK' });
    await load.untilPayments(8);
    const before = structuredClone(load.acknowledged);
    const backupFile = await saveBackup('under-load.tar.gz');
    await load.stop();
    expect(before.paymentIds.length).toBeGreaterThan(0);
    expect(load.acknowledged.paymentIds.length).toBeGreaterThan(before.paymentIds.length);

    await withRestored(backupFile, 'restored-under-load', async ({ prisma }) => {
      const codes = new Set((await prisma.customer.findMany({ select: { code: true } })).map((c) => c.code));
      for (const code of before.customerCodes) expect(codes.has(code), code).toBe(true);
      const numbers = new Set((await prisma.invoice.findMany({ select: { number: true } })).map((i) => i.number));
      for (const number of before.invoiceNumbers) expect(numbers.has(number), number).toBe(true);
      const paymentCount = await prisma.payment.count();
      expect(paymentCount).toBeGreaterThanOrEqual(before.paymentIds.length);
      // Each restored ledger entry is exactly the source's: the backup is a moment of the same book.
      const restoredLedger = await prisma.ledgerEntry.findMany({ orderBy: { id: 'asc' } });
      const sourceLedger = new Map(
        (await api.prisma.ledgerEntry.findMany()).map((entry) => [entry.id, JSON.stringify(entry)]),
      );
      for (const entry of restoredLedger) expect(sourceLedger.get(entry.id)).toBe(JSON.stringify(entry));
      await expectInvariants(prisma);
    });
  });

  it('a backup of a quiet book restores into a new directory identical, table by table', async () => {
    const backupFile = await saveBackup('quiet.tar.gz');
    // The audit trail gains the backup's own entry after the copy is taken.
    const source = await tableDigests(api.prisma, ['AuditEntry']);
    const restored = await withRestored(backupFile, 'restored-quiet', (database) =>
      tableDigests(database.prisma, ['AuditEntry']),
    );
    expect(restored).toEqual(source);
    expect(source.LedgerEntry).not.toMatch(/^0 rows/);
  });

  it('restore refuses a directory that holds a database, and a file that is not a backup', async () => {
    const backupFile = await saveBackup('again.tar.gz');
    const dataDir = path.join(scratch.dir, 'restored-twice');
    await restoreBackup(backupFile, dataDir);
    await expect(restoreBackup(backupFile, dataDir)).rejects.toThrow(/already holds a database/);
    const notABackup = path.join(scratch.dir, 'not-a-backup.tar.gz');
    await writeFile(notABackup, 'hello');
    const target = path.join(scratch.dir, 'from-garbage');
    await expect(restoreBackup(notABackup, target)).rejects.toBeInstanceOf(BackupError);
    // Nothing left behind: the directory can take a real backup afterwards.
    expect(await readdir(target).catch(() => [])).toEqual([]);
    await restoreBackup(backupFile, target);
  });

  it('only an administrator may take a backup; every attempt is audited', async () => {
    expect((await takeBackup(await api.keyFor('ACCOUNTANT'))).status).toBe(403);
    const anonymous = await fetch(api.url.replace(/\/graphql$/, '/backup'), { method: 'POST' });
    expect(anonymous.status).toBe(401);
    const entries = await api.prisma.auditEntry.findMany({ where: { operation: 'backup' }, orderBy: { at: 'asc' } });
    expect(entries.map((e) => e.result)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'DENIED']);
  });
});
