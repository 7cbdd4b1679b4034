import { reopenInvoiceAlerts, settleInvoiceAlerts } from '../alerts/alerts.service.js';
import type { Context } from '../../context.js';
import type { RowLocks } from '../../db/locks.js';
import type { Allocation, Invoice, Prisma } from '../../generated/prisma/client.js';
import { Decimal, toDecimal } from '../../money/money.js';
import { UserInputError, type UserErrorList } from '../../shared/user-errors.js';
import { amountDue, isUnpaid, settledStatus, unpaidStatuses } from '../invoices/invoice-state.js';
import { appendLedgerEntry } from '../../db/ledger-entries.js';
import { available, sourceColumns, sourceOf, type Source, type SourceRef } from './sources.js';

export { amountDue };
export { available, lockSource, sourceOf, type Source, type SourceRef } from './sources.js';

// Putting money of a payment or credit note (a source) on an invoice, and taking it back. Every
// caller holds row locks on the customer, the invoices and the source (db/locks.ts), so
// concurrent allocations to one invoice or from one payment apply one after the other and never
// over-allocate.

type Tx = Prisma.TransactionClient;

/**
 * Recomputes what a payment or credit note has used (applied to invoices or refunded) from its
 * live allocations: the one place that keeps `amountUsed`.
 */
export async function refreshSource(tx: Tx, source: SourceRef): Promise<Source> {
  const where = source.paymentId ? { paymentId: source.paymentId } : { creditNoteId: source.creditNoteId };
  const live = await tx.allocation.findMany({ where: { ...where, reversedAt: null } });
  const used = live.reduce((sum, a) => sum.plus(toDecimal(a.amount)), new Decimal(0)).toFixed();
  return source.paymentId
    ? { kind: 'payment', row: await tx.payment.update({ where: { id: source.paymentId }, data: { amountUsed: used } }) }
    : {
        kind: 'creditNote',
        row: await tx.creditNote.update({ where: { id: source.creditNoteId! }, data: { amountUsed: used } }),
      };
}

/** Recomputes an invoice's paid and credited amounts from its live allocations, and its status. */
export async function refreshInvoice(tx: Tx, invoiceId: string): Promise<Invoice> {
  const live = await tx.allocation.findMany({ where: { invoiceId, reversedAt: null } });
  const paid = live.filter((a) => a.paymentId).reduce((sum, a) => sum.plus(toDecimal(a.amount)), new Decimal(0));
  const credited = live.filter((a) => a.creditNoteId).reduce((sum, a) => sum.plus(toDecimal(a.amount)), new Decimal(0));
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  const status = settledStatus(invoice.status, invoice.total, paid, credited);
  // A zero invoice is settled on its issue day; any other on the day its last allocation was applied.
  const settledOn =
    status !== 'PAID'
      ? null
      : live.length
        ? new Date(Math.max(...live.map((a) => a.appliedOn.getTime())))
        : invoice.issueDate;
  return tx.invoice.update({
    where: { id: invoiceId },
    data: { amountPaid: paid.toFixed(), amountCredited: credited.toFixed(), status, settledOn },
  });
}

/**
 * Puts `amount` of the source on the invoice, after checking every rule; problems are added to
 * `errors` under `field` and nothing is written for them.
 */
export async function applyToInvoice(
  ctx: Context,
  tx: Tx,
  source: Source,
  invoice: Invoice,
  amount: Decimal,
  appliedOn: Date,
  errors: UserErrorList,
  field: (string | number)[],
): Promise<boolean> {
  const label = source.kind === 'payment' ? 'payment' : 'credit note';
  if (invoice.customerId !== source.row.customerId) {
    errors.add(
      field,
      'INVALID',
      `Invoice ${invoice.number ?? '(draft)'} belongs to another customer than the ${label}.`,
    );
    return false;
  }
  if (!isUnpaid(invoice.status)) {
    errors.add(
      field,
      'INVALID_STATE',
      `Invoice ${invoice.number ?? '(draft)'} is ${invoice.status.toLowerCase().replace('_', ' ')}: nothing is due on it.`,
    );
    return false;
  }
  if (invoice.currency !== source.row.currency) {
    errors.add(
      field,
      'INVALID',
      `Invoice ${invoice.number} is in ${invoice.currency}, the ${label} in ${source.row.currency}; currencies never mix.`,
    );
    return false;
  }
  if (!amount.isPositive() || amount.isZero()) {
    errors.add(field, 'INVALID', 'An amount to apply must be more than zero.');
    return false;
  }
  const due = amountDue(invoice);
  if (amount.greaterThan(due)) {
    errors.add(
      field,
      'INVALID',
      `Only ${due.toFixed(2)} ${invoice.currency} is due on invoice ${invoice.number}; ${amount.toFixed(2)} would over-allocate it.`,
    );
    return false;
  }
  const free = available(source);
  if (amount.greaterThan(free)) {
    errors.add(field, 'INVALID', `Only ${free.toFixed(2)} ${source.row.currency} of this ${label} is unapplied.`);
    return false;
  }
  if (errors.errors.length) return false;
  const columns = sourceColumns(source);
  await tx.allocation.create({ data: { ...columns, invoiceId: invoice.id, amount: amount.toFixed(), appliedOn } });
  source.row = (await refreshSource(tx, sourceOf(columns))).row;
  const refreshed = await refreshInvoice(tx, invoice.id);
  if (refreshed.status === 'PAID') await settleInvoiceAlerts(tx, invoice.id, ctx.now());
  Object.assign(invoice, refreshed);
  await appendLedgerEntry(tx, {
    customerId: invoice.customerId,
    currency: invoice.currency,
    kind: 'APPLIED',
    amount: new Decimal(0),
    appliedAmount: amount,
    occurredOn: appliedOn,
    invoiceId: invoice.id,
    ...columns,
    createdBy: ctx.viewer?.name,
  });
  return true;
}

/** Takes an allocation back: its money returns to the source, the invoice is due again. */
export async function reverseAllocation(ctx: Context, tx: Tx, allocation: Allocation, on: Date): Promise<void> {
  if (allocation.reversedAt)
    throw new UserInputError([
      { field: ['allocationId'], code: 'INVALID_STATE', message: 'This allocation was already taken back.' },
    ]);
  await tx.allocation.update({ where: { id: allocation.id }, data: { reversedAt: ctx.now() } });
  const amount = toDecimal(allocation.amount);
  await refreshSource(tx, sourceOf(allocation));
  if (!allocation.invoiceId) return;
  const invoice = await refreshInvoice(tx, allocation.invoiceId);
  if (isUnpaid(invoice.status)) await reopenInvoiceAlerts(tx, invoice.id);
  await appendLedgerEntry(tx, {
    customerId: invoice.customerId,
    currency: invoice.currency,
    kind: 'UNAPPLIED',
    amount: new Decimal(0),
    appliedAmount: amount,
    occurredOn: on,
    invoiceId: invoice.id,
    paymentId: allocation.paymentId,
    creditNoteId: allocation.creditNoteId,
    createdBy: ctx.viewer?.name,
  });
}

/** The customer's open invoices in a currency, oldest due first: where automatic allocation goes. */
export async function openInvoicesOldestFirst(
  tx: Tx,
  locks: RowLocks,
  customerId: string,
  currency: string,
): Promise<Invoice[]> {
  const candidates = await tx.invoice.findMany({
    where: { customerId, currency, status: { in: [...unpaidStatuses] } },
    orderBy: [{ dueDate: 'asc' }, { issueDate: 'asc' }, { number: 'asc' }],
    select: { id: true },
  });
  const locked = await locks.invoices(candidates.map((c) => c.id));
  return candidates.map((c) => locked.get(c.id)!).filter((invoice) => amountDue(invoice).isPositive());
}
