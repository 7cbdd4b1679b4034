// Runs with DATABASE_URL and REDIS_URL (the scaled-out pass): two server processes on one
// PostgreSQL and one Redis, as they run behind a load balancer. A dashboard on B hears what is
// recorded on A; both scan for reminders every second, and each reminder goes out once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { RecordPayment } from '../payments/operations.js';
import {
  processAdminKey,
  type ServerProcess,
  spawnServer,
  temporaryDirectory,
  untilUp,
} from '../support/server-process.js';
import { untilRedisSubscribers } from '../support/redis.js';
import { smtpServer } from '../support/smtp.js';
import { collect, connected, subscriptionClient } from '../support/subscriptions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const customers = 30;
const invoicesPerCustomer = 2;
const invoiceCount = customers * invoicesPerCustomer;

const PaymentsOnB = graphql(`
  subscription PaymentsOnAnotherProcess($customerId: ID) {
    paymentReceived(customerId: $customerId) { amount { amount } customer { code } }
  }
`);

let api: TestServer;
let smtp: Awaited<ReturnType<typeof smtpServer>>;
const directories: Awaited<ReturnType<typeof temporaryDirectory>>[] = [];
const processes: ServerProcess[] = [];
let firstCustomerId: string;

beforeAll(async () => {
  api = await startTestServer();
  smtp = await smtpServer();
  const given = await catalog(api);
  const net30 = await paymentTermsId(api, 'NET_30');
  // Issued 45 days ago on 30 days' terms: 15 days overdue, at the default policy's second reminder.
  const issueDate = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
  for (let c = 0; c < customers; c += 1) {
    const customer = await createCustomer(api, {
      code: `TWO-${c}`,
      email: `two-${c}@example.com`,
      purchaseTerms: { paymentTermsId: net30 },
    });
    firstCustomerId ??= customer.id;
    for (let i = 0; i < invoicesPerCustomer; i += 1) {
      await given.issued(customer.id, [{ description: `Work ${i}`, quantity: '1', unitPrice: '100.00' }], {
        issueDate,
      });
    }
  }
}, 120_000);

afterAll(async () => {
  for (const server of processes) server.child.kill('SIGKILL');
  await smtp?.close();
  await api?.close();
  await Promise.all(directories.map((directory) => directory.remove()));
});

async function startInstance(): Promise<ServerProcess> {
  const directory = await temporaryDirectory('clientela-two-');
  directories.push(directory);
  // Kept before it is up, so that afterAll stops it even when it never comes up.
  const server = spawnServer({
    dataDir: directory.dir,
    env: {
      DATABASE_URL: api.databaseUrl!,
      REDIS_URL: process.env.REDIS_URL!,
      SMTP_URL: smtp.url,
      SCHEDULER_INTERVAL_SECONDS: '1',
      DELIVERY_INTERVAL_SECONDS: '1',
    },
  });
  processes.push(server);
  return untilUp(server);
}

async function stop(server: ServerProcess): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

describe('scaled out: two server processes', () => {
  it('a dashboard on B hears a payment recorded on A, and the scan on both sends each reminder once', {
    timeout: 120_000,
  }, async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);

    const client = subscriptionClient(b.url!, processAdminKey);
    const ready = connected(client);
    const payments = collect(client, PaymentsOnB, { customerId: firstCustomerId });
    await ready;
    await untilRedisSubscribers('clientela:payment.received');
    const recorded = await a.gql(RecordPayment, {
      input: { customerId: firstCustomerId, amount: '7.00', method: 'CASH', autoAllocate: false },
    });
    expect(recorded.data?.paymentRecord.userErrors).toEqual([]);
    expect((await payments.next()).data?.paymentReceived).toEqual({
      amount: { amount: '7.00' },
      customer: { code: 'TWO-0' },
    });
    payments.unsubscribe();
    await client.dispose();

    // Both scan every second from a second after start; wait for every reminder to arrive.
    for (const deadline = Date.now() + 60_000; smtp.received.length < invoiceCount && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // A clean stop lets a scan or a send under way finish: nothing more can go out after it.
    expect(await Promise.all([stop(a), stop(b)])).toEqual([0, 0]);

    const reminders = await api.prisma.communication.findMany({ where: { kind: 'REMINDER' } });
    expect(reminders).toHaveLength(invoiceCount);
    expect(reminders.map((message) => message.deliveryStatus)).toEqual(Array(invoiceCount).fill('SENT'));
    const acceptedIds = smtp.received.map((message) => /^Message-ID: <([^@>]+)@clientela>/im.exec(message.raw)?.[1]);
    expect(acceptedIds.sort()).toEqual(reminders.map((message) => message.id).sort());
    const dispatches = await api.prisma.reminderDispatch.findMany({ select: { invoiceId: true, stepKey: true } });
    expect(dispatches).toHaveLength(invoiceCount);
    expect(new Set(dispatches.map((dispatch) => dispatch.invoiceId)).size).toBe(invoiceCount);
    expect(await api.prisma.alert.count({ where: { kind: 'INVOICE_OVERDUE' } })).toBe(invoiceCount);
    expect(await api.prisma.alert.count({ where: { kind: 'REMINDER_SENT' } })).toBe(invoiceCount);
  });
});
