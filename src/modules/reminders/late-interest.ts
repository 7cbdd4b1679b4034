import type { LateInterestKind } from '../../generated/prisma/client.js';
import { type Decimal, type DecimalInput, roundMoney, toDecimal } from '../../money/money.js';
import { addDays, utcDay } from '../../shared/dates.js';

/**
 * Late interest or fee of a reminder policy:
 * - FIXED_FEE: the policy's amount, once per overdue invoice;
 * - ANNUAL_RATE: for each day late, what was due at the end of that day × rate% / 365 (the legal
 *   way for Romanian late interest: a year counted as 365 days), summed, then rounded once to
 *   the currency's minor unit, half away from zero. A payment or credit note lowers the base from
 *   the day it was applied; one taken back raises it again from the day it was taken back.
 * Nothing before the due date, nothing on what is no longer due, nothing on an invoice that is
 * itself a late-interest charge (no interest on interest).
 */

export interface DueHistory {
  total: DecimalInput;
  dueDate: Date;
  /** Money put on the invoice (payments, credit notes), and when it was taken back, if it was. */
  settlements: { amount: DecimalInput; appliedOn: Date; reversedAt: Date | null }[];
}

export interface InterestPolicy {
  lateInterestKind: LateInterestKind;
  lateInterestValue: DecimalInput | null;
}

/** A run of days on which the same amount was due. */
export interface InterestPeriod {
  from: Date;
  to: Date;
  days: number;
  due: Decimal;
}

/** What was due on the invoice at the end of `day`. */
export function dueOn(history: DueHistory, day: Date): Decimal {
  const at = utcDay(day).getTime();
  return history.settlements.reduce((due, settlement) => {
    const applied = utcDay(settlement.appliedOn).getTime() <= at;
    const stillOn = !settlement.reversedAt || utcDay(settlement.reversedAt).getTime() > at;
    return applied && stillOn ? due.minus(toDecimal(settlement.amount)) : due;
  }, toDecimal(history.total));
}

/** The days late from `from` through `to` (never before the day after the due date), grouped by what was due. */
export function latePeriods(history: DueHistory, from: Date, to: Date): InterestPeriod[] {
  const firstLateDay = addDays(history.dueDate, 1);
  let day = new Date(Math.max(utcDay(from).getTime(), firstLateDay.getTime()));
  const last = utcDay(to);
  const periods: InterestPeriod[] = [];
  while (day <= last) {
    const due = dueOn(history, day);
    const current = periods.at(-1);
    if (current?.due.equals(due) && addDays(current.to, 1).getTime() === day.getTime()) {
      current.to = day;
      current.days += 1;
    } else {
      periods.push({ from: day, to: day, days: 1, due });
    }
    day = addDays(day, 1);
  }
  return periods.filter((period) => period.due.isPositive());
}

/** The interest or fee for the days late from `from` through `to`. */
export function lateInterest(
  policy: InterestPolicy,
  history: DueHistory,
  from: Date,
  to: Date,
  currency: string,
): { amount: Decimal; periods: InterestPeriod[] } {
  const periods = latePeriods(history, from, to);
  const zero = { amount: toDecimal(0), periods };
  if (!periods.length || policy.lateInterestValue == null) return zero;
  const value = toDecimal(policy.lateInterestValue);
  switch (policy.lateInterestKind) {
    case 'FIXED_FEE':
      return { amount: roundMoney(value, currency), periods };
    case 'ANNUAL_RATE': {
      const dueDays = periods.reduce((sum, period) => sum.plus(period.due.times(period.days)), toDecimal(0));
      return { amount: roundMoney(dueDays.times(value).dividedBy(100).dividedBy(365), currency), periods };
    }
    default:
      return zero;
  }
}

/** What an invoice has been charged so far. */
export interface ChargeHistory {
  /** The last day charged at a yearly rate, if any. */
  rateChargedThrough: Date | null;
  /** A fixed fee was charged. */
  feeCharged: boolean;
  /** The invoice is itself a charge of late interest or fee. */
  isLateInterestCharge: boolean;
}

/**
 * What is still to charge on an invoice through `today`: at a yearly rate, the days since the last
 * such charge (or the due date); a fixed fee, if none was charged yet. The two are independent
 * (a fixed compensation for recovery costs does not stand for interest). What a reminder shows and
 * what `chargeLateInterest` issues, so the two never differ.
 */
export function lateInterestToCharge(
  policy: InterestPolicy,
  history: DueHistory & ChargeHistory,
  today: Date,
  currency: string,
): { amount: Decimal; periods: InterestPeriod[]; from: Date } {
  const from =
    policy.lateInterestKind === 'ANNUAL_RATE' && history.rateChargedThrough
      ? addDays(history.rateChargedThrough, 1)
      : addDays(history.dueDate, 1);
  const alreadyCharged = policy.lateInterestKind === 'FIXED_FEE' && history.feeCharged;
  if (history.isLateInterestCharge || alreadyCharged) return { amount: toDecimal(0), periods: [], from };
  return { ...lateInterest(policy, history, from, today, currency), from };
}

/** The charge history of an invoice from its charges (any order). */
export function chargeHistoryOf(
  charges: readonly { kind: LateInterestKind; toDay: Date }[],
  isLateInterestCharge: boolean,
): ChargeHistory {
  const rated = charges.filter((charge) => charge.kind === 'ANNUAL_RATE').map((charge) => charge.toDay.getTime());
  return {
    rateChargedThrough: rated.length ? new Date(Math.max(...rated)) : null,
    feeCharged: charges.some((charge) => charge.kind === 'FIXED_FEE'),
    isLateInterestCharge,
  };
}
