// npm run backup [-- <file>]: a consistent backup of the embedded database, taken through the
// running server (POST /backup with an administrator's key) or, when none runs, from DATA_DIR.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { backupStoppedDataDir, BackupError, type BackupFile } from '../src/db/backup.js';
import { readLockHolder } from '../src/db/data-dir-lock.js';
import { runCommand } from './command.js';

async function apiKey(dataDir: string, adminApiKey: string | undefined): Promise<string> {
  const fromEnv = process.env.CLIENTELA_API_KEY?.trim() || adminApiKey;
  if (fromEnv) return fromEnv;
  const keyFile = path.join(dataDir, 'admin-api-key');
  const fromFile = (await readFile(keyFile, 'utf8').catch(() => '')).trim();
  if (fromFile) return fromFile;
  throw new BackupError(
    `The server is running: give an administrator's API key in CLIENTELA_API_KEY (${keyFile} is not there).`,
  );
}

async function backupThroughServer(url: string, key: string): Promise<BackupFile> {
  const response = await fetch(new URL('/backup', url), {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
  }).catch((error: Error) => {
    throw new BackupError(`Cannot reach the running server at ${url}: ${error.message}`);
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new BackupError(
      `The server refused the backup (${response.status}): ${body?.errors?.[0]?.message ?? response.statusText}`,
    );
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== response.headers.get('x-backup-sha256'))
    throw new BackupError('The backup arrived damaged (checksum differs); nothing was written. Try again.');
  return { bytes, sha256 };
}

await runCommand(async () => {
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new BackupError(
      'DATABASE_URL is set: back PostgreSQL up with pg_dump (see the README, "Operating it"). npm run backup is for the embedded database.',
    );
  }
  const holder = await readLockHolder(config.dataDir);
  let backup: BackupFile;
  if (holder) {
    if (!holder.url)
      throw new BackupError(`The server (process ${holder.pid}) is still starting; try again in a moment.`);
    backup = await backupThroughServer(holder.url, await apiKey(config.dataDir, config.adminApiKey));
  } else {
    backup = await backupStoppedDataDir(config.dataDir);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(process.argv[2] ?? path.join('backups', `clientela-${stamp}.tar.gz`));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.partial`, backup.bytes, { mode: 0o600 });
  await rename(`${file}.partial`, file);
  const megabytes = (backup.bytes.length / 1_048_576).toFixed(1);
  return `Backed up ${config.dataDir}${holder ? ` (through the running server, process ${holder.pid})` : ''} to ${file}: ${megabytes} MB, sha256 ${backup.sha256}`;
});
