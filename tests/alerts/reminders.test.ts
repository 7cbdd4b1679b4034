// Reminders and overdue alerts, with the clock moved by the test and the scheduler run by hand.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanReminders } from '../../src/modules/reminders/reminders.service.js';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { UpdateCustomer } from '../customers/operations.js';
import type { ReminderPolicyInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { RecordPayment, VoidPayment } from '../payments/operations.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { recordingMailer, schedulerFor, testClock } from './support.js';

const Alerts = graphql(`
  query CustomerAlerts($customerId: ID!) {
    alerts(first: 50, filter: { customerId: $customerId, status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {
      totalCount
      edges { node { kind message invoice { number } } }
    }
  }
`);

const Communications = graphql(`
  query CustomerCommunications($id: ID!) {
    customer(id: $id) {
      communications(first: 20) {
        totalCount
        edges { node { kind channel direction subject body toAddress deliveryStatus attempts invoice { number } } }
      }
    }
  }
`);

const InvoiceCommunications = graphql(`
  query InvoiceCommunications($id: ID!) {
    node(id: $id) {
      ... on Invoice {
        communications(first: 10) { totalCount edges { node { kind invoice { number } invoices { number } } } }
      }
    }
  }
`);

const CommunicationInvoices = graphql(`
  query CommunicationInvoices($id: ID!) {
    customer(id: $id) { communications(first: 20) { edges { node { subject invoices { number } } } } }
  }
`);

const CreatePolicy = graphql(`
  mutation CreatePolicy($input: ReminderPolicyInput!) {
    reminderPolicyCreate(input: $input) { reminderPolicy { id name steps { offsetDays kind } } userErrors { field code message } }
  }
`);

const UpdatePolicy = graphql(`
  mutation UpdatePolicy($input: ReminderPolicyUpdateInput!) {
    reminderPolicyUpdate(input: $input) {
      reminderPolicy { name partialFollowUpDays lateInterestKind lateInterestValue steps { offsetDays kind } }
      userErrors { field code message }
    }
  }
`);

const ChargeInterest = graphql(`
  mutation ChargeInterest($invoiceId: ID!) {
    lateInterestCharge(input: { invoiceId: $invoiceId }) {
      invoice { id number status issueDate total { amount } legalMentions lines { description unitPrice { amount } manualPriceReason taxSource taxRate { code } explanation } }
      userErrors { field code message }
    }
  }
`);

const clock = testClock('2026-03-02T08:00:00Z');
const mailer = recordingMailer();
let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
let scheduler: ReturnType<typeof schedulerFor>;
let net30: string;
beforeAll(async () => {
  api = await startTestServer({ now: clock.now });
  given = await catalog(api);
  scheduler = schedulerFor(api, clock.now, mailer);
  net30 = await paymentTermsId(api, 'NET_30');
});
afterAll(async () => {
  await scheduler?.stop();
  await api?.close();
});

/** A customer with an email, and an invoice of 1,190.00 RON issued today, due in 30 days. */
async function customerWithInvoice(overrides: Parameters<typeof createCustomer>[1] = {}) {
  const customer = await createCustomer(api, {
    email: `billing-${Math.random().toString(36).slice(2, 8)}@example.com`,
    purchaseTerms: { paymentTermsId: net30 },
    ...overrides,
  });
  const invoice = await given.issued(customer.id, [{ description: 'Work', quantity: '1', unitPrice: '1000.00' }]);
  return { customer, invoice };
}

const mailTo = (address: string | null | undefined) => mailer.sent.filter((email) => email.to === address);
const alertsOf = async (customerId: string) =>
  (await api.gql(Alerts, { customerId })).data!.alerts.edges.map((e) => e.node);

describe('reminder policies', () => {
  it('refuses what it could not store as asked: a value without interest, a reminder before the due date, a rate over 100%', async () => {
    const refused = async (input: Partial<ReminderPolicyInput>) =>
      (await api.gql(CreatePolicy, { input: { name: `Refused ${Math.random()}`, steps: [], ...input } })).data!
        .reminderPolicyCreate.userErrors;
    const onValue = [expect.objectContaining({ field: ['lateInterestValue'], code: 'INVALID' })];
    expect(await refused({ lateInterestKind: 'NONE', lateInterestValue: '5' })).toEqual(onValue);
    expect(await refused({ lateInterestValue: '5' })).toEqual(onValue);
    expect(await refused({ lateInterestKind: 'ANNUAL_RATE', lateInterestValue: '99999999999999999' })).toEqual(onValue);
    expect(await refused({ lateInterestKind: 'ANNUAL_RATE', lateInterestValue: '0' })).toEqual(onValue);
    expect(await refused({ steps: [{ offsetDays: -5, kind: 'REMINDER' }] })).toEqual([
      expect.objectContaining({ field: ['steps', '0', 'kind'], code: 'INVALID' }),
    ]);
    expect(await api.prisma.reminderPolicy.count({ where: { name: { startsWith: 'Refused' } } })).toBe(0);
  });

  it('change only what an update gives; null clears; a fee has at most two decimals', async () => {
    const created = await api.gql(CreatePolicy, {
      input: {
        name: 'Patchable',
        partialFollowUpDays: 5,
        lateInterestKind: 'ANNUAL_RATE',
        lateInterestValue: '8',
        steps: [{ offsetDays: 5, kind: 'REMINDER' }],
      },
    });
    const id = created.data!.reminderPolicyCreate.reminderPolicy!.id;
    const renamed = await api.gql(UpdatePolicy, { input: { id, name: 'Patched' } });
    expect(renamed.data!.reminderPolicyUpdate).toEqual({
      reminderPolicy: {
        name: 'Patched',
        partialFollowUpDays: 5,
        lateInterestKind: 'ANNUAL_RATE',
        lateInterestValue: '8',
        steps: [{ offsetDays: 5, kind: 'REMINDER' }],
      },
      userErrors: [],
    });
    const cleared = await api.gql(UpdatePolicy, { input: { id, partialFollowUpDays: null } });
    expect(cleared.data!.reminderPolicyUpdate.reminderPolicy).toMatchObject({
      partialFollowUpDays: null,
      lateInterestValue: '8',
    });
    const fee = await api.gql(UpdatePolicy, {
      input: { id, lateInterestKind: 'FIXED_FEE', lateInterestValue: '10.555' },
    });
    expect(fee.data!.reminderPolicyUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['lateInterestValue'], code: 'INVALID' }),
    ]);
    const otherKind = await api.gql(UpdatePolicy, { input: { id, lateInterestKind: 'FIXED_FEE' } });
    expect(otherKind.data!.reminderPolicyUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['lateInterestValue'], code: 'REQUIRED' }),
    ]);
  });
});

describe('the reminder scan', () => {
  it('an invoice due yesterday raises one overdue alert and one reminder, however often the scan runs', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer, invoice } = await customerWithInvoice();
    clock.set('2026-04-02T08:00:00Z'); // due 2026-04-01: one day late
    for (let i = 0; i < 3; i++) await scheduler.runOnce();
    const alerts = await alertsOf(customer.id);
    expect(alerts.filter((a) => a.kind === 'INVOICE_OVERDUE')).toEqual([
      expect.objectContaining({
        invoice: { number: invoice.number },
        message: expect.stringContaining('1190.00 RON due'),
      }),
    ]);
    const reminders = mailTo(customer.email);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toBe(`Reamintire de plată: factura ${invoice.number}`);
    expect(reminders[0].text).toContain('rest de plată 1190.00 RON, 1 zi de întârziere');
    expect(alerts.filter((a) => a.kind === 'REMINDER_SENT')).toHaveLength(1);
    const log = (await api.gql(Communications, { id: customer.id })).data!.customer!.communications;
    expect(log.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'REMINDER',
        channel: 'EMAIL',
        direction: 'OUTBOUND',
        deliveryStatus: 'SENT',
        attempts: 1,
        toAddress: customer.email,
        invoice: { number: invoice.number },
      }),
    ]);
  });

  it('sends a courtesy note before the due date, then each step once, and only the latest step reached', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer } = await customerWithInvoice({ language: 'en' });
    clock.set('2026-03-29T08:00:00Z'); // 3 days before 2026-04-01
    await scheduler.runOnce();
    clock.set('2026-04-02T08:00:00Z');
    await scheduler.runOnce();
    clock.set('2026-05-10T08:00:00Z'); // 39 days late: 15 and 30 were both reached; only the final notice goes
    await scheduler.runOnce();
    await scheduler.runOnce();
    expect(mailTo(customer.email).map((email) => email.subject.split(':')[0])).toEqual([
      expect.stringMatching(/falls due soon$/),
      'Payment reminder',
      'Final notice',
    ]);
  });

  it('stops reminding once the invoice is paid in full, and follows up a partial payment once', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const paid = await customerWithInvoice();
    const partial = await customerWithInvoice();
    clock.set('2026-04-02T08:00:00Z');
    await scheduler.runOnce();
    await api.gql(RecordPayment, {
      input: { customerId: paid.customer.id, amount: '1190.00', method: 'BANK_TRANSFER' },
    });
    await api.gql(RecordPayment, {
      input: { customerId: partial.customer.id, amount: '190.00', method: 'BANK_TRANSFER' },
    });
    expect((await alertsOf(partial.customer.id)).map((a) => a.kind)).toEqual(
      expect.arrayContaining(['PARTIAL_PAYMENT', 'PAYMENT_RECEIVED']),
    );
    clock.set('2026-04-08T08:00:00Z'); // six days after the partial payment
    await scheduler.runOnce();
    expect(mailTo(partial.customer.email)).toHaveLength(1);
    clock.set('2026-04-09T08:00:00Z'); // seven: the follow-up
    await scheduler.runOnce();
    await scheduler.runOnce();
    clock.set('2026-04-20T08:00:00Z'); // 19 days late: the 15-day reminder for what is left
    await scheduler.runOnce();
    expect(mailTo(partial.customer.email).map((e) => e.subject)).toEqual([
      `Reamintire de plată: factura ${partial.invoice.number}`,
      `Rest de plată pe factura ${partial.invoice.number}`,
      `Reamintire de plată: factura ${partial.invoice.number}`,
    ]);
    expect(mailTo(partial.customer.email)[2].text).toContain('rest de plată 1000.00 RON');
    expect(mailTo(paid.customer.email)).toHaveLength(1);
  });

  it('sends no follow-up of a partial payment that a later reminder already covered', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer, invoice } = await customerWithInvoice(); // 1,190.00 due 2026-04-01
    clock.set('2026-04-05T08:00:00Z');
    await api.gql(RecordPayment, {
      input: {
        customerId: customer.id,
        amount: '190.00',
        method: 'BANK_TRANSFER',
        allocations: [{ invoiceId: invoice.id, amount: '190.00' }],
      },
    });
    // The first scan in a while: the 15-day step and the payment's follow-up are both due.
    clock.set('2026-04-16T08:00:00Z');
    await scheduler.runOnce();
    await scheduler.runOnce();
    clock.set('2026-04-17T08:00:00Z');
    await scheduler.runOnce();
    const emails = mailTo(customer.email);
    expect(emails.map((email) => email.subject)).toEqual([`Reamintire de plată: factura ${invoice.number}`]);
    expect(emails[0].text).toContain('rest de plată 1000.00 RON, 15 zile de întârziere');
  });

  it('a final notice that is the first reminder does not speak of earlier ones', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer } = await customerWithInvoice();
    clock.set('2026-05-05T08:00:00Z'); // 34 days late, never reminded
    await scheduler.runOnce();
    const [email] = mailTo(customer.email);
    expect(email.subject).toMatch(/^Ultima notificare/);
    expect(email.text).toContain('Următoarele sume sunt încă neachitate. Aceasta este ultima notificare:');
    expect(email.text).not.toContain('În ciuda');
  });

  it('sends nothing to a customer who wants no reminders, and raises the overdue alert all the same', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer } = await customerWithInvoice();
    await api.gql(UpdateCustomer, { input: { id: customer.id, purchaseTerms: { remindersEnabled: false } } });
    clock.set('2026-04-20T08:00:00Z');
    await scheduler.runOnce();
    expect(mailTo(customer.email)).toEqual([]);
    expect((await alertsOf(customer.id)).map((a) => a.kind)).toEqual(['INVOICE_OVERDUE']);
  });

  it('shows late interest computed exactly, and combines a customer’s invoices where the policy says so', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const policy = await api.gql(CreatePolicy, {
      input: {
        name: 'Combined with interest',
        combineInvoices: true,
        lateInterestKind: 'ANNUAL_RATE',
        lateInterestValue: '9.5',
        steps: [
          { offsetDays: -3, kind: 'COURTESY' },
          { offsetDays: 10, kind: 'REMINDER' },
        ],
      },
    });
    expect(policy.data?.reminderPolicyCreate.userErrors).toEqual([]);
    const policyId = policy.data!.reminderPolicyCreate.reminderPolicy!.id;
    const { customer, invoice } = await customerWithInvoice({
      purchaseTerms: { paymentTermsId: net30, reminderPolicyId: policyId },
    });
    const second = await given.issued(customer.id, [{ description: 'More work', quantity: '1', unitPrice: '333.33' }]);
    const notYetDue = await given.issued(customer.id, [{ description: 'Later', quantity: '1', unitPrice: '10.00' }], {
      paymentTermsId: await paymentTermsId(api, 'NET_45'),
    }); // due 2026-04-16
    clock.set('2026-04-14T08:00:00Z'); // 13 days late
    await scheduler.runOnce();
    // Sent in the same run, in no particular order.
    const emails = mailTo(customer.email).sort((a, b) => (a.subject < b.subject ? 1 : -1));
    // What is overdue in one email; what falls due soon in a courtesy note of its own.
    expect(emails.map((email) => email.subject)).toEqual([
      `Reamintire de plată: facturile ${invoice.number}, ${second.number}`,
      `Factura ${notYetDue.number} ajunge la scadență`,
    ]);
    // 1190.00 × 9.5% × 13 / 365 = 4.0265… → 4.03; 396.66 × 9.5% × 13 / 365 = 1.3421… → 1.34
    expect(emails[0].text).toContain('penalități de întârziere 4.03 RON');
    expect(emails[0].text).toContain('penalități de întârziere 1.34 RON');
    expect(emails[0].text).toContain('Total de plată: 1586.66 RON.');
    const dispatches = await api.prisma.reminderDispatch.findMany({
      where: { invoice: { customerId: dbId(customer.id) } },
    });
    expect(dispatches).toHaveLength(3);
    expect(new Set(dispatches.map((d) => d.communicationId)).size).toBe(2);
    // The combined reminder is in each invoice's history, and names its invoices.
    const history = await api.gql(InvoiceCommunications, { id: second.id });
    expect(history.data?.node).toMatchObject({
      communications: {
        totalCount: 1,
        edges: [
          {
            node: {
              kind: 'REMINDER',
              invoice: null,
              invoices: [{ number: invoice.number }, { number: second.number }],
            },
          },
        ],
      },
    });
    // Every communication's invoices in one go, not one lookup per communication.
    api.queries.length = 0;
    const listed = await api.gql(CommunicationInvoices, { id: customer.id });
    expect(listed.data?.customer?.communications.edges.map((e) => e.node.invoices.map((i) => i.number)).sort()).toEqual(
      [[invoice.number, second.number], [notYetDue.number]],
    );
    expect(api.queries.filter((sql) => sql.includes('"ReminderDispatch"'))).toHaveLength(1);
  });

  it('logs a reminder to a customer without an email address as failed, with an alert, and never drops it', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer } = await customerWithInvoice({ email: null });
    clock.set('2026-04-02T08:00:00Z');
    await scheduler.runOnce();
    const log = (await api.gql(Communications, { id: customer.id })).data!.customer!.communications.edges.map(
      (e) => e.node,
    );
    expect(log).toEqual([expect.objectContaining({ kind: 'REMINDER', deliveryStatus: 'FAILED', toAddress: null })]);
    expect((await alertsOf(customer.id)).map((a) => a.kind).sort()).toEqual(['INVOICE_OVERDUE', 'SEND_FAILED']);
  });
});

describe('delivery', () => {
  it('retries a refused message with backoff and sends it once; the log shows the tries', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer } = await customerWithInvoice();
    clock.set('2026-04-02T08:00:00Z');
    mailer.failNext(1);
    await scheduler.runOnce();
    expect(mailTo(customer.email)).toHaveLength(0);
    const queued = await api.prisma.communication.findFirstOrThrow({ where: { customerId: dbId(customer.id) } });
    expect(queued).toMatchObject({
      deliveryStatus: 'QUEUED',
      attempts: 1,
      deliveryError: expect.stringContaining('451'),
    });
    clock.set('2026-04-02T08:00:40Z'); // after the 30 s pause
    await scheduler.runOnce();
    await scheduler.runOnce();
    expect(mailTo(customer.email)).toHaveLength(1);
    expect(await api.prisma.communication.findFirstOrThrow({ where: { id: queued.id } })).toMatchObject({
      deliveryStatus: 'SENT',
      attempts: 2,
    });
  });

  it('gives up after the last try with a SEND_FAILED alert', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const { customer } = await customerWithInvoice();
    clock.set('2026-04-02T08:00:00Z');
    mailer.failNext(3);
    for (const at of ['2026-04-02T08:00:00Z', '2026-04-02T08:01:00Z', '2026-04-02T08:03:00Z']) {
      clock.set(at);
      await scheduler.runOnce();
    }
    expect(mailTo(customer.email)).toEqual([]);
    const message = await api.prisma.communication.findFirstOrThrow({ where: { customerId: dbId(customer.id) } });
    expect(message).toMatchObject({ deliveryStatus: 'FAILED', attempts: 3 });
    expect((await alertsOf(customer.id)).map((a) => a.kind).sort()).toEqual(['INVOICE_OVERDUE', 'SEND_FAILED']);
  });
});

describe('charging late interest', () => {
  it('issues a new invoice for the days late, leaves the old one as it was, and charges each day once', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const policy = await api.gql(CreatePolicy, {
      input: {
        name: 'Legal interest',
        lateInterestKind: 'ANNUAL_RATE',
        lateInterestValue: '10',
        steps: [{ offsetDays: 1, kind: 'REMINDER' }],
      },
    });
    const policyId = policy.data!.reminderPolicyCreate.reminderPolicy!.id;
    const { customer, invoice } = await customerWithInvoice({
      purchaseTerms: { paymentTermsId: net30, reminderPolicyId: policyId },
    });
    const before = await api.prisma.invoice.findUniqueOrThrow({ where: { id: dbId(invoice.id) } });

    clock.set('2026-03-20T08:00:00Z');
    const early = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    expect(early.data!.lateInterestCharge.userErrors[0].message).toMatch(/not overdue/);

    clock.set('2026-05-01T08:00:00Z'); // due 2026-04-01: 30 days late
    const charged = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    expect(charged.data!.lateInterestCharge.userErrors).toEqual([]);
    // 1190.00 × 10% × 30 / 365 = 9.7808… → 9.78, outside the scope of VAT
    expect(charged.data!.lateInterestCharge.invoice).toMatchObject({
      status: 'OPEN',
      issueDate: '2026-05-01',
      total: { amount: '9.78' },
      lines: [
        {
          description: expect.stringContaining(`factura ${invoice.number}, 2026-04-02 – 2026-05-01 (30 zile)`),
          unitPrice: { amount: '9.78' },
          taxSource: 'MANUAL',
          taxRate: { code: 'OUT_OF_SCOPE' },
        },
      ],
      legalMentions: [expect.stringMatching(/nu intră în baza de impozitare a TVA/)],
    });
    const after = await api.prisma.invoice.findUniqueOrThrow({ where: { id: dbId(invoice.id) } });
    expect(after).toEqual(before);

    const again = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    expect(again.data!.lateInterestCharge.userErrors[0].message).toMatch(/already charged through 2026-05-01/);
    clock.set('2026-05-11T08:00:00Z'); // ten more days
    const later = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    // 1190.00 × 10% × 10 / 365 = 3.2602… → 3.26
    expect(later.data!.lateInterestCharge.invoice).toMatchObject({ total: { amount: '3.26' } });
    const charges = await api.prisma.lateInterestCharge.findMany({
      where: { invoiceId: dbId(invoice.id) },
      orderBy: { fromDay: 'asc' },
    });
    expect(
      charges.map((c) => [
        c.fromDay.toISOString().slice(0, 10),
        c.toDay.toISOString().slice(0, 10),
        c.amount.toFixed(2),
      ]),
    ).toEqual([
      ['2026-04-02', '2026-05-01', '9.78'],
      ['2026-05-02', '2026-05-11', '3.26'],
    ]);
    void customer;
  });

  it('refuses when the customer’s policy charges no interest', async () => {
    clock.set('2026-05-11T08:00:00Z'); // the series has reached this day
    const { invoice } = await customerWithInvoice();
    clock.set('2026-07-01T08:00:00Z');
    const refused = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    expect(refused.data!.lateInterestCharge.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('charges no late interest'),
    });
  });

  it('charges each day on what was due that day: a partial payment lowers the base from the day it came', async () => {
    clock.set('2026-07-01T08:00:00Z'); // the series has reached this day
    const policy = await api.gql(CreatePolicy, {
      input: { name: 'Day by day', lateInterestKind: 'ANNUAL_RATE', lateInterestValue: '10', steps: [] },
    });
    const { customer, invoice } = await customerWithInvoice({
      purchaseTerms: { paymentTermsId: net30, reminderPolicyId: policy.data!.reminderPolicyCreate.reminderPolicy!.id },
    }); // 1,190.00 due 2026-07-31
    clock.set('2026-08-10T08:00:00Z');
    const paid = await api.gql(RecordPayment, {
      input: {
        customerId: customer.id,
        amount: '190.00',
        method: 'BANK_TRANSFER',
        allocations: [{ invoiceId: invoice.id, amount: '190.00' }],
      },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    clock.set('2026-08-30T08:00:00Z');
    const charged = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    // 08-01 … 08-09: 9 days on 1,190.00; 08-10 … 08-30: 21 days on 1,000.00.
    // (9 × 1190 + 21 × 1000) × 10% / 365 = 3171 / 365 = 8.6876… → 8.69 (not 1,000.00 × 30 days = 8.22)
    expect(charged.data!.lateInterestCharge.invoice).toMatchObject({
      total: { amount: '8.69' },
      lines: [
        {
          description: expect.stringContaining('2026-08-01 – 2026-08-30 (30 zile)'),
          manualPriceReason:
            '10% a year (365-day year) on what was due each day: 1190.00 RON due for 9 days (2026-08-01 – 2026-08-09); 1000.00 RON due for 21 days (2026-08-10 – 2026-08-30)',
        },
      ],
    });
  });
  it('charges a fixed fee once, shows it on no later reminder, and charges no interest on interest', async () => {
    clock.set('2026-08-30T08:00:00Z'); // the series has reached this day
    const policy = await api.gql(CreatePolicy, {
      input: {
        name: 'Fixed fee',
        lateInterestKind: 'FIXED_FEE',
        lateInterestValue: '25.00',
        steps: [
          { offsetDays: 1, kind: 'REMINDER' },
          { offsetDays: 15, kind: 'REMINDER' },
        ],
      },
    });
    expect(policy.data?.reminderPolicyCreate.userErrors).toEqual([]);
    const { customer, invoice } = await customerWithInvoice({
      purchaseTerms: { paymentTermsId: net30, reminderPolicyId: policy.data!.reminderPolicyCreate.reminderPolicy!.id },
    }); // 1,190.00 due 2026-09-29
    clock.set('2026-09-30T08:00:00Z');
    await scheduler.runOnce();
    expect(mailTo(customer.email).map((email) => email.text)).toEqual([
      expect.stringContaining('penalități de întârziere 25.00 RON'),
    ]);
    const fee = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    expect(fee.data!.lateInterestCharge.userErrors).toEqual([]);
    expect(fee.data!.lateInterestCharge.invoice).toMatchObject({ total: { amount: '25.00' } });
    const feeInvoice = fee.data!.lateInterestCharge.invoice!;

    clock.set('2026-10-14T08:00:00Z'); // 15 days late: the second reminder, without the fee charged
    await scheduler.runOnce();
    const second = mailTo(customer.email)[1];
    expect(second.text).toContain(`Factura ${invoice.number}`);
    expect(second.text).not.toContain('penalități');
    const again = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    expect(again.data!.lateInterestCharge.userErrors[0].message).toMatch(/already charged/);

    clock.set('2026-11-15T08:00:00Z'); // the fee's invoice (due 2026-10-30) is overdue too
    await scheduler.runOnce();
    const aboutFee = mailTo(customer.email).filter((email) => email.subject.includes(feeInvoice.number!));
    expect(aboutFee).toHaveLength(1);
    expect(aboutFee[0].text).not.toContain('penalități');
    const onInterest = await api.gql(ChargeInterest, { invoiceId: feeInvoice.id });
    expect(onInterest.data!.lateInterestCharge.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('no interest is charged on interest'),
    });
    expect(await api.prisma.lateInterestCharge.count({ where: { invoice: { customerId: dbId(customer.id) } } })).toBe(
      1,
    );

    // The fee stands for recovery costs, not for days: interest at a yearly rate, under a policy
    // that charges it, runs from the due date all the same.
    const rate = await api.gql(CreatePolicy, {
      input: { name: 'Rate after a fee', lateInterestKind: 'ANNUAL_RATE', lateInterestValue: '10', steps: [] },
    });
    const moved = await api.gql(UpdateCustomer, {
      input: {
        id: customer.id,
        purchaseTerms: { reminderPolicyId: rate.data!.reminderPolicyCreate.reminderPolicy!.id },
      },
    });
    expect(moved.data?.customerUpdate.userErrors).toEqual([]);
    const interest = await api.gql(ChargeInterest, { invoiceId: invoice.id });
    expect(interest.data!.lateInterestCharge.userErrors).toEqual([]);
    // 1190.00 × 10% × 47 / 365 = 15.3232… → 15.32 (2026-09-30 … 2026-11-15)
    expect(interest.data!.lateInterestCharge.invoice).toMatchObject({
      total: { amount: '15.32' },
      lines: [{ description: expect.stringContaining('2026-09-30 – 2026-11-15 (47 zile)') }],
    });
  });
});

describe('a scan racing with payments', () => {
  it('reminds of nothing paid while it was deciding, and of what is left as it is now', async () => {
    clock.set('2026-11-15T08:00:00Z'); // the series has reached this day
    const paid = await customerWithInvoice();
    const partial = await customerWithInvoice();
    clock.set('2026-12-16T08:00:00Z'); // due 2026-12-15: the 1-day reminder
    // The payments land after the scan has read its candidates and before it writes the reminders.
    let interfered = false;
    const payDuringScan = async () => {
      interfered = true;
      for (const [who, amount] of [
        [paid, '1190.00'],
        [partial, '190.00'],
      ] as const) {
        const result = await api.gql(RecordPayment, {
          input: { customerId: who.customer.id, amount, method: 'BANK_TRANSFER' },
        });
        expect(result.data?.paymentRecord.userErrors).toEqual([]);
      }
    };
    const invoices = new Proxy(api.prisma.invoice, {
      get(target, property) {
        const value = Reflect.get(target, property);
        if (property !== 'findMany') return typeof value === 'function' ? value.bind(target) : value;
        return async (args: Parameters<typeof target.findMany>[0]) => {
          const rows = await target.findMany(args);
          if (args?.include && !interfered) await payDuringScan();
          return rows;
        };
      },
    });
    const prisma = new Proxy(api.prisma, {
      get(target, property) {
        if (property === 'invoice') return invoices;
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await scanReminders({ prisma, pubsub: api.pubsub, now: clock.now, log: pino({ level: 'silent' }) });
    expect(interfered).toBe(true);
    await scheduler.runOnce(); // delivers what the scan queued
    expect(mailTo(paid.customer.email)).toEqual([]);
    expect(await api.prisma.reminderDispatch.count({ where: { invoiceId: dbId(paid.invoice.id) } })).toBe(0);
    expect(mailTo(partial.customer.email).map((email) => email.text)).toEqual([
      expect.stringContaining('rest de plată 1000.00 RON'),
    ]);
  });
});

const InvoiceAlerts = graphql(`
  query InvoiceAlerts($customerId: ID!) {
    alerts(first: 10, filter: { customerId: $customerId, kinds: [INVOICE_OVERDUE], status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {
      edges { node { status handledBy } }
    }
  }
`);

describe('alerts of a settled invoice', () => {
  it('are acknowledged by Clientela when the invoice is paid in full, and open again when the payment is taken back', async () => {
    clock.set('2026-12-20T08:00:00Z'); // the series has reached this day
    const { customer } = await customerWithInvoice(); // due 2027-01-19
    clock.set('2027-01-25T08:00:00Z');
    await scheduler.runOnce();
    const overdue = async () =>
      (await api.gql(InvoiceAlerts, { customerId: customer.id })).data!.alerts.edges.map((edge) => edge.node);
    expect(await overdue()).toEqual([{ status: 'OPEN', handledBy: null }]);
    const paid = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '1190.00', method: 'BANK_TRANSFER' },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    expect(await overdue()).toEqual([{ status: 'ACKNOWLEDGED', handledBy: 'Clientela (invoice settled)' }]);
    const voided = await api.gql(VoidPayment, {
      input: { paymentId: paid.data!.paymentRecord.payment!.id, reason: 'bounced' },
    });
    expect(voided.data?.paymentVoid.userErrors).toEqual([]);
    expect(await overdue()).toEqual([{ status: 'OPEN', handledBy: null }]);
  });
});
