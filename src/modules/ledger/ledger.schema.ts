import type { LedgerEntryKind } from '../../generated/prisma/client.js';
import { Decimal, toDecimal } from '../../money/money.js';
import { builder } from '../../schema/builder.js';
import { connectionSelects, offsetPage } from '../../schema/connections.js';
import { readableAhead } from '../../schema/read-ahead.js';
import { combinedWith } from '../../shared/combined-reads.js';
import { mapValue, rowsById } from '../../shared/loaders.js';
import { MoneyType } from '../../schema/money.schema.js';
import { readWithCustomerPages } from '../customers/customer-facts.js';
import { balancesOfCustomer, unappliedCredit, zeroBalance, type CurrencyBalance } from './balances.js';
import {
  balanceAsOf,
  historyCount,
  historyPage,
  historyPageAndCount,
  statementOf,
  type HistoryEntry,
  type Statement,
} from './history.js';

const LedgerEntryKindEnum = builder.enumType('LedgerEntryKind', {
  values: {
    INVOICE_ISSUED: { description: 'The customer owes the invoice total (+).' },
    INVOICE_VOIDED: { description: 'A voided invoice no longer counts (−).' },
    PAYMENT_RECEIVED: { description: 'Money received (−).' },
    PAYMENT_VOIDED: { description: 'A bounced payment no longer counts (+).' },
    CREDIT_NOTE_ISSUED: { description: 'A credit note (−).' },
    REFUND_PAID: { description: 'Credit paid back to the customer (+).' },
    APPLIED: { description: 'A payment or credit note put on an invoice (balance unchanged).' },
    UNAPPLIED: { description: 'An application taken back (balance unchanged).' },
  },
});

export const LedgerEntryType = builder.objectRef<HistoryEntry>('LedgerEntry').implement({
  description: "One line of a customer's history. Never changed: corrections are new entries.",
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id }),
    kind: t.field({ type: LedgerEntryKindEnum, resolve: (e) => e.kind as LedgerEntryKind }),
    occurredOn: t.field({ type: 'Date', resolve: (e) => e.occurredOn }),
    recordedAt: t.field({ type: 'DateTime', resolve: (e) => e.createdAt }),
    amount: t.field({
      type: MoneyType,
      description: 'Change of the balance: + the customer owes more.',
      resolve: (e) => ({ amount: e.amount, currency: e.currency }),
    }),
    appliedAmount: t.field({
      type: MoneyType,
      nullable: true,
      resolve: (e) => (e.appliedAmount === null ? null : { amount: e.appliedAmount, currency: e.currency }),
    }),
    runningBalance: t.field({
      type: MoneyType,
      description: 'Balance in this currency after this entry.',
      resolve: (e) => ({ amount: e.runningBalance, currency: e.currency }),
    }),
    // The documents of a page of entries load in one batched query per kind.
    // Documents are named by type, not imported: the areas that own them write to the ledger,
    // so the ledger depends on none of them.
    invoice: t.prismaField({
      type: 'Invoice',
      nullable: true,
      resolve: (_query, e, _a, ctx) =>
        e.invoiceId
          ? rowsById(ctx, 'invoice', (ids) => ctx.prisma.invoice.findMany({ where: { id: { in: ids } } })).load(
              e.invoiceId,
            )
          : null,
    }),
    payment: t.prismaField({
      type: 'Payment',
      nullable: true,
      resolve: (_query, e, _a, ctx) =>
        e.paymentId
          ? rowsById(ctx, 'payment', (ids) => ctx.prisma.payment.findMany({ where: { id: { in: ids } } })).load(
              e.paymentId,
            )
          : null,
    }),
    creditNote: t.prismaField({
      type: 'CreditNote',
      nullable: true,
      resolve: (_query, e, _a, ctx) =>
        e.creditNoteId
          ? rowsById(ctx, 'creditNote', (ids) => ctx.prisma.creditNote.findMany({ where: { id: { in: ids } } })).load(
              e.creditNoteId,
            )
          : null,
    }),
    refund: t.prismaField({
      type: 'Refund',
      nullable: true,
      resolve: (_query, e, _a, ctx) =>
        e.refundId
          ? rowsById(ctx, 'refund', (ids) => ctx.prisma.refund.findMany({ where: { id: { in: ids } } })).load(
              e.refundId,
            )
          : null,
    }),
    createdBy: t.string({ nullable: true, resolve: (e) => e.createdBy }),
  }),
});

const CurrencyBalanceType = builder.objectRef<CurrencyBalance>('CustomerBalance').implement({
  description: 'Always: netBalance = outstanding − unappliedCredit = the sum of the ledger.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', resolve: (b) => b.currency }),
    outstanding: t.field({
      type: MoneyType,
      description: 'Due on issued, unpaid invoices.',
      resolve: (b) => ({ amount: b.outstanding, currency: b.currency }),
    }),
    overdue: t.field({
      type: MoneyType,
      description: 'Part of outstanding past its due date.',
      resolve: (b) => ({ amount: b.overdue, currency: b.currency }),
    }),
    unappliedCredit: t.field({
      type: MoneyType,
      description: 'Received or credited, not yet applied or refunded.',
      resolve: (b) => ({ amount: unappliedCredit(b), currency: b.currency }),
    }),
    netBalance: t.field({
      type: MoneyType,
      description: 'What the customer owes; negative when the company owes the customer.',
      resolve: (b) => ({ amount: b.netBalance, currency: b.currency }),
    }),
  }),
});

interface CreditUsage {
  currency: string;
  limit: Decimal | null;
  used: Decimal;
}

const CreditUsageType = builder.objectRef<CreditUsage>('CreditUsage').implement({
  description: "The credit limit in the customer's currency and how much of it open balances use.",
  fields: (t) => ({
    limit: t.field({
      type: MoneyType,
      nullable: true,
      resolve: (c) => (c.limit ? { amount: c.limit, currency: c.currency } : null),
    }),
    used: t.field({ type: MoneyType, resolve: (c) => ({ amount: c.used, currency: c.currency }) }),
    available: t.field({
      type: MoneyType,
      nullable: true,
      description: 'Negative when over the limit.',
      resolve: (c) => (c.limit ? { amount: c.limit.minus(c.used), currency: c.currency } : null),
    }),
    isOverLimit: t.boolean({ resolve: (c) => !!c.limit && c.used.greaterThan(c.limit) }),
  }),
});

const StatementType = builder.objectRef<Statement>('Statement').implement({
  description: 'A statement of account for a period.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', resolve: (s) => s.currency }),
    from: t.field({ type: 'Date', resolve: (s) => s.from }),
    to: t.field({ type: 'Date', resolve: (s) => s.to }),
    openingBalance: t.field({
      type: MoneyType,
      description: 'At the start of `from`.',
      resolve: (s) => ({ amount: s.openingBalance, currency: s.currency }),
    }),
    entries: t.field({ type: [LedgerEntryType], resolve: (s) => s.entries }),
    closingBalance: t.field({
      type: MoneyType,
      description: 'At the end of `to`.',
      resolve: (s) => ({ amount: s.closingBalance, currency: s.currency }),
    }),
  }),
});

const TransactionFilterInput = builder.inputType('TransactionFilter', {
  fields: (t) => ({
    currency: t.field({ type: 'Currency' }),
    kinds: t.field({ type: [LedgerEntryKindEnum] }),
    from: t.field({ type: 'Date', description: 'On or after.' }),
    to: t.field({ type: 'Date', description: 'On or before.' }),
  }),
});

readWithCustomerPages(balancesOfCustomer, ['balances'], ['credit']);

builder.prismaObjectFields('Customer', (t) => ({
  balances: t.field({
    type: [CurrencyBalanceType],
    description: "One per currency the customer has dealt in; the customer's own currency always.",
    resolve: (customer, _args, ctx) =>
      mapValue(balancesOfCustomer(ctx, customer.id), (balances) =>
        balances.some((b) => b.currency === customer.currency)
          ? balances
          : [zeroBalance(customer.currency), ...balances],
      ),
  }),
  credit: t.field({
    type: CreditUsageType,
    select: { creditLimit: true },
    resolve: async (customer, _args, ctx) => {
      const balance = (await balancesOfCustomer(ctx, customer.id)).find((b) => b.currency === customer.currency);
      const used = Decimal.max(balance?.netBalance ?? 0, 0);
      return {
        currency: customer.currency,
        limit: customer.creditLimit === null ? null : toDecimal(customer.creditLimit),
        used,
      };
    },
  }),
  transactions: t.connection(
    {
      type: LedgerEntryType,
      description: 'The customer\u2019s ledger, oldest first, with the running balance per currency.',
      args: { filter: t.arg({ type: TransactionFilterInput }) },
      // Started by `customer(id)` with the customer's row when the query asks for it (read-ahead.ts).
      resolve: readableAhead('Customer', 'transactions', async (customerId, args, ctx, info) => {
        const filter = args.filter ?? {};
        // Asked for the count too: it comes with the page's statement, a round trip less.
        const countWithPage = connectionSelects(info, 'totalCount');
        let counted: number | null = null;
        const count = async () => (counted ??= await historyCount(ctx.prisma, customerId, filter));
        const page = await offsetPage(args, count, async (offset, limit) => {
          // `last` alone counted first (to find the last page): the page need not count again.
          // With the request's other reads of this turn (the lines of its invoices): one statement.
          const reader = combinedWith(ctx);
          if (!countWithPage || counted !== null) return historyPage(reader, customerId, filter, offset, limit);
          const read = await historyPageAndCount(reader, customerId, filter, offset, limit);
          counted = read.count;
          return read.entries;
        });
        return Object.assign(page, { totalCount: count });
      }),
    },
    {
      name: 'LedgerEntryConnection',
      fields: (c) => ({
        totalCount: c.int({
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { name: 'LedgerEntryEdge' },
  ),
  statement: t.field({
    type: StatementType,
    args: {
      currency: t.arg({ type: 'Currency', description: "Defaults to the customer's currency." }),
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
    },
    resolve: (customer, args, ctx) =>
      statementOf(ctx.prisma, customer.id, args.currency ?? customer.currency, args.from, args.to),
  }),
  balanceAsOf: t.field({
    type: MoneyType,
    description: 'What the customer owed at the end of a day.',
    args: { date: t.arg({ type: 'Date', required: true }), currency: t.arg({ type: 'Currency' }) },
    resolve: async (customer, args, ctx) => {
      const currency = args.currency ?? customer.currency;
      return { amount: await balanceAsOf(ctx.prisma, customer.id, currency, args.date), currency };
    },
  }),
}));
