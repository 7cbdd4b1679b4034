import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { seedDemoData, seedDemoDocuments } from '../prisma/demo-data.js';
import { seedReferenceData } from '../prisma/reference-data.js';
import type { Config } from './config.js';
import { ensureFirstAdminKey } from './modules/access/api-keys.service.js';
import type { Database } from './db/database.js';

// Any number; the same in every instance of Clientela.
const startupLockKey = 7_245_318_861;

/**
 * Migrates, loads reference (and, into an empty database, demo) data and makes the first admin
 * key. On PostgreSQL, instances that start together take turns through an advisory lock, so
 * exactly one of them migrates and seeds.
 */
export async function prepareDatabase(
  database: Database,
  config: Pick<Config, 'seedDemoData' | 'adminApiKey' | 'dataDir'>,
  log: Logger,
): Promise<void> {
  const work = async () => {
    const applied = await database.migrate();
    log.info({ database: database.kind, applied }, 'database ready');
    await seedReferenceData(database.prisma);
    if (config.seedDemoData) {
      const customers = await seedDemoData(database.prisma);
      if (customers) log.info({ customers, invoices: await seedDemoDocuments(database.prisma) }, 'demo data loaded');
    }
    if (!config.adminApiKey) {
      const firstKey = await ensureFirstAdminKey(database.prisma);
      if (firstKey) {
        const keyFile = path.join(config.dataDir, 'admin-api-key');
        await mkdir(config.dataDir, { recursive: true });
        await writeFile(keyFile, `${firstKey}\n`, { mode: 0o600 });
        log.warn(
          { keyFile },
          `First start: an administrator API key was written to ${keyFile}. Send it as "Authorization: Bearer <key>"; create other keys with apiKeyCreate and revoke this one.`,
        );
      }
    }
  };
  if (database.kind !== 'postgresql') return work();
  // The lock lives as long as this transaction; the work itself uses other connections.
  await database.prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${startupLockKey}::bigint)::text`;
      await work();
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
