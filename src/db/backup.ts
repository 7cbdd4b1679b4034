import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readLockHolder } from './data-dir-lock.js';
import { embeddedDatabaseDir, openDatabase } from './database.js';

/**
 * Backups of the embedded database: a gzipped tarball of PGlite's files, taken by the process
 * that has the database open (between transactions, after a checkpoint), so it is consistent
 * while the server keeps serving. PostgreSQL is backed up with its own tools (pg_dump).
 */

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupFile {
  bytes: Buffer;
  sha256: string;
}

export function describeBackup(bytes: Buffer): BackupFile {
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Backs up a data directory no server has open (it takes the directory's lock meanwhile). */
export async function backupStoppedDataDir(dataDir: string): Promise<BackupFile> {
  if (!hasEmbeddedDatabase(dataDir)) throw new BackupError(`There is no database in ${dataDir} to back up (DATA_DIR).`);
  const database = await openDatabase({ dataDir });
  try {
    return describeBackup(Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
  } finally {
    await database.close();
  }
}

/** Whether `bytes` is a gzipped tar archive holding a PostgreSQL data directory. */
export function isDatabaseArchive(bytes: Buffer): boolean {
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes);
  } catch {
    return false;
  }
  // Tar: 512-byte headers, the entry's name in the first 100 bytes, its size in octal at 124.
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (!name) return false;
    if (name === 'PG_VERSION' || name.endsWith('/PG_VERSION')) return true;
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    if (!Number.isFinite(size)) return false;
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return false;
}

export function hasEmbeddedDatabase(dataDir: string): boolean {
  return existsSync(path.join(embeddedDatabaseDir(dataDir), 'PG_VERSION'));
}

export interface RestoreSummary {
  dataDir: string;
  migrations: number;
  customers: number;
  invoices: number;
  ledgerEntries: number;
}

/**
 * Restores a backup into a data directory that holds no database and that no process has open,
 * then opens it once to check it reads.
 */
export async function restoreBackup(backupFile: string, dataDir: string): Promise<RestoreSummary> {
  const holder = await readLockHolder(dataDir);
  if (holder)
    throw new BackupError(
      `${dataDir} is open by process ${holder.pid}: stop that server before restoring into its directory.`,
    );
  if (hasEmbeddedDatabase(dataDir)) {
    throw new BackupError(
      `${dataDir} already holds a database. Restore into a new directory (and point DATA_DIR to it), or move this one aside first.`,
    );
  }
  const bytes = await readFile(backupFile).catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(`Cannot read the backup ${backupFile}: ${error.code ?? error.message}`);
  });
  // Checked before PGlite reads it: PGlite fails on a damaged archive outside any promise we hold.
  if (!isDatabaseArchive(bytes))
    throw new BackupError(`${backupFile} is not a Clientela backup (not a gzipped database archive).`);
  const database = await openDatabase({ dataDir, loadDataDir: new Blob([bytes]) }).catch(async (error: unknown) => {
    await rm(embeddedDatabaseDir(dataDir), { recursive: true, force: true });
    throw new BackupError(`${backupFile} is not a Clientela backup (${(error as Error).message}).`);
  });
  // Backups of directories in the old layout (database files at the top of DATA_DIR) carry these.
  for (const file of ['clientela.lock', 'admin-api-key'])
    await rm(path.join(embeddedDatabaseDir(dataDir), file), { force: true });
  try {
    const [migrations, customers, invoices, ledgerEntries] = await Promise.all([
      database.prisma.$queryRaw<
        [{ count: bigint }]
      >`SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
      database.prisma.customer.count(),
      database.prisma.invoice.count(),
      database.prisma.ledgerEntry.count(),
    ]);
    return { dataDir, migrations: Number(migrations[0].count), customers, invoices, ledgerEntries };
  } finally {
    await database.close();
  }
}
