// npm run restore -- <backup file> [<data dir>]: restores a backup into a data directory that
// holds no database (default DATA_DIR), with no server running on it.
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { BackupError, restoreBackup } from '../src/db/backup.js';
import { runCommand } from './command.js';

await runCommand(async () => {
  const [backupFile, target] = process.argv.slice(2);
  if (!backupFile)
    throw new BackupError('Usage: npm run restore -- <backup file> [<data dir>] (the data dir defaults to DATA_DIR).');
  const dataDir = target ? path.resolve(target) : loadConfig().dataDir;
  const summary = await restoreBackup(path.resolve(backupFile), dataDir);
  return (
    `Restored ${backupFile} into ${summary.dataDir}: ${summary.customers} customers, ${summary.invoices} invoices, ` +
    `${summary.ledgerEntries} ledger entries, ${summary.migrations} migrations. Start the server with DATA_DIR=${summary.dataDir}.`
  );
});
