// The dashboard on a small book worked out by hand: outstanding and overdue per currency,
// collections this month against last (a voided payment is no collection), the largest debtors,
// customers at risk with their reasons, open alerts; and the same figures as the ageing of today.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import type { PaymentRecordInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { encodeGlobalID } from '../../src/schema/global-id.js';
import { IssueCreditNote, RecordPayment, VoidPayment } from '../payments/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const Dashboard = graphql(`
  query Dashboard($debtors: Int!) {
    dashboard {
      asOf
      currencies { currency outstanding { amount } overdue { amount } collectedThisMonth { amount } collectedLastMonth { amount } }
      topDebtors(first: $debtors) { customer { code } currency outstanding { amount } overdue { amount } overdueInvoices }
      customersAtRisk { customer { code } currency overdue { amount } overdueInvoices reasons }
      openAlerts
    }
    alerts(first: 1) { totalCount }
    receivablesAgeing { totals { currency current { amount } total { amount } } }
  }
`);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
  const given = await catalog(api);
  const onReceipt = await paymentTermsId(api, 'DUE_ON_RECEIPT');
  const net30 = await paymentTermsId(api, 'NET_30');
  const work = (unitPrice: string) => [{ description: 'Work', quantity: '1', unitPrice }]; // + 19% VAT
  const limited = await createCustomer(api, {
    code: 'DASH-A',
    displayName: 'Limited',
    purchaseTerms: { creditLimit: '500.00', creditLimitPolicy: 'WARN' },
  });
  const slow = await createCustomer(api, { code: 'DASH-B', displayName: 'Slow payer' });
  const euro = await createCustomer(api, { code: 'DASH-C', displayName: 'Euro', currency: 'EUR' });
  const ok = (errors: readonly unknown[] | undefined) => expect(errors ?? []).toEqual([]);
  const pay = async (input: PaymentRecordInput) => {
    const paid = await api.gql(RecordPayment, { input });
    ok(paid.errors ?? paid.data?.paymentRecord.userErrors);
    return paid.data!.paymentRecord.payment!;
  };

  // Issued in date order (one series).
  const old = await given.issued(limited.id, work('100.00'), { issueDate: '2026-02-01', paymentTermsId: onReceipt });
  for (const day of ['2026-05-01', '2026-05-02', '2026-05-03'])
    await given.issued(slow.id, work('10.00'), { issueDate: day, paymentTermsId: onReceipt }); // 11.90 each
  await given.issued(limited.id, work('200.00'), { issueDate: '2026-06-01', paymentTermsId: net30 }); // due 07-01
  await given.issued(limited.id, work('300.00'), { issueDate: '2026-06-10', paymentTermsId: onReceipt });
  const euroInvoice = await given.issued(euro.id, work('100.00'), { issueDate: '2026-06-14', paymentTermsId: net30 });

  await pay({
    customerId: limited.id,
    amount: '19.00',
    method: 'BANK_TRANSFER',
    receivedOn: '2026-05-20',
    allocations: [{ invoiceId: old.id, amount: '19.00' }],
  });
  await pay({ customerId: slow.id, amount: '50.00', method: 'CASH', receivedOn: '2026-06-05', autoAllocate: false });
  await pay({
    customerId: euro.id,
    amount: '19.00',
    method: 'BANK_TRANSFER',
    receivedOn: '2026-06-12',
    allocations: [{ invoiceId: euroInvoice.id, amount: '19.00' }],
  });
  const mistaken = await pay({ customerId: euro.id, amount: '20.00', method: 'CASH', receivedOn: '2026-06-02' });
  const voided = await api.gql(VoidPayment, { input: { paymentId: mistaken.id, reason: 'Entered twice' } });
  ok(voided.errors ?? voided.data?.paymentVoid.userErrors);
});
afterAll(() => api?.close());

describe('the dashboard', () => {
  it('shows outstanding, overdue and collections per currency, as the book stands today', async () => {
    const { data, errors } = await api.gql(Dashboard, { debtors: 2 });
    expect(errors).toBeUndefined();
    const dashboard = data!.dashboard;
    expect(dashboard.asOf).toBe('2026-06-15');
    expect(dashboard.currencies).toEqual([
      // 119.00 − 19.00 paid; this month 19.00 (the 20.00 payment was voided)
      {
        currency: 'EUR',
        outstanding: { amount: '100.00' },
        overdue: { amount: '0.00' },
        collectedThisMonth: { amount: '19.00' },
        collectedLastMonth: { amount: '0.00' },
      },
      // Limited: 100.00 (Feb, after 19.00 paid in May) + 238.00 (due 07-01) + 357.00 (due 06-10);
      // Slow payer: 3 × 11.90 past due. Overdue: 100.00 + 357.00 + 35.70.
      {
        currency: 'RON',
        outstanding: { amount: '730.70' },
        overdue: { amount: '492.70' },
        collectedThisMonth: { amount: '50.00' },
        collectedLastMonth: { amount: '19.00' },
      },
    ]);
  });

  it('ranks debtors by what they owe, and names the customers at risk with their reasons', async () => {
    const { data } = await api.gql(Dashboard, { debtors: 2 });
    const dashboard = data!.dashboard;
    expect(dashboard.topDebtors).toEqual([
      {
        customer: { code: 'DASH-A' },
        currency: 'RON',
        outstanding: { amount: '695.00' },
        overdue: { amount: '457.00' },
        overdueInvoices: 2,
      },
      {
        customer: { code: 'DASH-C' },
        currency: 'EUR',
        outstanding: { amount: '100.00' },
        overdue: { amount: '0.00' },
        overdueInvoices: 0,
      },
    ]);
    expect(dashboard.customersAtRisk).toEqual([
      // 695.00 owed against a limit of 500.00; the February invoice is 134 days past due.
      {
        customer: { code: 'DASH-A' },
        currency: 'RON',
        overdue: { amount: '457.00' },
        overdueInvoices: 2,
        reasons: ['OVER_CREDIT_LIMIT', 'OVERDUE_OVER_90_DAYS'],
      },
      {
        customer: { code: 'DASH-B' },
        currency: 'RON',
        overdue: { amount: '35.70' },
        overdueInvoices: 3,
        reasons: ['MANY_OVERDUE_INVOICES'],
      },
    ]);
  });

  it('agrees with the alerts list and with the ageing of today', async () => {
    const { data } = await api.gql(Dashboard, { debtors: 1 });
    expect(data!.dashboard.openAlerts).toBe(data!.alerts.totalCount);
    expect(data!.dashboard.openAlerts).toBeGreaterThan(0);
    for (const position of data!.dashboard.currencies) {
      const ageing = data!.receivablesAgeing.totals.find((row) => row.currency === position.currency)!;
      expect(position.outstanding.amount).toBe(ageing.total.amount);
      expect(position.overdue.amount).toBe(new Decimal(ageing.total.amount).minus(ageing.current.amount).toFixed(2));
    }
  });

  it('refuses an empty list, or one longer than a page, as it refuses such pages everywhere', async () => {
    const empty = await api.gql(Dashboard, { debtors: 0 });
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const long = await api.gql(Dashboard, { debtors: 101 });
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'PAGE_SIZE_LIMIT' } });
  });
});

const Revenue = graphql(`
  query Revenue($from: Date!, $to: Date!, $first: Int) {
    revenue(from: $from, to: $to) {
      totals { currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount customerCount }
      customers(first: $first) {
        totalCount
        edges { node { customer { code } currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount share } }
      }
    }
  }
`);

describe('revenue per customer', () => {
  it('over a period: invoiced, credited, net, collected and each one’s share of its currency, largest first', async () => {
    const limited = (await api.prisma.customer.findUniqueOrThrow({ where: { code: 'DASH-A' } })).id;
    const invoice = await api.prisma.invoice.findFirstOrThrow({
      where: { customerId: limited, issueDate: new Date('2026-06-10') },
    });
    const credit = await api.gql(IssueCreditNote, {
      input: {
        invoiceId: encodeGlobalID('Invoice', invoice.id),
        amount: '57.00',
        reason: 'Goodwill',
        issueDate: '2026-06-12',
      },
    });
    expect(credit.data?.creditNoteIssue.userErrors).toEqual([]);

    const { data, errors } = await api.gql(Revenue, { from: '2026-05-01', to: '2026-06-30', first: 10 });
    expect(errors).toBeUndefined();
    const money = (row: {
      invoiced: { amount: string };
      credited: { amount: string };
      net: { amount: string };
      collected: { amount: string };
    }) => [row.invoiced, row.credited, row.net, row.collected].map((m) => m.amount);
    // Not in the period: the February invoice. Not collected: the voided 20.00 EUR.
    expect(
      data!.revenue.totals.map((row) => [row.currency, ...money(row), row.invoiceCount, row.customerCount]),
    ).toEqual([
      ['EUR', '119.00', '0.00', '119.00', '19.00', 1, 1],
      ['RON', '630.70', '57.00', '573.70', '69.00', 5, 2],
    ]);
    // Limited: 238.00 + 357.00 − 57.00 = 538.00 of 573.70 → 93.78 %; Slow payer 35.70 → 6.22 %.
    expect(
      data!.revenue.customers.edges.map(({ node }) => [
        node.customer.code,
        node.currency,
        ...money(node),
        node.invoiceCount,
        node.share,
      ]),
    ).toEqual([
      ['DASH-A', 'RON', '595.00', '57.00', '538.00', '19.00', 2, '93.78'],
      ['DASH-C', 'EUR', '119.00', '0.00', '119.00', '19.00', 1, '100.00'],
      ['DASH-B', 'RON', '35.70', '0.00', '35.70', '50.00', 3, '6.22'],
    ]);
    const top = await api.gql(Revenue, { from: '2026-05-01', to: '2026-06-30', first: 1 });
    expect(top.data!.revenue.customers.totalCount).toBe(3);
    expect(top.data!.revenue.customers.edges.map((e) => e.node.customer.code)).toEqual(['DASH-A']);
  });

  it('refuses a period that ends before it starts', async () => {
    const refused = await api.gql(Revenue, { from: '2026-06-30', to: '2026-06-01' });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(refused.errors?.[0].message).toMatch(/from \(2026-[0-9-]*\) is after to/);
  });
});

describe('CSV exports of revenue and of the customer list', () => {
  const download = (path: string) =>
    fetch(`${new URL(api.url).origin}${path}`, { headers: { authorization: `Bearer ${api.adminKey}` } });
  const lines = async (response: Response) =>
    (await response.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(','));

  it('revenue.csv gives the revenue rows, largest net first, with the same figures', async () => {
    const response = await download('/reports/revenue.csv?from=2026-05-01&to=2026-06-30');
    expect(response.status).toBe(200);
    const { data } = await api.gql(Revenue, { from: '2026-05-01', to: '2026-06-30', first: 10 });
    expect(await lines(response)).toEqual([
      [
        'customer_code',
        'customer_name',
        'currency',
        'invoiced',
        'credited',
        'net',
        'collected',
        'invoices',
        'share_percent',
      ],
      ...data!.revenue.customers.edges.map(({ node }) => [
        node.customer.code,
        expect.any(String),
        node.currency,
        node.invoiced.amount,
        node.credited.amount,
        node.net.amount,
        node.collected.amount,
        String(node.invoiceCount),
        node.share,
      ]),
    ]);
    for (const name of ['__proto__', 'hasOwnProperty', 'valueOf']) {
      const odd = await download(`/reports/revenue.csv?from=2026-05-01&to=2026-06-30&${name}=1`);
      expect(odd.status).toBe(400);
      expect(((await odd.json()) as { errors: { message: string }[] }).errors[0].message).toContain(name);
    }
    const missing = await download('/reports/revenue.csv?from=2026-05-01');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'This export needs to.',
    );
  });

  it('customers.csv gives a line per customer and currency with the balances the API shows', async () => {
    const response = await download('/reports/customers.csv');
    expect(response.status).toBe(200);
    const rows = await lines(response);
    expect(rows[0]).toEqual([
      'customer_code',
      'customer_name',
      'email',
      'phone',
      'status',
      'currency',
      'outstanding',
      'overdue',
      'unapplied_credit',
      'balance',
    ]);
    // Limited: 100.00 + 238.00 + (357.00 − 57.00 credited) = 638.00, of which 100.00 + 300.00 past due.
    expect(rows.find((row) => row[0] === 'DASH-A')).toEqual([
      'DASH-A',
      'Limited',
      '',
      '',
      'ACTIVE',
      'RON',
      '638.00',
      '400.00',
      '0.00',
      '638.00',
    ]);
    // The slow payer's unapplied 50.00 makes its balance 35.70 − 50.00.
    expect(rows.find((row) => row[0] === 'DASH-B')?.slice(5)).toEqual(['RON', '35.70', '35.70', '50.00', '-14.30']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Euro', 'Limited', 'Slow payer']);
  });
});
