import { builder } from './builder.js';

// Enums several areas share: declared once, here, rather than in whichever area came first.

export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

export const PaymentMethodEnum = builder.enumType('PaymentMethod', {
  values: ['BANK_TRANSFER', 'CARD', 'CASH', 'CHEQUE', 'DIRECT_DEBIT', 'OTHER'] as const,
});
