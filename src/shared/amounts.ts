import { hasAtMostMinorUnits, maxAmount, type Decimal } from '../money/money.js';
import type { UserErrorList } from './user-errors.js';

/** Checks an amount a user sent; adds a user error and returns false when it is unusable. */
export function checkAmount(
  errors: UserErrorList,
  field: (string | number)[],
  amount: Decimal,
  currency: string | null,
  options: { allowZero?: boolean; allowNegative?: boolean; label?: string } = {},
): boolean {
  const label = options.label ?? 'The amount';
  if (!options.allowNegative && amount.isNegative()) {
    errors.add(field, 'NEGATIVE_AMOUNT', `${label} cannot be negative.`);
    return false;
  }
  if (!options.allowZero && amount.isZero()) {
    errors.add(field, 'INVALID', `${label} must be more than zero.`);
    return false;
  }
  if (amount.abs().greaterThan(maxAmount)) {
    errors.add(
      field,
      'AMOUNT_TOO_LARGE',
      `${label} is too large: the most an amount may be is ${maxAmount.toFixed(2)}.`,
    );
    return false;
  }
  if (currency && !hasAtMostMinorUnits(amount, currency)) {
    errors.add(field, 'TOO_MANY_DECIMALS', `${label} has more decimals than ${currency} allows.`);
    return false;
  }
  return true;
}

/** A percentage from 0 to 100 with at most 4 decimals. */
export function checkPercent(
  errors: UserErrorList,
  field: (string | number)[],
  percent: Decimal,
  label = 'The percentage',
): boolean {
  if (percent.isNegative() || percent.greaterThan(100) || percent.decimalPlaces() > 4) {
    errors.add(field, 'INVALID', `${label} must be between 0 and 100, with at most 4 decimals.`);
    return false;
  }
  return true;
}

/** A unit price: not negative, at most 4 decimals (prices per unit may be finer than the currency). */
export function checkUnitPrice(
  errors: UserErrorList,
  field: (string | number)[],
  price: Decimal,
  label = 'The price',
): boolean {
  if (!checkAmount(errors, field, price, null, { allowZero: true, label })) return false;
  if (price.decimalPlaces() > 4) {
    errors.add(field, 'TOO_MANY_DECIMALS', `${label} has more than 4 decimals.`);
    return false;
  }
  return true;
}
