import type { CreditNote, Customer, Invoice, Payment } from '../generated/prisma/client.js';
import type { Tx } from './transaction.js';

/**
 * The row locks of every transaction that moves money, taken in one order:
 *
 *   customer → invoices (by id) → payments and credit notes (by id)
 *
 * Two writers that touch the same rows then queue at the first row they share instead of each
 * holding what the other waits for. The customer comes first, so all money of one customer moves
 * one transaction at a time. Locks are `FOR NO KEY UPDATE`: they do not block the foreign-key
 * checks of rows inserted meanwhile (a ledger entry, an allocation), which take `KEY SHARE`.
 *
 * A `RowLocks` remembers how far it got and refuses to go back: taking a customer after an
 * invoice is a programming error, caught by any test that runs that path.
 */
export class RowLocks {
  private stage = 0;

  constructor(private readonly tx: Tx) {}

  private enter(stage: number, what: string) {
    if (stage < this.stage)
      throw new Error(
        `Lock order broken: ${what} locked after a later kind of row (customer → invoices → payments/credit notes).`,
      );
    this.stage = stage;
  }

  async customer(id: string): Promise<Customer | null> {
    this.enter(1, 'a customer');
    const [row] = await this.tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Customer" WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    return row ? this.tx.customer.findUniqueOrThrow({ where: { id } }) : null;
  }

  async invoices(ids: string[]): Promise<Map<string, Invoice>> {
    this.enter(2, 'invoices');
    const unique = [...new Set(ids)].sort();
    if (unique.length)
      await this.tx.$queryRaw`SELECT id FROM "Invoice" WHERE id = ANY(${unique}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
    const rows = await this.tx.invoice.findMany({ where: { id: { in: unique } } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async invoice(id: string): Promise<Invoice | null> {
    return (await this.invoices([id])).get(id) ?? null;
  }

  /** Payments and credit notes together, each kind by id. */
  async sources(
    paymentIds: string[],
    creditNoteIds: string[],
  ): Promise<{ payments: Map<string, Payment>; creditNotes: Map<string, CreditNote> }> {
    this.enter(3, 'payments and credit notes');
    const payments = [...new Set(paymentIds)].sort();
    const notes = [...new Set(creditNoteIds)].sort();
    if (payments.length)
      await this.tx
        .$queryRaw`SELECT id FROM "Payment" WHERE id = ANY(${payments}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
    if (notes.length)
      await this.tx
        .$queryRaw`SELECT id FROM "CreditNote" WHERE id = ANY(${notes}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
    const [paymentRows, noteRows] = await Promise.all([
      payments.length ? this.tx.payment.findMany({ where: { id: { in: payments } } }) : [],
      notes.length ? this.tx.creditNote.findMany({ where: { id: { in: notes } } }) : [],
    ]);
    return {
      payments: new Map(paymentRows.map((row) => [row.id, row])),
      creditNotes: new Map(noteRows.map((row) => [row.id, row])),
    };
  }

  async payment(id: string): Promise<Payment | null> {
    return (await this.sources([id], [])).payments.get(id) ?? null;
  }

  async creditNote(id: string): Promise<CreditNote | null> {
    return (await this.sources([], [id])).creditNotes.get(id) ?? null;
  }
}

export function rowLocks(tx: Tx): RowLocks {
  return new RowLocks(tx);
}
