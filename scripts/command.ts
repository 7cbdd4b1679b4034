import { ConfigError } from '../src/config.js';
import { BackupError } from '../src/db/backup.js';
import { DataDirLockedError } from '../src/db/data-dir-lock.js';

/** Runs an operator's command: prints its one-line result, or one line saying what to fix. */
export async function runCommand(work: () => Promise<string>): Promise<void> {
  try {
    console.log(await work());
    process.exit(0);
  } catch (error) {
    if (error instanceof BackupError || error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
