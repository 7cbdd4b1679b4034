import type { Context } from '../../context.js';
import { rowLocks } from '../../db/locks.js';
import { inTransaction } from '../../db/transaction.js';
import { Decimal, formatMoney } from '../../money/money.js';
import { daysBetween, utcDay } from '../../shared/dates.js';
import { UserInputError } from '../../shared/user-errors.js';
import { announceAlerts } from '../alerts/alerts.service.js';
import { createDraftIn, issueInvoiceIn } from '../invoices/invoices.service.js';
import { isUnpaid } from '../invoices/invoice-state.js';
import { chargeHistoryOf, type InterestPeriod, type InterestPolicy, lateInterestToCharge } from './late-interest.js';

const refuse = (message: string, code: 'INVALID_STATE' | 'NOT_FOUND' = 'INVALID_STATE') =>
  new UserInputError([{ field: ['invoiceId'], code, message }]);

/**
 * Charges the late interest of an overdue invoice, as its customer's reminder policy says, by
 * issuing a new invoice (the old one never changes). An annual rate is charged for the days
 * since the last charge (or the due date) through today, on what was due each day; a fixed fee
 * once per invoice. The line is outside the scope of VAT (the OUT_OF_SCOPE rate and its legal
 * mention), and says how the amount was reached. Over the customer's credit limit it is still
 * issued, with an alert: it is not a sale the limit is there to stop.
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
    const isLateInterestCharge = (await tx.lateInterestCharge.count({ where: { chargeInvoiceId: invoiceId } })) > 0;
    if (isLateInterestCharge)
      throw refuse(`Invoice ${invoice.number} charges late interest: no interest is charged on interest.`);
    if (!isUnpaid(invoice.status) || invoice.dueDate >= today) {
      throw refuse(`Invoice ${invoice.number ?? '(draft)'} is not overdue: there is no late interest to charge.`);
    }
    const policy = customer.reminderPolicyId
      ? await tx.reminderPolicy.findUnique({ where: { id: customer.reminderPolicyId } })
      : await tx.reminderPolicy.findFirst({ where: { isDefault: true } });
    if (!policy || policy.lateInterestKind === 'NONE') {
      throw refuse(`The reminder policy of ${customer.displayName} charges no late interest.`);
    }
    const charges = chargeHistoryOf(
      await tx.lateInterestCharge.findMany({ where: { invoiceId }, select: { kind: true, toDay: true } }),
      false,
    );
    if (charges.feeCharged && policy.lateInterestKind === 'FIXED_FEE')
      throw refuse('The late fee of this invoice was already charged.');
    const settlements = await tx.allocation.findMany({
      where: { invoiceId },
      select: { amount: true, appliedOn: true, reversedAt: true },
    });
    const {
      amount,
      periods,
      from: fromDay,
    } = lateInterestToCharge(
      policy,
      {
        total: invoice.total,
        dueDate: invoice.dueDate,
        settlements,
        ...charges,
      },
      today,
      invoice.currency,
    );
    if (fromDay > today || !amount.isPositive()) {
      throw refuse(
        `Late interest on invoice ${invoice.number} is already charged through ${formatDay(charges.rateChargedThrough ?? today)}.`,
      );
    }
    const en = customer.language === 'en';
    const outOfScope = await tx.taxRate.findFirst({
      where: { kind: 'OUT_OF_SCOPE', isActive: true },
      orderBy: { code: 'asc' },
    });
    if (!outOfScope)
      throw refuse(
        'No active tax rate of kind OUT_OF_SCOPE: activate one (late interest is outside the scope of VAT).',
      );
    const days = daysBetween(fromDay, today) + 1;
    const description =
      policy.lateInterestKind === 'FIXED_FEE'
        ? en
          ? `Late payment fee on invoice ${invoice.number}`
          : `Taxă de întârziere la plata facturii ${invoice.number}`
        : en
          ? `Late interest on invoice ${invoice.number}, ${formatDay(fromDay)} to ${formatDay(today)} (${days} ${days === 1 ? 'day' : 'days'})`
          : `Penalități de întârziere pentru factura ${invoice.number}, ${formatDay(fromDay)} – ${formatDay(today)} (${days} ${days === 1 ? 'zi' : 'zile'})`;
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
          manualPriceReason: interestReason(policy, periods, invoice.currency),
          taxRateId: outOfScope.id,
        },
      ],
    });
    await issueInvoiceIn(ctx, tx, draft.invoiceId, today, raised, 'alertOnly');
    await tx.lateInterestCharge.create({
      data: {
        invoiceId,
        chargeInvoiceId: draft.invoiceId,
        kind: policy.lateInterestKind,
        fromDay,
        toDay: today,
        amount: amount.toFixed(),
      },
    });
    return { invoiceId: draft.invoiceId };
  });
  await announceAlerts(ctx, raised);
  return result;
}

const formatDay = (day: Date) => day.toISOString().slice(0, 10);

/** How the amount was reached: the rate and, for each run of days, what was due. */
function interestReason(policy: InterestPolicy, periods: InterestPeriod[], currency: string): string {
  if (policy.lateInterestKind === 'FIXED_FEE')
    return `The late payment fee of the reminder policy: ${formatMoney(policy.lateInterestValue ?? 0, currency)} ${currency}`;
  const shown = periods.slice(0, 6).map((period) => {
    const span = period.days === 1 ? formatDay(period.from) : `${formatDay(period.from)} – ${formatDay(period.to)}`;
    return `${formatMoney(period.due, currency)} ${currency} due for ${period.days} ${period.days === 1 ? 'day' : 'days'} (${span})`;
  });
  const more = periods.length > shown.length ? `; and ${periods.length - shown.length} more periods` : '';
  return `${policy.lateInterestValue}% a year (365-day year) on what was due each day: ${shown.join('; ')}${more}`;
}
