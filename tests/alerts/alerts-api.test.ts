// The communication log, alerts (query, acknowledge, snooze), the credit limit policy, statements
// by email, and the live subscriptions a dashboard uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { IssueInvoice } from '../invoices/operations.js';
import { RecordPayment } from '../payments/operations.js';
import { collect, connected, observedPubSub, subscriptionClient } from '../support/subscriptions.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { recordingMailer, schedulerFor, testClock } from './support.js';

const LogCommunication = graphql(`
  mutation LogCommunication($input: CommunicationLogInput!) {
    communicationLog(input: $input) {
      communication { id channel direction subject body occurredAt createdBy invoice { number } }
      userErrors { field code message }
    }
  }
`);

const PaymentsOf = graphql(`
  query PaymentsOf($customerId: ID) { payments(customerId: $customerId, first: 5) { totalCount } }
`);
const History = graphql(`
  query CommunicationHistory($id: ID!, $filter: CommunicationFilter) {
    customer(id: $id) { communications(first: 10, filter: $filter) { totalCount edges { node { subject channel } } } }
  }
`);

const InvoiceHistory = graphql(`
  query InvoiceHistory($id: ID!) {
    node(id: $id) { ... on Invoice { communications(first: 10) { totalCount edges { node { subject } } } } }
  }
`);

const OpenAlerts = graphql(`
  query OpenAlerts($filter: AlertFilter) {
    alerts(first: 50, filter: $filter) { totalCount edges { node { id kind status message handledBy snoozedUntil } } }
  }
`);

const Acknowledge = graphql(`
  mutation Acknowledge($id: ID!) {
    alertAcknowledge(input: { id: $id }) { alert { id status handledBy handledAt } userErrors { field code message } }
  }
`);

const Snooze = graphql(`
  mutation Snooze($id: ID!, $until: DateTime!) {
    alertSnooze(input: { id: $id, until: $until }) { alert { id status snoozedUntil } userErrors { field code message } }
  }
`);

const SendStatement = graphql(`
  mutation SendStatement($input: StatementSendInput!) {
    statementSend(input: $input) { communication { kind subject toAddress deliveryStatus } userErrors { field code message } }
  }
`);

const AlertFeed = graphql(`
  subscription AlertFeed($customerId: ID, $kinds: [AlertKind!]) {
    alertRaised(customerId: $customerId, kinds: $kinds) { kind customer { code } message }
  }
`);

const PaymentFeed = graphql(`
  subscription PaymentFeed($customerId: ID) {
    paymentReceived(customerId: $customerId) { amount { amount currency } customer { code } }
  }
`);

const clock = testClock('2026-06-15T09:00:00Z');
const observed = observedPubSub();
let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer({ now: clock.now, pubsub: observed.pubsub });
  given = await catalog(api);
});
afterAll(() => api?.close());

const work = [{ description: 'Work', quantity: '1', unitPrice: '100.00' }];

describe('the communication log', () => {
  it('logs calls, letters and notes about a customer and their invoices; lists them newest first, with filters', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, work);
    const log = async (input: Record<string, unknown>) =>
      (
        await api.gql(LogCommunication, {
          input: { customerId: customer.id, direction: 'OUTBOUND', ...input } as never,
        })
      ).data!.communicationLog;
    const call = await log({
      channel: 'PHONE',
      subject: 'Asked about INV',
      body: 'Promised payment Friday',
      invoiceId: invoice.id,
      occurredAt: '2026-06-14T10:00:00Z',
    });
    expect(call.userErrors).toEqual([]);
    expect(call.communication).toMatchObject({
      channel: 'PHONE',
      createdBy: 'test admin',
      invoice: { number: invoice.number },
    });
    await log({
      channel: 'LETTER',
      subject: 'Formal notice',
      body: 'Sent by post',
      occurredAt: '2026-06-15T08:00:00Z',
    });
    await log({ channel: 'NOTE', direction: 'INBOUND', subject: 'They called back', body: 'Will pay half' });

    const all = (await api.gql(History, { id: customer.id })).data!.customer!.communications;
    expect(all.edges.map((e) => e.node.subject)).toEqual(['They called back', 'Formal notice', 'Asked about INV']);
    const calls = (await api.gql(History, { id: customer.id, filter: { channels: ['PHONE'] } })).data!.customer!
      .communications;
    expect(calls).toMatchObject({ totalCount: 1, edges: [{ node: { subject: 'Asked about INV' } }] });
    const aboutInvoice = (await api.gql(InvoiceHistory, { id: invoice.id })).data!.node as {
      communications: { totalCount: number };
    };
    expect(aboutInvoice.communications.totalCount).toBe(1);
    const backwards = await api.gql(History, {
      id: customer.id,
      filter: { from: '2026-06-15T00:00:00Z', to: '2026-06-01T00:00:00Z' },
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'from'] });
  });

  it('refuses an empty body, a moment in the future, and a document of another customer, writing nothing', async () => {
    const customer = await createCustomer(api);
    const stranger = await createCustomer(api);
    const foreign = await given.issued(stranger.id, work);
    const answer = await api.gql(LogCommunication, {
      input: {
        customerId: customer.id,
        channel: 'EMAIL',
        direction: 'OUTBOUND',
        body: ' ',
        occurredAt: '2026-07-01T00:00:00Z',
        invoiceId: foreign.id,
      },
    });
    expect(answer.data!.communicationLog.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
      'body',
      'invoiceId',
      'occurredAt',
    ]);
    expect(await api.prisma.communication.count({ where: { customerId: dbId(customer.id) } })).toBe(0);
  });
});

describe('alerts', () => {
  it('are listed by customer and kind, acknowledged with who did it, and snoozed until a moment', async () => {
    const customer = await createCustomer(api);
    await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '10.00', method: 'CASH', reference: 'R-1' },
    });
    await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '20.00', method: 'CASH', reference: 'R-2' },
    });
    const open = (await api.gql(OpenAlerts, { filter: { customerId: customer.id, kinds: ['PAYMENT_RECEIVED'] } })).data!
      .alerts;
    expect(open.edges.map((e) => e.node.message)).toEqual([
      'Payment of 20.00 RON received (R-2).',
      'Payment of 10.00 RON received (R-1).',
    ]);
    const [latest, earlier] = open.edges.map((e) => e.node);

    const acknowledged = await api.gql(Acknowledge, { id: latest.id }, { key: await api.keyFor('SALES', 'Ana Sales') });
    expect(acknowledged.data!.alertAcknowledge.alert).toMatchObject({
      status: 'ACKNOWLEDGED',
      handledBy: 'Ana Sales',
      handledAt: '2026-06-15T09:00:00.000Z',
    });
    const snoozed = await api.gql(Snooze, { id: earlier.id, until: '2026-06-16T09:00:00Z' });
    expect(snoozed.data!.alertSnooze.alert).toMatchObject({ status: 'SNOOZED' });
    expect((await api.gql(OpenAlerts, { filter: { customerId: customer.id } })).data!.alerts.totalCount).toBe(0);

    clock.set('2026-06-16T09:00:01Z');
    try {
      const back = (await api.gql(OpenAlerts, { filter: { customerId: customer.id } })).data!.alerts;
      expect(back.edges.map((e) => [e.node.id, e.node.status])).toEqual([[earlier.id, 'OPEN']]);
    } finally {
      clock.set('2026-06-15T09:00:00Z');
    }
    const again = await api.gql(Snooze, { id: latest.id, until: '2026-07-01T00:00:00Z' });
    expect(again.data!.alertSnooze.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    const viewer = await api.gql(Acknowledge, { id: earlier.id }, { key: await api.keyFor('VIEWER') });
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an invoice over the credit limit: with WARN it is issued with an alert; with REFUSE it stays a draft', async () => {
    const warned = await createCustomer(api, { purchaseTerms: { creditLimit: '100.00' } });
    const issued = await given.issued(warned.id, work); // 119.00 > 100.00
    expect(issued.status).toBe('OPEN');
    const alerts = (await api.gql(OpenAlerts, { filter: { customerId: warned.id, kinds: ['CREDIT_LIMIT_EXCEEDED'] } }))
      .data!.alerts;
    expect(alerts.edges.map((e) => e.node.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^With invoice ${issued.number}, .+ owes 119\\.00 RON, over the credit limit of 100\\.00\\.$`),
      ),
    ]);

    const refused = await createCustomer(api, {
      purchaseTerms: { creditLimit: '100.00', creditLimitPolicy: 'REFUSE' },
    });
    const draft = await given.draft(refused.id, work);
    const answer = await api.gql(IssueInvoice, { input: { id: draft.id } });
    expect(answer.data!.invoiceIssue.userErrors).toEqual([expect.objectContaining({ code: 'CREDIT_LIMIT_EXCEEDED' })]);
    expect(await api.prisma.invoice.findUniqueOrThrow({ where: { id: dbId(draft.id) } })).toMatchObject({
      status: 'DRAFT',
      number: null,
    });
  });
});

describe('statements by email', () => {
  it('queues the statement in the customer’s language and the outbox sends it', async () => {
    const customer = await createCustomer(api, { email: 'accounts@example.com', language: 'en' });
    const invoice = await given.issued(customer.id, work);
    const sent = await api.gql(SendStatement, {
      input: { customerId: customer.id, from: '2026-06-01', to: '2026-06-15' },
    });
    expect(sent.data!.statementSend).toEqual({
      communication: {
        kind: 'STATEMENT',
        subject: 'Statement of account 2026-06-01 – 2026-06-15',
        toAddress: 'accounts@example.com',
        deliveryStatus: 'QUEUED',
      },
      userErrors: [],
    });
    const mailer = recordingMailer();
    const scheduler = schedulerFor(api, clock.now, mailer);
    await scheduler.runOnce();
    await scheduler.stop();
    const statement = mailer.sent.find((email) => email.to === 'accounts@example.com')!;
    expect(statement.text).toContain('Opening balance: 0.00 RON');
    expect(statement.text).toContain(`Invoice ${invoice.number}  119.00 RON`);
    expect(statement.text).toContain('Closing balance: 119.00 RON');
    // Not a period that has not ended, nor a currency the customer never dealt in.
    for (const [input, field] of [
      [{ from: '2026-06-01', to: '2026-06-30' }, 'to'],
      [{ from: '2026-06-01', to: '2026-06-15', currency: 'EUR' }, 'currency'],
    ] as const) {
      const odd = await api.gql(SendStatement, { input: { customerId: customer.id, ...input } });
      expect(odd.data!.statementSend.userErrors).toEqual([
        expect.objectContaining({ field: [field], code: 'INVALID' }),
      ]);
    }
    const noEmail = await createCustomer(api);
    const refused = await api.gql(SendStatement, {
      input: { customerId: noEmail.id, from: '2026-06-01', to: '2026-06-15' },
    });
    expect(refused.data!.statementSend.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('live subscriptions', () => {
  it('alertRaised hears only the customer and kinds asked for; paymentReceived hears payments', async () => {
    const watched = await createCustomer(api);
    const other = await createCustomer(api);
    const client = subscriptionClient(api.url, api.adminKey);
    const ready = connected(client);
    const alertsBefore = observed.started('alert.raised');
    const paymentsBefore = observed.started('payment.received');
    const alerts = collect(client, AlertFeed, { customerId: watched.id, kinds: ['PAYMENT_RECEIVED'] });
    const payments = collect(client, PaymentFeed, { customerId: watched.id });
    await ready;
    await observed.listening('alert.raised', alertsBefore + 1);
    await observed.listening('payment.received', paymentsBefore + 1);

    await api.gql(RecordPayment, { input: { customerId: other.id, amount: '5.00', method: 'CASH' } });
    await given.issued(watched.id, work);
    await api.gql(RecordPayment, { input: { customerId: watched.id, amount: '50.00', method: 'CASH' } }); // leaves the invoice partly paid

    expect((await alerts.next()).data?.alertRaised).toEqual({
      kind: 'PAYMENT_RECEIVED',
      customer: { code: watched.code },
      message: 'Payment of 50.00 RON received.',
    });
    expect((await payments.next()).data?.paymentReceived).toEqual({
      amount: { amount: '50.00', currency: 'RON' },
      customer: { code: watched.code },
    });
    alerts.unsubscribe();
    payments.unsubscribe();
    await client.dispose();
  });

  it('many dashboards on one payment: each hears it, and one statement reads the payment for all of them', async () => {
    const watched = await createCustomer(api);
    const paymentReads = () => api.queries.filter((sql) => /FROM "public"\."Payment"/.test(sql)).length;
    const pay = (amount: string) =>
      api.gql(RecordPayment, { input: { customerId: watched.id, amount, method: 'CASH' } });
    api.queries.length = 0;
    await pay('3.00'); // nobody listening
    const readsWithoutListeners = paymentReads();

    const dashboards = Array.from({ length: 5 }, () => subscriptionClient(api.url, api.adminKey));
    const before = observed.started('payment.received');
    const feeds = dashboards.map((client) => collect(client, PaymentFeed, { customerId: watched.id }));
    await Promise.all(dashboards.map((client) => connected(client)));
    await observed.listening('payment.received', before + dashboards.length);
    api.queries.length = 0;
    await pay('7.00');
    const heard = await Promise.all(feeds.map((feed) => feed.next()));
    expect(heard.map((result) => result.data?.paymentReceived)).toEqual(
      dashboards.map(() => ({ amount: { amount: '7.00', currency: 'RON' }, customer: { code: watched.code } })),
    );
    expect(paymentReads()).toBe(readsWithoutListeners + 1);
    for (const feed of feeds) feed.unsubscribe();
    await Promise.all(dashboards.map((client) => client.dispose()));
  });

  it('refuses an id that is not a customer’s, in a filter as in a subscription, rather than matching nothing', async () => {
    const listed = await api.gql(OpenAlerts, { filter: { customerId: 'bogus' } });
    expect(listed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'customerId'] });
    const payments = await api.gql(PaymentsOf, { customerId: 'bogus' });
    expect(payments.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['customerId'] });
    expect(payments.data).toBeNull();
    const client = subscriptionClient(api.url, api.adminKey);
    const feed = collect(client, AlertFeed, { customerId: 'bogus', kinds: ['PAYMENT_RECEIVED'] });
    const answer = await feed.next();
    expect(answer.errors?.[0]).toMatchObject({
      message: 'This is not the id of a Customer.',
      extensions: { code: 'BAD_USER_INPUT', field: ['customerId'] },
    });
    await client.dispose();
  });
});
