import type { LedgerEntryKind, Prisma } from '../generated/prisma/client.js';
import type { Decimal } from '../money/money.js';

type Tx = Prisma.TransactionClient;

export interface LedgerEntryInput {
  customerId: string;
  currency: string;
  kind: LedgerEntryKind;
  /** Positive when the customer owes more (an invoice), negative when less (a void, a payment). */
  amount: Decimal;
  occurredOn: Date;
  invoiceId?: string | null;
  paymentId?: string | null;
  creditNoteId?: string | null;
  refundId?: string | null;
  /** APPLIED / UNAPPLIED only: the amount put on or taken off an invoice. */
  appliedAmount?: Decimal | null;
  createdBy?: string | null;
}

/** Appends to a customer's ledger inside the caller's transaction; entries are never changed. */
export async function appendLedgerEntry(tx: Tx, entry: LedgerEntryInput): Promise<void> {
  await tx.ledgerEntry.create({
    data: {
      customerId: entry.customerId,
      currency: entry.currency,
      kind: entry.kind,
      amount: entry.amount.toFixed(),
      occurredOn: entry.occurredOn,
      invoiceId: entry.invoiceId ?? null,
      paymentId: entry.paymentId ?? null,
      creditNoteId: entry.creditNoteId ?? null,
      refundId: entry.refundId ?? null,
      appliedAmount: entry.appliedAmount?.toFixed() ?? null,
      createdBy: entry.createdBy ?? null,
    },
  });
}
