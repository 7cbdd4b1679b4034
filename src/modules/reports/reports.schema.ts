import { builder } from '../../schema/builder.js';
import { nodeConnection, offsetPageWithCount } from '../../schema/connections.js';
import { filterRowId } from '../../schema/ids.js';
import { MoneyType } from '../../schema/money.schema.js';
import { utcDay } from '../../shared/dates.js';
import { UserInputError } from '../../shared/user-errors.js';
import {
  type AgedInvoice,
  type AgeingBasis,
  type AgeingFigures,
  type AgeingScope,
  type CurrencyAgeing,
  type CustomerAgeing,
  agedInvoices,
  ageingBuckets,
  ageingByCustomer,
  ageingTotals,
} from './ageing.js';
import {
  type CurrencyPosition,
  type CustomerAtRisk,
  type Debtor,
  currencyPositions,
  customersAtRisk,
  openAlertCount,
  topDebtors,
} from './dashboard.js';
import { DebtInterface, money, RiskReasonEnum } from './debt.schema.js';
import { reportPeriod } from './period.js';
import {
  type CurrencyRevenue,
  type CustomerRevenue,
  type RevenueFigures,
  type RevenuePeriod,
  revenueByCustomer,
  revenueTotals,
} from './revenue.js';

const AgeingBasisEnum = builder.enumType('AgeingBasis', {
  values: {
    DUE_DATE: { description: 'Days past the due date (the usual ageing).' },
    INVOICE_DATE: { description: 'Days since the invoice date.' },
  },
});

const AgeingBucketEnum = builder.enumType('AgeingBucket', {
  description: 'Days past due (or since the invoice date): 0 or fewer, 1–30, 31–60, 61–90, over 90.',
  values: ageingBuckets,
});

const CustomerAgeingOrderEnum = builder.enumType('CustomerAgeingOrder', {
  values: {
    TOTAL: { description: 'Largest total first.' },
    OVERDUE: { description: 'Largest amount past the CURRENT bucket first.' },
    DISPLAY_NAME: { description: 'By name, A to Z.' },
  },
});

const AgeingFiguresInterface = builder.interfaceRef<AgeingFigures>('AgeingFigures').implement({
  description: 'What was open in one currency, by bucket, with the balance it makes.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', resolve: (row) => row.currency }),
    current: t.field({ type: MoneyType, resolve: (row) => money(row.buckets.CURRENT, row.currency) }),
    days1To30: t.field({ type: MoneyType, resolve: (row) => money(row.buckets.DAYS_1_30, row.currency) }),
    days31To60: t.field({ type: MoneyType, resolve: (row) => money(row.buckets.DAYS_31_60, row.currency) }),
    days61To90: t.field({ type: MoneyType, resolve: (row) => money(row.buckets.DAYS_61_90, row.currency) }),
    over90: t.field({ type: MoneyType, resolve: (row) => money(row.buckets.OVER_90, row.currency) }),
    total: t.field({
      type: MoneyType,
      description: 'What was due on open invoices: the sum of the buckets.',
      resolve: (row) => money(row.total, row.currency),
    }),
    invoiceCount: t.int({ description: 'Open invoices.', resolve: (row) => row.invoiceCount }),
    unappliedCredit: t.field({
      type: MoneyType,
      description: 'Money received or credited and not applied or refunded by then.',
      resolve: (row) => money(row.unappliedCredit, row.currency),
    }),
    balance: t.field({
      type: MoneyType,
      description: 'The ledger at the end of the day: total − unappliedCredit.',
      resolve: (row) => money(row.balance, row.currency),
    }),
  }),
});

const CurrencyAgeingType = builder.objectRef<CurrencyAgeing>('CurrencyAgeing').implement({
  description: 'The ageing of every customer in scope, in one currency.',
  interfaces: [AgeingFiguresInterface],
  fields: (t) => ({
    customerCount: t.int({ resolve: (row) => row.customerCount }),
  }),
});

const CustomerAgeingType = builder.objectRef<CustomerAgeing>('CustomerAgeing').implement({
  description: "One customer's ageing in one currency.",
  interfaces: [AgeingFiguresInterface],
  fields: (t) => ({
    customer: t.prismaField({
      type: 'Customer',
      resolve: (query, row, _args, ctx) =>
        ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: row.customerId } }),
    }),
  }),
});

const AgedInvoiceType = builder.objectRef<AgedInvoice>('AgedInvoice').implement({
  description: 'An invoice open on the as-of day, with what was due on it then.',
  fields: (t) => ({
    invoice: t.prismaField({
      type: 'Invoice',
      resolve: (query, row, _args, ctx) =>
        ctx.prisma.invoice.findUniqueOrThrow({ ...query, where: { id: row.invoiceId } }),
    }),
    outstanding: t.field({
      type: MoneyType,
      description: 'Total less what was applied by the end of the as-of day.',
      resolve: (row) => money(row.outstanding, row.currency),
    }),
    days: t.int({
      description: 'From the due date (or invoice date) to the as-of day; negative before it.',
      resolve: (row) => row.days,
    }),
    bucket: t.field({ type: AgeingBucketEnum, resolve: (row) => row.bucket }),
  }),
});

const ReceivablesAgeingType = builder.objectRef<AgeingScope>('ReceivablesAgeing').implement({
  description:
    'Accounts receivable as of the end of a day: what was issued, paid and credited by then, and nothing later.',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (scope) => scope.asOf }),
    basis: t.field({ type: AgeingBasisEnum, resolve: (scope) => scope.basis }),
    totals: t.field({
      type: [CurrencyAgeingType],
      description: 'One row per currency.',
      resolve: (scope, _args, ctx) => ageingTotals(ctx.prisma, scope),
    }),
    customers: t.connection(
      {
        type: CustomerAgeingType,
        description: 'One row per customer and currency with anything open or a balance.',
        args: { orderBy: t.arg({ type: CustomerAgeingOrderEnum, defaultValue: 'TOTAL', required: true }) },
        resolve: (scope, args, ctx) =>
          offsetPageWithCount(args, (offset, limit) =>
            ageingByCustomer(ctx.prisma, scope, args.orderBy, offset, limit),
          ),
      },
      nodeConnection('CustomerAgeing', CustomerAgeingType),
    ),
    invoices: t.connection(
      {
        type: AgedInvoiceType,
        description: 'The invoices behind a cell: most days first.',
        args: { bucket: t.arg({ type: AgeingBucketEnum, description: 'All buckets when left out.' }) },
        resolve: (scope, args, ctx) =>
          offsetPageWithCount(args, (offset, limit) => agedInvoices(ctx.prisma, scope, args.bucket, offset, limit)),
      },
      nodeConnection('AgedInvoice', AgedInvoiceType),
    ),
  }),
});

/** The scope of an ageing: as of the end of `asOf` (today when left out, never in the future). */
function ageingScope(
  args: { asOf?: Date | null; basis?: AgeingBasis | null; currency?: string | null },
  customerId: string | null,
  now: Date,
): AgeingScope {
  const today = utcDay(now);
  const asOf = args.asOf ? utcDay(args.asOf) : today;
  if (asOf > today)
    throw new UserInputError([
      {
        field: ['asOf'],
        code: 'INVALID',
        message: 'An ageing is of a day that has ended or is today, not of the future.',
      },
    ]);
  return { asOf, basis: args.basis ?? 'DUE_DATE', currency: args.currency, customerId };
}

const ageingArgs = builder.args((t) => ({
  asOf: t.field({ type: 'Date', description: 'The day whose end the ageing is of; today when left out.' }),
  basis: t.field({ type: AgeingBasisEnum, defaultValue: 'DUE_DATE' }),
  currency: t.field({ type: 'Currency', description: 'Only this currency.' }),
}));

builder.queryFields((t) => ({
  receivablesAgeing: t.field({
    type: ReceivablesAgeingType,
    authScopes: { can: 'read' },
    description: 'Accounts receivable ageing, per currency and per customer, as of the end of a day.',
    args: { ...ageingArgs, customerId: t.arg.id({ description: 'Only this customer.' }) },
    resolve: (_root, args, ctx) =>
      ageingScope(args, args.customerId ? filterRowId(args.customerId, 'Customer', ['customerId']) : null, ctx.now()),
  }),
}));

builder.prismaObjectFields('Customer', (t) => ({
  ageing: t.field({
    type: [CustomerAgeingType],
    description: "The customer's ageing per currency, as in receivablesAgeing.",
    args: ageingArgs,
    resolve: async (customer, args, ctx) =>
      (await ageingByCustomer(ctx.prisma, ageingScope(args, customer.id, ctx.now()), 'DISPLAY_NAME', 0, 100)).rows,
  }),
}));

// ---- the dashboard ----

const CurrencyPositionType = builder.objectRef<CurrencyPosition>('CurrencyPosition').implement({
  description: 'Receivables and collections in one currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', resolve: (row) => row.currency }),
    outstanding: t.field({ type: MoneyType, resolve: (row) => money(row.outstanding, row.currency) }),
    overdue: t.field({ type: MoneyType, resolve: (row) => money(row.overdue, row.currency) }),
    collectedThisMonth: t.field({
      type: MoneyType,
      description: 'Payments received from the first of this month through today (voided ones not).',
      resolve: (row) => money(row.collectedThisMonth, row.currency),
    }),
    collectedLastMonth: t.field({
      type: MoneyType,
      description: 'Payments received in the whole of last month.',
      resolve: (row) => money(row.collectedLastMonth, row.currency),
    }),
  }),
});

const DebtorType = builder.objectRef<Debtor>('Debtor').implement({
  interfaces: [DebtInterface],
  fields: () => ({}),
});

const CustomerAtRiskType = builder.objectRef<CustomerAtRisk>('CustomerAtRisk').implement({
  description: 'A customer to look at, and why.',
  interfaces: [DebtInterface],
  fields: (t) => ({
    reasons: t.field({ type: [RiskReasonEnum], resolve: (row) => row.reasons }),
  }),
});

const DashboardType = builder.objectRef<{ now: Date }>('Dashboard').implement({
  description: 'What a team opens first: the book as it stands now.',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (d) => utcDay(d.now) }),
    currencies: t.field({
      type: [CurrencyPositionType],
      description: 'Outstanding, overdue and collected, per currency.',
      resolve: (d, _args, ctx) => currencyPositions(ctx.prisma, d.now),
    }),
    topDebtors: t.field({
      type: [DebtorType],
      description: 'Largest outstanding first.',
      args: { first: t.arg.int({ defaultValue: 5, required: true }) },
      resolve: (d, args, ctx) => topDebtors(ctx.prisma, d.now, listSize(args.first)),
    }),
    customersAtRisk: t.field({
      type: [CustomerAtRiskType],
      description: 'Most overdue first.',
      args: { first: t.arg.int({ defaultValue: 10, required: true }) },
      resolve: (d, args, ctx) => customersAtRisk(ctx.prisma, d.now, listSize(args.first)),
    }),
    openAlerts: t.int({
      description: 'Alerts not yet acknowledged (snoozed ones count again once their time comes).',
      resolve: (d, _args, ctx) => openAlertCount(ctx.prisma, d.now),
    }),
  }),
});

// The guard already refuses more than a page (PAGE_SIZE_LIMIT); an empty list is the mistake left.
function listSize(first: number): number {
  if (first < 1)
    throw new UserInputError([
      { field: ['first'], code: 'INVALID', message: `first must be 1 or more; got ${first}.` },
    ]);
  return first;
}

builder.queryFields((t) => ({
  dashboard: t.field({
    type: DashboardType,
    authScopes: { can: 'read' },
    description:
      'Outstanding and overdue totals, collections this month and last, top debtors, customers at risk, open alerts.',
    resolve: (_root, _args, ctx) => ({ now: ctx.now() }),
  }),
}));

// ---- revenue per customer ----

const RevenueFiguresInterface = builder.interfaceRef<RevenueFigures>('RevenueFigures').implement({
  description: 'Invoiced, credited and collected in one currency over a period (tax included).',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', resolve: (row) => row.currency }),
    invoiced: t.field({
      type: MoneyType,
      description: 'Invoices issued in the period and not voided.',
      resolve: (row) => money(row.invoiced, row.currency),
    }),
    credited: t.field({
      type: MoneyType,
      description: 'Credit notes issued in the period.',
      resolve: (row) => money(row.credited, row.currency),
    }),
    net: t.field({
      type: MoneyType,
      description: 'invoiced − credited.',
      resolve: (row) => money(row.net, row.currency),
    }),
    collected: t.field({
      type: MoneyType,
      description: 'Payments received in the period and not voided.',
      resolve: (row) => money(row.collected, row.currency),
    }),
    invoiceCount: t.int({ resolve: (row) => row.invoiceCount }),
  }),
});

const CurrencyRevenueType = builder.objectRef<CurrencyRevenue>('CurrencyRevenue').implement({
  interfaces: [RevenueFiguresInterface],
  fields: (t) => ({ customerCount: t.int({ resolve: (row) => row.customerCount }) }),
});

const CustomerRevenueType = builder.objectRef<CustomerRevenue>('CustomerRevenue').implement({
  interfaces: [RevenueFiguresInterface],
  fields: (t) => ({
    customer: t.prismaField({
      type: 'Customer',
      resolve: (query, row, _args, ctx) =>
        ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: row.customerId } }),
    }),
    share: t.field({
      type: 'Decimal',
      nullable: true,
      description: "The customer's net as a percentage of the currency's net (2 decimals); null when that is zero.",
      resolve: (row) => row.share?.toFixed(2) ?? null,
    }),
  }),
});

const RevenueReportType = builder.objectRef<RevenuePeriod>('RevenueReport').implement({
  description: 'Revenue per customer over a period, both days included.',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (period) => period.from }),
    to: t.field({ type: 'Date', resolve: (period) => period.to }),
    totals: t.field({
      type: [CurrencyRevenueType],
      description: 'One row per currency.',
      resolve: (period, _args, ctx) => revenueTotals(ctx.prisma, period),
    }),
    customers: t.connection(
      {
        type: CustomerRevenueType,
        description: 'One row per customer and currency, largest net first: the first N are the top N.',
        resolve: (period, args, ctx) =>
          offsetPageWithCount(args, (offset, limit) => revenueByCustomer(ctx.prisma, period, offset, limit)),
      },
      nodeConnection('CustomerRevenue', CustomerRevenueType),
    ),
  }),
});

builder.queryFields((t) => ({
  revenue: t.field({
    type: RevenueReportType,
    authScopes: { can: 'read' },
    description: 'Revenue per customer over a period: invoiced, credited, net, collected, and each one’s share.',
    args: {
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      currency: t.arg({ type: 'Currency' }),
      customerId: t.arg.id({ description: 'Only this customer.' }),
    },
    resolve: (_root, args) => {
      return {
        ...reportPeriod(args.from, args.to),
        currency: args.currency,
        customerId: args.customerId ? filterRowId(args.customerId, 'Customer', ['customerId']) : null,
      };
    },
  }),
}));
