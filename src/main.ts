import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { ConfigError, loadConfig } from './config.js';
import { ensureFirstAdminKey } from './modules/access/api-keys.service.js';
import { createLocalRateLimiter, createRedisRateLimiter } from './server/rate-limit.js';
import { openDatabase } from './db/database.js';
import { startServer } from './server/app.js';
import { createLogger } from './server/logger.js';
import { createLocalPubSub, createRedisPubSub } from './server/pubsub.js';
import { seedDemoData, seedDemoDocuments, seedReferenceData } from '../prisma/seed.js';

async function main(): Promise<void> {
  const startedAt = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config);

  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await database.migrate();
  log.info({ database: database.kind, dataDir: database.kind === 'pglite' ? config.dataDir : undefined, applied }, 'database ready');
  await seedReferenceData(database.prisma);
  if (config.seedDemoData) {
    const seeded = await seedDemoData(database.prisma);
    if (seeded) log.info({ customers: seeded, invoices: await seedDemoDocuments(database.prisma) }, 'demo data loaded');
  }

  if (!config.adminApiKey) {
    const firstKey = await ensureFirstAdminKey(database.prisma);
    if (firstKey) {
      const keyFile = path.join(config.dataDir, 'admin-api-key');
      await mkdir(config.dataDir, { recursive: true });
      await writeFile(keyFile, firstKey + '\n', { mode: 0o600 });
      log.warn({ keyFile }, `First start: an administrator API key was written to ${keyFile}. Send it as "Authorization: Bearer <key>"; create other keys with apiKeyCreate and revoke this one.`);
    }
  }

  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  const pubsub = config.redisUrl ? await createRedisPubSub(config.redisUrl) : createLocalPubSub();
  const rateLimiter = redis ? createRedisRateLimiter(redis, config.rateLimits) : createLocalRateLimiter(config.rateLimits);
  const server = await startServer({ config, database, pubsub, rateLimiter, log });
  log.info(
    { url: server.url, pubsub: config.redisUrl ? 'redis' : 'in-process', startupMs: Math.round(performance.now() - startedAt) },
    `Clientela is up: open ${server.url} for Apollo Sandbox`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const forced = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    forced.unref();
    try {
      await server.stop();
      await pubsub.close();
      redis?.disconnect();
      await database.close();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Clientela failed to start:', error);
  process.exit(1);
});
