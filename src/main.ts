import path from 'node:path';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { openDatabase, type Database } from './db/database.js';
import { createMailer, type Mailer } from './modules/communications/mailer.js';
import { startScheduler, type Scheduler } from './modules/reminders/scheduler.js';
import { prepareDatabase } from './prepare.js';
import { startServer, type RunningServer } from './server/app.js';
import { assertCanListen, StartupError } from './server/listen.js';
import { createLogger } from './server/logger.js';
import { createLocalPubSub, createRedisPubSub, type PubSub } from './server/pubsub.js';
import { createLocalRateLimiter, createRedisRateLimiter } from './server/rate-limit.js';

/** What is open so far; a stop (or a failed start) closes it in reverse. */
interface Running {
  database?: Database;
  redis?: Redis;
  pubsub?: PubSub;
  server?: RunningServer;
  mailer?: Mailer;
  scheduler?: Scheduler;
}

async function start(config: Config, log: Logger, running: Running): Promise<void> {
  const startedAt = performance.now();
  // Checked before the database is opened: a start that cannot listen must not touch the data.
  await assertCanListen(config.host, config.port);
  running.database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    preparedStatements: config.preparedStatements,
  });
  const crashed = running.database.dataDirLock?.tookOverFrom;
  if (crashed) {
    log.warn(
      { previousPid: crashed.pid, lockedAt: crashed.lockedAt },
      `The previous server on this data directory (process ${crashed.pid}) did not stop cleanly (it crashed or was killed); its lock was taken over.`,
    );
  }
  await prepareDatabase(running.database, config, log);

  running.redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  running.pubsub = config.redisUrl ? await createRedisPubSub(config.redisUrl) : createLocalPubSub();
  const rateLimiter = running.redis
    ? createRedisRateLimiter(running.redis, config.rateLimits)
    : createLocalRateLimiter(config.rateLimits);
  running.server = await startServer({ config, database: running.database, pubsub: running.pubsub, rateLimiter, log });
  await running.database.dataDirLock?.setUrl(running.server.url);
  running.mailer = createMailer({
    smtpUrl: config.smtpUrl,
    outboxDir: path.join(config.dataDir, 'outbox'),
    from: config.mailFrom,
    log,
  });
  running.scheduler = startScheduler({
    prisma: running.database.prisma,
    pubsub: running.pubsub,
    log: log.child({ component: 'scheduler' }),
    now: () => new Date(),
    mailer: running.mailer,
    scanIntervalMs: config.schedulerIntervalMs,
    deliveryIntervalMs: config.deliveryIntervalMs,
    maxAttempts: config.deliveryMaxAttempts,
  });
  log.info(
    {
      url: running.server.url,
      database: running.database.kind,
      pubsub: config.redisUrl ? 'redis' : 'in-process',
      startupMs: Math.round(performance.now() - startedAt),
    },
    config.sandbox
      ? `Clientela is up: open ${running.server.url} for Apollo Sandbox`
      : `Clientela is up: GraphQL at ${running.server.url}`,
  );
}

/**
 * Stops accepting, lets in-flight requests finish, then closes Redis and the database. Every step
 * runs even when an earlier one fails, so the database is closed (and its directory's lock
 * released) whatever went wrong before; the first failure is rethrown at the end.
 */
async function stop(running: Running, log: Logger): Promise<void> {
  const steps: Array<[string, () => unknown]> = [
    ['scheduler', () => running.scheduler?.stop()],
    ['mailer', () => running.mailer?.close()],
    ['server', () => running.server?.stop()],
    ['pubsub', () => running.pubsub?.close()],
    ['redis', () => running.redis?.disconnect()],
    [
      'database',
      async () => {
        if (!running.database) return;
        await running.database.close();
        log.info({ database: running.database.kind }, 'database closed');
      },
    ],
  ];
  let firstFailure: unknown;
  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      log.error({ err: error, step: name }, `stopping the ${name} failed`);
      firstFailure ??= error;
    }
  }
  if (firstFailure) throw firstFailure;
}

/** Errors an operator fixes by changing a setting or stopping another process: one line each. */
function isOperatorError(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof StartupError || error instanceof DataDirLockedError;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!isOperatorError(error)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const log = createLogger(config);
  const running: Running = {};

  let stopping = false;
  let starting: Promise<void> = Promise.resolve();
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
      // A signal during the start waits for it to settle: closing the database under a running
      // migration, or exiting before it is open, would leave the directory half-written.
      await starting.catch(() => {});
      await stop(running, log);
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    starting = start(config, log, running);
    await starting;
  } catch (error) {
    if (stopping) {
      log.warn({ err: error }, 'the start was interrupted by the stop'); // the signal handler closes what was opened
      return;
    }
    stopping = true;
    if (isOperatorError(error)) console.error(error.message);
    else log.fatal({ err: error }, 'Clientela failed to start');
    await stop(running, log).catch(() => {});
    process.exit(1);
  }
}

void main();
