import type { LateInterestKind } from '../../generated/prisma/client.js';
import { type Decimal, type DecimalInput, roundMoney, toDecimal } from '../../money/money.js';

/**
 * Late interest or fee of a reminder policy, on what is still due:
 * - FIXED_FEE: the policy's amount, once per overdue invoice;
 * - ANNUAL_RATE: due × rate% × days late / 365, the legal way for Romanian late interest
 *   (a year counted as 365 days), rounded once to the currency's minor unit, half away from zero.
 * Nothing before the due date, nothing on what is no longer due.
 */
export function lateInterest(
  policy: { lateInterestKind: LateInterestKind; lateInterestValue: DecimalInput | null },
  amountDue: DecimalInput,
  daysLate: number,
  currency: string,
): Decimal {
  const due = toDecimal(amountDue);
  if (daysLate <= 0 || !due.isPositive() || due.isZero() || policy.lateInterestValue == null) return toDecimal(0);
  const value = toDecimal(policy.lateInterestValue);
  switch (policy.lateInterestKind) {
    case 'FIXED_FEE':
      return roundMoney(value, currency);
    case 'ANNUAL_RATE':
      return roundMoney(due.times(value).dividedBy(100).times(daysLate).dividedBy(365), currency);
    default:
      return toDecimal(0);
  }
}
