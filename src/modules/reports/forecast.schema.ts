import { builder } from '../../schema/builder.js';
import { MoneyType } from '../../schema/money.schema.js';
import { utcDay } from '../../shared/dates.js';
import { requestLoader } from '../../shared/loaders.js';
import { UserInputError } from '../../shared/user-errors.js';
import { money } from './debt.schema.js';
import {
  type CurrencyForecast,
  cashForecast,
  type ExpectedPayment,
  expectedPayments,
  type ForecastAmount,
  type ForecastCheck,
  forecastAccuracy,
  forecastRules,
} from './forecast.js';

const ExpectationBasisEnum = builder.enumType('ExpectationBasis', {
  values: {
    CUSTOMER_HISTORY: {
      description: `The customer's own median days late over their invoices paid in the last ${forecastRules.historyDays} days (${forecastRules.minimumCustomerInvoices} or more).`,
    },
    OVERALL_PATTERN: { description: 'Too little history of the customer: the median days late of every customer.' },
    DUE_DATE: { description: 'No payment history at all: the due date.' },
  },
});

const ExpectedPaymentType = builder.objectRef<ExpectedPayment>('ExpectedPayment').implement({
  description: 'When an unpaid invoice is expected to be paid, and why.',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'The due date + typicalDaysLate.', resolve: (e) => e.expectedOn }),
    amount: t.field({
      type: MoneyType,
      description: 'What is still due.',
      resolve: (e) => money(e.amount, e.currency),
    }),
    basis: t.field({ type: ExpectationBasisEnum, resolve: (e) => e.basis }),
    typicalDaysLate: t.int({
      description: 'The median days from due date to payment that the basis gives (negative: early).',
      resolve: (e) => e.typicalDaysLate,
    }),
    basedOnInvoices: t.int({ description: 'Paid invoices behind the median.', resolve: (e) => e.basedOnInvoices }),
  }),
});

builder.prismaObjectFields('Invoice', (t) => ({
  expectedPayment: t.field({
    type: ExpectedPaymentType,
    nullable: true,
    description: 'When the money due is expected, from the customer’s history; null unless unpaid.',
    resolve: (invoice, _args, ctx) =>
      requestLoader<string, ExpectedPayment | null>(ctx, 'forecast:expected', async (ids) => {
        const found = new Map((await expectedPayments(ctx.prisma, ctx.now(), ids)).map((e) => [e.invoiceId, e]));
        return ids.map((id) => found.get(id) ?? null);
      }).load(invoice.id),
  }),
}));

const ForecastAmountType = builder.objectRef<ForecastAmount & { currency: string }>('ForecastAmount').implement({
  fields: (t) => ({
    expected: t.field({ type: MoneyType, resolve: (a) => money(a.amount, a.currency) }),
    invoices: t.int({ resolve: (a) => a.invoices }),
  }),
});

type Week = CurrencyForecast['weeks'][number] & { currency: string };
const ForecastWeekType = builder.objectRef<Week>('ForecastWeek').implement({
  fields: (t) => ({
    weekStart: t.field({ type: 'Date', description: 'Its Monday.', resolve: (w) => w.weekStart }),
    expected: t.field({ type: MoneyType, resolve: (w) => money(w.amount, w.currency) }),
    invoices: t.int({ resolve: (w) => w.invoices }),
  }),
});

const CurrencyForecastType = builder.objectRef<CurrencyForecast>('CurrencyForecast').implement({
  fields: (t) => ({
    currency: t.field({ type: 'Currency', resolve: (f) => f.currency }),
    weeks: t.field({
      type: [ForecastWeekType],
      description: 'From this week on; this week counts from today.',
      resolve: (f) => f.weeks.map((w) => ({ ...w, currency: f.currency })),
    }),
    pastExpected: t.field({
      type: ForecastAmountType,
      description: 'Expected before today and still unpaid: later than the customer’s habit, not put in a week.',
      resolve: (f) => ({ ...f.pastExpected, currency: f.currency }),
    }),
    later: t.field({
      type: ForecastAmountType,
      description: 'Expected after the last week.',
      resolve: (f) => ({ ...f.later, currency: f.currency }),
    }),
  }),
});

const ForecastCheckType = builder.objectRef<ForecastCheck & { currency: string }>('ForecastCheck').implement({
  description: 'A past week: what the forecast said, and what came in.',
  fields: (t) => ({
    weekStart: t.field({ type: 'Date', resolve: (c) => c.weekStart }),
    forecastMadeOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.forecastMadeOn }),
    forecast: t.field({
      type: MoneyType,
      nullable: true,
      description: 'None when no forecast was kept that early.',
      resolve: (c) => (c.forecast ? money(c.forecast, c.currency) : null),
    }),
    collected: t.field({
      type: MoneyType,
      description: 'Every payment received that week, not voided (on account and for later invoices too).',
      resolve: (c) => money(c.collected, c.currency),
    }),
    difference: t.field({
      type: MoneyType,
      nullable: true,
      description: 'collected − forecast.',
      resolve: (c) => (c.forecast ? money(c.collected.minus(c.forecast), c.currency) : null),
    }),
  }),
});

function count(value: number, field: string, min: number, max: number): number {
  if (value < min || value > max)
    throw new UserInputError([
      { field: [field], code: 'INVALID', message: `${field} must be from ${min} to ${max}; got ${value}.` },
    ]);
  return value;
}

builder.queryFields((t) => ({
  cashForecast: t.field({
    type: [CurrencyForecastType],
    authScopes: { can: 'read' },
    description:
      'What unpaid invoices are expected to bring in, per currency and week, from each invoice’s expected payment.',
    args: {
      weeks: t.arg.int({ defaultValue: 12, required: true }),
      currency: t.arg({ type: 'Currency', description: 'Only this currency.' }),
    },
    resolve: (_root, args, ctx) =>
      cashForecast(ctx.prisma, ctx.now(), {
        weeks: count(args.weeks, 'weeks', 1, forecastRules.maxWeeks),
        currency: args.currency,
      }),
  }),
  forecastAccuracy: t.field({
    type: [ForecastCheckType],
    authScopes: { can: 'read' },
    description:
      'How close the kept forecasts came: for each of the last whole weeks, oldest first, the forecast made `leadWeeks` weeks or more before it (0: by its Monday) against what came in. The scheduler keeps one forecast a day.',
    args: {
      currency: t.arg({ type: 'Currency', required: true }),
      weeks: t.arg.int({ defaultValue: 12, required: true }),
      leadWeeks: t.arg.int({ defaultValue: 1, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const checks = await forecastAccuracy(ctx.prisma, utcDay(ctx.now()), {
        currency: args.currency,
        weeks: count(args.weeks, 'weeks', 1, 104),
        leadWeeks: count(args.leadWeeks, 'leadWeeks', 0, 11),
      });
      return checks.map((check) => ({ ...check, currency: args.currency }));
    },
  }),
}));
