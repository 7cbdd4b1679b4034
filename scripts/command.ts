import { ConfigError } from '../src/config.js';
import { BackupError } from '../src/db/backup.js';
import { DataDirLockedError } from '../src/db/data-dir-lock.js';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs an operator's command: prints its one-line result, or one line saying what to fix for
 * the errors it expects (these and the configuration's, the data directory's and backups').
 */
export async function runCommand(work: () => Promise<string>, expected: ErrorClass[] = []): Promise<void> {
  try {
    console.log(await work());
    process.exit(0);
  } catch (error) {
    const known = [BackupError, ConfigError, DataDirLockedError, ...expected];
    if (known.some((kind) => error instanceof kind)) {
      console.error((error as Error).message);
      process.exit(1);
    }
    throw error;
  }
}
