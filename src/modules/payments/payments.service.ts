import type { Context } from '../../context.js';
import { idempotentWrite } from '../../db/idempotent-write.js';
import { rowLocks, type RowLocks } from '../../db/locks.js';
import { inTransaction } from '../../db/transaction.js';
import type { Customer, Invoice, Payment, PaymentMethod, Prisma } from '../../generated/prisma/client.js';
import { Decimal, toDecimal } from '../../money/money.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import { checkAmount } from '../../shared/amounts.js';
import { normalizeCurrency } from '../../shared/contact-formats.js';
import { earliestDocumentDay, formatDay, utcDay } from '../../shared/dates.js';
import { limitedText, quoted, textLimits } from '../../shared/text.js';
import { appendLedgerEntry } from '../../db/ledger-entries.js';
import { announceAlerts, raiseAlert } from '../alerts/alerts.service.js';
import {
  amountDue,
  applyToInvoice,
  available,
  lockSource,
  openInvoicesOldestFirst,
  refreshSource,
  reverseAllocation,
  sourceOf,
  type Source,
  type SourceRef,
} from './allocations.js';

type Tx = Prisma.TransactionClient;

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

function notFound(field: string, what: string): UserInputError {
  return new UserInputError([{ field: [field], code: 'NOT_FOUND', message: `No ${what} has this id.` }]);
}

/** Money cannot arrive later than today: a payment dated in the future is a typing mistake. */
function receivedOnOf(
  ctx: Context,
  requested: Date | null | undefined,
  errors: UserErrorList,
  field = 'receivedOn',
): Date {
  const today = utcDay(ctx.now());
  const day = utcDay(requested ?? today);
  if (day.getTime() > today.getTime()) errors.add([field], 'INVALID', 'A payment cannot be dated in the future.');
  if (day < earliestDocumentDay)
    errors.add([field], 'INVALID', `A payment cannot be dated before ${formatDay(earliestDocumentDay)}.`);
  return day;
}

/** Applies explicit allocations of `source` to invoices already locked, in input order; all or nothing. */
async function applyExplicit(
  ctx: Context,
  tx: Tx,
  source: Source,
  allocations: AllocationInput[],
  ids: (string | null)[],
  invoices: Map<string, Invoice>,
  on: Date,
  errors: UserErrorList,
  path: string,
) {
  const seen = new Set<string>();
  for (const [i, allocation] of allocations.entries()) {
    const invoice = ids[i] ? invoices.get(ids[i]!) : undefined;
    if (ids[i] && !invoice) errors.add([path, i, 'invoiceId'], 'NOT_FOUND', 'No invoice has this id.');
    if (!invoice) continue;
    if (seen.has(invoice.id)) {
      errors.add([path, i, 'invoiceId'], 'DUPLICATE', 'This invoice is already in the list: give it one allocation.');
      continue;
    }
    seen.add(invoice.id);
    checkAmount(errors, [path, i, 'amount'], allocation.amount, invoice.currency, { label: 'An allocation' });
    if (errors.errors.length) continue;
    await applyToInvoice(ctx, tx, source, invoice, allocation.amount, on, errors, [path, i]);
  }
}

/** Applies what is left of `source` to the customer's oldest due invoices. */
async function applyOldestFirst(
  ctx: Context,
  tx: Tx,
  locks: RowLocks,
  source: Source,
  on: Date,
  errors: UserErrorList,
) {
  for (const invoice of await openInvoicesOldestFirst(tx, locks, source.row.customerId, source.row.currency)) {
    const free = available(source);
    if (!free.isPositive() || free.isZero()) break;
    const amount = Decimal.min(free, amountDue(invoice));
    await applyToInvoice(ctx, tx, source, invoice, amount, on, errors, ['allocations']);
  }
}

/**
 * Records a payment inside the caller's transaction, with the customer locked and, for explicit
 * allocations, the invoices too (`locks` has taken them in order).
 */
async function writePayment(
  ctx: Context,
  tx: Tx,
  locks: RowLocks,
  customer: Customer,
  input: Omit<PaymentInput, 'customerId' | 'idempotencyKey'>,
  lockedInvoices: { ids: (string | null)[]; rows: Map<string, Invoice> } | null,
  errors: UserErrorList,
  raised: string[],
) {
  const currency = input.currency ? normalizeCurrency(input.currency) : customer.currency;
  if (!currency)
    errors.add(['currency'], 'INVALID_CURRENCY', `${quoted(input.currency)} is not an ISO 4217 currency code.`);
  checkAmount(errors, ['amount'], input.amount, currency, { label: 'The payment' });
  if (input.allocations?.length && input.autoAllocate)
    errors.add(['autoAllocate'], 'INVALID', 'Give allocations or ask for automatic allocation, not both.');
  const total = (input.allocations ?? []).reduce((sum, a) => sum.plus(a.amount), new Decimal(0));
  if (input.amount.isPositive() && total.greaterThan(input.amount))
    errors.add(
      ['allocations'],
      'INVALID',
      `The allocations add up to ${total.toFixed()}, more than the payment of ${input.amount.toFixed()}.`,
    );
  const receivedOn = receivedOnOf(ctx, input.receivedOn, errors);
  const reference = limitedText(errors, ['reference'], input.reference, textLimits.reference);
  const note = limitedText(errors, ['note'], input.note, textLimits.note);
  errors.throwIfAny();
  const payment = await tx.payment.create({
    data: {
      customerId: customer.id,
      amount: input.amount.toFixed(),
      currency: currency!,
      receivedOn,
      method: input.method,
      reference,
      note,
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
  if (input.allocations?.length)
    await applyExplicit(
      ctx,
      tx,
      source,
      input.allocations,
      lockedInvoices!.ids,
      lockedInvoices!.rows,
      receivedOn,
      errors,
      'allocations',
    );
  else if (input.autoAllocate !== false) await applyOldestFirst(ctx, tx, locks, source, receivedOn, errors);
  errors.throwIfAny();
  await alertPaymentReceived(tx, payment, raised);
  return { paymentId: payment.id };
}

/** PAYMENT_RECEIVED, and PARTIAL_PAYMENT for each invoice the payment left partly paid. */
async function alertPaymentReceived(tx: Tx, payment: Payment, raised: string[]) {
  const money = `${toDecimal(payment.amount).toFixed(2)} ${payment.currency}`;
  await raiseAlert(
    tx,
    {
      kind: 'PAYMENT_RECEIVED',
      dedupeKey: `payment:${payment.id}`,
      customerId: payment.customerId,
      paymentId: payment.id,
      message: `Payment of ${money} received${payment.reference ? ` (${payment.reference})` : ''}.`,
    },
    raised,
  );
  const allocations = await tx.allocation.findMany({ where: { paymentId: payment.id }, include: { invoice: true } });
  for (const { id, invoice } of allocations) {
    if (invoice?.status !== 'PARTIALLY_PAID') continue;
    await raiseAlert(
      tx,
      {
        kind: 'PARTIAL_PAYMENT',
        dedupeKey: `partial:${id}`,
        customerId: payment.customerId,
        invoiceId: invoice.id,
        paymentId: payment.id,
        message: `Invoice ${invoice.number} is partly paid: ${amountDue(invoice).toFixed(2)} ${invoice.currency} still due.`,
      },
      raised,
    );
  }
}

export const paymentReceivedTopic = 'payment.received';

export interface PaymentReceived {
  paymentId: string;
  customerId: string;
}

/** After a payment's transaction committed: its alerts and the payment itself go out to subscribers. */
async function announcePayment(ctx: Context, result: { paymentId: string }, raised: string[]) {
  await announceAlerts(ctx, raised);
  if (!raised.length) return; // a replayed idempotent request announces nothing again
  const payment = await ctx.prisma.payment.findUnique({
    where: { id: result.paymentId },
    select: { customerId: true },
  });
  if (payment) {
    await ctx.pubsub.publish(paymentReceivedTopic, {
      paymentId: result.paymentId,
      customerId: payment.customerId,
    } satisfies PaymentReceived);
  }
}

/**
 * Records money received. Overpayment stays on the payment as the customer's unapplied credit.
 * With an idempotency key, a retry gets the first answer and records nothing more.
 */
export async function recordPayment(ctx: Context, input: PaymentInput): Promise<{ paymentId: string }> {
  const raised: string[] = [];
  const result = await idempotentWrite(
    ctx.prisma,
    { operation: 'recordPayment', key: input.idempotencyKey, input, actorId: ctx.viewer?.id },
    async (tx) => {
      const errors = new UserErrorList();
      const locks = rowLocks(tx);
      const customer = await locks.customer(input.customerId);
      if (!customer) throw notFound('customerId', 'customer');
      const allocations = input.allocations ?? [];
      const ids = allocations.map((allocation) => allocation.invoiceId);
      const rows = allocations.length ? await locks.invoices(ids) : new Map<string, Invoice>();
      return writePayment(ctx, tx, locks, customer, input, { ids, rows }, errors, raised);
    },
  );
  await announcePayment(ctx, result, raised);
  return result;
}

/** Records a payment of exactly what is due on one invoice. */
export async function markInvoicePaid(
  ctx: Context,
  input: {
    invoiceId: string;
    receivedOn?: Date | null;
    method?: PaymentMethod | null;
    reference?: string | null;
    idempotencyKey?: string | null;
  },
): Promise<{ paymentId: string }> {
  const raised: string[] = [];
  const result = await idempotentWrite(
    ctx.prisma,
    { operation: 'markInvoicePaid', key: input.idempotencyKey, input, actorId: ctx.viewer?.id },
    async (tx) => {
      const found = await tx.invoice.findUnique({ where: { id: input.invoiceId }, select: { customerId: true } });
      if (!found) throw notFound('invoiceId', 'invoice');
      const locks = rowLocks(tx);
      const customer = (await locks.customer(found.customerId))!;
      const invoice = (await locks.invoice(input.invoiceId))!;
      const due = amountDue(invoice);
      if (invoice.status === 'DRAFT' || invoice.status === 'VOID' || !due.isPositive() || due.isZero()) {
        throw new UserInputError([
          {
            field: ['invoiceId'],
            code: 'INVALID_STATE',
            message: `Nothing is due on invoice ${invoice.number ?? '(draft)'}.`,
          },
        ]);
      }
      const payment = {
        amount: due,
        currency: invoice.currency,
        receivedOn: input.receivedOn,
        method: input.method ?? invoice.paymentMethod,
        reference: input.reference,
      };
      return writePayment(
        ctx,
        tx,
        locks,
        customer,
        { ...payment, allocations: [{ invoiceId: input.invoiceId, amount: due }] },
        { ids: [invoice.id], rows: new Map([[invoice.id, invoice]]) },
        new UserErrorList(),
        raised,
      );
    },
  );
  await announcePayment(ctx, result, raised);
  return result;
}

/** The customer a payment or credit note belongs to, read before anything is locked. */
async function ownerOf(tx: Tx, source: SourceRef): Promise<string> {
  const row = source.paymentId
    ? await tx.payment.findUnique({ where: { id: source.paymentId }, select: { customerId: true } })
    : await tx.creditNote.findUnique({ where: { id: source.creditNoteId! }, select: { customerId: true } });
  if (!row) throw notFound('sourceId', 'payment or credit note');
  return row.customerId;
}

/** Puts unapplied money of a payment or credit note on invoices of the same customer. */
export async function applyCredit(
  ctx: Context,
  input: { source: SourceRef; allocations: AllocationInput[] },
): Promise<{ sourceId: string; kind: Source['kind'] }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const locks = rowLocks(tx);
    await locks.customer(await ownerOf(tx, input.source));
    const errors = new UserErrorList();
    const ids = input.allocations.map((allocation) => allocation.invoiceId);
    const invoices = await locks.invoices(ids);
    const source = await lockSource(locks, input.source);
    if (source.kind === 'payment' && source.row.status === 'VOID') {
      throw new UserInputError([{ field: ['sourceId'], code: 'INVALID_STATE', message: 'This payment is void.' }]);
    }
    if (!input.allocations.length)
      errors.add(['allocations'], 'REQUIRED', 'Say which invoices to apply the credit to.');
    await applyExplicit(ctx, tx, source, input.allocations, ids, invoices, utcDay(ctx.now()), errors, 'allocations');
    errors.throwIfAny();
    return { sourceId: source.row.id, kind: source.kind };
  });
}

/** Moves (part of) an allocation to another invoice of the same customer. */
export async function moveAllocation(
  ctx: Context,
  input: { allocationId: string; toInvoiceId: string; amount?: Decimal | null },
): Promise<{ invoiceIds: string[] }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const allocation = await tx.allocation.findUnique({ where: { id: input.allocationId } });
    if (!allocation?.invoiceId) throw notFound('allocationId', 'allocation to an invoice');
    const targetId = input.toInvoiceId;
    if (!targetId) throw notFound('toInvoiceId', 'invoice');
    if (targetId === allocation.invoiceId)
      throw new UserInputError([
        { field: ['toInvoiceId'], code: 'INVALID', message: 'The allocation is already on this invoice.' },
      ]);
    const original = await tx.invoice.findUniqueOrThrow({
      where: { id: allocation.invoiceId },
      select: { customerId: true },
    });
    const locks = rowLocks(tx);
    await locks.customer(original.customerId);
    const invoices = await locks.invoices([allocation.invoiceId, targetId]);
    // The source too: no other writer may apply or refund its money meanwhile.
    await lockSource(locks, sourceOf(allocation));
    const target = invoices.get(targetId);
    if (!target) throw notFound('toInvoiceId', 'invoice');
    const fresh = await tx.allocation.findUniqueOrThrow({ where: { id: allocation.id } });
    const whole = toDecimal(fresh.amount);
    const moving = input.amount ?? whole;
    const errors = new UserErrorList();
    if (moving.greaterThan(whole))
      errors.add(['amount'], 'INVALID', `The allocation is ${whole.toFixed(2)}; it cannot move more.`);
    checkAmount(errors, ['amount'], moving, target.currency, { label: 'The amount to move' });
    errors.throwIfAny();
    const today = utcDay(ctx.now());
    await reverseAllocation(ctx, tx, fresh, today);
    // The reversal gave the money back to the source: read it again before applying.
    const refreshed = await refreshSource(tx, sourceOf(fresh));
    const from = await tx.invoice.findUniqueOrThrow({ where: { id: allocation.invoiceId } });
    if (whole.greaterThan(moving))
      await applyToInvoice(ctx, tx, refreshed, from, whole.minus(moving), today, errors, ['amount']);
    await applyToInvoice(ctx, tx, refreshed, target, moving, today, errors, ['toInvoiceId']);
    errors.throwIfAny();
    return { invoiceIds: [from.id, target.id] };
  });
}

/** Voids a payment (a bounced transfer): what it paid is due again. */
export async function voidPayment(
  ctx: Context,
  input: { paymentId: string; reason: string },
): Promise<{ paymentId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const found = await tx.payment.findUnique({ where: { id: input.paymentId }, select: { customerId: true } });
    if (!found) throw notFound('paymentId', 'payment');
    const errors = new UserErrorList();
    const reason = limitedText(errors, ['reason'], input.reason, textLimits.reason);
    if (!reason) errors.add(['reason'], 'REQUIRED', 'Say why the payment is voided.');
    errors.throwIfAny();
    const locks = rowLocks(tx);
    await locks.customer(found.customerId);
    // With the customer locked, no allocation of this payment can appear or go meanwhile.
    const live = await tx.allocation.findMany({ where: { paymentId: input.paymentId, reversedAt: null } });
    await locks.invoices(live.map((a) => a.invoiceId).filter((x): x is string => !!x));
    const payment = (await locks.payment(input.paymentId))!;
    if (payment.status === 'VOID')
      throw new UserInputError([
        { field: ['paymentId'], code: 'INVALID_STATE', message: 'This payment is already void.' },
      ]);
    if (live.some((a) => a.refundId)) {
      throw new UserInputError([
        {
          field: ['paymentId'],
          code: 'INVALID_STATE',
          message: 'Part of this payment was refunded; it cannot be voided.',
        },
      ]);
    }
    const today = utcDay(ctx.now());
    for (const allocation of live) await reverseAllocation(ctx, tx, allocation, today);
    await tx.payment.update({
      where: { id: payment.id },
      data: { status: 'VOID', voidedAt: ctx.now(), voidReason: reason },
    });
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
