import { type Invoice, type InvoiceStatus, Prisma } from '../../generated/prisma/client.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../money/money.js';
import { daysBetween, utcDay } from '../../shared/dates.js';

/**
 * An invoice's state, in one place: what is due, whether it is unpaid or overdue, and the status
 * its paid and credited amounts give it. The API, balances, allocations and reports use these.
 */

/** Issued and not settled: money is still due on it. */
export const unpaidStatuses = ['OPEN', 'PARTIALLY_PAID'] as const satisfies readonly InvoiceStatus[];

export function isUnpaid(status: InvoiceStatus): boolean {
  return (unpaidStatuses as readonly InvoiceStatus[]).includes(status);
}

const column = (alias: string | undefined, name: string) => Prisma.raw(alias ? `${alias}."${name}"` : `"${name}"`);

/**
 * SQL: the invoice (the row of `alias`, or the only invoice in the query) is unpaid. The
 * statuses are written as literals so the planner can match them with indexes on status.
 */
export function unpaidSql(alias?: string): Prisma.Sql {
  return Prisma.sql`${column(alias, 'status')} IN (${Prisma.raw(unpaidStatuses.map((status) => `'${status}'`).join(', '))})`;
}

/** SQL: what is due on an unpaid invoice (total − paid − credited); use it with `unpaidSql`. */
export function amountDueSql(alias?: string): Prisma.Sql {
  return Prisma.sql`(${column(alias, 'total')} - ${column(alias, 'amountPaid')} - ${column(alias, 'amountCredited')})`;
}

/** total − paid − credited on an issued invoice; nothing is due on a draft or a void invoice. */
export function amountDue(invoice: Pick<Invoice, 'status' | 'total' | 'amountPaid' | 'amountCredited'>): Decimal {
  if (invoice.status === 'VOID' || invoice.status === 'DRAFT') return toDecimal(0);
  return toDecimal(invoice.total).minus(toDecimal(invoice.amountPaid)).minus(toDecimal(invoice.amountCredited));
}

/** Unpaid after its due date (the due date itself is not late). */
export function isOverdue(invoice: Pick<Invoice, 'status' | 'dueDate'>, now: Date): boolean {
  return isUnpaid(invoice.status) && invoice.dueDate < utcDay(now);
}

/** Days past the due date while unpaid; 0 otherwise. */
export function daysOverdue(invoice: Pick<Invoice, 'status' | 'dueDate'>, now: Date): number {
  return isUnpaid(invoice.status) ? Math.max(0, daysBetween(invoice.dueDate, now)) : 0;
}

/** The Prisma filter for invoices overdue on `now`'s day. */
export function overdueWhere(now: Date): Prisma.InvoiceWhereInput {
  return { status: { in: [...unpaidStatuses] }, dueDate: { lt: utcDay(now) } };
}

/** The status an issued invoice's amounts give it (a void one stays void). */
export function settledStatus(
  current: InvoiceStatus,
  total: DecimalInput,
  paid: DecimalInput,
  credited: DecimalInput,
): InvoiceStatus {
  if (current === 'VOID') return 'VOID';
  const settled = toDecimal(paid).plus(toDecimal(credited));
  if (toDecimal(total).minus(settled).isZero()) return 'PAID';
  return settled.isZero() ? 'OPEN' : 'PARTIALLY_PAID';
}
