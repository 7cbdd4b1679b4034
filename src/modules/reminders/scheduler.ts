import type { Logger } from 'pino';
import type { Context } from '../../context.js';
import { deliverQueued } from '../communications/delivery.js';
import type { Mailer } from '../communications/mailer.js';
import { recordCollectionForecast } from '../reports/forecast.js';
import { scanReminders } from './reminders.service.js';

/**
 * The timers inside every server: the reminder scan (overdue alerts, reminder steps, follow-ups,
 * and the day's cash-collection forecast kept for later checks) every `scanIntervalMs`, and delivery of the outbox every `deliveryIntervalMs`. Every instance
 * runs them; the database's unique keys and `SKIP LOCKED` make each alert, reminder and email
 * happen once. The clock comes from the caller, so tests move time and call `runOnce`.
 */
export interface Scheduler {
  /** One scan, then delivery until nothing is due; joins a run already going. */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(options: {
  prisma: Context['prisma'];
  pubsub: Context['pubsub'];
  log: Logger;
  now: () => Date;
  mailer: Mailer;
  /** 0: no timer (runs only when asked). */
  scanIntervalMs: number;
  deliveryIntervalMs: number;
  maxAttempts: number;
}): Scheduler {
  const ctx = { prisma: options.prisma, pubsub: options.pubsub, now: options.now, log: options.log };
  const deliverAll = async () => {
    const total = { sent: 0, failed: 0, retried: 0 };
    for (;;) {
      const pass = await deliverQueued(ctx, {
        mailer: options.mailer,
        log: options.log,
        maxAttempts: options.maxAttempts,
      });
      total.sent += pass.sent;
      total.failed += pass.failed;
      total.retried += pass.retried;
      if (pass.sent + pass.failed + pass.retried === 0) return total;
    }
  };
  const inFlight = new Set<Promise<void>>();
  /** Runs `work` unless it is already running, in which case it waits for that run. */
  const single = (work: () => Promise<void>) => {
    let running: Promise<void> | null = null;
    return () => {
      if (!running) {
        const run = work()
          .catch((error: unknown) => options.log.error({ err: error }, 'scheduler pass failed'))
          .finally(() => {
            running = null;
            inFlight.delete(run);
          });
        running = run;
        inFlight.add(run);
      }
      return running;
    };
  };
  const deliver = single(async () => {
    const delivered = await deliverAll();
    if (delivered.sent || delivered.failed || delivered.retried) options.log.info(delivered, 'outbox delivered');
  });
  const scanAndDeliver = single(async () => {
    const scan = await scanReminders(ctx);
    if (scan.overdueAlerts || scan.reminders) options.log.info(scan, 'reminder scan');
    // Once a day (later scans of the day change nothing): kept to check the forecast against.
    await recordCollectionForecast(ctx.prisma, ctx.now());
    await deliver();
  });
  const timers = [
    options.scanIntervalMs > 0 ? setInterval(() => void scanAndDeliver(), options.scanIntervalMs) : null,
    options.deliveryIntervalMs > 0 ? setInterval(() => void deliver(), options.deliveryIntervalMs) : null,
  ].filter((timer) => timer !== null);
  for (const timer of timers) timer.unref();
  // A first pass soon after start, rather than one interval later.
  const first = options.scanIntervalMs > 0 ? setTimeout(() => void scanAndDeliver(), 1_000) : null;
  first?.unref();
  return {
    runOnce: scanAndDeliver,
    async stop() {
      for (const timer of timers) clearInterval(timer);
      if (first) clearTimeout(first);
      await Promise.all(inFlight);
    },
  };
}
