import { builder } from '../../schema/builder.js';
import { nodeConnection } from '../../schema/connections.js';
import { PaymentMethodEnum } from '../../schema/enums.js';
import { rowId } from '../../schema/ids.js';
import { MoneyType } from '../../schema/money.schema.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload } from '../../schema/user-errors.js';
import { unapplied } from '../payments/payments.schema.js';
import { issueCreditNote, recordRefund } from './credits.service.js';

// Credit notes (what an invoice no longer asks for) and refunds (credit paid back).

export const CreditNoteType = builder.prismaNode('CreditNote', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    number: t.exposeString('number'),
    customer: t.relation('customer'),
    invoice: t.relation('invoice'),
    amount: t.field({ type: MoneyType, resolve: (c) => ({ amount: c.amount, currency: c.currency }) }),
    unapplied: t.field({ type: MoneyType, resolve: unapplied }),
    reason: t.exposeString('reason'),
    issueDate: t.expose('issueDate', { type: 'Date' }),
    lines: t.relation('lines', { description: 'The invoice-line quantities credited; empty for a credit by amount.' }),
    allocations: t.relation('allocations', { query: { where: { reversedAt: null }, orderBy: { createdAt: 'asc' } } }),
  }),
});
const CreditNoteConnection = nodeConnection('CreditNote', CreditNoteType);

builder.prismaObject('CreditNoteLine', {
  fields: (t) => ({
    invoiceLine: t.relation('invoiceLine'),
    quantity: t.expose('quantity', { type: 'Decimal' }),
    amount: t.field({
      type: MoneyType,
      description: 'Tax included.',
      select: { amount: true, creditNote: { select: { currency: true } } },
      resolve: (l) => ({ amount: l.amount, currency: l.creditNote.currency }),
    }),
  }),
});

export const RefundType = builder.prismaNode('Refund', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    customer: t.relation('customer'),
    amount: t.field({ type: MoneyType, resolve: (r) => ({ amount: r.amount, currency: r.currency }) }),
    paidOn: t.expose('paidOn', { type: 'Date' }),
    method: t.expose('method', { type: PaymentMethodEnum }),
    reference: t.exposeString('reference', { nullable: true }),
    sources: t.relation('allocations', { description: 'The payments and credit notes the refund drew on.' }),
  }),
});
const RefundConnection = nodeConnection('Refund', RefundType);

builder.prismaObjectFields('Invoice', (t) => ({
  creditNotes: t.relation('creditNotes', { query: { orderBy: { issueDate: 'asc' } } }),
}));

builder.prismaObjectFields('Customer', (t) => ({
  creditNotes: t.relatedConnection(
    'creditNotes',
    {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ issueDate: 'desc' }, { id: 'desc' }] },
    },
    CreditNoteConnection,
  ),
  refunds: t.relatedConnection(
    'refunds',
    {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ paidOn: 'desc' }, { id: 'desc' }] },
    },
    RefundConnection,
  ),
}));

const CreditNotePayload = objectPayload('CreditNotePayload', 'creditNote', 'CreditNote', 'creditNoteId');
const RefundPayload = objectPayload('RefundPayload', 'refund', 'Refund', 'refundId');

builder.mutationFields((t) => ({
  creditNoteIssue: t.field({
    type: CreditNotePayload,
    authScopes: { can: 'payments.write' },
    description:
      'Credits an issued invoice, by amount or by line quantities; what exceeds the amount due becomes customer credit.',
    args: {
      input: t.arg({
        type: builder.inputType('CreditNoteIssueInput', {
          fields: (f) => ({
            invoiceId: f.id({ required: true }),
            reason: f.string({ required: true }),
            amount: f.field({ type: 'Decimal', description: 'Tax included. Give this or lines.' }),
            lines: f.field({
              type: [
                builder.inputType('CreditNoteLineInput', {
                  fields: (l) => ({
                    lineId: l.id({ required: true }),
                    quantity: l.field({ type: 'Decimal', required: true }),
                  }),
                }),
              ],
            }),
            issueDate: f.field({ type: 'Date' }),
            idempotencyKey: f.string(),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        issueCreditNote(ctx, {
          ...input,
          invoiceId: rowId(input.invoiceId, 'Invoice'),
          lines: input.lines?.map((line) => ({ ...line, lineId: rowId(line.lineId, 'InvoiceLine') })),
        }),
      ),
  }),
  refundRecord: t.field({
    type: RefundPayload,
    authScopes: { can: 'payments.write' },
    description: "Pays back the customer's unapplied credit; never more than there is.",
    args: {
      input: t.arg({
        type: builder.inputType('RefundRecordInput', {
          fields: (f) => ({
            customerId: f.id({ required: true }),
            amount: f.field({ type: 'Decimal', required: true }),
            currency: f.string(),
            paidOn: f.field({ type: 'Date' }),
            method: f.field({ type: PaymentMethodEnum, required: true }),
            reference: f.string(),
            idempotencyKey: f.string(),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() => recordRefund(ctx, { ...input, customerId: rowId(input.customerId, 'Customer') })),
  }),
}));
