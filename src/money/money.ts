import { Decimal as DecimalJs } from 'decimal.js';

/**
 * Clientela's money rules, in one place:
 * - Amounts are decimal.js values, never JavaScript numbers. Intermediate results keep 40
 *   significant digits; nothing is rounded until a rule below says so.
 * - An amount is rounded to its currency's minor unit (ISO 4217: RON and EUR 2, JPY 0, BHD 3),
 *   half away from zero ("half up" in accounting): 0.125 → 0.13, -0.125 → -0.13.
 * - Amounts a user sends are never rounded silently: more decimals than the currency has is a
 *   user error (see `hasAtMostMinorUnits`).
 * - The database stores NUMERIC(19,4), which holds every currency's minor unit exactly.
 * - No amount (a line, a document's total, a payment, a credit, a refund, a price) may exceed
 *   `maxAmount`: far beyond any real invoice, and far within NUMERIC(19,4), so sums of many
 *   documents never overflow a column either.
 * - Invoice lines are rounded per line (see `lineAmounts`), and document totals are sums of
 *   rounded line amounts, so a printed invoice always adds up.
 * - A unit price may have up to 4 decimals and is never rounded: it is shown with every digit it
 *   has (`formatUnitPrice`), so quantity × the printed price rounds to the printed line amount.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export type DecimalInput = Decimal | string | number | { toString(): string };

/** The largest amount a document, a line or a payment may carry: 999,999,999,999.99. */
export const maxAmount = new Decimal('999999999999.99');

/** Converts what Prisma, a user or a literal gives into our Decimal (Prisma has its own copy). */
export function toDecimal(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(typeof value === 'number' ? value : value.toString());
}

const minorUnitsCache = new Map<string, number>();

/** Digits after the decimal point in the currency's minor unit (ISO 4217, via Intl). */
export function minorUnits(currency: string): number {
  let digits = minorUnitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorUnitsCache.set(currency, digits);
  }
  return digits;
}

/** Rounds to the currency's minor unit, half away from zero. */
export function roundMoney(amount: DecimalInput, currency: string): Decimal {
  return toDecimal(amount).toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP);
}

// A decimal as Prisma or PostgreSQL writes it: no leading zeros, no exponent, no lone point.
const plainDecimal = /^-?(?:0|[1-9]\d*)(?:\.(\d+))?$/;
const negativeZero = /^-0(?:\.0+)?$/;

/** The amount's text and its number of decimals, when it is a plain decimal other than −0 (not a Decimal object). */
function plainText(amount: DecimalInput): { text: string; decimals: number; trailingZero: boolean } | null {
  if (amount instanceof Decimal) return null;
  const text = amount.toString();
  const plain = plainDecimal.exec(text);
  if (!plain || negativeZero.test(text)) return null;
  const fraction = plain[1] ?? '';
  return { text, decimals: fraction.length, trailingZero: fraction.endsWith('0') };
}

/** `text` with zeros added up to `digits` decimals. */
const padded = (text: string, decimals: number, digits: number) =>
  decimals >= digits ? text : `${text}${decimals === 0 ? '.' : ''}${'0'.repeat(digits - decimals)}`;

/** The amount as a string with exactly the currency's minor digits: "0.30", "1200", "1.500". */
export function formatMoney(amount: DecimalInput, currency: string): string {
  const digits = minorUnits(currency);
  // Most amounts are stored already rounded: then only zeros are added, without parsing into a Decimal.
  const plain = plainText(amount);
  if (plain && plain.decimals <= digits) return padded(plain.text, plain.decimals, digits);
  return roundMoney(amount, currency).toFixed(digits);
}

/**
 * A unit price as a string: at least the currency's minor digits, and every further digit it has
 * (up to the 4 stored), so that quantity × the printed price is the line amount before rounding:
 * "33.335", "100.00", "7.125". A unit price is not rounded to the minor unit; amounts are.
 */
export function formatUnitPrice(amount: DecimalInput, currency: string): string {
  const digits = minorUnits(currency);
  // As read from PostgreSQL (trim_scale): at most 4 decimals and no trailing zero to drop.
  const plain = plainText(amount);
  if (plain && !plain.trailingZero && plain.decimals <= 4) return padded(plain.text, plain.decimals, digits);
  const price = toDecimal(amount);
  return price.toFixed(Math.min(4, Math.max(digits, price.decimalPlaces())));
}

export function hasAtMostMinorUnits(amount: DecimalInput, currency: string): boolean {
  return toDecimal(amount).decimalPlaces() <= minorUnits(currency);
}

export interface LineAmounts {
  /** quantity × unit price, rounded. */
  lineAmount: Decimal;
  /** lineAmount × discount %, rounded. */
  discountAmount: Decimal;
  /** lineAmount − discountAmount. */
  netAmount: Decimal;
  /** netAmount × tax %, rounded. */
  taxAmount: Decimal;
  /** netAmount + taxAmount. */
  totalAmount: Decimal;
}

/** One invoice line's amounts, each rounded to the currency's minor unit, half away from zero. */
export function lineAmounts(input: {
  quantity: DecimalInput;
  unitPrice: DecimalInput;
  discountPercent: DecimalInput;
  taxPercent: DecimalInput;
  currency: string;
}): LineAmounts {
  const lineAmount = roundMoney(toDecimal(input.quantity).times(toDecimal(input.unitPrice)), input.currency);
  const discountAmount = roundMoney(lineAmount.times(toDecimal(input.discountPercent)).dividedBy(100), input.currency);
  const netAmount = lineAmount.minus(discountAmount);
  const taxAmount = roundMoney(netAmount.times(toDecimal(input.taxPercent)).dividedBy(100), input.currency);
  return { lineAmount, discountAmount, netAmount, taxAmount, totalAmount: netAmount.plus(taxAmount) };
}
