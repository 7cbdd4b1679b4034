import type { Decimal } from '../../money/money.js';
import { builder } from '../../schema/builder.js';
import { filterEvents, loadOncePerEvent } from '../../shared/events.js';
import { nodeConnection } from '../../schema/connections.js';
import { PaymentMethodEnum } from '../../schema/enums.js';
import { MoneyType } from '../../schema/money.schema.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload, UserErrorType, type Payload } from '../../schema/user-errors.js';
import { filterRowId, rowId } from '../../schema/ids.js';
import { idOfType } from '../../schema/global-id.js';
import { unappliedAmount, type SourceRef } from './sources.js';
import {
  applyCredit,
  markInvoicePaid,
  moveAllocation,
  type PaymentReceived,
  paymentReceivedTopic,
  recordPayment,
  voidPayment,
} from './payments.service.js';

const PaymentStatusEnum = builder.enumType('PaymentStatus', { values: ['RECORDED', 'VOID'] as const });

/** What a payment or credit note still has to apply or refund, as Money. */
export const unapplied = (row: Parameters<typeof unappliedAmount>[0] & { currency: string }) => ({
  amount: unappliedAmount(row),
  currency: row.currency,
});

builder.prismaNode('Allocation', {
  nullable: true,
  id: { field: 'id' },
  description: 'Money of a payment or credit note put on an invoice, or paid back by a refund.',
  fields: (t) => ({
    amount: t.field({
      type: MoneyType,
      select: { amount: true, payment: { select: { currency: true } }, creditNote: { select: { currency: true } } },
      resolve: (a) => ({ amount: a.amount, currency: (a.payment ?? a.creditNote)!.currency }),
    }),
    appliedOn: t.expose('appliedOn', { type: 'Date' }),
    reversedAt: t.expose('reversedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Set when the allocation was taken back.',
    }),
    invoice: t.relation('invoice', { nullable: true }),
    payment: t.relation('payment', { nullable: true }),
    creditNote: t.relation('creditNote', { nullable: true }),
    refund: t.relation('refund', { nullable: true }),
  }),
});

export const PaymentType = builder.prismaNode('Payment', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    customer: t.relation('customer'),
    amount: t.field({ type: MoneyType, resolve: (p) => ({ amount: p.amount, currency: p.currency }) }),
    unapplied: t.field({
      type: MoneyType,
      description: 'Not applied to invoices nor refunded: the customer\u2019s credit.',
      resolve: unapplied,
    }),
    receivedOn: t.expose('receivedOn', { type: 'Date' }),
    method: t.expose('method', { type: PaymentMethodEnum }),
    reference: t.exposeString('reference', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    status: t.expose('status', { type: PaymentStatusEnum }),
    voidReason: t.exposeString('voidReason', { nullable: true }),
    allocations: t.relation('allocations', { query: { where: { reversedAt: null }, orderBy: { createdAt: 'asc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
const PaymentConnection = nodeConnection('Payment', PaymentType);

builder.prismaObjectFields('Invoice', (t) => ({
  allocations: t.relation('allocations', {
    description: 'Payments and credit notes applied to the invoice.',
    query: { where: { reversedAt: null }, orderBy: { createdAt: 'asc' } },
  }),
}));

builder.prismaObjectFields('Customer', (t) => ({
  payments: t.relatedConnection(
    'payments',
    {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ receivedOn: 'desc' }, { id: 'desc' }] },
    },
    PaymentConnection,
  ),
}));

builder.queryField('payments', (t) =>
  t.prismaConnection(
    {
      type: 'Payment',
      cursor: 'id',
      args: { customerId: t.arg.id(), status: t.arg({ type: [PaymentStatusEnum] }) },
      totalCount: (_p, args, ctx) => ctx.prisma.payment.count({ where: paymentWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.payment.findMany({
          ...query,
          where: paymentWhere(args),
          orderBy: [{ receivedOn: 'desc' }, { id: 'desc' }],
        }),
    },
    PaymentConnection,
  ),
);

function paymentWhere(args: { customerId?: string | null; status?: ('RECORDED' | 'VOID')[] | null }) {
  return {
    customerId: args.customerId ? filterRowId(args.customerId, 'Customer', ['customerId']) : undefined,
    status: args.status?.length ? { in: args.status } : undefined,
  };
}

// ---- mutations ----

/** A payment or credit note, from the global id of either. */
function sourceRef(globalId: string): SourceRef {
  const creditNoteId = idOfType(globalId, 'CreditNote');
  return creditNoteId ? { creditNoteId } : { paymentId: rowId(globalId, 'Payment') };
}

const decodeAllocation = (allocation: { invoiceId: string; amount: Decimal }) => ({
  ...allocation,
  invoiceId: rowId(allocation.invoiceId, 'Invoice'),
});

const AllocationInput = builder.inputType('AllocationInput', {
  fields: (t) => ({ invoiceId: t.id({ required: true }), amount: t.field({ type: 'Decimal', required: true }) }),
});

const PaymentRecordInput = builder.inputType('PaymentRecordInput', {
  fields: (t) => ({
    customerId: t.id({ required: true }),
    amount: t.field({ type: 'Decimal', required: true }),
    currency: t.string({ description: "Defaults to the customer's currency." }),
    receivedOn: t.field({ type: 'Date', description: 'Defaults to today.' }),
    method: t.field({ type: PaymentMethodEnum, required: true }),
    reference: t.string({ description: 'Bank reference, cheque number…' }),
    note: t.string(),
    idempotencyKey: t.string({
      description: 'Send the same key when retrying: the payment is recorded once and the answer repeated.',
    }),
    allocations: t.field({
      type: [AllocationInput],
      description: 'Where the money goes; what is left stays as unapplied credit.',
    }),
    autoAllocate: t.boolean({
      description: 'Without allocations: apply to the oldest due invoices first (default true).',
    }),
  }),
});

const PaymentPayload = objectPayload('PaymentPayload', 'payment', 'Payment', 'paymentId');

const CreditApplyPayload = builder
  .objectRef<Payload<{ sourceId: string; kind: 'payment' | 'creditNote' }>>('CreditApplyPayload')
  .implement({
    fields: (t) => ({
      payment: t.prismaField({
        type: 'Payment',
        nullable: true,
        resolve: (q, p, _a, ctx) =>
          p.kind === 'payment' ? ctx.prisma.payment.findUnique({ ...q, where: { id: p.sourceId! } }) : null,
      }),
      creditNote: t.prismaField({
        type: 'CreditNote',
        nullable: true,
        resolve: (q, p, _a, ctx) =>
          p.kind === 'creditNote' ? ctx.prisma.creditNote.findUnique({ ...q, where: { id: p.sourceId! } }) : null,
      }),
      userErrors: t.field({ type: [UserErrorType], resolve: (p) => p.userErrors }),
    }),
  });

const AllocationMovePayload = builder.objectRef<Payload<{ invoiceIds: string[] }>>('AllocationMovePayload').implement({
  fields: (t) => ({
    invoices: t.prismaField({
      type: ['Invoice'],
      description: 'The invoice moved from, then the one moved to.',
      resolve: async (q, p, _a, ctx) => {
        if (!p.invoiceIds) return [];
        const rows = await ctx.prisma.invoice.findMany({ ...q, where: { id: { in: p.invoiceIds } } });
        return p.invoiceIds.map((id) => rows.find((row) => row.id === id)!);
      },
    }),
    userErrors: t.field({ type: [UserErrorType], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  paymentRecord: t.field({
    type: PaymentPayload,
    authScopes: { can: 'payments.write' },
    description:
      'Records money received; applies it as told, or to the oldest due invoices. What is left is unapplied credit.',
    args: { input: t.arg({ type: PaymentRecordInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        recordPayment(ctx, {
          ...input,
          customerId: rowId(input.customerId, 'Customer'),
          allocations: input.allocations?.map(decodeAllocation),
        }),
      ),
  }),
  invoiceMarkPaid: t.field({
    type: PaymentPayload,
    authScopes: { can: 'payments.write' },
    description: 'Records a payment of exactly the amount due on the invoice.',
    args: {
      input: t.arg({
        type: builder.inputType('InvoiceMarkPaidInput', {
          fields: (f) => ({
            invoiceId: f.id({ required: true }),
            receivedOn: f.field({ type: 'Date' }),
            method: f.field({ type: PaymentMethodEnum, description: "Defaults to the invoice's payment method." }),
            reference: f.string(),
            idempotencyKey: f.string(),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() => markInvoicePaid(ctx, { ...input, invoiceId: rowId(input.invoiceId, 'Invoice') })),
  }),
  creditApply: t.field({
    type: CreditApplyPayload,
    authScopes: { can: 'payments.write' },
    description: 'Applies unapplied money of a payment or credit note to invoices of the same customer.',
    args: {
      input: t.arg({
        type: builder.inputType('CreditApplyInput', {
          fields: (f) => ({
            sourceId: f.id({ required: true, description: 'A Payment or CreditNote id.' }),
            allocations: f.field({ type: [AllocationInput], required: true }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        applyCredit(ctx, { source: sourceRef(input.sourceId), allocations: input.allocations.map(decodeAllocation) }),
      ),
  }),
  allocationMove: t.field({
    type: AllocationMovePayload,
    authScopes: { can: 'payments.write' },
    description: 'Moves an allocation (or part of it) to another invoice of the same customer.',
    args: {
      input: t.arg({
        type: builder.inputType('AllocationMoveInput', {
          fields: (f) => ({
            allocationId: f.id({ required: true }),
            toInvoiceId: f.id({ required: true }),
            amount: f.field({ type: 'Decimal', description: 'Defaults to all of it.' }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        moveAllocation(ctx, {
          ...input,
          allocationId: rowId(input.allocationId, 'Allocation'),
          toInvoiceId: rowId(input.toInvoiceId, 'Invoice'),
        }),
      ),
  }),
  paymentVoid: t.field({
    type: PaymentPayload,
    authScopes: { can: 'payments.write' },
    description: 'Voids a payment (a bounced transfer): what it paid is due again.',
    args: {
      input: t.arg({
        type: builder.inputType('PaymentVoidInput', {
          fields: (f) => ({ paymentId: f.id({ required: true }), reason: f.string({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() => voidPayment(ctx, { ...input, paymentId: rowId(input.paymentId, 'Payment') })),
  }),
}));

builder.subscriptionField('paymentReceived', (t) =>
  t.prismaField({
    type: 'Payment',
    description: 'Each payment as it is recorded, on any instance; optionally for one customer.',
    args: { customerId: t.arg.id() },
    subscribe: (_root, args, ctx) => {
      const customerId = args.customerId ? filterRowId(args.customerId, 'Customer', ['customerId']) : null;
      return filterEvents(
        ctx.pubsub.subscribe<PaymentReceived>(paymentReceivedTopic),
        (event) => !customerId || event.customerId === customerId,
      );
    },
    resolve: (query, event, _args, ctx) =>
      loadOncePerEvent(event, query, () =>
        ctx.prisma.payment.findUniqueOrThrow({
          ...query,
          where: { id: (event as unknown as PaymentReceived).paymentId },
        }),
      ),
  }),
);
