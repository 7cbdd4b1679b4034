// Rules an accountant expects of the book: retries, dates, currencies, and lines credited in parts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { ArchiveCustomer, UpdateCustomer } from '../customers/operations.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { CreateDraft, IssueInvoice } from '../invoices/operations.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { expectInvariants } from './invariants.js';
import { InvoiceMoney, IssueCreditNote, MarkPaid, RecordPayment, RecordRefund } from './operations.js';

const BackwardsStatement = graphql(`
  query BackwardsStatement($id: ID!, $from: Date!, $to: Date!) {
    customer(id: $id) { statement(from: $from, to: $to) { closingBalance { amount } } }
  }
`);

const today = '2026-06-15';
let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date(`${today}T10:00:00Z`) });
  given = await catalog(api);
});
afterAll(async () => {
  await expectInvariants(api.prisma);
  await api.close();
});

const work = (unitPrice: string, quantity = '1') => [{ description: 'Work', quantity, unitPrice }];

describe('retries', () => {
  it('invoiceMarkPaid retried with the same key answers with the first payment, also when the copies race', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, work('100.00'));
    const input = { invoiceId: invoice.id, reference: 'cash desk', idempotencyKey: `mark-${invoice.id}` };
    const copies = await Promise.all(Array.from({ length: 8 }, () => api.gql(MarkPaid, { input })));
    expect(copies.flatMap((c) => [...(c.errors ?? []), ...(c.data?.invoiceMarkPaid.userErrors ?? [])])).toEqual([]);
    expect(new Set(copies.map((c) => c.data!.invoiceMarkPaid.payment!.id)).size).toBe(1);
    const later = await api.gql(MarkPaid, { input });
    expect(later.data?.invoiceMarkPaid).toEqual(copies[0].data?.invoiceMarkPaid);
    expect(await api.prisma.payment.count({ where: { customerId: dbId(customer.id) } })).toBe(1);
    const otherInput = await api.gql(MarkPaid, { input: { ...input, reference: 'another' } });
    expect(otherInput.data?.invoiceMarkPaid.userErrors).toEqual([
      expect.objectContaining({ field: ['idempotencyKey'], code: 'DUPLICATE' }),
    ]);
    const otherOperation = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '1.00', method: 'CASH', idempotencyKey: input.idempotencyKey },
    });
    expect(otherOperation.data?.paymentRecord.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);
  });

  it("an idempotency key is its API key's own: two clients using the same key record two payments, each replayed to its sender", async () => {
    const customer = await createCustomer(api);
    const bookkeeper = await api.keyFor('ACCOUNTANT', 'second bookkeeping app');
    const idempotencyKey = `shared-${customer.id}`;
    const fromAdmin = { customerId: customer.id, amount: '10.00', method: 'CASH' as const, idempotencyKey };
    const fromBookkeeper = { ...fromAdmin, amount: '25.00', method: 'BANK_TRANSFER' as const };
    const first = await api.gql(RecordPayment, { input: fromAdmin });
    const second = await api.gql(RecordPayment, { input: fromBookkeeper }, { key: bookkeeper });
    expect(first.data?.paymentRecord.userErrors).toEqual([]);
    expect(second.data?.paymentRecord.userErrors).toEqual([]);
    expect(second.data?.paymentRecord.payment?.id).not.toBe(first.data?.paymentRecord.payment?.id);
    expect((await api.gql(RecordPayment, { input: fromBookkeeper }, { key: bookkeeper })).data).toEqual(second.data);
    expect((await api.gql(RecordPayment, { input: fromAdmin })).data).toEqual(first.data);
    const payments = await api.prisma.payment.findMany({ where: { customerId: dbId(customer.id) } });
    expect(payments.map((p) => p.amount.toFixed(2)).sort()).toEqual(['10.00', '25.00']);
  });

  it('a request refused with user errors keeps no key: corrected, it goes through', async () => {
    const customer = await createCustomer(api);
    const key = `refused-then-fixed-${customer.id}`;
    const refused = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '-1', method: 'CASH', idempotencyKey: key },
    });
    expect(refused.data?.paymentRecord.userErrors[0].code).toBe('NEGATIVE_AMOUNT');
    const fixed = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '1.00', method: 'CASH', idempotencyKey: key },
    });
    expect(fixed.data?.paymentRecord.userErrors).toEqual([]);
  });
});

describe('the customer currency', () => {
  it('changes freely until the first document, and never after', async () => {
    const customer = await createCustomer(api, { currency: 'RON' });
    const toEur = await api.gql(UpdateCustomer, { input: { id: customer.id, currency: 'EUR' } });
    expect(toEur.data?.customerUpdate.userErrors).toEqual([]);
    await api.gql(UpdateCustomer, { input: { id: customer.id, currency: 'RON' } });
    await given.issued(customer.id, work('10.00'));
    const refused = await api.gql(UpdateCustomer, { input: { id: customer.id, currency: 'EUR' } });
    expect(refused.data?.customerUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['currency'], code: 'INVALID_STATE' }),
    ]);
    const same = await api.gql(UpdateCustomer, { input: { id: customer.id, currency: 'ron' } });
    expect(same.data?.customerUpdate.userErrors).toEqual([]);
  });

  it('a currency change racing the first draft either comes first or is refused: the draft is never left in the old currency', async () => {
    for (let round = 0; round < 12; round++) {
      const customer = await createCustomer(api, { currency: 'RON' });
      const [change, draft] = await Promise.all([
        api.gql(UpdateCustomer, { input: { id: customer.id, currency: 'EUR' } }),
        api.gql(CreateDraft, { input: { customerId: customer.id } }),
      ]);
      expect(draft.errors).toBeUndefined();
      expect(draft.data?.invoiceCreateDraft.userErrors).toEqual([]);
      const changed = change.data?.customerUpdate.userErrors.length === 0;
      if (!changed)
        expect(change.data?.customerUpdate.userErrors).toEqual([
          expect.objectContaining({ field: ['currency'], code: 'INVALID_STATE' }),
        ]);
      const stored = await api.prisma.customer.findUniqueOrThrow({ where: { id: dbId(customer.id) } });
      expect(stored.currency, `round ${round}`).toBe(changed ? 'EUR' : 'RON');
      expect(draft.data?.invoiceCreateDraft.invoice?.currency, `round ${round}`).toBe(stored.currency);
    }
  });
});

describe('dates', () => {
  it('refuses a credit note dated before its invoice or in the future, and payments and refunds dated in the future', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, work('100.00'));
    const early = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: 'x', amount: '10.00', issueDate: '2026-06-01' },
    });
    expect(early.data?.creditNoteIssue.userErrors).toEqual([
      expect.objectContaining({ field: ['issueDate'], message: expect.stringContaining('before its invoice') }),
    ]);
    const future = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: 'x', amount: '10.00', issueDate: '2026-06-16' },
    });
    expect(future.data?.creditNoteIssue.userErrors[0]).toMatchObject({ field: ['issueDate'], code: 'INVALID' });
    const payment = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '10.00', method: 'CASH', receivedOn: '2026-06-16' },
    });
    expect(payment.data?.paymentRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['receivedOn'], message: 'A payment cannot be dated in the future.' }),
    ]);
    const refund = await api.gql(RecordRefund, {
      input: { customerId: customer.id, amount: '1.00', method: 'CASH', paidOn: '2026-07-01' },
    });
    expect(refund.data?.refundRecord.userErrors[0]).toMatchObject({ field: ['paidOn'] });
    expect(await api.prisma.creditNote.count({ where: { customerId: dbId(customer.id) } })).toBe(0);
    expect(await api.prisma.payment.count({ where: { customerId: dbId(customer.id) } })).toBe(0);
  });

  it('refuses a statement whose period runs backwards', async () => {
    const customer = await createCustomer(api);
    const backwards = await api.gql(BackwardsStatement, { id: customer.id, from: '2026-06-30', to: '2026-06-01' });
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['from'] } });
    const oneDay = await api.gql(BackwardsStatement, { id: customer.id, from: '2026-06-15', to: '2026-06-15' });
    expect(oneDay.errors).toBeUndefined();
  });

  it('issues no invoice dated in the future (it would hold back every later number of the series)', async () => {
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, work('10.00'));
    const future = await api.gql(IssueInvoice, { input: { id: draft.id, issueDate: '2026-06-16' } });
    expect(future.data?.invoiceIssue.userErrors).toEqual([
      expect.objectContaining({
        field: ['issueDate'],
        message: 'An invoice cannot be issued with a date in the future.',
      }),
    ]);
    expect(
      await api.prisma.invoice.count({
        where: { number: { not: null }, issueDate: { gt: new Date(`${today}T00:00:00Z`) } },
      }),
    ).toBe(0);
  });

  it('refuses a credit note that comes to nothing', async () => {
    const customer = await createCustomer(api);
    const item = await given.item('0.0001');
    const invoice = await given.issued(customer.id, [{ itemId: item, quantity: '3' }]);
    const nothing = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: 'x', lines: [{ lineId: invoice.lines[0].id, quantity: '1' }] },
    });
    expect(nothing.data?.creditNoteIssue.userErrors[0]).toMatchObject({
      code: 'INVALID',
      message: expect.stringContaining('0.00'),
    });
  });

  it('numbers a series in date order: an invoice cannot be dated before the last one issued', async () => {
    const customer = await createCustomer(api);
    await given.issued(customer.id, work('10.00'), { issueDate: today });
    const draft = await given.draft(customer.id, work('10.00'), { issueDate: '2026-06-10' });
    const earlier = await api.gql(IssueInvoice, { input: { id: draft.id } });
    expect(earlier.data?.invoiceIssue.userErrors).toEqual([
      expect.objectContaining({
        field: ['issueDate'],
        message: expect.stringContaining('cannot carry an earlier date'),
      }),
    ]);
    const sameDay = await api.gql(IssueInvoice, { input: { id: draft.id, issueDate: today } });
    expect(sameDay.data?.invoiceIssue.userErrors).toEqual([]);
  });
});

describe('archived customers', () => {
  it('get no new invoices: a draft of theirs cannot be issued', async () => {
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, work('10.00'));
    await api.gql(ArchiveCustomer, { id: customer.id });
    const refused = await api.gql(IssueInvoice, { input: { id: draft.id } });
    expect(refused.data?.invoiceIssue.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('archived') }),
    ]);
    expect(await api.prisma.invoice.findUniqueOrThrow({ where: { id: dbId(draft.id) } })).toMatchObject({
      status: 'DRAFT',
      number: null,
    });
  });
});

describe('a line credited in parts', () => {
  const creditParts = async (unitPrice: string, quantity: string, parts: string[]) => {
    const customer = await createCustomer(api);
    const item = await given.item(unitPrice);
    const invoice = await given.issued(customer.id, [{ itemId: item, quantity }]);
    for (const part of parts) {
      const note = await api.gql(IssueCreditNote, {
        input: { invoiceId: invoice.id, reason: 'returned', lines: [{ lineId: invoice.lines[0].id, quantity: part }] },
      });
      expect(note.data?.creditNoteIssue.userErrors).toEqual([]);
    }
    const money = (await api.gql(InvoiceMoney, { id: invoice.id })).data!.node as {
      total: { amount: string };
      amountCredited: { amount: string };
      amountDue: { amount: string };
      status: string;
    };
    return money;
  };

  it('3 × 10.3333 credited one unit at a time leaves nothing due', async () => {
    const money = await creditParts('10.3333', '3', ['1', '1', '1']);
    expect(money).toMatchObject({
      amountCredited: { amount: money.total.amount },
      amountDue: { amount: '0.00' },
      status: 'PAID',
    });
  });

  it('1.5 × 3.33 credited as 3 × 0.5 credits exactly what was billed', async () => {
    const money = await creditParts('3.33', '1.5', ['0.5', '0.5', '0.5']);
    expect(money).toMatchObject({ amountCredited: { amount: money.total.amount }, amountDue: { amount: '0.00' } });
  });

  it('100 × 0.005 credited unit by unit never credits more than the line', async () => {
    const money = await creditParts(
      '0.005',
      '100',
      Array.from({ length: 60 }, () => '1'),
    );
    expect(Number(money.amountCredited.amount)).toBeLessThanOrEqual(Number(money.total.amount));
  });
});
