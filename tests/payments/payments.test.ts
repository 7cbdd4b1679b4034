import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { catalog } from '../invoices/fixtures.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { expectInvariants } from './invariants.js';
import {
  ApplyCredit,
  CustomerAccount,
  InvoiceMoney,
  IssueCreditNote,
  MarkPaid,
  MoveAllocation,
  RecordPayment,
  RecordRefund,
  VoidPayment,
} from './operations.js';

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
  given = await catalog(api);
});
afterAll(async () => {
  await expectInvariants(api.prisma);
  await api.close();
});

const invoiceFor = (customerId: string, net: string, issueDate = '2026-06-01') =>
  given.issued(customerId, [{ description: 'Services', quantity: '1', unitPrice: net }], { issueDate });
interface InvoiceMoneyView {
  status: string;
  amountPaid: { amount: string };
  amountDue: { amount: string };
  allocations: { id: string; amount: { amount: string } }[];
}
const money = async (invoiceId: string) =>
  (await api.gql(InvoiceMoney, { id: invoiceId })).data!.node as unknown as InvoiceMoneyView;
const account = async (customerId: string) =>
  (await api.gql(CustomerAccount, { id: customerId, from: '2026-06-01', to: '2026-06-30', asOf: '2026-06-10' })).data!
    .customer!;

describe('the walk-through: issue, pay half, overpay the rest, refund the credit', () => {
  it('keeps invoice, balance and history exact at every step', async () => {
    const customer = await createCustomer(api, { purchaseTerms: { creditLimit: '2000' } });
    const invoice = await invoiceFor(customer.id, '1000.00'); // 1190.00 with VAT
    expect((await account(customer.id)).balances[0]).toMatchObject({
      outstanding: { amount: '1190.00' },
      netBalance: { amount: '1190.00' },
    });

    const half = await api.gql(RecordPayment, {
      input: {
        customerId: customer.id,
        amount: '595.00',
        method: 'BANK_TRANSFER',
        reference: 'OP 1001',
        receivedOn: '2026-06-05',
        allocations: [{ invoiceId: invoice.id, amount: '595.00' }],
      },
    });
    expect(half.data?.paymentRecord.userErrors).toEqual([]);
    expect(await money(invoice.id)).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountPaid: { amount: '595.00' },
      amountDue: { amount: '595.00' },
    });

    const rest = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '700.00', method: 'BANK_TRANSFER', receivedOn: '2026-06-12' },
    });
    expect(rest.data?.paymentRecord.payment).toMatchObject({
      unapplied: { amount: '105.00' },
      allocations: [{ amount: { amount: '595.00' }, invoice: { id: invoice.id } }],
    });
    expect(await money(invoice.id)).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });
    const afterOverpay = await account(customer.id);
    expect(afterOverpay.balances[0]).toMatchObject({
      outstanding: { amount: '0.00' },
      unappliedCredit: { amount: '105.00' },
      netBalance: { amount: '-105.00' },
    });
    expect(afterOverpay.credit).toMatchObject({
      limit: { amount: '2000.00' },
      used: { amount: '0.00' },
      available: { amount: '2000.00' },
      isOverLimit: false,
    });

    const refund = await api.gql(RecordRefund, {
      input: { customerId: customer.id, amount: '105.00', method: 'BANK_TRANSFER', reference: 'Refund OP 1002' },
    });
    expect(refund.data?.refundRecord.refund).toMatchObject({
      amount: { amount: '105.00' },
      sources: [{ amount: { amount: '105.00' }, payment: { id: rest.data!.paymentRecord.payment!.id } }],
    });
    const done = await account(customer.id);
    expect(done.balances[0]).toMatchObject({
      outstanding: { amount: '0.00' },
      unappliedCredit: { amount: '0.00' },
      netBalance: { amount: '0.00' },
    });
    expect(
      done.transactions.edges.map((e) => [e.node.kind, e.node.amount.amount, e.node.runningBalance.amount]),
    ).toEqual([
      ['INVOICE_ISSUED', '1190.00', '1190.00'],
      ['PAYMENT_RECEIVED', '-595.00', '595.00'],
      ['APPLIED', '0.00', '595.00'],
      ['PAYMENT_RECEIVED', '-700.00', '-105.00'],
      ['APPLIED', '0.00', '-105.00'],
      ['REFUND_PAID', '105.00', '0.00'],
    ]);
    expect(done.statement).toMatchObject({ openingBalance: { amount: '0.00' }, closingBalance: { amount: '0.00' } });
    expect(done.balanceAsOf).toEqual({ amount: '595.00', currency: 'RON' });
    await expectInvariants(api.prisma);
  });
});

describe('allocation', () => {
  it('goes to the invoices due first, whatever their order of issue', async () => {
    const customer = await createCustomer(api);
    const services = [{ description: 'Services', quantity: '1', unitPrice: '100.00' }];
    const dueLater = await given.issued(customer.id, services, {
      issueDate: '2026-06-01',
      paymentTermsId: await paymentTermsId(api, 'NET_60'),
    });
    const dueFirst = await given.issued(customer.id, services, {
      issueDate: '2026-06-01',
      paymentTermsId: await paymentTermsId(api, 'DUE_ON_RECEIPT'),
    });
    await api.gql(RecordPayment, { input: { customerId: customer.id, amount: '150.00', method: 'CASH' } });
    expect(await money(dueFirst.id)).toMatchObject({ status: 'PAID' });
    expect(await money(dueLater.id)).toMatchObject({ status: 'PARTIALLY_PAID', amountDue: { amount: '88.00' } });
  });

  it('marks an invoice paid with exactly its amount due', async () => {
    const customer = await createCustomer(api);
    const invoice = await invoiceFor(customer.id, '250.00');
    const paid = await api.gql(MarkPaid, { input: { invoiceId: invoice.id, reference: 'cash desk' } });
    expect(paid.data?.invoiceMarkPaid.payment?.amount.amount).toBe('297.50');
    expect(await money(invoice.id)).toMatchObject({ status: 'PAID' });
    const again = await api.gql(MarkPaid, { input: { invoiceId: invoice.id } });
    expect(again.data?.invoiceMarkPaid.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('applies unapplied credit later, and moves an allocation to another invoice', async () => {
    const customer = await createCustomer(api);
    const payment = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '500.00', method: 'BANK_TRANSFER', autoAllocate: false },
    });
    const paymentId = payment.data!.paymentRecord.payment!.id;
    const a = await invoiceFor(customer.id, '100.00');
    const b = await invoiceFor(customer.id, '200.00');
    const applied = await api.gql(ApplyCredit, {
      input: { sourceId: paymentId, allocations: [{ invoiceId: a.id, amount: '119.00' }] },
    });
    expect(applied.data?.creditApply.payment?.unapplied.amount).toBe('381.00');
    const allocation = (await money(a.id)).allocations[0].id;
    const moved = await api.gql(MoveAllocation, {
      input: { allocationId: allocation, toInvoiceId: b.id, amount: '19.00' },
    });
    expect(moved.data?.allocationMove.invoices.map((i) => [i.status, i.amountDue.amount])).toEqual([
      ['PARTIALLY_PAID', '19.00'],
      ['PARTIALLY_PAID', '219.00'],
    ]);
    await expectInvariants(api.prisma);
  });

  it('voiding a payment reopens what it paid', async () => {
    const customer = await createCustomer(api);
    const invoice = await invoiceFor(customer.id, '100.00');
    const payment = await api.gql(MarkPaid, { input: { invoiceId: invoice.id } });
    const id = payment.data!.invoiceMarkPaid.payment!.id;
    const voided = await api.gql(VoidPayment, { input: { paymentId: id, reason: 'Transfer bounced' } });
    expect(voided.data?.paymentVoid.payment).toMatchObject({
      status: 'VOID',
      voidReason: 'Transfer bounced',
      unapplied: { amount: '0.00' },
    });
    expect(await money(invoice.id)).toMatchObject({ status: 'OPEN', amountDue: { amount: '119.00' } });
    const again = await api.gql(VoidPayment, { input: { paymentId: id, reason: 'again' } });
    expect(again.data?.paymentVoid.userErrors[0]).toMatchObject({ field: ['paymentId'], code: 'INVALID_STATE' });
    const kinds = (await account(customer.id)).transactions.edges.map((e) => e.node.kind);
    expect(kinds).toEqual(['INVOICE_ISSUED', 'PAYMENT_RECEIVED', 'APPLIED', 'UNAPPLIED', 'PAYMENT_VOIDED']);
  });
});

describe('credit notes', () => {
  it('lower what is due; beyond that they become credit, applicable to other invoices; own gapless series', async () => {
    const customer = await createCustomer(api);
    const invoice = await invoiceFor(customer.id, '100.00');
    await api.gql(RecordPayment, {
      input: {
        customerId: customer.id,
        amount: '100.00',
        method: 'CASH',
        allocations: [{ invoiceId: invoice.id, amount: '100.00' }],
      },
    });
    const note = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: 'Returned goods', amount: '50.00' },
    });
    const credit = note.data!.creditNoteIssue.creditNote!;
    expect(credit).toMatchObject({
      number: expect.stringMatching(/^CN-2026-\d{6}$/),
      unapplied: { amount: '31.00' },
      invoice: { status: 'PAID', amountCredited: { amount: '19.00' } },
    });
    const other = await invoiceFor(customer.id, '10.00');
    const applied = await api.gql(ApplyCredit, {
      input: { sourceId: credit.id, allocations: [{ invoiceId: other.id, amount: '11.90' }] },
    });
    expect(applied.data?.creditApply.creditNote?.unapplied.amount).toBe('19.10');
    expect(await money(other.id)).toMatchObject({ status: 'PAID' });
    const tooMuch = await api.gql(IssueCreditNote, { input: { invoiceId: invoice.id, reason: 'x', amount: '70.00' } });
    expect(tooMuch.data?.creditNoteIssue.userErrors[0]).toMatchObject({
      field: ['amount'],
      message: expect.stringMatching(/At most 69.00/),
    });
  });

  it('credits invoice lines by quantity, priced as on the invoice', async () => {
    const item = await given.item('33.33');
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, [{ itemId: item, quantity: '3' }], { issueDate: '2026-06-01' });
    const note = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: 'One broken', lines: [{ lineId: invoice.lines[0].id, quantity: '1' }] },
    });
    expect(note.data?.creditNoteIssue.creditNote).toMatchObject({
      amount: { amount: '39.66' },
      invoice: { status: 'PARTIALLY_PAID', amountDue: { amount: '79.33' } },
    });
    const twoMore = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: 'Two more', lines: [{ lineId: invoice.lines[0].id, quantity: '2' }] },
    });
    expect(twoMore.data?.creditNoteIssue.userErrors).toEqual([]);
    const beyond = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: 'One too many', lines: [{ lineId: invoice.lines[0].id, quantity: '1' }] },
    });
    expect(beyond.data?.creditNoteIssue.userErrors[0]).toMatchObject({
      field: ['lines', '0', 'quantity'],
      message: 'Only 0 of this line can still be credited (of 3).',
    });
    // The two notes this test issued took consecutive numbers of the credit-note series.
    const numbers = (
      await api.prisma.creditNote.findMany({ where: { invoiceId: dbId(invoice.id) }, orderBy: { number: 'asc' } })
    ).map((n) => Number(n.number.slice(-6)));
    expect(numbers).toHaveLength(2);
    expect(numbers[1]).toBe(numbers[0] + 1);
  });
});

describe('bad input is refused and changes nothing', () => {
  it.each([
    ['zero amount', { amount: '0' }, 'amount'],
    ['negative amount', { amount: '-5' }, 'amount'],
    ['too many decimals', { amount: '1.001' }, 'amount'],
    ['more allocated than paid', { amount: '10', allocations: 'big' }, 'allocations'],
    ['unknown invoice', { amount: '10', allocations: 'unknown' }, 'allocations'],
    ['invoice of another customer', { amount: '10', allocations: 'foreign' }, 'allocations'],
    ['more than due on the invoice', { amount: '500', allocations: 'over' }, 'allocations'],
    ['another currency than the invoice', { amount: '10', currency: 'EUR', allocations: 'small' }, 'allocations'],
  ])('%s', async (_label, overrides, field) => {
    const customer = await createCustomer(api);
    const stranger = await createCustomer(api);
    const invoice = await invoiceFor(customer.id, '100.00');
    const foreign = await invoiceFor(stranger.id, '100.00');
    const unknown = Buffer.from('Invoice:00000000-0000-7000-8000-000000000000').toString('base64');
    const allocations = {
      big: [{ invoiceId: invoice.id, amount: '20' }],
      unknown: [{ invoiceId: unknown, amount: '5' }],
      foreign: [{ invoiceId: foreign.id, amount: '5' }],
      over: [{ invoiceId: invoice.id, amount: '200' }],
      small: [{ invoiceId: invoice.id, amount: '5' }],
    }[(overrides as { allocations?: string }).allocations ?? ''];
    const before = [
      await api.prisma.payment.count(),
      await api.prisma.ledgerEntry.count(),
      await api.prisma.allocation.count(),
    ];
    const result = await api.gql(RecordPayment, {
      input: { customerId: customer.id, method: 'CASH', ...overrides, allocations } as never,
    });
    expect(result.data?.paymentRecord.payment).toBeNull();
    expect(result.data?.paymentRecord.userErrors[0].field[0]).toBe(field);
    expect([
      await api.prisma.payment.count(),
      await api.prisma.ledgerEntry.count(),
      await api.prisma.allocation.count(),
    ]).toEqual(before);
  });

  it('refuses a refund above the available credit', async () => {
    const customer = await createCustomer(api);
    await api.gql(RecordPayment, { input: { customerId: customer.id, amount: '40.00', method: 'CASH' } });
    const result = await api.gql(RecordRefund, { input: { customerId: customer.id, amount: '40.01', method: 'CASH' } });
    expect(result.data?.refundRecord.userErrors[0]).toMatchObject({
      field: ['amount'],
      message: expect.stringMatching(/40.00 RON of unapplied credit/),
    });
    expect(await api.prisma.refund.count({ where: { customerId: dbId(customer.id) } })).toBe(0);
  });
});

describe('allocations of one payment', () => {
  it('name each invoice once: a second allocation to the same invoice is refused and nothing is written', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, [{ description: 'Services', quantity: '1', unitPrice: '100.00' }]);
    const twice = await api.gql(RecordPayment, {
      input: {
        customerId: customer.id,
        amount: '20.00',
        method: 'CASH',
        allocations: [
          { invoiceId: invoice.id, amount: '10.00' },
          { invoiceId: invoice.id, amount: '10.00' },
        ],
      },
    });
    expect(twice.data?.paymentRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['allocations', '1', 'invoiceId'], code: 'DUPLICATE' }),
    ]);
    expect(await api.prisma.payment.count({ where: { customerId: dbId(customer.id) } })).toBe(0);
  });
});

describe('document dates', () => {
  it('are not before 2000-01-01: a payment, a refund or an invoice dated 1900 is refused', async () => {
    const customer = await createCustomer(api);
    const payment = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '10.00', method: 'CASH', receivedOn: '1900-01-01' },
    });
    expect(payment.data?.paymentRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['receivedOn'], code: 'INVALID' }),
    ]);
    const refund = await api.gql(RecordRefund, {
      input: { customerId: customer.id, amount: '1.00', method: 'CASH', paidOn: '1999-12-31' },
    });
    expect(refund.data?.refundRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['paidOn'], code: 'INVALID' }),
    ]);
    await expect(
      given.issued(customer.id, [{ description: 'Old', quantity: '1', unitPrice: '1.00' }], {
        issueDate: '1900-01-01',
      }),
    ).rejects.toThrow(/cannot be dated before 2000-01-01/);
    expect(await api.prisma.payment.count({ where: { customerId: dbId(customer.id) } })).toBe(0);
  });
});

describe('free text on money documents', () => {
  it('has a length limit: a longer reference, reason or note is refused with TOO_LONG and changes nothing', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, [{ description: 'Services', quantity: '1', unitPrice: '100.00' }]);
    const tooLong = (n: number) => 'x'.repeat(n + 1);
    const payment = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: '10.00', method: 'CASH', reference: tooLong(100), note: tooLong(2000) },
    });
    expect(payment.data?.paymentRecord.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['reference'], 'TOO_LONG'],
      [['note'], 'TOO_LONG'],
    ]);
    const note = await api.gql(IssueCreditNote, {
      input: { invoiceId: invoice.id, reason: tooLong(500), amount: '1.00' },
    });
    expect(note.data?.creditNoteIssue.userErrors).toEqual([
      expect.objectContaining({ field: ['reason'], code: 'TOO_LONG' }),
    ]);
    const refund = await api.gql(RecordRefund, {
      input: { customerId: customer.id, amount: '1.00', method: 'CASH', reference: tooLong(100) },
    });
    expect(refund.data?.refundRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['reference'], code: 'TOO_LONG' }),
    ]);
    const id = dbId(customer.id);
    expect(await api.prisma.payment.count({ where: { customerId: id } })).toBe(0);
    expect(await api.prisma.creditNote.count({ where: { customerId: id } })).toBe(0);
    expect(await api.prisma.refund.count({ where: { customerId: id } })).toBe(0);
  });
});
