import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from './database.js';
import { isRetryableConflict } from './errors.js';

export type Tx = Prisma.TransactionClient;

/** How long one transaction may take, and wait for a connection, before it is given up. */
const transactionTimeoutMs = 20_000;
const connectionWaitMs = 15_000;
/** Tries of a transaction that PostgreSQL aborted to break a deadlock or a serialization conflict. */
const attempts = 4;

/**
 * Runs `work` in one transaction, with a time limit, again (up to four times in all, after a short
 * random pause) when PostgreSQL aborted it to break a deadlock or a serialization conflict. Every
 * write of the services goes through here; the row locks they take come from `locks.ts`.
 */
export async function inTransaction<T>(prisma: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, { timeout: transactionTimeoutMs, maxWait: connectionWaitMs });
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
