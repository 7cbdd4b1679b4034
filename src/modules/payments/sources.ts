import type { RowLocks } from '../../db/locks.js';
import type { Allocation, CreditNote, Payment } from '../../generated/prisma/client.js';
import { Decimal, type DecimalInput, toDecimal } from '../../money/money.js';

/**
 * Where money to apply or refund comes from: a payment or a credit note. The one place that
 * knows the pair, so allocations, refunds and the API build it the same way.
 */
export type Source = { kind: 'payment'; row: Payment } | { kind: 'creditNote'; row: CreditNote };

/** A source by id: exactly one of the two is set. */
export type SourceRef = { paymentId: string; creditNoteId?: null } | { paymentId?: null; creditNoteId: string };

/** What of a payment or credit note is still free to apply or refund; nothing of a voided payment. */
export function unappliedAmount(row: { amount: DecimalInput; amountUsed: DecimalInput; status?: string }): Decimal {
  if (row.status === 'VOID') return new Decimal(0);
  return toDecimal(row.amount).minus(toDecimal(row.amountUsed));
}

export function available(source: Source): Decimal {
  return unappliedAmount(source.row);
}

/** The source of an allocation. */
export function sourceOf(allocation: Pick<Allocation, 'paymentId' | 'creditNoteId'>): SourceRef {
  return allocation.paymentId ? { paymentId: allocation.paymentId } : { creditNoteId: allocation.creditNoteId! };
}

/** The columns that name a source on an allocation or a ledger entry. */
export function sourceColumns(source: Source): { paymentId: string | null; creditNoteId: string | null } {
  return source.kind === 'payment'
    ? { paymentId: source.row.id, creditNoteId: null }
    : { paymentId: null, creditNoteId: source.row.id };
}

/** Locks a source (see db/locks.ts for the order) and reads it. */
export async function lockSource(locks: RowLocks, ref: SourceRef): Promise<Source> {
  if (ref.paymentId) return { kind: 'payment', row: (await locks.payment(ref.paymentId))! };
  return { kind: 'creditNote', row: (await locks.creditNote(ref.creditNoteId!))! };
}
