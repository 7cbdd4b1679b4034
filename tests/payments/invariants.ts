import { expect } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { toDecimal } from '../../src/money/money.js';

/**
 * The rules that must hold after any sequence of operations:
 * invoice total = paid + credited + due (due ≥ 0, paid and credited = live allocations);
 * no payment or credit note uses more than it has; per customer and currency,
 * sum of the ledger = open amounts − unapplied credit.
 */
export async function expectInvariants(prisma: Db): Promise<void> {
  const invoices = await prisma.invoice.findMany({
    where: { status: { not: 'DRAFT' } },
    include: { allocations: { where: { reversedAt: null } } },
  });
  for (const invoice of invoices) {
    const paid = invoice.allocations
      .filter((a) => a.paymentId)
      .reduce((s, a) => s.plus(toDecimal(a.amount)), toDecimal(0));
    const credited = invoice.allocations
      .filter((a) => a.creditNoteId)
      .reduce((s, a) => s.plus(toDecimal(a.amount)), toDecimal(0));
    expect(toDecimal(invoice.amountPaid).toFixed(4), `${invoice.number} paid`).toBe(paid.toFixed(4));
    expect(toDecimal(invoice.amountCredited).toFixed(4), `${invoice.number} credited`).toBe(credited.toFixed(4));
    const due = toDecimal(invoice.total).minus(paid).minus(credited);
    if (invoice.status !== 'VOID') expect(due.isNegative(), `${invoice.number} over-allocated`).toBe(false);
    const status =
      invoice.status === 'VOID'
        ? 'VOID'
        : due.isZero()
          ? 'PAID'
          : paid.plus(credited).isZero()
            ? 'OPEN'
            : 'PARTIALLY_PAID';
    expect(invoice.status, `${invoice.number} status`).toBe(status);
  }
  const sources = [
    ...(await prisma.payment.findMany({ include: { allocations: { where: { reversedAt: null } } } })),
    ...(await prisma.creditNote.findMany({ include: { allocations: { where: { reversedAt: null } } } })),
  ];
  for (const source of sources) {
    const used = source.allocations.reduce((s, a) => s.plus(toDecimal(a.amount)), toDecimal(0));
    expect(toDecimal(source.amountUsed).toFixed(4)).toBe(used.toFixed(4));
    expect(used.greaterThan(toDecimal(source.amount))).toBe(false);
    if ('status' in source && source.status === 'VOID')
      expect(source.allocations.filter((a) => a.invoiceId)).toEqual([]);
  }
  const ledger = await prisma.ledgerEntry.groupBy({ by: ['customerId', 'currency'], _sum: { amount: true } });
  for (const row of ledger) {
    const open = invoices.filter(
      (i) =>
        i.customerId === row.customerId &&
        i.currency === row.currency &&
        (i.status === 'OPEN' || i.status === 'PARTIALLY_PAID'),
    );
    const due = open.reduce(
      (s, i) => s.plus(toDecimal(i.total)).minus(toDecimal(i.amountPaid)).minus(toDecimal(i.amountCredited)),
      toDecimal(0),
    );
    const unapplied = sources
      .filter(
        (s) =>
          s.customerId === row.customerId && s.currency === row.currency && !('status' in s && s.status === 'VOID'),
      )
      .reduce((s, src) => s.plus(toDecimal(src.amount)).minus(toDecimal(src.amountUsed)), toDecimal(0));
    expect(toDecimal(row._sum.amount ?? 0).toFixed(4), `ledger of ${row.customerId} ${row.currency}`).toBe(
      due.minus(unapplied).toFixed(4),
    );
  }
}
