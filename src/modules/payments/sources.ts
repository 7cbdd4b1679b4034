import type { Tx } from '../../db/transaction.js';
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

/** The sum of what `sources` still have free. */
export function availableCredit(sources: readonly Source[]): Decimal {
  return sources.reduce((sum, source) => sum.plus(available(source)), new Decimal(0));
}

/**
 * Locks a customer's payments and credit notes in `currency` that still have something free,
 * and returns them oldest first (by the day received or issued, then by id).
 */
export async function lockOpenCredit(tx: Tx, locks: RowLocks, customerId: string, currency: string): Promise<Source[]> {
  const payments = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Payment"
    WHERE "customerId" = ${customerId}::uuid AND currency = ${currency} AND status = 'RECORDED' AND amount > "amountUsed"`;
  const notes = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CreditNote" WHERE "customerId" = ${customerId}::uuid AND currency = ${currency} AND amount > "amountUsed"`;
  const locked = await locks.sources(
    payments.map((row) => row.id),
    notes.map((row) => row.id),
  );
  const dated = [
    ...[...locked.payments.values()].map((row) => ({ source: { kind: 'payment', row } as Source, on: row.receivedOn })),
    ...[...locked.creditNotes.values()].map((row) => ({
      source: { kind: 'creditNote', row } as Source,
      on: row.issueDate,
    })),
  ];
  return dated
    .filter(({ source }) => available(source).greaterThan(0))
    .sort((a, b) => a.on.getTime() - b.on.getTime() || a.source.row.id.localeCompare(b.source.row.id))
    .map(({ source }) => source);
}
