import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { Decimal, toDecimal } from '../../money/money.js';
import { requestLoader } from '../../shared/loaders.js';
import { overdueWhere, unpaidStatuses } from '../invoices/invoice-state.js';

/** A customer's position in one currency. netBalance = outstanding − unappliedCredit = sum of the ledger. */
export interface CurrencyBalance {
  currency: string;
  /** Due on issued, unpaid invoices. */
  outstanding: Decimal;
  /** The part of `outstanding` past its due date. */
  overdue: Decimal;
  /** Money received or credited and not yet applied or refunded. */
  unappliedCredit: Decimal;
  /** What the customer owes (negative: what the company owes the customer). Sum of the ledger. */
  netBalance: Decimal;
}

type Sum = { _sum: Record<string, unknown> };
const sum = (row: Sum | undefined, field: string) => toDecimal((row?._sum[field] as Decimal | null | undefined) ?? 0);

/** Balances of many customers in five statements, whatever their number. */
export async function balancesOf(
  prisma: Db,
  customerIds: readonly string[],
  today: Date,
): Promise<CurrencyBalance[][]> {
  const ids = [...customerIds];
  const unpaid = { customerId: { in: ids }, status: { in: [...unpaidStatuses] } };
  const [open, overdue, payments, notes, ledger] = await Promise.all([
    prisma.invoice.groupBy({
      by: ['customerId', 'currency'],
      where: unpaid,
      _sum: { total: true, amountPaid: true, amountCredited: true },
    }),
    prisma.invoice.groupBy({
      by: ['customerId', 'currency'],
      where: { ...overdueWhere(today), customerId: { in: ids } },
      _sum: { total: true, amountPaid: true, amountCredited: true },
    }),
    prisma.payment.groupBy({
      by: ['customerId', 'currency'],
      where: { customerId: { in: ids }, status: 'RECORDED' },
      _sum: { amount: true, amountUsed: true },
    }),
    prisma.creditNote.groupBy({
      by: ['customerId', 'currency'],
      where: { customerId: { in: ids } },
      _sum: { amount: true, amountUsed: true },
    }),
    prisma.ledgerEntry.groupBy({
      by: ['customerId', 'currency'],
      where: { customerId: { in: ids } },
      _sum: { amount: true },
    }),
  ]);
  const key = (customerId: string, currency: string) => `${customerId}|${currency}`;
  const index = <T extends { customerId: string; currency: string }>(rows: T[]) =>
    new Map(rows.map((row) => [key(row.customerId, row.currency), row]));
  const [openBy, overdueBy, paymentsBy, notesBy, ledgerBy] = [
    index(open),
    index(overdue),
    index(payments),
    index(notes),
    index(ledger),
  ];
  const due = (row: Sum | undefined) =>
    sum(row, 'total').minus(sum(row, 'amountPaid')).minus(sum(row, 'amountCredited'));
  const unused = (row: Sum | undefined) => sum(row, 'amount').minus(sum(row, 'amountUsed'));
  return ids.map((customerId) => {
    const currencies = new Set(ledger.filter((row) => row.customerId === customerId).map((row) => row.currency));
    return [...currencies].sort().map((currency) => {
      const k = key(customerId, currency);
      return {
        currency,
        outstanding: due(openBy.get(k)),
        overdue: due(overdueBy.get(k)),
        unappliedCredit: unused(paymentsBy.get(k)).plus(unused(notesBy.get(k))),
        netBalance: sum(ledgerBy.get(k), 'amount'),
      };
    });
  });
}

export function balanceLoader(ctx: Context) {
  return requestLoader<string, CurrencyBalance[]>(ctx, 'customer-balances', (ids) =>
    balancesOf(ctx.prisma, ids, ctx.now()),
  );
}

export const zeroBalance = (currency: string): CurrencyBalance => ({
  currency,
  outstanding: new Decimal(0),
  overdue: new Decimal(0),
  unappliedCredit: new Decimal(0),
  netBalance: new Decimal(0),
});
