import { Redis } from 'ioredis';
import { ConfigError, loadConfig } from './config.js';
import { createLocalRateLimiter, createRedisRateLimiter } from './server/rate-limit.js';
import { openDatabase } from './db/database.js';
import { prepareDatabase } from './db/prepare.js';
import { startServer } from './server/app.js';
import { createLogger } from './server/logger.js';
import { createLocalPubSub, createRedisPubSub } from './server/pubsub.js';

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
  await prepareDatabase(database, config, log);

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
