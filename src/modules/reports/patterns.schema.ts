import { builder } from '../../schema/builder.js';
import { PaymentMethodEnum } from '../../schema/enums.js';
import { MoneyType } from '../../schema/money.schema.js';
import { filterRowId } from '../../schema/ids.js';
import { utcDay } from '../../shared/dates.js';
import { monthStart } from './insights.js';
import { reportPeriod } from './period.js';
import {
  type Counted,
  daysLateBuckets,
  type PatternScope,
  type PaymentPatterns,
  paymentPatterns,
  reminderResponseDays,
  weekdays,
} from './patterns.js';

const DaysLateBucketEnum = builder.enumType('DaysLateBucket', {
  description:
    'Days from the due date to the day an invoice was settled: before it, on it, 1–7, 8–30, 31–60, 61–90, over 90.',
  values: daysLateBuckets,
});

const WeekdayEnum = builder.enumType('Weekday', { values: weekdays });

const CountedShareType = builder.objectRef<Counted>('CountedShare').implement({
  description: 'How many, and their share of the whole (a percentage to 2 decimals; none of nothing).',
  fields: (t) => ({
    count: t.int({ resolve: (c) => c.count }),
    share: t.field({ type: 'Decimal', nullable: true, resolve: (c) => c.share?.toFixed(2) ?? null }),
  }),
});

type Bucketed = PaymentPatterns['daysLate'][number];
const DaysLateCountType = builder.objectRef<Bucketed>('DaysLateCount').implement({
  fields: (t) => ({
    bucket: t.field({ type: DaysLateBucketEnum, resolve: (c) => c.bucket }),
    invoices: t.field({ type: CountedShareType, resolve: (c) => c }),
  }),
});

type Method = PaymentPatterns['methods'][number];
const MethodCountType = builder.objectRef<Method>('PaymentMethodCount').implement({
  fields: (t) => ({
    method: t.field({ type: PaymentMethodEnum, resolve: (c) => c.method as never }),
    payments: t.field({ type: CountedShareType, resolve: (c) => c }),
    amounts: t.field({ type: [MoneyType], description: 'Per currency.', resolve: (c) => c.amounts }),
  }),
});

type Day = PaymentPatterns['weekdays'][number];
const WeekdayCountType = builder.objectRef<Day>('WeekdayCount').implement({
  fields: (t) => ({
    weekday: t.field({ type: WeekdayEnum, resolve: (c) => c.weekday }),
    payments: t.field({ type: CountedShareType, resolve: (c) => c }),
  }),
});

type AtDueDate = PaymentPatterns['atDueDate'];
const AtDueDateType = builder.objectRef<AtDueDate>('SettledAtDueDate').implement({
  description: 'Invoices whose due date fell in the period and has passed, by what was settled at the end of that day.',
  fields: (t) => ({
    invoices: t.int({ resolve: (d) => d.invoices }),
    paidInFull: t.field({ type: CountedShareType, resolve: (d) => d.paidInFull }),
    partiallyPaid: t.field({ type: CountedShareType, resolve: (d) => d.partiallyPaid }),
    unpaid: t.field({ type: CountedShareType, resolve: (d) => d.unpaid }),
  }),
});

type Reminders = PaymentPatterns['reminders'];
const ReminderResponseType = builder.objectRef<Reminders>('ReminderResponse').implement({
  description: `Reminders sent in the period, and those followed by a payment from the customer within ${reminderResponseDays} days (the day sent included).`,
  fields: (t) => ({
    sent: t.int({ resolve: (r) => r.sent }),
    followedByPayment: t.field({ type: CountedShareType, resolve: (r) => r.followedByPayment }),
  }),
});

const PaymentPatternsType = builder
  .objectRef<PatternScope & { patterns: () => Promise<PaymentPatterns> }>('PaymentPatterns')
  .implement({
    description:
      'How customers pay over a period, both days included: days late of invoices settled in it, methods and weekdays of payments received in it, what was settled at the due dates in it, answers to reminders sent in it.',
    fields: (t) => ({
      from: t.field({ type: 'Date', resolve: (p) => p.from }),
      to: t.field({ type: 'Date', resolve: (p) => p.to }),
      paidInvoices: t.int({
        description: 'Invoices paid in full with money, settled in the period.',
        resolve: async (p) => (await p.patterns()).paidInvoices,
      }),
      averageDaysLate: t.float({ nullable: true, resolve: async (p) => (await p.patterns()).averageDaysLate }),
      medianDaysLate: t.float({ nullable: true, resolve: async (p) => (await p.patterns()).medianDaysLate }),
      daysLate: t.field({ type: [DaysLateCountType], resolve: async (p) => (await p.patterns()).daysLate }),
      methods: t.field({
        type: [MethodCountType],
        description: 'Most used first.',
        resolve: async (p) => (await p.patterns()).methods,
      }),
      weekdays: t.field({
        type: [WeekdayCountType],
        description: 'Monday to Sunday, by the day received.',
        resolve: async (p) => (await p.patterns()).weekdays,
      }),
      atDueDate: t.field({ type: AtDueDateType, resolve: async (p) => (await p.patterns()).atDueDate }),
      reminders: t.field({ type: ReminderResponseType, resolve: async (p) => (await p.patterns()).reminders }),
    }),
  });

const patternArgs = builder.args((t) => ({
  from: t.field({ type: 'Date', description: 'The first of the 12 months up to today when left out.' }),
  to: t.field({ type: 'Date', description: 'Today when left out.' }),
  currency: t.field({ type: 'Currency', description: 'Only this currency.' }),
}));

/** Computed when a field first asks, once for all the fields of the object. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= compute();
    return result;
  };
}

function patternScope(
  args: { from?: Date | null; to?: Date | null; currency?: string | null },
  customerId: string | null,
  now: Date,
): PatternScope {
  const to = args.to ?? now;
  return { ...reportPeriod(args.from ?? monthStart(utcDay(to), 11), to), currency: args.currency, customerId };
}

builder.queryFields((t) => ({
  paymentPatterns: t.field({
    type: PaymentPatternsType,
    authScopes: { can: 'read' },
    description:
      'How customers pay: days late, methods, weekdays, partial payment at the due date, answers to reminders.',
    args: { ...patternArgs, customerId: t.arg.id({ description: 'Only this customer.' }) },
    resolve: (_root, args, ctx) => {
      const scope = patternScope(
        args,
        args.customerId ? filterRowId(args.customerId, 'Customer', ['customerId']) : null,
        ctx.now(),
      );
      return { ...scope, patterns: once(() => paymentPatterns(ctx.prisma, scope, ctx.now())) };
    },
  }),
}));

builder.prismaObjectFields('Customer', (t) => ({
  paymentPatterns: t.field({
    type: PaymentPatternsType,
    description: 'How this customer pays, as in paymentPatterns.',
    args: patternArgs,
    resolve: (customer, args, ctx) => {
      const scope = patternScope(args, customer.id, ctx.now());
      return { ...scope, patterns: once(() => paymentPatterns(ctx.prisma, scope, ctx.now())) };
    },
  }),
}));
