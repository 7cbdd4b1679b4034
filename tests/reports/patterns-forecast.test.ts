// Payment patterns, expected payment dates and the cash-collection forecast, on a book worked out
// by hand while the clock moves through June 2026: the scheduler sends two reminders and keeps a
// forecast each day it runs; one reminder is answered within 7 days; later, the forecast kept is
// set against what came in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { RecordPayment } from '../payments/operations.js';
import { recordingMailer, schedulerFor, testClock } from '../alerts/support.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const Expected = graphql(`
  query Expected($id: ID!) {
    node(id: $id) { ... on Invoice { number expectedPayment { date amount { amount } basis typicalDaysLate basedOnInvoices } } }
  }
`);

const Forecast = graphql(`
  query Forecast($weeks: Int!) {
    cashForecast(weeks: $weeks) {
      currency
      weeks { weekStart expected { amount } invoices }
      pastExpected { expected { amount } invoices }
      later { expected { amount } invoices }
    }
  }
`);

const Accuracy = graphql(`
  query Accuracy($weeks: Int!, $leadWeeks: Int!) {
    forecastAccuracy(currency: "RON", weeks: $weeks, leadWeeks: $leadWeeks) {
      weekStart forecastMadeOn forecast { amount } collected { amount } difference { amount }
    }
  }
`);

const Patterns = graphql(`
  query Patterns($from: Date, $customerId: ID) {
    paymentPatterns(from: $from, customerId: $customerId) {
      from
      to
      paidInvoices
      averageDaysLate
      medianDaysLate
      daysLate { bucket invoices { count share } }
      methods { method payments { count share } amounts { amount currency } }
      weekdays { weekday payments { count share } }
      atDueDate { invoices paidInFull { count share } partiallyPaid { count share } unpaid { count share } }
      reminders { sent followedByPayment { count share } }
    }
  }
`);

const clock = testClock('2026-06-01T10:00:00Z');
const mailer = recordingMailer();
let api: TestServer;
const invoices: Record<string, { id: string }> = {};
const customers: Record<string, { id: string }> = {};
let beforeAnyPayment: unknown;

beforeAll(async () => {
  api = await startTestServer({ now: clock.now });
  const scheduler = schedulerFor(api, clock.now, mailer);
  const given = await catalog(api);
  const onReceipt = await paymentTermsId(api, 'DUE_ON_RECEIPT');
  const net30 = await paymentTermsId(api, 'NET_30');
  const email = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  customers.p = await createCustomer(api, { code: 'PAT-P', displayName: 'Regular', email: email('p') });
  customers.q = await createCustomer(api, { code: 'PAT-Q', displayName: 'Reminded, pays', email: email('q') });
  customers.r = await createCustomer(api, { code: 'PAT-R', displayName: 'Reminded, silent', email: email('r') });
  const issue = async (name: string, customer: string, price: string, issueDate: string, terms = net30) => {
    invoices[name] = await given.issued(
      customers[customer].id,
      [{ description: 'Work', quantity: '1', unitPrice: price }],
      {
        issueDate,
        paymentTermsId: terms,
      },
    );
  };
  const pay = async (
    customer: string,
    invoice: string,
    amount: string,
    receivedOn: string,
    method = 'BANK_TRANSFER',
  ) => {
    const paid = await api.gql(RecordPayment, {
      input: {
        customerId: customers[customer].id,
        amount,
        receivedOn,
        method: method as 'BANK_TRANSFER',
        allocations: [{ invoiceId: invoices[invoice].id, amount }],
      },
    });
    expect(paid.errors ?? paid.data?.paymentRecord.userErrors).toEqual([]);
  };

  // 100.00 + 19% VAT = 119.00 a unit; net 30 unless due on receipt.
  await issue('P1', 'p', '100.00', '2026-01-01'); // due 01-31
  beforeAnyPayment = (await api.gql(Expected, { id: invoices.P1.id })).data;
  await issue('P2', 'p', '100.00', '2026-02-01'); // due 03-03
  await issue('P3', 'p', '100.00', '2026-03-01'); // due 03-31
  await issue('Q2', 'q', '100.00', '2026-04-01', onReceipt);
  await issue('R1', 'r', '100.00', '2026-04-15', onReceipt);
  await issue('P4', 'p', '200.00', '2026-05-20'); // 238.00, due 06-19
  await issue('P5', 'p', '300.00', '2026-06-01'); // 357.00, due 07-01
  await pay('p', 'P1', '119.00', '2026-02-05'); // 5 days late
  await pay('p', 'P2', '19.00', '2026-03-01', 'CASH'); // a part before the due date
  await pay('p', 'P2', '100.00', '2026-03-13', 'CASH'); // 10 days late
  await pay('p', 'P3', '119.00', '2026-03-31'); // on the due date

  // 1 June: reminders to Q and R; the day's forecast is kept.
  await scheduler.runOnce();
  clock.set('2026-06-03T10:00:00Z');
  await pay('q', 'Q2', '119.00', '2026-06-03'); // 2 days after the reminder, 63 days late
  clock.set('2026-06-05T10:00:00Z');
  await issue('Q1', 'q', '100.00', '2026-06-05'); // due 07-05
  clock.set('2026-06-10T10:00:00Z');
  await pay('p', 'P5', '57.00', '2026-06-10');
  await scheduler.runOnce();
  await scheduler.stop();
  clock.set('2026-06-17T10:00:00Z');
});
afterAll(() => api?.close());

const money = (amount: string) => ({ amount });

describe('expected payment dates and the cash forecast', () => {
  it('expects an invoice on its due date while nobody has paid anything yet', () => {
    expect(beforeAnyPayment).toEqual({
      node: {
        number: expect.any(String),
        expectedPayment: {
          date: '2026-01-31',
          amount: money('119.00'),
          basis: 'DUE_DATE',
          typicalDaysLate: 0,
          basedOnInvoices: 0,
        },
      },
    });
  });

  it("dates each open invoice by its customer's habit, or everyone's for a customer with too little history", async () => {
    const expected = async (name: string) => {
      const { data, errors } = await api.gql(Expected, { id: invoices[name].id });
      expect(errors).toBeUndefined();
      return (data!.node as { expectedPayment: unknown }).expectedPayment;
    };
    // P was 5, 10 and 0 days late: median 5.
    expect(await expected('P4')).toEqual({
      date: '2026-06-24',
      amount: money('238.00'),
      basis: 'CUSTOMER_HISTORY',
      typicalDaysLate: 5,
      basedOnInvoices: 3,
    });
    expect(await expected('P5')).toEqual({
      date: '2026-07-06',
      amount: money('300.00'),
      basis: 'CUSTOMER_HISTORY',
      typicalDaysLate: 5,
      basedOnInvoices: 3,
    });
    // Q paid once: everyone's 0, 5, 10 and 63 days late, median 7.5, is 8 days.
    expect(await expected('Q1')).toEqual({
      date: '2026-07-13',
      amount: money('119.00'),
      basis: 'OVERALL_PATTERN',
      typicalDaysLate: 8,
      basedOnInvoices: 4,
    });
    expect(await expected('P1')).toBeNull();
  });

  it('adds the expected amounts up by week from this one, and keeps apart what is later than expected', async () => {
    const { data, errors } = await api.gql(Forecast, { weeks: 6 });
    expect(errors).toBeUndefined();
    const week = (weekStart: string, amount: string, count: number) => ({
      weekStart,
      expected: money(amount),
      invoices: count,
    });
    expect(data!.cashForecast).toEqual([
      {
        currency: 'RON',
        weeks: [
          week('2026-06-15', '0.00', 0),
          week('2026-06-22', '238.00', 1),
          week('2026-06-29', '0.00', 0),
          week('2026-07-06', '300.00', 1),
          week('2026-07-13', '119.00', 1),
          week('2026-07-20', '0.00', 0),
        ],
        // R1, due 04-15, was expected on 04-23.
        pastExpected: { expected: money('119.00'), invoices: 1 },
        later: { expected: money('0.00'), invoices: 0 },
      },
    ]);
    const tooMany = await api.gql(Forecast, { weeks: 27 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sets the forecasts kept against what came in, week by week', async () => {
    clock.set('2026-06-25T10:00:00Z');
    const paid = await api.gql(RecordPayment, {
      input: {
        customerId: customers.p.id,
        amount: '238.00',
        receivedOn: '2026-06-25',
        method: 'BANK_TRANSFER',
        allocations: [{ invoiceId: invoices.P4.id, amount: '238.00' }],
      },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    clock.set('2026-06-30T10:00:00Z');
    const check = (week: string, madeOn: string | null, forecast: string | null, collected: string) => ({
      weekStart: week,
      forecastMadeOn: madeOn,
      forecast: forecast === null ? null : money(forecast),
      collected: money(collected),
      difference: forecast === null ? null : money((Number(collected) - Number(forecast)).toFixed(2)),
    });
    const byMonday = await api.gql(Accuracy, { weeks: 4, leadWeeks: 0 });
    expect(byMonday.errors).toBeUndefined();
    expect(byMonday.data!.forecastAccuracy).toEqual([
      check('2026-06-01', '2026-06-01', '0.00', '119.00'),
      check('2026-06-08', '2026-06-01', '0.00', '57.00'),
      check('2026-06-15', '2026-06-10', '0.00', '0.00'),
      check('2026-06-22', '2026-06-10', '238.00', '238.00'),
    ]);
    const weekAhead = await api.gql(Accuracy, { weeks: 2, leadWeeks: 2 });
    expect(weekAhead.data!.forecastAccuracy).toEqual([
      check('2026-06-15', '2026-06-01', '0.00', '0.00'),
      check('2026-06-22', '2026-06-01', '238.00', '238.00'),
    ]);
  });
});

describe('payment patterns', () => {
  it('counts days late, methods, weekdays, what was settled at the due dates, and answers to reminders', async () => {
    clock.set('2026-06-30T10:00:00Z');
    const { data, errors } = await api.gql(Patterns, { from: '2026-01-01' });
    expect(errors).toBeUndefined();
    const counted = (count: number, share: string | null) => ({ count, share });
    expect(data!.paymentPatterns).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      // P1 5, P2 10, P3 0, Q2 63 and P4 6 days late.
      paidInvoices: 5,
      averageDaysLate: 16.8,
      medianDaysLate: 6,
      daysLate: [
        { bucket: 'EARLY', invoices: counted(0, '0.00') },
        { bucket: 'ON_TIME', invoices: counted(1, '20.00') },
        { bucket: 'DAYS_1_7', invoices: counted(2, '40.00') },
        { bucket: 'DAYS_8_30', invoices: counted(1, '20.00') },
        { bucket: 'DAYS_31_60', invoices: counted(0, '0.00') },
        { bucket: 'DAYS_61_90', invoices: counted(1, '20.00') },
        { bucket: 'OVER_90', invoices: counted(0, '0.00') },
      ],
      methods: [
        { method: 'BANK_TRANSFER', payments: counted(5, '71.43'), amounts: [{ amount: '652.00', currency: 'RON' }] },
        { method: 'CASH', payments: counted(2, '28.57'), amounts: [{ amount: '119.00', currency: 'RON' }] },
      ],
      // Thu 02-05, Sun 03-01, Fri 03-13, Tue 03-31, Wed 06-03, Wed 06-10, Thu 06-25.
      weekdays: [
        { weekday: 'MONDAY', payments: counted(0, '0.00') },
        { weekday: 'TUESDAY', payments: counted(1, '14.29') },
        { weekday: 'WEDNESDAY', payments: counted(2, '28.57') },
        { weekday: 'THURSDAY', payments: counted(2, '28.57') },
        { weekday: 'FRIDAY', payments: counted(1, '14.29') },
        { weekday: 'SATURDAY', payments: counted(0, '0.00') },
        { weekday: 'SUNDAY', payments: counted(1, '14.29') },
      ],
      // Due by yesterday: P1 (nothing by 01-31), P2 (19.00 of 119.00 by 03-03), P3 (paid on 03-31),
      // Q2, R1 and P4 (nothing by their due dates).
      atDueDate: {
        invoices: 6,
        paidInFull: counted(1, '16.67'),
        partiallyPaid: counted(1, '16.67'),
        unpaid: counted(4, '66.67'),
      },
      // Q and R were reminded on 1 June; Q paid on 3 June.
      reminders: { sent: 2, followedByPayment: counted(1, '50.00') },
    });
  });

  it("gives one customer's patterns", async () => {
    const { data } = await api.gql(Patterns, { from: '2026-01-01', customerId: customers.q.id });
    const patterns = data!.paymentPatterns;
    expect(patterns.paidInvoices).toBe(1);
    expect(patterns.medianDaysLate).toBe(63);
    expect(patterns.reminders).toEqual({ sent: 1, followedByPayment: { count: 1, share: '100.00' } });
    expect(patterns.atDueDate.unpaid).toEqual({ count: 1, share: '100.00' });
  });
});
