import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  Decimal,
  formatMoney,
  formatUnitPrice,
  hasAtMostMinorUnits,
  lineAmounts,
  minorUnits,
  roundMoney,
} from '../../src/money/money.js';
import { buildSchema } from '../../src/schema/index.js';

describe('money rounding rules', () => {
  it('knows each currency’s minor unit', () => {
    expect([minorUnits('RON'), minorUnits('EUR'), minorUnits('JPY'), minorUnits('BHD')]).toEqual([2, 2, 0, 3]);
  });

  it('rounds half away from zero to the minor unit', () => {
    expect(roundMoney('0.125', 'RON').toFixed()).toBe('0.13');
    expect(roundMoney('0.124999', 'RON').toFixed()).toBe('0.12');
    expect(roundMoney('-0.125', 'RON').toFixed()).toBe('-0.13');
    expect(roundMoney('2.5', 'JPY').toFixed()).toBe('3');
    expect(roundMoney('1.0005', 'BHD').toFixed()).toBe('1.001');
  });

  it('adds exactly: 0.10 + 0.20 is 0.30, shown with the currency’s digits', () => {
    expect(formatMoney(new Decimal('0.10').plus('0.20'), 'RON')).toBe('0.30');
    expect(formatMoney('1200', 'JPY')).toBe('1200');
    expect(formatMoney('12345678901234.5', 'EUR')).toBe('12345678901234.50');
  });

  it('formats an amount read from the database (Prisma\u2019s own Decimal) by the same rules', () => {
    const stored = (value: string) => new Prisma.Decimal(value);
    expect(formatMoney(stored('1200.5'), 'RON')).toBe('1200.50');
    expect(formatMoney(stored('1200'), 'BHD')).toBe('1200.000');
    expect(formatMoney(stored('-3.1'), 'EUR')).toBe('-3.10');
    expect(formatMoney(stored('0.125'), 'RON')).toBe('0.13');
    expect(formatMoney(stored('-0.125'), 'RON')).toBe('-0.13');
    expect(formatMoney(stored('-0.125'), 'JPY')).toBe('0');
    expect(formatMoney(stored('-0'), 'RON')).toBe('0.00');
    expect(formatMoney(stored('999999999999.99'), 'RON')).toBe('999999999999.99');
    expect(formatMoney(stored('1500.5'), 'JPY')).toBe('1501');
  });

  it('formats an amount read as text (as PostgreSQL writes a numeric) by the same rules, whatever the text', () => {
    expect(formatMoney('23.8', 'RON')).toBe('23.80');
    expect(formatMoney('-3.1', 'EUR')).toBe('-3.10');
    expect(formatMoney('1200', 'BHD')).toBe('1200.000');
    expect(formatMoney('0.125', 'RON')).toBe('0.13');
    expect(formatMoney('-0.125', 'JPY')).toBe('0');
    expect(formatMoney('-0.00', 'RON')).toBe('0.00');
    expect(formatMoney('00.5', 'RON')).toBe('0.50');
    expect(formatMoney('1.', 'RON')).toBe('1.00');
    expect(formatMoney('1e3', 'RON')).toBe('1000.00');
  });

  it('shows a unit price with every digit it has, at least the currency’s, never rounded', () => {
    expect(formatUnitPrice('33.3350', 'RON')).toBe('33.335');
    expect(formatUnitPrice('100', 'RON')).toBe('100.00');
    expect(formatUnitPrice('7.1250', 'EUR')).toBe('7.125');
    expect(formatUnitPrice('0.0001', 'RON')).toBe('0.0001');
    expect(formatUnitPrice('1000.5', 'JPY')).toBe('1000.5');
    expect(formatUnitPrice('12', 'JPY')).toBe('12');
  });

  it('formats an amount or a unit price read as text exactly as the same number parsed into a Decimal', () => {
    const texts = [
      '0',
      '-0',
      '-0.00',
      '5',
      '-5.5',
      '10.10',
      '0.125',
      '-0.005',
      '33.3350',
      '33.33355',
      '0.00005',
      '1234567890123.4567',
      '100.1',
      '7.125',
    ];
    for (const currency of ['RON', 'JPY', 'BHD']) {
      for (const text of texts) {
        expect(formatUnitPrice(text, currency), `unit price ${text} ${currency}`).toBe(
          formatUnitPrice(new Decimal(text), currency),
        );
        expect(formatMoney(text, currency), `amount ${text} ${currency}`).toBe(
          formatMoney(new Decimal(text), currency),
        );
      }
    }
  });

  it('tells when an amount has more decimals than the currency allows', () => {
    expect(hasAtMostMinorUnits('10.01', 'RON')).toBe(true);
    expect(hasAtMostMinorUnits('10.010', 'RON')).toBe(true);
    expect(hasAtMostMinorUnits('10.001', 'RON')).toBe(false);
    expect(hasAtMostMinorUnits('10.5', 'JPY')).toBe(false);
  });
});

describe('Decimal scalar', () => {
  const scalar = buildSchema().getType('Decimal') as import('graphql').GraphQLScalarType;

  it('round-trips strings exactly and accepts whole JSON numbers', () => {
    expect(scalar.serialize(scalar.parseValue('0.10'))).toBe('0.1');
    expect(scalar.serialize(scalar.parseValue('123456789012345678.123456789'))).toBe('123456789012345678.123456789');
    expect(scalar.serialize(scalar.parseValue(42))).toBe('42');
  });

  it('refuses JSON fractions and text that is not a number, saying what to send', () => {
    expect(() => scalar.parseValue(0.1)).toThrow(/send fractions as strings/);
    expect(() => scalar.parseValue('1e5')).toThrow(/expected a string like/);
    expect(() => scalar.parseValue('ten')).toThrow(/expected a string like/);
  });
});

describe('invoice line amounts', () => {
  const amounts = (
    quantity: string,
    unitPrice: string,
    discountPercent: string,
    taxPercent: string,
    currency = 'RON',
  ) =>
    Object.fromEntries(
      Object.entries(lineAmounts({ quantity, unitPrice, discountPercent, taxPercent, currency })).map(
        ([key, value]) => [key, value.toFixed()],
      ),
    );

  it('rounds each step of a line to the minor unit', () => {
    // 3 × 33.333 = 99.999 → 100.00; 10 % → 10.00; net 90.00; 19 % → 17.10
    expect(amounts('3', '33.333', '10', '19')).toEqual({
      lineAmount: '100',
      discountAmount: '10',
      netAmount: '90',
      taxAmount: '17.1',
      totalAmount: '107.1',
    });
    // 1.5 h × 80.35 = 120.525 → 120.53; 9 % of 120.53 = 10.8477 → 10.85
    expect(amounts('1.5', '80.35', '0', '9')).toEqual({
      lineAmount: '120.53',
      discountAmount: '0',
      netAmount: '120.53',
      taxAmount: '10.85',
      totalAmount: '131.38',
    });
  });

  it('rounds half away from zero, also for credit lines', () => {
    expect(amounts('1', '0.125', '0', '0').lineAmount).toBe('0.13');
    expect(amounts('-1', '0.125', '0', '0').lineAmount).toBe('-0.13');
    expect(amounts('1', '10.05', '50', '0').discountAmount).toBe('5.03');
  });

  it('uses the currency’s minor unit', () => {
    expect(amounts('3', '333.5', '0', '10', 'JPY')).toEqual({
      lineAmount: '1001',
      discountAmount: '0',
      netAmount: '1001',
      taxAmount: '100',
      totalAmount: '1101',
    });
  });
});
