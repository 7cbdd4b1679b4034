import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, paymentTermsId } from '../customers/factory.js';
import { DeleteCustomer, UpdateCustomer } from '../customers/operations.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { RecordPayment } from '../payments/operations.js';
import { catalog } from './fixtures.js';
import {
  DraftLineCurrencies,
  AddLine,
  CreateDraft,
  DeleteDraft,
  IssueInvoice,
  ListInvoices,
  RemoveLine,
  UpdateDraft,
  UpdateLine,
  VoidInvoice,
} from './operations.js';

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
const today = '2026-06-15';
let clock = new Date(`${today}T09:30:00Z`);
beforeAll(async () => {
  api = await startTestServer({ now: () => clock });
  given = await catalog(api);
});
afterAll(() => api?.close());

describe('creating a draft fills it in: company → customer → invoice', () => {
  it('takes the company defaults when the customer sets nothing', async () => {
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, []);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      number: null,
      issueDate: today,
      dueDate: '2026-07-15',
      currency: 'RON',
      paymentTerms: { code: 'NET_30' },
      paymentMethod: 'BANK_TRANSFER',
      priceList: { name: 'Standard RON' },
      sources: { currency: 'CUSTOMER', paymentTerms: 'COMPANY', paymentMethod: 'COMPANY', priceList: 'COMPANY' },
    });
  });

  it('takes the customer’s terms, and the invoice’s own overrides over both', async () => {
    const eom15 = await paymentTermsId(api, 'EOM_15');
    const dueOnReceipt = await paymentTermsId(api, 'DUE_ON_RECEIPT');
    const customer = await createCustomer(api, {
      displayName: 'Snapshot SRL',
      legalName: 'Snapshot Trading SRL',
      taxId: 'RO123',
      billingAddress: { street: 'Str. Veche 1', city: 'Iași', country: 'RO' },
      purchaseTerms: { paymentTermsId: eom15, defaultPaymentMethod: 'DIRECT_DEBIT' },
    });
    const fromCustomer = await given.draft(customer.id, []);
    expect(fromCustomer).toMatchObject({
      dueDate: '2026-07-15',
      paymentTerms: { code: 'EOM_15' },
      paymentMethod: 'DIRECT_DEBIT',
      sources: { paymentTerms: 'CUSTOMER', paymentMethod: 'CUSTOMER' },
      billTo: {
        name: 'Snapshot SRL',
        legalName: 'Snapshot Trading SRL',
        taxId: 'RO123',
        street: 'Str. Veche 1',
        city: 'Iași',
        country: 'RO',
      },
    });
    const overridden = await api.gql(CreateDraft, {
      input: { customerId: customer.id, issueDate: '2026-01-31', paymentTermsId: dueOnReceipt, paymentMethod: 'CASH' },
    });
    expect(overridden.data?.invoiceCreateDraft.invoice).toMatchObject({
      issueDate: '2026-01-31',
      dueDate: '2026-01-31',
      paymentMethod: 'CASH',
      sources: { paymentTerms: 'INVOICE', paymentMethod: 'INVOICE' },
    });
  });
});

describe('editing a draft', () => {
  it('adds, changes and removes lines, recomputing totals with per-line rounding', async () => {
    const item = await given.item('33.333');
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, [{ itemId: item, quantity: '3' }]);
    expect(draft.total.amount).toBe('119.00'); // 3 × 33.333 = 99.999 → 100.00 + 19 % = 119.00

    const added = await api.gql(AddLine, {
      input: {
        invoiceId: draft.id,
        line: {
          description: 'Installation',
          quantity: '1.5',
          unitPrice: '80.35',
          manualPriceReason: 'Quoted by phone',
        },
      },
    });
    const withTwo = added.data!.invoiceLineAdd.invoice!;
    expect(withTwo.lines.map((l) => [l.position, l.netAmount.amount, l.taxAmount.amount])).toEqual([
      [1, '100.00', '19.00'],
      [2, '120.53', '22.90'],
    ]);
    expect(withTwo).toMatchObject({
      subtotal: { amount: '220.53' },
      taxTotal: { amount: '41.90' },
      total: { amount: '262.43' },
    });

    const firstLine = withTwo.lines[0].id;
    const changed = await api.gql(UpdateLine, { input: { invoiceId: draft.id, lineId: firstLine, quantity: '1' } });
    expect(changed.data?.invoiceLineUpdate.invoice?.lines[0]).toMatchObject({
      id: firstLine,
      quantity: '1',
      netAmount: { amount: '33.33' },
    });

    const removed = await api.gql(RemoveLine, { input: { invoiceId: draft.id, lineId: firstLine } });
    const left = removed.data!.invoiceLineRemove.invoice!;
    expect(left.lines.map((l) => [l.position, l.description])).toEqual([[1, 'Installation']]);
    expect(left.total.amount).toBe('143.43');
    expect(await api.prisma.invoiceLine.count({ where: { id: dbId(firstLine) } })).toBe(0);
  });

  it('reprices every line when the draft changes date', async () => {
    const item = await given.item('100.00');
    await given.prices(given.defaultPriceListId, [{ itemId: item, price: '80.00', validFrom: '2026-07-01' }]);
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, [{ itemId: item, quantity: '1' }]);
    expect(draft.lines[0].priceSource).toBe('ITEM');
    const moved = await api.gql(UpdateDraft, { input: { id: draft.id, issueDate: '2026-07-02' } });
    expect(moved.data?.invoiceUpdateDraft.invoice).toMatchObject({
      issueDate: '2026-07-02',
      dueDate: '2026-08-01',
      lines: [{ priceSource: 'DEFAULT_PRICE_LIST', unitPrice: { amount: '80.00' } }],
    });
  });

  it('moves every line to the currency a draft is changed to', async () => {
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, [
      { description: 'Audit', quantity: '2', unitPrice: '10.50' },
      { description: 'Travel', quantity: '1', unitPrice: '4' },
    ]);
    const moved = await api.gql(DraftLineCurrencies, { input: { id: draft.id, currency: 'EUR' } });
    expect(moved.data?.invoiceUpdateDraft.userErrors).toEqual([]);
    expect(moved.data?.invoiceUpdateDraft.invoice).toMatchObject({
      currency: 'EUR',
      lines: [
        { unitPrice: { amount: '10.50', currency: 'EUR' }, totalAmount: { currency: 'EUR' } },
        { unitPrice: { amount: '4.00', currency: 'EUR' }, totalAmount: { currency: 'EUR' } },
      ],
    });
    const stored = await api.prisma.invoiceLine.findMany({ where: { invoiceId: dbId(draft.id) } });
    expect(stored.map((line) => line.currency)).toEqual(['EUR', 'EUR']);
  });

  it('refuses bad lines and writes nothing', async () => {
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, [{ description: 'Keep me', quantity: '1', unitPrice: '10' }]);
    const before = await api.prisma.invoiceLine.findMany({ orderBy: { id: 'asc' } });
    const unknownItem = Buffer.from('Item:00000000-0000-7000-8000-000000000000').toString('base64');
    for (const line of [
      { itemId: unknownItem, quantity: '1' },
      { description: 'x', quantity: '-1', unitPrice: '1' },
      { description: 'x', quantity: '1', unitPrice: '1.00001' },
      { description: 'x', quantity: '0', unitPrice: '1' },
    ]) {
      const result = await api.gql(AddLine, { input: { invoiceId: draft.id, line } });
      expect(result.data?.invoiceLineAdd.invoice).toBeNull();
      expect(result.data?.invoiceLineAdd.userErrors[0].field).toEqual([
        'line',
        expect.stringMatching(/^(itemId|quantity|unitPrice)$/),
      ]);
    }
    expect(await api.prisma.invoiceLine.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    const lineId = (
      await api.gql(AddLine, {
        input: { invoiceId: draft.id, line: { description: 'second', quantity: '1', unitPrice: '1' } },
      })
    ).data!.invoiceLineAdd.invoice!.lines[1].id;
    const badUpdate = await api.gql(UpdateLine, { input: { invoiceId: draft.id, lineId, quantity: '-3' } });
    expect(badUpdate.data?.invoiceLineUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['quantity'], code: 'NEGATIVE_AMOUNT' }),
    ]);
    const afterGoodAdd = before.length + 1;
    expect(await api.prisma.invoiceLine.count()).toBe(afterGoodAdd);
  });
});

describe('issuing', () => {
  it('numbers the invoice, freezes it, writes the ledger and keeps the customer as it was', async () => {
    const item = await given.item('1000.00');
    const customer = await createCustomer(api, {
      displayName: 'Before Rename SRL',
      billingAddress: { city: 'Cluj-Napoca', country: 'RO' },
    });
    const draft = await given.draft(customer.id, [{ itemId: item, quantity: '2' }]);
    const issued = await api.gql(IssueInvoice, { input: { id: draft.id } });
    const invoice = issued.data!.invoiceIssue.invoice!;
    expect(invoice).toMatchObject({
      status: 'OPEN',
      number: expect.stringMatching(/^INV-2026-\d{6}$/),
      total: { amount: '2380.00' },
      amountDue: { amount: '2380.00' },
    });
    const ledger = await api.prisma.ledgerEntry.findMany({ where: { invoiceId: dbId(invoice.id) } });
    expect(ledger.map((e) => [e.kind, e.amount.toFixed(2)])).toEqual([['INVOICE_ISSUED', '2380.00']]);

    await api.gql(UpdateCustomer, {
      input: { id: customer.id, displayName: 'After Rename SRL', billingAddress: { city: 'Brașov', country: 'RO' } },
    });
    const { customerName, billingCity } = await api.prisma.invoice.findUniqueOrThrow({
      where: { id: dbId(invoice.id) },
    });
    expect([customerName, billingCity]).toEqual(['Before Rename SRL', 'Cluj-Napoca']);

    const edit = await api.gql(AddLine, {
      input: { invoiceId: invoice.id, line: { description: 'late', quantity: '1', unitPrice: '1' } },
    });
    expect(edit.data?.invoiceLineAdd.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/issued and cannot change/),
    });
    const again = await api.gql(IssueInvoice, { input: { id: invoice.id } });
    expect(again.data?.invoiceIssue.userErrors[0].code).toBe('INVALID_STATE');
    const deleteCustomer = await api.gql(DeleteCustomer, { id: customer.id });
    expect(deleteCustomer.data?.customerDelete.userErrors[0]).toMatchObject({ code: 'HAS_DOCUMENTS' });
  });

  it('refuses an empty draft', async () => {
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, []);
    const result = await api.gql(IssueInvoice, { input: { id: draft.id } });
    expect(result.data?.invoiceIssue.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringMatching(/at least one line/) }),
    ]);
    expect(await api.prisma.ledgerEntry.count({ where: { customerId: dbId(customer.id) } })).toBe(0);
  });

  it('gives 50 invoices issued at once 50 distinct consecutive numbers', async () => {
    // A new year's series, so the numbers start at 1: the clock moves to that year.
    clock = new Date('2027-02-01T09:30:00Z');
    try {
      const customer = await createCustomer(api);
      const drafts = [];
      for (let i = 0; i < 50; i++)
        drafts.push(
          await given.draft(customer.id, [{ description: `Job ${i}`, quantity: '1', unitPrice: '10' }], {
            issueDate: '2027-02-01',
          }),
        );
      const results = await Promise.all(drafts.map((draft) => api.gql(IssueInvoice, { input: { id: draft.id } })));
      expect(results.flatMap((r) => [...(r.errors ?? []), ...(r.data?.invoiceIssue.userErrors ?? [])])).toEqual([]);
      const numbers = results.map((r) => r.data!.invoiceIssue.invoice!.number!).sort();
      expect(new Set(numbers).size).toBe(50);
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `INV-2027-${String(i + 1).padStart(6, '0')}`));
    } finally {
      clock = new Date(`${today}T09:30:00Z`);
    }
  });

  it('marks unpaid invoices past their due date as overdue', async () => {
    const customer = await createCustomer(api);
    const dueNow = await given.issued(customer.id, [{ description: 'Old work', quantity: '1', unitPrice: '100' }], {
      paymentTermsId: await paymentTermsId(api, 'DUE_ON_RECEIPT'),
    });
    const dueLater = await given.issued(customer.id, [{ description: 'New work', quantity: '1', unitPrice: '100' }], {
      paymentTermsId: await paymentTermsId(api, 'NET_60'),
    });
    expect(dueNow).toMatchObject({ dueDate: today, isOverdue: false, daysOverdue: 0 });
    clock = new Date('2026-07-30T09:30:00Z');
    try {
      const overdue = await api.gql(ListInvoices, { first: 50, filter: { customerId: customer.id, overdue: true } });
      expect(overdue.data!.invoices.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({ id: dueNow.id, isOverdue: true, dueDate: today }),
      ]);
      const all = await api.gql(ListInvoices, { first: 50, filter: { customerId: customer.id } });
      expect(all.data!.invoices.edges.map((e) => [e.node.id, e.node.isOverdue])).toEqual(
        expect.arrayContaining([
          [dueNow.id, true],
          [dueLater.id, false],
        ]),
      );
    } finally {
      clock = new Date(`${today}T09:30:00Z`);
    }
  });
});

describe('voiding', () => {
  it('voids an unpaid invoice with a reason; it keeps its number and the ledger gets a reversal', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, [{ description: 'Mistake', quantity: '1', unitPrice: '50' }]);
    const noReason = await api.gql(VoidInvoice, { input: { id: invoice.id, reason: ' ' } });
    expect(noReason.data?.invoiceVoid.userErrors[0]).toMatchObject({ field: ['reason'], code: 'REQUIRED' });
    const voided = await api.gql(VoidInvoice, { input: { id: invoice.id, reason: 'Wrong customer' } });
    expect(voided.data?.invoiceVoid.invoice).toMatchObject({
      status: 'VOID',
      number: invoice.number,
      voidReason: 'Wrong customer',
      amountDue: { amount: '0.00' },
    });
    const ledger = await api.prisma.ledgerEntry.findMany({
      where: { invoiceId: dbId(invoice.id) },
      orderBy: { createdAt: 'asc' },
    });
    expect(ledger.map((e) => [e.kind, e.amount.toFixed(2)])).toEqual([
      ['INVOICE_ISSUED', '59.50'],
      ['INVOICE_VOIDED', '-59.50'],
    ]);
    const again = await api.gql(VoidInvoice, { input: { id: invoice.id, reason: 'again' } });
    expect(again.data?.invoiceVoid.userErrors[0].code).toBe('INVALID_STATE');
  });

  it('refuses to void an invoice with money on it, pointing to credit notes', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, [{ description: 'Paid in part', quantity: '1', unitPrice: '100' }]);
    const paid = await api.gql(RecordPayment, {
      input: {
        customerId: customer.id,
        amount: '10.00',
        method: 'CASH',
        allocations: [{ invoiceId: invoice.id, amount: '10.00' }],
      },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    const result = await api.gql(VoidInvoice, { input: { id: invoice.id, reason: 'Try' } });
    expect(result.data?.invoiceVoid.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/credit note/),
    });
  });

  it('the ledger cannot be edited or deleted, even directly', async () => {
    const customer = await createCustomer(api);
    await given.issued(customer.id, [{ description: 'Work', quantity: '1', unitPrice: '10' }]);
    const entry = await api.prisma.ledgerEntry.findFirstOrThrow({ where: { customerId: dbId(customer.id) } });
    await expect(api.prisma.ledgerEntry.update({ where: { id: entry.id }, data: { amount: '0' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(api.prisma.ledgerEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it('deletes a draft but never an issued invoice', async () => {
    const customer = await createCustomer(api);
    const draft = await given.draft(customer.id, []);
    expect((await api.gql(DeleteDraft, { id: draft.id })).data?.invoiceDeleteDraft).toEqual({
      deletedInvoiceId: draft.id,
      userErrors: [],
    });
    const issued = await given.issued(customer.id, [{ description: 'x', quantity: '1', unitPrice: '1' }]);
    expect((await api.gql(DeleteDraft, { id: issued.id })).data?.invoiceDeleteDraft.userErrors[0].code).toBe(
      'INVALID_STATE',
    );
  });
});
