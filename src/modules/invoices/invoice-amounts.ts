import type { Invoice } from '../../generated/prisma/client.js';
import { Decimal, toDecimal } from '../../money/money.js';

/** total − paid − credited on an issued invoice; nothing is due on a draft or a void invoice. */
export function amountDue(invoice: Pick<Invoice, 'status' | 'total' | 'amountPaid' | 'amountCredited'>): Decimal {
  if (invoice.status === 'VOID' || invoice.status === 'DRAFT') return new Decimal(0);
  return toDecimal(invoice.total).minus(toDecimal(invoice.amountPaid)).minus(toDecimal(invoice.amountCredited));
}
