import { pino } from 'pino';
import type { Mailer, OutgoingEmail } from '../../src/modules/communications/mailer.js';
import { startScheduler } from '../../src/modules/reminders/scheduler.js';
import type { TestServer } from '../support/test-server.js';

/** A mailer that keeps what it is given; `failNext` makes the next sends fail, as a server refusing would. */
export function recordingMailer() {
  const sent: OutgoingEmail[] = [];
  let failures = 0;
  const mailer: Mailer & { sent: OutgoingEmail[]; failNext(count: number): void } = {
    destination: 'memory',
    sent,
    failNext(count) {
      failures = count;
    },
    async send(email) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('451 Temporary failure, try again');
      }
      sent.push(email);
    },
    close() {},
  };
  return mailer;
}

/** A clock the test moves. */
export function testClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set(at: string) {
      now = new Date(at);
    },
  };
}

/** The server's scheduler, run by hand with the test's clock. */
export function schedulerFor(api: TestServer, now: () => Date, mailer: Mailer, maxAttempts = 3) {
  return startScheduler({
    prisma: api.prisma,
    pubsub: api.pubsub,
    log: pino({ level: 'silent' }),
    now,
    mailer,
    scanIntervalMs: 0,
    deliveryIntervalMs: 0,
    maxAttempts,
  });
}
