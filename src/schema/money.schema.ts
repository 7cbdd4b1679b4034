import { formatMoney, formatUnitPrice, type DecimalInput } from '../money/money.js';
import { builder } from './builder.js';

export interface MoneyValue {
  amount: DecimalInput;
  currency: string;
  /** A unit price: shown with every digit it has (up to 4), not rounded to the minor unit. */
  unitPrice?: boolean;
}

/** A unit price as a Money value (see `formatUnitPrice`). */
export const unitPriceMoney = (amount: DecimalInput, currency: string): MoneyValue => ({
  amount,
  currency,
  unitPrice: true,
});

export const MoneyType = builder.objectRef<MoneyValue>('Money').implement({
  description:
    'An exact amount in a currency, given with the currency\'s minor digits ("1200.50" RON, "1200" JPY); a unit price keeps the further digits it has, up to 4 ("33.335").',
  fields: (t) => ({
    amount: t.field({
      type: 'Decimal',
      resolve: (money) =>
        money.unitPrice ? formatUnitPrice(money.amount, money.currency) : formatMoney(money.amount, money.currency),
    }),
    currency: t.field({ type: 'Currency', resolve: (money) => money.currency }),
  }),
});
