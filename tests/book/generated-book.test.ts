// The generated book (npm run seed:large) at a small size: what the API reports on it is what
// the generator summed, it holds the rules every book holds, and the services carry on from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookSummary, generateBook } from '../../bench/book/generate.js';
import { balancesOf, unappliedCredit } from '../../src/modules/ledger/balances.js';
import { type HistoryFilter, historyPage } from '../../src/modules/ledger/history.js';
import { toDecimal } from '../../src/money/money.js';
import { alone } from '../../src/shared/combined-reads.js';
import { encodeGlobalID } from '../../src/schema/global-id.js';
import { CreateDraft, IssueInvoice } from '../invoices/operations.js';
import { graphql } from '../gql/index.js';
import { expectInvariants } from '../payments/invariants.js';
import { RecordPayment } from '../payments/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const Balances = graphql(`
  query BookBalances($after: String) {
    customers(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id code balances { netBalance { amount } outstanding { amount } } } }
    }
  }
`);

const OverdueCount = graphql(`
  query BookOverdue {
    invoices(first: 1, filter: { overdue: true }) { totalCount }
  }
`);

const BookCustomer = graphql(`
  query BookCustomer($id: ID!) {
    customer(id: $id) {
      invoices(first: 1, status: [OPEN]) { totalCount edges { node { id total { amount } } } }
      balanceAsOf(date: "2026-06-15") { amount }
      transactions(first: 100, filter: { from: "2026-06-15" }) { edges { node { kind runningBalance { amount } } } }
      balances { netBalance { amount } outstanding { amount } }
    }
  }
`);

const today = new Date('2026-06-15T10:00:00Z');
let api: TestServer;
let book: BookSummary;
beforeAll(async () => {
  api = await startTestServer({ now: () => today });
  book = await generateBook(api.prisma, { customers: 40, invoices: 1_200, linesPerInvoice: 3, seed: 7, today });
}, 120_000);
afterAll(() => api?.close());

describe('the generated book', () => {
  it('has the size asked for, with payments full, partial and missing', () => {
    expect(book).toMatchObject({ customers: 40, invoices: 1_200 });
    expect(book.lines).toBeGreaterThan(2_400);
    expect(book.payments).toBeGreaterThan(900);
    expect(book.payments).toBeLessThan(1_200);
    expect(book.overdueInvoices).toBeGreaterThan(0);
    expect(book.largestCustomer.invoices).toBe(12);
  });

  it('the API reports every customer’s balances as the generator summed them', async () => {
    const seen = new Map<string, { netBalance: string; outstanding: string }>();
    let after: string | null | undefined;
    do {
      const { data, errors } = await api.gql(Balances, { after });
      expect(errors).toBeUndefined();
      for (const { node } of data!.customers.edges) {
        const [ron] = node.balances;
        seen.set(node.id, { netBalance: ron.netBalance.amount, outstanding: ron.outstanding.amount });
      }
      after = data!.customers.pageInfo.hasNextPage ? data!.customers.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(40);
    for (const [customerId, sum] of book.sums) {
      expect(seen.get(encodeGlobalID('Customer', customerId))).toEqual({
        netBalance: sum.invoiced.minus(sum.received).toFixed(2),
        outstanding: sum.outstanding.toFixed(2),
      });
    }
    const overdue = await api.gql(OverdueCount);
    expect(overdue.data?.invoices.totalCount).toBe(book.overdueInvoices);
  });

  it('holds the rules of every book: totals = paid + due, statuses, sources, ledger = open − unapplied', async () => {
    await expectInvariants(api.prisma);
  });

  it('balances in one statement are what the ORM sums, currency by currency', async () => {
    const someone = [...book.sums.keys()][3];
    await api.gql(RecordPayment, {
      input: { customerId: encodeGlobalID('Customer', someone), amount: '12.34', currency: 'EUR', method: 'CASH' },
    });
    const ids = [...book.sums.keys()];
    const fast = await balancesOf(api.prisma, ids, today);
    const unpaid = { status: { in: ['OPEN' as const, 'PARTIALLY_PAID' as const] } };
    const due = (sum: { total: unknown; amountPaid: unknown; amountCredited: unknown }) =>
      toDecimal((sum.total as string) ?? 0)
        .minus(toDecimal((sum.amountPaid as string) ?? 0))
        .minus(toDecimal((sum.amountCredited as string) ?? 0))
        .toFixed(2);
    for (const [index, customerId] of ids.entries()) {
      const currencies = (
        await api.prisma.ledgerEntry.groupBy({ by: ['currency'], where: { customerId }, orderBy: { currency: 'asc' } })
      ).map((row) => row.currency);
      const expected = [];
      for (const currency of currencies) {
        const where = { customerId, currency };
        const open = await api.prisma.invoice.aggregate({
          where: { ...where, ...unpaid },
          _sum: { total: true, amountPaid: true, amountCredited: true },
        });
        const late = await api.prisma.invoice.aggregate({
          where: { ...where, ...unpaid, dueDate: { lt: new Date('2026-06-15') } },
          _sum: { total: true, amountPaid: true, amountCredited: true },
        });
        const payments = await api.prisma.payment.aggregate({
          where: { ...where, status: 'RECORDED' },
          _sum: { amount: true, amountUsed: true },
        });
        const ledger = await api.prisma.ledgerEntry.aggregate({ where, _sum: { amount: true } });
        expected.push({
          currency,
          outstanding: due(open._sum),
          overdue: due(late._sum),
          unappliedCredit: toDecimal(payments._sum.amount ?? 0)
            .minus(toDecimal(payments._sum.amountUsed ?? 0))
            .toFixed(2),
          netBalance: toDecimal(ledger._sum.amount ?? 0).toFixed(2),
        });
      }
      const actual = fast[index].map((b) => ({
        currency: b.currency,
        outstanding: toDecimal(b.outstanding).toFixed(2),
        overdue: toDecimal(b.overdue).toFixed(2),
        unappliedCredit: unappliedCredit(b).toFixed(2),
        netBalance: toDecimal(b.netBalance).toFixed(2),
      }));
      expect(actual, customerId).toEqual(expected);
    }
    expect(fast[3].map((b) => b.currency)).toEqual(['EUR', 'RON']);
  });

  it('pages of the ledger carry the running balance of the whole ledger, filtered or not', async () => {
    const customerId = book.largestCustomer.id;
    const all = await api.prisma.ledgerEntry.findMany({
      where: { customerId },
      orderBy: [{ occurredOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    });
    const running = new Map<string, string>();
    const totals = new Map<string, ReturnType<typeof toDecimal>>();
    for (const entry of all) {
      const total = (totals.get(entry.currency) ?? toDecimal(0)).plus(toDecimal(entry.amount));
      totals.set(entry.currency, total);
      running.set(entry.id, total.toFixed(2));
    }
    const payments = all.filter((entry) => entry.kind === 'PAYMENT_RECEIVED');
    const cases: [HistoryFilter, typeof all][] = [
      [{}, all],
      [{ kinds: ['PAYMENT_RECEIVED'] }, payments],
    ];
    for (const [filter, source] of cases) {
      for (const [offset, limit] of [
        [0, 5],
        [7, 6],
        [source.length - 3, 10],
      ]) {
        const page = await historyPage(alone(api.prisma), customerId, filter, offset, limit);
        expect(page.map((entry) => [entry.id, toDecimal(entry.runningBalance).toFixed(2)])).toEqual(
          source.slice(offset, offset + limit).map((entry) => [entry.id, running.get(entry.id)]),
        );
      }
    }
  });

  it('carries on through the services: the next number follows, a payment settles an open invoice', async () => {
    const anOpenInvoice = await api.prisma.invoice.findFirstOrThrow({ where: { status: 'OPEN' } });
    const customerId = encodeGlobalID('Customer', anOpenInvoice.customerId);
    const read = await api.gql(BookCustomer, { id: customerId });
    expect(read.errors).toBeUndefined();
    const before = read.data!.customer!;
    expect(before.balanceAsOf.amount).toBe(before.balances[0].netBalance.amount);

    const draft = await api.gql(CreateDraft, {
      input: { customerId, lines: [{ description: 'After the book', quantity: '1', unitPrice: '100.00' }] },
    });
    const issued = await api.gql(IssueInvoice, { input: { id: draft.data!.invoiceCreateDraft.invoice!.id } });
    const counted = await api.prisma.invoice.count({ where: { issueDate: { gte: new Date('2026-01-01') } } });
    expect(issued.data?.invoiceIssue.userErrors).toEqual([]);
    expect(issued.data?.invoiceIssue.invoice?.number).toBe(`INV-2026-${String(counted).padStart(6, '0')}`);

    const open = before.invoices.edges[0].node; // an open invoice of the book
    const paid = await api.gql(RecordPayment, {
      input: {
        customerId,
        amount: open.total.amount,
        method: 'BANK_TRANSFER',
        allocations: [{ invoiceId: open.id, amount: open.total.amount }],
      },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    const after = (await api.gql(BookCustomer, { id: customerId })).data!.customer!;
    expect(after.invoices.totalCount).toBe(before.invoices.totalCount); // one issued, one paid
    // Today's entries come after the book's, and the running balance over them all ends at the balance.
    expect(after.transactions.edges.slice(-3).map((edge) => edge.node.kind)).toEqual([
      'INVOICE_ISSUED',
      'PAYMENT_RECEIVED',
      'APPLIED',
    ]);
    expect(after.transactions.edges.at(-1)!.node.runningBalance.amount).toBe(after.balances[0].netBalance.amount);
    await expectInvariants(api.prisma);
  });
});
