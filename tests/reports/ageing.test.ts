// Accounts receivable ageing on a book worked out by hand: every bucket boundary, a partial
// payment later moved to another invoice, a credit note, a voided invoice, invoices paid in full
// (one after the day asked about), unapplied money, two currencies, and as-of days before some of
// them happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { VoidInvoice } from '../invoices/operations.js';
import { ApplyCredit, IssueCreditNote, MarkPaid, MoveAllocation, RecordPayment } from '../payments/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const Ageing = graphql(`
  query Ageing($asOf: Date, $basis: AgeingBasis, $customerId: ID, $currency: Currency, $bucket: AgeingBucket) {
    receivablesAgeing(asOf: $asOf, basis: $basis, customerId: $customerId, currency: $currency) {
      asOf
      basis
      totals {
        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }
        over90 { amount } total { amount } invoiceCount customerCount unappliedCredit { amount } balance { amount }
      }
      customers(first: 10) {
        totalCount
        edges {
          node {
            customer { code }
            currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }
            over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }
          }
        }
      }
      invoices(bucket: $bucket, first: 20) {
        totalCount
        edges { node { invoice { number } outstanding { amount } days bucket } }
      }
    }
  }
`);

const CustomerAgeing = graphql(`
  query CustomerAgeingField($id: ID!, $asOf: Date) {
    customer(id: $id) {
      ageing(asOf: $asOf) {
        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }
        over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }
      }
    }
  }
`);

const AgeingBalances = graphql(`
  query AgeingBalances($asOf: Date) {
    receivablesAgeing(asOf: $asOf) {
      customers(first: 100) { edges { node { customer { id } currency balance { amount } } } }
    }
  }
`);

const LastAgedInvoices = graphql(`
  query LastAgedInvoices($customerId: ID, $bucket: AgeingBucket, $last: Int) {
    receivablesAgeing(customerId: $customerId) {
      invoices(bucket: $bucket, last: $last) {
        totalCount
        pageInfo { hasPreviousPage hasNextPage }
        edges { node { invoice { number } days } }
      }
    }
  }
`);

const LedgerBalance = graphql(`
  query LedgerBalance($id: ID!, $date: Date!, $currency: Currency!) {
    customer(id: $id) { balanceAsOf(date: $date, currency: $currency) { amount } }
  }
`);

const today = '2026-06-15';
let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
/** Invoice numbers by how many days before today they were issued (all due on receipt but one). */
const numbers = new Map<string, string>();
let ron: { id: string; code: string };
let eur: { id: string; code: string };

/** current, 1–30, 31–60, 61–90, over 90, total: the figures a row shows, as amounts. */
type Figures = {
  [K in 'current' | 'days1To30' | 'days31To60' | 'days61To90' | 'over90' | 'total']: { amount: string };
};
const buckets = (row: Figures) =>
  [row.current, row.days1To30, row.days31To60, row.days61To90, row.over90, row.total].map((m) => m.amount);

beforeAll(async () => {
  api = await startTestServer({ now: () => new Date(`${today}T10:00:00Z`) });
  given = await catalog(api);
  const onReceipt = await paymentTermsId(api, 'DUE_ON_RECEIPT');
  const net30 = await paymentTermsId(api, 'NET_30');
  ron = await createCustomer(api, { code: 'AGE-RON', displayName: 'Ageing RON' });
  eur = await createCustomer(api, { code: 'AGE-EUR', displayName: 'Ageing EUR', currency: 'EUR' });
  const work = (unitPrice: string) => [{ description: 'Work', quantity: '1', unitPrice }]; // + 19% VAT
  const issue = async (
    label: string,
    customerId: string,
    issueDate: string,
    unitPrice = '100.00',
    terms = onReceipt,
  ) => {
    const invoice = await given.issued(customerId, work(unitPrice), { issueDate, paymentTermsId: terms });
    numbers.set(label, invoice.number!);
    return invoice;
  };
  // Issued in date order: one series numbers them in that order.
  const euroInvoice = await issue('eur', eur.id, '2026-03-01', '200.00'); // 238.00 EUR
  await issue('91', ron.id, '2026-03-16'); // each RON invoice: 119.00
  await issue('90', ron.id, '2026-03-17');
  const d61 = await issue('61', ron.id, '2026-04-15');
  const d60 = await issue('60', ron.id, '2026-04-16');
  await issue('net30', ron.id, '2026-05-01', '100.00', net30); // due 2026-05-31
  await issue('31', ron.id, '2026-05-15');
  const d30 = await issue('30', ron.id, '2026-05-16');
  const paidLater = await issue('paid-later', ron.id, '2026-05-20');
  const d1 = await issue('1', ron.id, '2026-06-14');
  await issue('0', ron.id, '2026-06-15');
  const paid = await issue('0-paid', ron.id, '2026-06-15');

  const ok = (errors: readonly unknown[] | undefined) => expect(errors ?? []).toEqual([]);
  const partial = await api.gql(RecordPayment, {
    input: {
      customerId: ron.id,
      amount: '19.00',
      method: 'BANK_TRANSFER',
      receivedOn: '2026-06-01',
      allocations: [{ invoiceId: d61.id, amount: '19.00' }],
    },
  });
  ok(partial.errors ?? partial.data?.paymentRecord.userErrors);
  const credit = await api.gql(IssueCreditNote, {
    input: { invoiceId: d30.id, amount: '19.00', reason: 'Discount agreed', issueDate: '2026-06-10' },
  });
  ok(credit.errors ?? credit.data?.creditNoteIssue.userErrors);
  const unapplied = await api.gql(RecordPayment, {
    input: { customerId: ron.id, amount: '50.00', method: 'CASH', receivedOn: '2026-06-10', autoAllocate: false },
  });
  ok(unapplied.errors ?? unapplied.data?.paymentRecord.userErrors);
  const markPaid = await api.gql(MarkPaid, { input: { invoiceId: paid.id } });
  ok(markPaid.errors ?? markPaid.data?.invoiceMarkPaid.userErrors);
  const markPaidLater = await api.gql(MarkPaid, { input: { invoiceId: paidLater.id, receivedOn: '2026-06-05' } });
  ok(markPaidLater.errors ?? markPaidLater.data?.invoiceMarkPaid.userErrors);
  // Today the 19.00 paid on the 61-day invoice is moved to the 60-day one.
  const move = await api.gql(MoveAllocation, {
    input: { allocationId: partial.data!.paymentRecord.payment!.allocations[0].id, toInvoiceId: d60.id },
  });
  ok(move.errors ?? move.data?.allocationMove.userErrors);
  // 38.00 EUR received on 06-02 and left unapplied until today, when it goes on the EUR invoice.
  const euros = await api.gql(RecordPayment, {
    input: {
      customerId: eur.id,
      amount: '38.00',
      method: 'BANK_TRANSFER',
      receivedOn: '2026-06-02',
      autoAllocate: false,
    },
  });
  ok(euros.errors ?? euros.data?.paymentRecord.userErrors);
  const applied = await api.gql(ApplyCredit, {
    input: {
      sourceId: euros.data!.paymentRecord.payment!.id,
      allocations: [{ invoiceId: euroInvoice.id, amount: '38.00' }],
    },
  });
  ok(applied.errors ?? applied.data?.creditApply.userErrors);
  const voided = await api.gql(VoidInvoice, { input: { id: d1.id, reason: 'Issued twice' } });
  ok(voided.errors ?? voided.data?.invoiceVoid.userErrors);
});
afterAll(() => api?.close());

describe('receivables ageing by due date', () => {
  it('today: every boundary in its bucket; paid, voided and credited amounts as they stand', async () => {
    const { data, errors } = await api.gql(Ageing, { customerId: ron.id });
    expect(errors).toBeUndefined();
    const report = data!.receivablesAgeing;
    expect(report.asOf).toBe(today);
    expect(report.basis).toBe('DUE_DATE');
    const [row] = report.totals;
    // current: the invoice of today (0 days) 119.00
    // 1–30: 30 days 119.00 − 19.00 credited = 100.00; the NET 30 invoice, 15 days late, 119.00
    // 31–60: 60 days 119.00 − 19.00 paid (moved there today) = 100.00, 31 days 119.00
    // 61–90: 90 and 61 days, 119.00 each (the 19.00 moved away); over 90: 91 days 119.00.
    // Not there: the invoices paid in full, the one voided today.
    expect(buckets(row)).toEqual(['119.00', '219.00', '219.00', '238.00', '119.00', '914.00']);
    expect(row).toMatchObject({ currency: 'RON', invoiceCount: 8, customerCount: 1 });
    // The ledger: 11 invoices × 119.00 − 119.00 voided − 307.00 paid − 19.00 credited = 864.00;
    // the 50.00 received and not applied is the difference.
    expect(row.balance.amount).toBe('864.00');
    expect(row.unappliedCredit.amount).toBe('50.00');
  });

  it('lists the invoices behind a cell, most days first, at what was due on them', async () => {
    const { data } = await api.gql(Ageing, { customerId: ron.id, bucket: 'DAYS_61_90' });
    expect(data!.receivablesAgeing.invoices).toEqual({
      totalCount: 2,
      edges: [
        {
          node: {
            invoice: { number: numbers.get('90') },
            outstanding: { amount: '119.00' },
            days: 90,
            bucket: 'DAYS_61_90',
          },
        },
        {
          node: {
            invoice: { number: numbers.get('61') },
            outstanding: { amount: '119.00' },
            days: 61,
            bucket: 'DAYS_61_90',
          },
        },
      ],
    });
    const current = await api.gql(Ageing, { customerId: ron.id, bucket: 'CURRENT' });
    expect(current.data!.receivablesAgeing.invoices.edges.map((e) => [e.node.invoice.number, e.node.days])).toEqual([
      [numbers.get('0'), 0],
    ]);
  });

  it('pages the invoices behind a cell backwards: `last` alone gives the last of them', async () => {
    const { data, errors } = await api.gql(LastAgedInvoices, { customerId: ron.id, bucket: 'DAYS_61_90', last: 1 });
    expect(errors).toBeUndefined();
    expect(data!.receivablesAgeing.invoices).toEqual({
      totalCount: 2,
      pageInfo: { hasPreviousPage: true, hasNextPage: false },
      edges: [{ node: { invoice: { number: numbers.get('61') }, days: 61 } }],
    });
  });

  it('as of yesterday: the invoice voided today was open, the 91-day one 90 days late, the payment not yet moved', async () => {
    const { data } = await api.gql(Ageing, { customerId: ron.id, asOf: '2026-06-14' });
    const [row] = data!.receivablesAgeing.totals;
    // current: the invoice of 06-14 (voided only today) 119.00
    // 1–30: NET 30 (14 days) 119.00, 31 → 30 days 119.00, 30 → 29 days 100.00
    // 31–60: 61 → 60 days 100.00 (the 19.00 moved only today), 60 → 59 days 119.00;
    // 61–90: 91 → 90 and 90 → 89 days, 119.00 each. The invoice paid on 06-05 is not there.
    expect(buckets(row)).toEqual(['119.00', '338.00', '219.00', '238.00', '0.00', '914.00']);
    expect(row.invoiceCount).toBe(8);
    // 9 invoices × 119.00 − 119.00 paid on 06-05 − 19.00 paid − 50.00 unapplied − 19.00 credited
    expect(row.balance.amount).toBe('864.00');
    expect(row.unappliedCredit.amount).toBe('50.00');
  });

  it('as of a day before the payments and the credit note: only what had been issued, at its total', async () => {
    const { data } = await api.gql(Ageing, { customerId: ron.id, asOf: '2026-05-31' });
    const [row] = data!.receivablesAgeing.totals;
    // 91 → 76 and 90 → 75 days: 61–90; 61 → 46 and 60 → 45 days: 31–60 (no payment yet: 119.00);
    // NET 30 due that day: current; 31 → 16, 30 → 15 (not credited yet) and the invoice paid
    // in full only on 06-05 → 11 days: 1–30
    expect(buckets(row)).toEqual(['119.00', '357.00', '238.00', '238.00', '0.00', '952.00']);
    expect(row).toMatchObject({ invoiceCount: 8, balance: { amount: '952.00' }, unappliedCredit: { amount: '0.00' } });
  });
});

describe('the balance beside the buckets', () => {
  it('is the ledger’s sum up to the day, for every customer and currency, on every day something happened', async () => {
    const days = [
      '2026-03-01',
      '2026-03-16',
      '2026-05-19',
      '2026-05-31',
      '2026-06-01',
      '2026-06-05',
      '2026-06-10',
      '2026-06-14',
      today,
    ];
    let compared = 0;
    for (const asOf of days) {
      const { data } = await api.gql(AgeingBalances, { asOf });
      for (const { node } of data!.receivablesAgeing.customers.edges) {
        const ledger = await api.gql(LedgerBalance, { id: node.customer.id, date: asOf, currency: node.currency });
        expect(node.balance.amount, `${asOf} ${node.currency}`).toBe(ledger.data!.customer!.balanceAsOf.amount);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(days.length);
  });
});

describe('receivables ageing by invoice date', () => {
  it('counts days from the invoice date: the NET 30 invoice is 45 days old, not 15 days late', async () => {
    const { data } = await api.gql(Ageing, { customerId: ron.id, basis: 'INVOICE_DATE' });
    expect(data!.receivablesAgeing.basis).toBe('INVOICE_DATE');
    // 1–30: 30 days 100.00; 31–60: 60 days 100.00, 45 days (NET 30) and 31 days 119.00 each;
    // 61–90: 90 and 61 days 119.00 each
    expect(buckets(data!.receivablesAgeing.totals[0])).toEqual([
      '119.00',
      '100.00',
      '338.00',
      '238.00',
      '119.00',
      '914.00',
    ]);
  });
});

describe('across customers and currencies', () => {
  it('keeps currencies apart, one row per customer and currency, the same figures as the customer field', async () => {
    const { data } = await api.gql(Ageing, {});
    const report = data!.receivablesAgeing;
    expect(report.totals.map((row) => [row.currency, ...buckets(row), row.customerCount])).toEqual([
      ['EUR', '0.00', '0.00', '0.00', '0.00', '200.00', '200.00', 1], // 238.00 − 38.00 applied today
      ['RON', '119.00', '219.00', '219.00', '238.00', '119.00', '914.00', 1],
    ]);
    // Largest total first.
    expect(report.customers.totalCount).toBe(2);
    expect(report.customers.edges.map((e) => [e.node.customer.code, e.node.currency, e.node.total.amount])).toEqual([
      ['AGE-RON', 'RON', '914.00'],
      ['AGE-EUR', 'EUR', '200.00'],
    ]);
    const field = await api.gql(CustomerAgeing, { id: ron.id });
    const { customer: _customer, ...reportRow } = report.customers.edges[0].node;
    expect(field.data!.customer!.ageing).toEqual([reportRow]);
    // Yesterday the 38.00 was received but not yet applied: all 238.00 was open, 38.00 unapplied.
    const yesterday = await api.gql(Ageing, { currency: 'EUR', asOf: '2026-06-14' });
    expect(yesterday.data!.receivablesAgeing.totals[0]).toMatchObject({
      total: { amount: '238.00' },
      unappliedCredit: { amount: '38.00' },
      balance: { amount: '200.00' },
    });
    const onlyEur = await api.gql(Ageing, { currency: 'eur' }); // read as EUR
    expect(onlyEur.data!.receivablesAgeing.totals.map((row) => row.currency)).toEqual(['EUR']);
  });

  it('refuses a day in the future and an id that is not a customer’s, as BAD_USER_INPUT', async () => {
    const future = await api.gql(Ageing, { asOf: '2026-06-16' });
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(future.errors?.[0].message).toMatch(/future/);
    const notCustomer = await api.gql(Ageing, { customerId: 'bogus' });
    expect(notCustomer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('the ageing as CSV', () => {
  const csvUrl = (query = '') => `${new URL(api.url).origin}/reports/ageing.csv${query}`;
  const download = (query = '', key: string | null = api.adminKey) =>
    fetch(csvUrl(query), { headers: key ? { authorization: `Bearer ${key}` } : {} });
  /** The file's lines, cell by cell (none of these rows quote a comma). */
  const lines = (body: string) =>
    body
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(','));

  it('gives the report’s customer rows, A to Z, with the same figures, as UTF-8 with a byte order mark', async () => {
    const response = await download('?asOf=2026-06-14');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="receivables-ageing.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const report = await api.gql(Ageing, { asOf: '2026-06-14' });
    type Row = NonNullable<typeof report.data>['receivablesAgeing']['customers']['edges'][number]['node'];
    const asCsv = (node: Row) => [
      node.customer.code,
      expect.any(String),
      node.currency,
      ...buckets(node),
      node.unappliedCredit.amount,
      node.balance.amount,
      String(node.invoiceCount),
    ];
    const byCode = (a: string[], b: string[]) => a[0].localeCompare(b[0]);
    expect(lines(body)).toEqual([
      [
        'customer_code',
        'customer_name',
        'currency',
        'current',
        'days_1_30',
        'days_31_60',
        'days_61_90',
        'over_90',
        'total',
        'unapplied_credit',
        'balance',
        'open_invoices',
      ],
      ...report.data!.receivablesAgeing.customers.edges.map((e) => asCsv(e.node)).sort(byCode),
    ]);
    expect(lines(body)[2]).toEqual([
      'AGE-RON',
      'Ageing RON',
      'RON',
      '119.00',
      '338.00',
      '219.00',
      '238.00',
      '0.00',
      '914.00',
      '50.00',
      '864.00',
      '8',
    ]);
  });

  it('keeps diacritics, quotes what needs quoting, and disarms a name that reads as a formula', async () => {
    const tricky = await createCustomer(api, {
      code: 'AGE-USD',
      displayName: '=2+3 Ștefan "Țăruș", SRL',
      currency: 'USD',
    });
    const paid = await api.gql(RecordPayment, {
      input: { customerId: tricky.id, amount: '10.00', method: 'CASH', autoAllocate: false },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    const body = (await (await download('?currency=USD')).text()).replace(/^\uFEFF/, '');
    // A currency in lower case reads as in a query.
    expect((await (await download('?currency=usd')).text()).replace(/^\uFEFF/, '')).toBe(body);
    expect(body.split('\r\n')[1]).toBe(
      `AGE-USD,"'=2+3 Ștefan ""Țăruș"", SRL",USD,0.00,0.00,0.00,0.00,0.00,0.00,10.00,-10.00,0`,
    );
  });

  it('answers a missing key with 401, and a bad or future day, or an unknown parameter, with 400 and nothing else', async () => {
    const anonymous = await download('', null);
    expect(anonymous.status).toBe(401);
    for (const [query, message] of [
      ['?asOf=2026-13-01', /asOf must be a date/],
      ['?asOf=2026-06-16', /future/],
      ['?basis=WEEKLY', /basis must be one of DUE_DATE, INVOICE_DATE/],
      ['?limit=5', /Unknown or repeated parameter "limit"/],
      ['?asOf=2026-02-30', /^asOf got invalid value "2026-02-30"/],
      ['?currency=XYZ', /^currency got invalid value "XYZ"/],
    ] as const) {
      const response = await download(query);
      expect(response.status, query).toBe(400);
      const { errors } = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(errors[0].extensions.code, query).toBe('BAD_USER_INPUT');
      expect(errors[0].message, query).toMatch(message);
      expect(errors[0], query).not.toHaveProperty('path');
    }
  });
});
