// Email for real: a local SMTP server (smtp-server) receives the reminders; a refusing server is
// tried again; two schedulers on one database send each reminder once.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/modules/communications/mailer.js';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { smtpServer } from '../support/smtp.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { schedulerFor, testClock } from './support.js';

const clock = testClock('2026-03-02T08:00:00Z');
let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
let smtp: Awaited<ReturnType<typeof smtpServer>>;
let outbox: string;
beforeAll(async () => {
  api = await startTestServer({ now: clock.now });
  given = await catalog(api);
  smtp = await smtpServer();
  outbox = await mkdtemp(path.join(tmpdir(), 'clientela-outbox-'));
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
  await rm(outbox, { recursive: true, force: true });
});

const log = pino({ level: 'silent' });

const DeliveryHistory = graphql(`
  query DeliveryHistory($id: ID!) {
    customer(id: $id) {
      communications(first: 5) {
        edges { node { deliveryStatus attempts deliveryAttempts { number outcome error startedAt finishedAt } } }
      }
    }
  }
`);

const deliveryHistory = async (customerId: string) =>
  (await api.gql(DeliveryHistory, { id: customerId })).data!.customer!.communications.edges.map((edge) => edge.node);

async function overdueInvoice(language = 'ro') {
  clock.set('2026-03-02T08:00:00Z');
  const customer = await createCustomer(api, {
    email: `ap-${Math.random().toString(36).slice(2, 8)}@example.ro`,
    language,
    purchaseTerms: { paymentTermsId: await paymentTermsId(api, 'NET_30') },
  });
  const invoice = await given.issued(customer.id, [{ description: 'Servicii', quantity: '2', unitPrice: '250.00' }]);
  clock.set('2026-04-03T08:00:00Z'); // 2 days late
  return { customer, invoice };
}

describe('email over SMTP', () => {
  it('a reminder reaches the SMTP server with the invoice’s numbers in the customer’s language', async () => {
    const { customer, invoice } = await overdueInvoice('en');
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: outbox, from: 'Clientela <ar@example.com>', log });
    const scheduler = schedulerFor(api, clock.now, mailer);
    await scheduler.runOnce();
    await scheduler.stop();
    mailer.close();
    const mine = smtp.received.filter((m) => m.to.includes(customer.email!));
    expect(mine).toHaveLength(1);
    expect(mine[0].raw).toContain(`Subject: Payment reminder: invoice ${invoice.number}`);
    expect(mine[0].raw).toContain('still due 595.00 RON, 2 days overdue');
    const message = await api.prisma.communication.findFirstOrThrow({ where: { customerId: dbId(customer.id) } });
    expect(mine[0].raw).toContain(`Message-ID: <${message.id}@clientela>`);
  });

  it('a server that refuses, then accepts: the message is tried again and sent once, and the history shows both tries', async () => {
    const { customer } = await overdueInvoice();
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: outbox, from: 'ar@example.com', log });
    const scheduler = schedulerFor(api, clock.now, mailer);
    smtp.refuse(1);
    await scheduler.runOnce();
    const refused = await api.prisma.communication.findFirstOrThrow({ where: { customerId: dbId(customer.id) } });
    expect(refused).toMatchObject({
      deliveryStatus: 'QUEUED',
      attempts: 1,
      deliveryError: expect.stringContaining('451'),
    });
    clock.set('2026-04-03T08:01:00Z');
    await scheduler.runOnce();
    await scheduler.runOnce();
    await scheduler.stop();
    mailer.close();
    expect(smtp.received.filter((m) => m.to.includes(customer.email!))).toHaveLength(1);
    expect(await deliveryHistory(customer.id)).toEqual([
      {
        deliveryStatus: 'SENT',
        attempts: 2,
        deliveryAttempts: [
          {
            number: 1,
            outcome: 'RETRY',
            error: expect.stringContaining('451'),
            startedAt: '2026-04-03T08:00:00.000Z',
            finishedAt: '2026-04-03T08:00:00.000Z',
          },
          {
            number: 2,
            outcome: 'SENT',
            error: null,
            startedAt: '2026-04-03T08:01:00.000Z',
            finishedAt: '2026-04-03T08:01:00.000Z',
          },
        ],
      },
    ]);
  });

  it('a server that refuses for good (5xx): the message fails at once, with an alert, and is not tried again', async () => {
    const { customer } = await overdueInvoice();
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: outbox, from: 'ar@example.com', log });
    const scheduler = schedulerFor(api, clock.now, mailer, 5);
    smtp.refuse(1, 550);
    await scheduler.runOnce();
    clock.set('2026-04-03T09:00:00Z');
    await scheduler.runOnce();
    await scheduler.stop();
    mailer.close();
    expect(smtp.received.filter((m) => m.to.includes(customer.email!))).toHaveLength(0);
    const failed = await api.prisma.communication.findFirstOrThrow({ where: { customerId: dbId(customer.id) } });
    expect(failed).toMatchObject({
      deliveryStatus: 'FAILED',
      attempts: 1,
      deliveryError: expect.stringContaining('550'),
    });
    expect((await deliveryHistory(customer.id))[0].deliveryAttempts).toEqual([
      expect.objectContaining({ number: 1, outcome: 'FAILED', error: expect.stringContaining('550') }),
    ]);
    const alerts = await api.prisma.alert.findMany({ where: { customerId: dbId(customer.id), kind: 'SEND_FAILED' } });
    expect(alerts.map((alert) => alert.message)).toEqual([expect.stringContaining('refused')]);
  });

  it('without SMTP, each message is an .eml file in the outbox folder', async () => {
    const { customer, invoice } = await overdueInvoice();
    const mailer = createMailer({ outboxDir: outbox, from: 'ar@example.com', log });
    const scheduler = schedulerFor(api, clock.now, mailer);
    await scheduler.runOnce();
    await scheduler.stop();
    const files = await Promise.all((await readdir(outbox)).map((name) => readFile(path.join(outbox, name), 'utf8')));
    const mine = files.filter((text) => text.includes(`To: ${customer.email}`));
    expect(mine).toHaveLength(1);
    // The subject is MIME-encoded (it has ă): its words and the invoice number are there.
    expect(mine[0]).toMatch(/^Subject: .*Reamintire.*$/m);
    expect(mine[0]).toContain(invoice.number!);
    expect(mine[0]).toContain('Message-ID: <');
  });
});

describe('several instances', () => {
  it('two schedulers running at once on one database send each reminder once', async () => {
    const customers = [];
    for (let i = 0; i < 4; i++) customers.push((await overdueInvoice()).customer);
    const received = [] as string[];
    const mailer = {
      destination: 'memory',
      close() {},
      async send(email: { to: string }) {
        received.push(email.to);
      },
    };
    const one = schedulerFor(api, clock.now, mailer);
    const two = schedulerFor(api, clock.now, mailer);
    await Promise.all([one.runOnce(), two.runOnce(), one.runOnce(), two.runOnce()]);
    await Promise.all([one.runOnce(), two.runOnce()]);
    await Promise.all([one.stop(), two.stop()]);
    for (const customer of customers) expect(received.filter((to) => to === customer.email)).toEqual([customer.email]);
    for (const customer of customers) {
      expect(await api.prisma.alert.count({ where: { customerId: dbId(customer.id), kind: 'INVOICE_OVERDUE' } })).toBe(
        1,
      );
    }
  });
});
