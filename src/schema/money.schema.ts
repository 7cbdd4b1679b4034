import { formatMoney, type DecimalInput } from '../money/money.js';
import { builder } from './builder.js';

export interface MoneyValue {
  amount: DecimalInput;
  currency: string;
}

export const MoneyType = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An exact amount in a currency, given with the currency\'s minor digits ("1200.50" RON, "1200" JPY).',
  fields: (t) => ({
    amount: t.field({ type: 'Decimal', resolve: (money) => formatMoney(money.amount, money.currency) }),
    currency: t.field({ type: 'Currency', resolve: (money) => money.currency }),
  }),
});
