import type { Context } from '../../context.js';
import type { PaymentMethod, Prisma } from '../../generated/prisma/client.js';
import { Decimal, toDecimal } from '../../money/money.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import { checkAmount } from '../../shared/amounts.js';
import { normalizeCurrency } from '../../shared/contact-formats.js';
import { utcDay } from '../../shared/dates.js';
import { encodeGlobalID, idOfType } from '../../shared/global-id.js';
import { once, requestHash } from '../../shared/idempotency.js';
import { cleanText } from '../../shared/text.js';
import { lockCustomer, registerDocumentCheck } from '../customers/customers.service.js';
import { appendLedgerEntry } from '../ledger/ledger.service.js';
import {
  amountDue,
  applyToInvoice,
  lockCreditNote,
  lockInvoices,
  lockPayment,
  openInvoicesOldestFirst,
  refreshSource,
  reverseAllocation,
  type Source,
} from './allocations.js';

type Tx = Prisma.TransactionClient;

registerDocumentCheck(async (tx, customerId) => (await tx.payment.count({ where: { customerId } })) > 0);

export interface AllocationInput {
  invoiceId: string;
  amount: Decimal;
}

export interface PaymentInput {
  customerId: string;
  amount: Decimal;
  currency?: string | null;
  receivedOn?: Date | null;
  method: PaymentMethod;
  reference?: string | null;
  note?: string | null;
  idempotencyKey?: string | null;
  /** Explicit allocations; when absent and `autoAllocate` is not false, oldest due invoices first. */
  allocations?: AllocationInput[] | null;
  autoAllocate?: boolean | null;
}

function invoiceIds(globalIds: string[], errors: UserErrorList, field: (i: number) => (string | number)[]): (string | null)[] {
  return globalIds.map((globalId, i) => {
    const id = idOfType(globalId, 'Invoice');
    if (!id) errors.add(field(i), 'NOT_FOUND', 'No invoice has this id.');
    return id;
  });
}

/** Applies explicit allocations of `source`, in input order; all or nothing. */
async function applyExplicit(ctx: Context, tx: Tx, source: Source, allocations: AllocationInput[], on: Date, errors: UserErrorList, path: string) {
  const ids = invoiceIds(allocations.map((a) => a.invoiceId), errors, (i) => [path, i, 'invoiceId']);
  const invoices = await lockInvoices(tx, ids.filter((id): id is string => !!id));
  for (const [i, allocation] of allocations.entries()) {
    const invoice = ids[i] ? invoices.get(ids[i]!) : undefined;
    if (ids[i] && !invoice) errors.add([path, i, 'invoiceId'], 'NOT_FOUND', 'No invoice has this id.');
    if (!invoice) continue;
    checkAmount(errors, [path, i, 'amount'], allocation.amount, invoice.currency, { label: 'An allocation' });
    if (errors.errors.length) continue;
    await applyToInvoice(ctx, tx, source, invoice, allocation.amount, on, errors, [path, i]);
  }
}

/** Applies what is left of `source` to the customer's oldest due invoices. */
async function applyOldestFirst(ctx: Context, tx: Tx, source: Source, on: Date, errors: UserErrorList) {
  for (const invoice of await openInvoicesOldestFirst(tx, source.row.customerId, source.row.currency)) {
    const free = toDecimal(source.row.amount).minus(toDecimal(source.row.amountUsed));
    if (!free.isPositive() || free.isZero()) break;
    const amount = Decimal.min(free, amountDue(invoice));
    await applyToInvoice(ctx, tx, source, invoice, amount, on, errors, ['allocations']);
  }
}

/**
 * Records money received. Overpayment stays on the payment as the customer's unapplied credit.
 * With an idempotency key, a retry gets the first answer and records nothing more.
 */
export async function recordPayment(ctx: Context, input: PaymentInput): Promise<{ paymentId: string }> {
  const hash = requestHash('recordPayment', input);
  return once(
    cleanText(input.idempotencyKey),
    hash,
    async (key) => {
      const payment = await ctx.prisma.payment.findUnique({ where: { idempotencyKey: key } });
      return payment && { requestHash: payment.requestHash, result: { paymentId: payment.id } };
    },
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const errors = new UserErrorList();
        const customer = await lockCustomer(tx, input.customerId, 'customerId');
        const currency = input.currency ? normalizeCurrency(input.currency) : customer.currency;
        if (!currency) errors.add(['currency'], 'INVALID_CURRENCY', `"${input.currency}" is not an ISO 4217 currency code.`);
        checkAmount(errors, ['amount'], input.amount, currency, { label: 'The payment' });
        if (input.allocations?.length && input.autoAllocate) errors.add(['autoAllocate'], 'INVALID', 'Give allocations or ask for automatic allocation, not both.');
        const total = (input.allocations ?? []).reduce((sum, a) => sum.plus(a.amount), new Decimal(0));
        if (total.greaterThan(input.amount)) errors.add(['allocations'], 'INVALID', `The allocations add up to ${total.toFixed()}, more than the payment of ${input.amount.toFixed()}.`);
        errors.throwIfAny();
        const receivedOn = utcDay(input.receivedOn ?? ctx.now());
        const payment = await tx.payment.create({
          data: {
            customerId: customer.id,
            amount: input.amount.toFixed(),
            currency: currency!,
            receivedOn,
            method: input.method,
            reference: cleanText(input.reference),
            note: cleanText(input.note),
            idempotencyKey: cleanText(input.idempotencyKey),
            requestHash: hash,
            createdBy: ctx.viewer?.name,
          },
        });
        await appendLedgerEntry(tx, {
          customerId: customer.id,
          currency: payment.currency,
          kind: 'PAYMENT_RECEIVED',
          amount: input.amount.negated(),
          occurredOn: receivedOn,
          paymentId: payment.id,
          createdBy: ctx.viewer?.name,
        });
        const source: Source = { kind: 'payment', row: payment };
        if (input.allocations?.length) await applyExplicit(ctx, tx, source, input.allocations, receivedOn, errors, 'allocations');
        else if (input.autoAllocate !== false) await applyOldestFirst(ctx, tx, source, receivedOn, errors);
        errors.throwIfAny();
        return { paymentId: payment.id };
      }),
  );
}

/** Records a payment of exactly what is due on one invoice. */
export async function markInvoicePaid(
  ctx: Context,
  input: { invoiceId: string; receivedOn?: Date | null; method?: PaymentMethod | null; reference?: string | null; idempotencyKey?: string | null },
): Promise<{ paymentId: string }> {
  const id = idOfType(input.invoiceId, 'Invoice');
  const invoice = id ? await ctx.prisma.invoice.findUnique({ where: { id } }) : null;
  if (!invoice) throw new UserInputError([{ field: ['invoiceId'], code: 'NOT_FOUND', message: 'No invoice has this id.' }]);
  const due = amountDue(invoice);
  if (!due.isPositive() || due.isZero()) throw new UserInputError([{ field: ['invoiceId'], code: 'INVALID_STATE', message: `Nothing is due on invoice ${invoice.number ?? '(draft)'}.` }]);
  return recordPayment(ctx, {
    customerId: encodeGlobalID('Customer', invoice.customerId),
    amount: due,
    currency: invoice.currency,
    receivedOn: input.receivedOn,
    method: input.method ?? invoice.paymentMethod,
    reference: input.reference,
    idempotencyKey: input.idempotencyKey,
    allocations: [{ invoiceId: input.invoiceId, amount: due }],
  });
}

async function lockSource(tx: Tx, globalId: string): Promise<Source> {
  const paymentId = idOfType(globalId, 'Payment');
  const creditNoteId = idOfType(globalId, 'CreditNote');
  const payment = paymentId ? await lockPayment(tx, paymentId) : null;
  if (payment) return { kind: 'payment', row: payment };
  const note = creditNoteId ? await lockCreditNote(tx, creditNoteId) : null;
  if (note) return { kind: 'creditNote', row: note };
  throw new UserInputError([{ field: ['sourceId'], code: 'NOT_FOUND', message: 'No payment or credit note has this id.' }]);
}

/** Puts unapplied money of a payment or credit note on invoices of the same customer. */
export async function applyCredit(ctx: Context, input: { sourceId: string; allocations: AllocationInput[] }): Promise<{ sourceId: string; kind: Source['kind'] }> {
  return ctx.prisma.$transaction(async (tx) => {
    const source = await lockSource(tx, input.sourceId);
    if (source.kind === 'payment' && source.row.status === 'VOID') {
      throw new UserInputError([{ field: ['sourceId'], code: 'INVALID_STATE', message: 'This payment is void.' }]);
    }
    const errors = new UserErrorList();
    if (!input.allocations.length) errors.add(['allocations'], 'REQUIRED', 'Say which invoices to apply the credit to.');
    await applyExplicit(ctx, tx, source, input.allocations, utcDay(ctx.now()), errors, 'allocations');
    errors.throwIfAny();
    return { sourceId: source.row.id, kind: source.kind };
  });
}

/** Moves (part of) an allocation to another invoice of the same customer. */
export async function moveAllocation(ctx: Context, input: { allocationId: string; toInvoiceId: string; amount?: Decimal | null }): Promise<{ invoiceIds: string[] }> {
  return ctx.prisma.$transaction(async (tx) => {
    const id = idOfType(input.allocationId, 'Allocation');
    const allocation = id ? await tx.allocation.findUnique({ where: { id } }) : null;
    if (!allocation || !allocation.invoiceId) throw new UserInputError([{ field: ['allocationId'], code: 'NOT_FOUND', message: 'No allocation to an invoice has this id.' }]);
    // Lock the source: no other writer may apply or refund its money meanwhile.
    await lockSource(tx, allocation.paymentId ? encodeGlobalID('Payment', allocation.paymentId) : encodeGlobalID('CreditNote', allocation.creditNoteId!));
    const targetId = idOfType(input.toInvoiceId, 'Invoice');
    if (!targetId) throw new UserInputError([{ field: ['toInvoiceId'], code: 'NOT_FOUND', message: 'No invoice has this id.' }]);
    if (targetId === allocation.invoiceId) throw new UserInputError([{ field: ['toInvoiceId'], code: 'INVALID', message: 'The allocation is already on this invoice.' }]);
    const invoices = await lockInvoices(tx, [allocation.invoiceId, targetId]);
    const target = invoices.get(targetId);
    if (!target) throw new UserInputError([{ field: ['toInvoiceId'], code: 'NOT_FOUND', message: 'No invoice has this id.' }]);
    const fresh = await tx.allocation.findUniqueOrThrow({ where: { id: allocation.id } });
    const whole = toDecimal(fresh.amount);
    const moving = input.amount ?? whole;
    const errors = new UserErrorList();
    if (moving.greaterThan(whole)) errors.add(['amount'], 'INVALID', `The allocation is ${whole.toFixed(2)}; it cannot move more.`);
    checkAmount(errors, ['amount'], moving, target.currency, { label: 'The amount to move' });
    errors.throwIfAny();
    const today = utcDay(ctx.now());
    await reverseAllocation(ctx, tx, fresh, today);
    // The reversal gave the money back to the source: read it again before applying.
    const refreshed = await refreshSource(tx, fresh);
    const original = await tx.invoice.findUniqueOrThrow({ where: { id: allocation.invoiceId } });
    if (whole.greaterThan(moving)) await applyToInvoice(ctx, tx, refreshed, original, whole.minus(moving), today, errors, ['amount']);
    await applyToInvoice(ctx, tx, refreshed, target, moving, today, errors, ['toInvoiceId']);
    errors.throwIfAny();
    return { invoiceIds: [original.id, target.id] };
  });
}

/** Voids a payment (a bounced transfer): what it paid is due again. */
export async function voidPayment(ctx: Context, input: { paymentId: string; reason: string }): Promise<{ paymentId: string }> {
  return ctx.prisma.$transaction(async (tx) => {
    const id = idOfType(input.paymentId, 'Payment');
    const payment = id ? await lockPayment(tx, id) : null;
    if (!payment) throw new UserInputError([{ field: ['paymentId'], code: 'NOT_FOUND', message: 'No payment has this id.' }]);
    if (payment.status === 'VOID') throw new UserInputError([{ field: ['paymentId'], code: 'INVALID_STATE', message: 'This payment is already void.' }]);
    const reason = cleanText(input.reason);
    if (!reason) throw new UserInputError([{ field: ['reason'], code: 'REQUIRED', message: 'Say why the payment is voided.' }]);
    const live = await tx.allocation.findMany({ where: { paymentId: payment.id, reversedAt: null } });
    if (live.some((a) => a.refundId)) {
      throw new UserInputError([{ field: ['paymentId'], code: 'INVALID_STATE', message: 'Part of this payment was refunded; it cannot be voided.' }]);
    }
    await lockInvoices(tx, live.map((a) => a.invoiceId).filter((x): x is string => !!x));
    const today = utcDay(ctx.now());
    for (const allocation of live) await reverseAllocation(ctx, tx, allocation, today);
    await tx.payment.update({ where: { id: payment.id }, data: { status: 'VOID', voidedAt: ctx.now(), voidReason: reason } });
    await appendLedgerEntry(tx, {
      customerId: payment.customerId,
      currency: payment.currency,
      kind: 'PAYMENT_VOIDED',
      amount: toDecimal(payment.amount),
      occurredOn: today,
      paymentId: payment.id,
      createdBy: ctx.viewer?.name,
    });
    return { paymentId: payment.id };
  });
}

