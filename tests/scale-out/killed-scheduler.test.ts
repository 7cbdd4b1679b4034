// Runs with DATABASE_URL (the scaled-out pass): server processes on one PostgreSQL are killed
// (SIGKILL) in the middle of the reminder scan and in the middle of sending; the next instance
// finishes the work, and every overdue invoice ends with one alert, one reminder and one email.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/modules/communications/mailer.js';
import { schedulerFor } from '../alerts/support.js';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { catalog } from '../invoices/fixtures.js';
import { spawnServer, temporaryDirectory, type ServerProcess } from '../support/server-process.js';
import { smtpServer } from '../support/smtp.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const customers = 25;
const invoicesPerCustomer = 2;
const invoiceCount = customers * invoicesPerCustomer;
/** The SMTP server accepts this many messages, then the sending process dies on the next one. */
const acceptedBeforeKill = 20;

let api: TestServer;
let smtp: Awaited<ReturnType<typeof smtpServer>>;
let dataDir: Awaited<ReturnType<typeof temporaryDirectory>>;
let victim: ServerProcess | undefined;
let killWhileSending = false;
beforeAll(async () => {
  api = await startTestServer();
  dataDir = await temporaryDirectory('clientela-killed-');
  smtp = await smtpServer({
    onMessage: () => {
      if (!killWhileSending || smtp.received.length < acceptedBeforeKill) return 'accept';
      victim?.child.kill('SIGKILL');
      return 'hang';
    },
  });
  const given = await catalog(api);
  const net30 = await paymentTermsId(api, 'NET_30');
  // Issued 45 days ago on 30 days' terms: 15 days overdue, at the default policy's second reminder.
  const issueDate = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
  for (let c = 0; c < customers; c += 1) {
    const customer = await createCustomer(api, {
      email: `ap-${c}@example.com`,
      purchaseTerms: { paymentTermsId: net30 },
    });
    for (let i = 0; i < invoicesPerCustomer; i += 1) {
      await given.issued(customer.id, [{ description: `Work ${i}`, quantity: '1', unitPrice: '100.00' }], {
        issueDate,
      });
    }
  }
}, 180_000);
afterAll(async () => {
  victim?.child.kill('SIGKILL');
  await smtp?.close();
  await api?.close();
  await dataDir?.remove();
});

/** A server process on the test's database, sending through the test's SMTP server. */
function serverOnSharedDatabase(): ServerProcess {
  return spawnServer({
    dataDir: dataDir.dir,
    env: {
      DATABASE_URL: api.databaseUrl!,
      SMTP_URL: smtp.url,
      SCHEDULER_INTERVAL_SECONDS: '3600',
      DELIVERY_INTERVAL_SECONDS: '3600',
      LOG_LEVEL: 'warn',
    },
  });
}

const reminderCount = () => api.prisma.communication.count({ where: { kind: 'REMINDER' } });

describe('scaled out: a server killed mid-scan and mid-send', () => {
  it('loses nothing and sends nothing twice', { timeout: 150_000 }, async () => {
    // 1. The first pass starts a second after start; kill the process once some reminders are in.
    victim = serverOnSharedDatabase();
    let queuedAtKill = 0;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      queuedAtKill = await reminderCount();
      if (queuedAtKill > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    victim.child.kill('SIGKILL');
    await victim.exited;
    expect(queuedAtKill).toBeGreaterThan(0);
    // Killed mid-scan: not every reminder was queued, and none was sent yet.
    expect(await reminderCount()).toBeLessThan(invoiceCount);
    expect(smtp.received).toHaveLength(0);

    // 2. The next process finishes the scan, then dies while the SMTP server holds a message.
    killWhileSending = true;
    victim = serverOnSharedDatabase();
    expect(await victim.exited).not.toBe(0);
    expect(await reminderCount()).toBe(invoiceCount);
    expect(smtp.received).toHaveLength(acceptedBeforeKill);

    // 3. Another instance, once the dead one's claim has expired, sends the rest.
    killWhileSending = false;
    const later = () => new Date(Date.now() + 5 * 60_000);
    const log = pino({ level: 'silent' });
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: dataDir.dir, from: 'ar@example.com', log });
    const scheduler = schedulerFor(api, later, mailer);
    await scheduler.runOnce();
    await scheduler.stop();
    mailer.close();

    const reminders = await api.prisma.communication.findMany({ where: { kind: 'REMINDER' } });
    expect(reminders).toHaveLength(invoiceCount);
    expect(reminders.every((message) => message.deliveryStatus === 'SENT')).toBe(true);
    // The message the dead process was sending shows both tries.
    expect(reminders.filter((message) => message.attempts === 2).length).toBeGreaterThan(0);

    // Each reminder reached the SMTP server once, under its own Message-ID.
    const acceptedIds = smtp.received.map((message) => /^Message-ID: <([^@>]+)@clientela>/im.exec(message.raw)?.[1]);
    expect(acceptedIds).toHaveLength(invoiceCount);
    expect(new Set(acceptedIds)).toEqual(new Set(reminders.map((message) => message.id)));

    // One reminder step per invoice, one overdue alert per invoice, one "sent" alert per email.
    const dispatches = await api.prisma.reminderDispatch.findMany({ select: { invoiceId: true, stepKey: true } });
    expect(dispatches).toHaveLength(invoiceCount);
    expect(new Set(dispatches.map((dispatch) => dispatch.invoiceId)).size).toBe(invoiceCount);
    expect(new Set(dispatches.map((dispatch) => dispatch.stepKey))).toEqual(new Set(['day:15']));
    expect(await api.prisma.alert.count({ where: { kind: 'INVOICE_OVERDUE' } })).toBe(invoiceCount);
    expect(await api.prisma.alert.count({ where: { kind: 'REMINDER_SENT' } })).toBe(invoiceCount);
  });
});
