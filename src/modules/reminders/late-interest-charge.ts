import type { Context } from '../../context.js';
import { rowLocks } from '../../db/locks.js';
import { inTransaction } from '../../db/transaction.js';
import { Decimal, formatMoney } from '../../money/money.js';
import { addDays, daysBetween, utcDay } from '../../shared/dates.js';
import { UserInputError } from '../../shared/user-errors.js';
import { announceAlerts } from '../alerts/alerts.service.js';
import { createDraftIn, issueInvoiceIn } from '../invoices/invoices.service.js';
import { amountDue, isUnpaid } from '../invoices/invoice-state.js';
import { lateInterest } from './late-interest.js';

const refuse = (message: string, code: 'INVALID_STATE' | 'NOT_FOUND' = 'INVALID_STATE') =>
  new UserInputError([{ field: ['invoiceId'], code, message }]);

/**
 * Charges the late interest of an overdue invoice, as its customer's reminder policy says, by
 * issuing a new invoice (the old one never changes). An annual rate is charged for the days
 * since the last charge (or the due date) through today; a fixed fee once per invoice. The line
 * is outside the scope of VAT, with the reason on it.
 */
export async function chargeLateInterest(ctx: Context, invoiceId: string): Promise<{ invoiceId: string }> {
  const raised: string[] = [];
  const result = await inTransaction(ctx.prisma, async (tx) => {
    const found = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { customerId: true } });
    if (!found) throw refuse('No invoice has this id.', 'NOT_FOUND');
    const locks = rowLocks(tx);
    const customer = (await locks.customer(found.customerId))!;
    const invoice = (await locks.invoice(invoiceId))!;
    const today = utcDay(ctx.now());
    if (!isUnpaid(invoice.status) || invoice.dueDate >= today) {
      throw refuse(`Invoice ${invoice.number ?? '(draft)'} is not overdue: there is no late interest to charge.`);
    }
    const policy = customer.reminderPolicyId
      ? await tx.reminderPolicy.findUnique({ where: { id: customer.reminderPolicyId } })
      : await tx.reminderPolicy.findFirst({ where: { isDefault: true } });
    if (!policy || policy.lateInterestKind === 'NONE') {
      throw refuse(`The reminder policy of ${customer.displayName} charges no late interest.`);
    }
    const last = await tx.lateInterestCharge.findFirst({ where: { invoiceId }, orderBy: { toDay: 'desc' } });
    if (last && policy.lateInterestKind === 'FIXED_FEE')
      throw refuse('The late fee of this invoice was already charged.');
    const fromDay = last ? addDays(last.toDay, 1) : addDays(invoice.dueDate, 1);
    const days = daysBetween(fromDay, today) + 1;
    const amount = lateInterest(policy, amountDue(invoice), days, invoice.currency);
    if (days <= 0 || !amount.isPositive() || amount.isZero()) {
      throw refuse(
        `Late interest on invoice ${invoice.number} is already charged through ${formatDay(last?.toDay ?? today)}.`,
      );
    }
    const en = customer.language === 'en';
    const exempt = await tx.taxRate.findFirst({ where: { kind: 'EXEMPT', isActive: true }, orderBy: { code: 'asc' } });
    const description = en
      ? `Late interest on invoice ${invoice.number}, ${formatDay(fromDay)} to ${formatDay(today)} (${days} days)`
      : `Penalități de întârziere pentru factura ${invoice.number}, ${formatDay(fromDay)} – ${formatDay(today)} (${days} zile)`;
    const draft = await createDraftIn(ctx, tx, {
      customerId: customer.id,
      currency: invoice.currency,
      issueDate: today,
      notes: description,
      lines: [
        {
          description,
          quantity: new Decimal(1),
          unitPrice: amount,
          manualPriceReason: `Late interest at ${policy.lateInterestValue} (${policy.lateInterestKind}) on ${formatMoney(amountDue(invoice), invoice.currency)} ${invoice.currency}`,
          taxRateId: exempt?.id ?? null,
          taxReason:
            'Penalitățile de întârziere nu intră în baza de impozitare a TVA (art. 286 alin. (4) lit. b) Cod fiscal).',
        },
      ],
    });
    await issueInvoiceIn(ctx, tx, draft.invoiceId, today, raised);
    await tx.lateInterestCharge.create({
      data: { invoiceId, chargeInvoiceId: draft.invoiceId, fromDay, toDay: today, amount: amount.toFixed() },
    });
    return { invoiceId: draft.invoiceId };
  });
  await announceAlerts(ctx, raised);
  return result;
}

const formatDay = (day: Date) => day.toISOString().slice(0, 10);
