import type { PaymentTerms } from '../../generated/prisma/client.js';
import { addDays, endOfMonth, utcDay } from '../../shared/dates.js';

/**
 * When an invoice issued on `issueDate` falls due:
 * - DUE_ON_RECEIPT: the issue date;
 * - NET_DAYS: `days` calendar days after it (net 30 from 31 January is 2 March, or 1 March in a leap year);
 * - END_OF_MONTH_PLUS_DAYS: `days` after the last day of the issue month.
 * Without terms, the invoice is due on receipt.
 */
export function dueDate(terms: Pick<PaymentTerms, 'kind' | 'days'> | null, issueDate: Date): Date {
  if (!terms) return utcDay(issueDate);
  switch (terms.kind) {
    case 'DUE_ON_RECEIPT':
      return utcDay(issueDate);
    case 'NET_DAYS':
      return addDays(issueDate, terms.days);
    case 'END_OF_MONTH_PLUS_DAYS':
      return addDays(endOfMonth(issueDate), terms.days);
  }
}
