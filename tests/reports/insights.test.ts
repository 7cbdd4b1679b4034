// Customer insights on a small book worked out by hand (today is 2026-06-15): what is owed, days
// to pay (mean, median), days late, on-time share, DSO, the largest unpaid invoice, the last 12
// months and any calendar periods, and the risk reasons (paying later and later among them);
// the same figures through the ranked list and the customer's own field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import type { PaymentRecordInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { VoidInvoice } from '../invoices/operations.js';
import { IssueCreditNote, RecordPayment, VoidPayment } from '../payments/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const Insights = graphql(`
  query Insights($orderBy: CustomerInsightOrder!, $currency: Currency, $atRiskOnly: Boolean!) {
    customerInsights(first: 10, orderBy: $orderBy, currency: $currency, atRiskOnly: $atRiskOnly) {
      totalCount
      edges { node { ...InsightFields } }
    }
  }
  fragment InsightFields on CustomerInsight {
    customer { code }
    currency
    outstanding { amount }
    overdue { amount }
    openInvoices
    overdueInvoices
    largestUnpaidInvoice { number amountDue { amount } }
    invoicedLast12Months { amount }
    collectedLast12Months { amount }
    paidInvoices
    averageDaysToPay
    medianDaysToPay
    averageDaysLate
    onTimeShare
    daysSalesOutstanding
    balance { amount }
    creditLimit { amount }
    atRisk
    riskReasons
  }
`);

const CustomerInsights = graphql(`
  query CustomerInsights($id: ID!, $unit: SeriesUnit!, $from: Date!, $to: Date!) {
    node(id: $id) {
      ... on Customer {
        insights {
          ...InsightFields
          trend { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }
          activity(unit: $unit, from: $from, to: $to) { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }
        }
      }
    }
  }
`);

const SettledOn = graphql(`
  query SettledOn($id: ID!) { node(id: $id) { ... on Invoice { status settledOn } } }
`);

let api: TestServer;
const ids: Record<string, string> = {};
const invoices: Record<string, { id: string; number?: string | null }> = {};

beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
  const given = await catalog(api);
  const onReceipt = await paymentTermsId(api, 'DUE_ON_RECEIPT');
  const net30 = await paymentTermsId(api, 'NET_30');
  const work = (unitPrice: string) => [{ description: 'Work', quantity: '1', unitPrice }]; // + 19% VAT
  const ok = (errors: readonly unknown[] | undefined) => expect(errors ?? []).toEqual([]);
  const pay = async (input: Omit<PaymentRecordInput, 'method'>) => {
    const paid = await api.gql(RecordPayment, { input: { ...input, method: 'BANK_TRANSFER' } });
    ok(paid.errors ?? paid.data?.paymentRecord.userErrors);
    return paid.data!.paymentRecord.payment!;
  };
  const a = await createCustomer(api, { code: 'INS-A', displayName: 'Paying later' });
  const b = await createCustomer(api, { code: 'INS-B', displayName: 'Credited' });
  const c = await createCustomer(api, {
    code: 'INS-C',
    displayName: 'Euro over limit',
    currency: 'EUR',
    purchaseTerms: { creditLimit: '100.00', creditLimitPolicy: 'WARN' },
  });
  Object.assign(ids, { a: a.id, b: b.id, c: c.id });

  // Issued in date order (one series). A: net 30, 100.00 + 19% VAT = 119.00 a unit of work.
  const issue = async (name: string, customerId: string, price: string, issueDate: string, terms = net30) => {
    invoices[name] = await given.issued(customerId, work(price), { issueDate, paymentTermsId: terms });
  };
  await issue('A1', a.id, '100.00', '2025-10-01'); // due 10-31
  await issue('A2', a.id, '100.00', '2025-11-01'); // due 12-01
  await issue('B1', b.id, '100.00', '2026-01-10', onReceipt);
  await issue('B2', b.id, '100.00', '2026-02-01', onReceipt);
  await issue('B3', b.id, '100.00', '2026-02-05', onReceipt);
  await issue('A3', a.id, '200.00', '2026-03-01'); // 238.00, due 03-31
  await issue('A4', a.id, '100.00', '2026-04-01'); // due 05-01
  await issue('A5', a.id, '300.00', '2026-05-20'); // 357.00, due 06-19
  await issue('C1', c.id, '200.00', '2026-06-01'); // 238.00 EUR, due 07-01
  await issue('A6', a.id, '100.00', '2026-06-10'); // due 07-10

  // A: on time before the last 90 days (0 and −5 days late), late within them (20 and 10 days).
  const settle = (invoice: string, amount: string, receivedOn: string) =>
    pay({ customerId: a.id, amount, receivedOn, allocations: [{ invoiceId: invoices[invoice].id, amount }] });
  await settle('A1', '119.00', '2025-10-31');
  await settle('A2', '119.00', '2025-11-26');
  await settle('A3', '238.00', '2026-04-20');
  await settle('A4', '119.00', '2026-05-11');
  await settle('A5', '57.00', '2026-06-01');
  // B: B1 settled by a credit note alone (says nothing about paying), B3 voided, 19.00 on account.
  const credited = await api.gql(IssueCreditNote, {
    input: { invoiceId: invoices.B1.id, amount: '119.00', reason: 'Returned', issueDate: '2026-01-15' },
  });
  ok(credited.errors ?? credited.data?.creditNoteIssue.userErrors);
  const voided = await api.gql(VoidInvoice, { input: { id: invoices.B3.id, reason: 'Issued twice' } });
  ok(voided.errors ?? voided.data?.invoiceVoid.userErrors);
  await pay({ customerId: b.id, amount: '19.00', receivedOn: '2026-06-01', autoAllocate: false });
});
afterAll(() => api?.close());

const expectedA = {
  customer: { code: 'INS-A' },
  currency: 'RON',
  // A5: 357.00 − 57.00, A6: 119.00; neither is past due.
  outstanding: { amount: '419.00' },
  overdue: { amount: '0.00' },
  openInvoices: 2,
  overdueInvoices: 0,
  largestUnpaidInvoice: { number: expect.any(String), amountDue: { amount: '300.00' } },
  // Everything from 2025-07-01: 119 + 119 + 238 + 119 + 357 + 119; paid 119 + 119 + 238 + 119 + 57.
  invoicedLast12Months: { amount: '1071.00' },
  collectedLast12Months: { amount: '652.00' },
  paidInvoices: 4,
  // Days to pay 30, 25, 50, 40; days late 0, −5, 20, 10; on time: A1 and A2.
  averageDaysToPay: 36.3,
  medianDaysToPay: 35,
  averageDaysLate: 6.3,
  onTimeShare: '50.00',
  // 419.00 ÷ 1071.00 invoiced over the last 365 days × 365 = 142.796…
  daysSalesOutstanding: 142.8,
  balance: { amount: '419.00' },
  creditLimit: null,
  atRisk: true,
  // 15 days late on average in the last 90 days against −2.5 before.
  riskReasons: ['PAYING_LATER'],
};

const expectedB = {
  customer: { code: 'INS-B' },
  currency: 'RON',
  outstanding: { amount: '119.00' },
  overdue: { amount: '119.00' },
  openInvoices: 1,
  overdueInvoices: 1,
  largestUnpaidInvoice: { number: expect.any(String), amountDue: { amount: '119.00' } },
  // B1 and B2 (B3 was voided); nothing paid with money, the 19.00 lies on account.
  invoicedLast12Months: { amount: '238.00' },
  collectedLast12Months: { amount: '19.00' },
  paidInvoices: 0,
  averageDaysToPay: null,
  medianDaysToPay: null,
  averageDaysLate: null,
  onTimeShare: null,
  daysSalesOutstanding: 182.5,
  balance: { amount: '100.00' },
  creditLimit: null,
  atRisk: true,
  // B2 is 134 days past due.
  riskReasons: ['OVERDUE_OVER_90_DAYS'],
};

const expectedC = {
  customer: { code: 'INS-C' },
  currency: 'EUR',
  outstanding: { amount: '238.00' },
  overdue: { amount: '0.00' },
  openInvoices: 1,
  overdueInvoices: 0,
  largestUnpaidInvoice: { number: expect.any(String), amountDue: { amount: '238.00' } },
  invoicedLast12Months: { amount: '238.00' },
  collectedLast12Months: { amount: '0.00' },
  paidInvoices: 0,
  averageDaysToPay: null,
  medianDaysToPay: null,
  averageDaysLate: null,
  onTimeShare: null,
  daysSalesOutstanding: 365,
  balance: { amount: '238.00' },
  creditLimit: { amount: '100.00' },
  atRisk: true,
  riskReasons: ['OVER_CREDIT_LIMIT'],
};

describe('customer insights', () => {
  it('ranks every customer and currency, with the figures worked out by hand', async () => {
    const { data, errors } = await api.gql(Insights, { orderBy: 'OUTSTANDING', atRiskOnly: false });
    expect(errors).toBeUndefined();
    expect(data!.customerInsights.totalCount).toBe(3);
    expect(data!.customerInsights.edges.map((e) => e.node)).toEqual([expectedA, expectedC, expectedB]);
    const largest = data!.customerInsights.edges[0].node.largestUnpaidInvoice;
    expect(largest?.number).toBe(invoices.A5.number);
  });

  it('filters by currency and risk, and orders by other figures', async () => {
    const ron = await api.gql(Insights, { orderBy: 'OVERDUE', currency: 'RON', atRiskOnly: false });
    expect(ron.data!.customerInsights.edges.map((e) => e.node.customer.code)).toEqual(['INS-B', 'INS-A']);
    const byDso = await api.gql(Insights, { orderBy: 'DAYS_SALES_OUTSTANDING', atRiskOnly: true });
    expect(byDso.data!.customerInsights.edges.map((e) => e.node.customer.code)).toEqual(['INS-C', 'INS-B', 'INS-A']);
    const late = await api.gql(Insights, { orderBy: 'AVERAGE_DAYS_LATE', atRiskOnly: false });
    // Customers with no paid invoice come last, by name.
    expect(late.data!.customerInsights.edges.map((e) => e.node.customer.code)).toEqual(['INS-A', 'INS-B', 'INS-C']);
  });

  it('gives the same figures on the customer, with the last 12 months and any calendar periods', async () => {
    const { data, errors } = await api.gql(CustomerInsights, {
      id: ids.a,
      unit: 'QUARTER',
      from: '2025-10-01',
      to: '2026-06-15',
    });
    expect(errors).toBeUndefined();
    const node = data!.node as { insights: (typeof expectedA & { trend: unknown[]; activity: unknown[] })[] };
    expect(node.insights).toHaveLength(1);
    const { trend, activity, ...figures } = node.insights[0];
    expect(figures).toEqual(expectedA);
    const month = (start: string, invoiced: string, collected: string, invoicesPaid: number, late: number | null) => ({
      start,
      invoiced: { amount: invoiced },
      collected: { amount: collected },
      invoicesPaid,
      averageDaysLate: late,
    });
    expect(trend).toEqual([
      month('2025-07-01', '0.00', '0.00', 0, null),
      month('2025-08-01', '0.00', '0.00', 0, null),
      month('2025-09-01', '0.00', '0.00', 0, null),
      month('2025-10-01', '119.00', '119.00', 1, 0),
      month('2025-11-01', '119.00', '119.00', 1, -5),
      month('2025-12-01', '0.00', '0.00', 0, null),
      month('2026-01-01', '0.00', '0.00', 0, null),
      month('2026-02-01', '0.00', '0.00', 0, null),
      month('2026-03-01', '238.00', '0.00', 0, null),
      month('2026-04-01', '119.00', '238.00', 1, 20),
      month('2026-05-01', '357.00', '119.00', 1, 10),
      month('2026-06-01', '119.00', '57.00', 0, null),
    ]);
    expect(activity).toEqual([
      month('2025-10-01', '238.00', '238.00', 2, -2.5),
      month('2026-01-01', '238.00', '0.00', 0, null),
      month('2026-04-01', '595.00', '414.00', 2, 15),
    ]);
  });

  it('refuses a period series that runs backwards or is too long', async () => {
    const backwards = await api.gql(CustomerInsights, {
      id: ids.a,
      unit: 'MONTH',
      from: '2026-06-01',
      to: '2026-05-01',
    });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const long = await api.gql(CustomerInsights, { id: ids.a, unit: 'MONTH', from: '2000-01-01', to: '2026-01-01' });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0].message).toContain('at most 120 periods');
  });

  it('keeps the day an invoice was settled, and forgets it when the payment is voided', async () => {
    const given = await catalog(api);
    const customer = await createCustomer(api, { code: 'INS-D', displayName: 'Voided payment' });
    const invoice = await given.issued(customer.id, [{ description: 'Work', quantity: '1', unitPrice: '10.00' }], {
      issueDate: '2026-06-12',
    });
    const paid = await api.gql(RecordPayment, {
      input: {
        customerId: customer.id,
        amount: '11.90',
        method: 'CASH',
        receivedOn: '2026-06-14',
        allocations: [{ invoiceId: invoice.id, amount: '11.90' }],
      },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    const before = await api.gql(SettledOn, { id: invoice.id });
    expect(before.data!.node).toEqual({ status: 'PAID', settledOn: '2026-06-14' });
    const voided = await api.gql(VoidPayment, {
      input: { paymentId: paid.data!.paymentRecord.payment!.id, reason: 'Bounced' },
    });
    expect(voided.data?.paymentVoid.userErrors).toEqual([]);
    const after = await api.gql(SettledOn, { id: invoice.id });
    expect(after.data!.node).toEqual({ status: 'OPEN', settledOn: null });
  });
});
