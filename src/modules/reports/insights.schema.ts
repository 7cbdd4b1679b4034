import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { nodeConnection, offsetPageWithCount } from '../../schema/connections.js';
import { MoneyType } from '../../schema/money.schema.js';
import { formatDay } from '../../shared/dates.js';
import { requestLoader } from '../../shared/loaders.js';
import { UserInputError } from '../../shared/user-errors.js';
import {
  customerInsights,
  dsoDays,
  type InsightFigures,
  type InsightOrder,
  lastTwelveMonths,
  maxSeriesPeriods,
  periodSeries,
  type SeriesPoint,
  type SeriesRange,
  seriesPeriods,
} from './insights.js';
import { DebtInterface, money, RiskReasonEnum } from './debt.schema.js';
import { reportPeriod } from './period.js';

const SeriesUnitEnum = builder.enumType('SeriesUnit', {
  description: 'Calendar periods: months, quarters (January–March, …) or years.',
  values: ['MONTH', 'QUARTER', 'YEAR'] as const,
});

const CustomerInsightOrderEnum = builder.enumType('CustomerInsightOrder', {
  values: {
    OUTSTANDING: { description: 'Largest outstanding first.' },
    OVERDUE: { description: 'Largest overdue first.' },
    INVOICED_LAST_12_MONTHS: { description: 'Largest invoiced over the last 12 months first.' },
    AVERAGE_DAYS_LATE: { description: 'Latest payers first (customers with no paid invoice last).' },
    DAYS_SALES_OUTSTANDING: { description: 'Highest DSO first (none last).' },
    DISPLAY_NAME: { description: 'By name, A to Z.' },
  },
});

const PeriodActivityType = builder.objectRef<SeriesPoint>('PeriodActivity').implement({
  description: 'What happened with one customer in one currency in one calendar period.',
  fields: (t) => ({
    start: t.field({ type: 'Date', description: 'The first day of the period.', resolve: (p) => p.start }),
    invoiced: t.field({
      type: MoneyType,
      description: 'Invoices issued in the period, not voided (tax included).',
      resolve: (p) => money(p.invoiced, p.currency),
    }),
    collected: t.field({
      type: MoneyType,
      description: 'Payments received in the period, not voided.',
      resolve: (p) => money(p.collected, p.currency),
    }),
    invoicesPaid: t.int({ description: 'Invoices settled in full in the period.', resolve: (p) => p.paidInvoices }),
    averageDaysLate: t.float({
      nullable: true,
      description: 'Of the invoices settled in the period: days from the due date to the day settled, on average.',
      resolve: (p) => p.averageDaysLate,
    }),
  }),
});

const seriesKey = (row: { customerId: string; currency: string }) => `${row.customerId}|${row.currency}`;

/** The series of every insight row of the request with the same range, in one statement. */
function loadSeries(ctx: Context, row: InsightFigures, range: SeriesRange): Promise<SeriesPoint[]> {
  const name = `insights:series:${range.unit}:${formatDay(range.from)}:${formatDay(range.to)}`;
  return requestLoader<InsightFigures, SeriesPoint[]>(ctx, name, async (rows) => {
    const points = await periodSeries(ctx.prisma, rows, range);
    const byKey = new Map<string, SeriesPoint[]>();
    for (const point of points) byKey.set(seriesKey(point), [...(byKey.get(seriesKey(point)) ?? []), point]);
    return rows.map((r) => byKey.get(seriesKey(r)) ?? []);
  }).load(row);
}

function seriesRange(args: { unit: SeriesRange['unit']; from: Date; to: Date }): SeriesRange {
  const range = { unit: args.unit, ...reportPeriod(args.from, args.to) };
  if (seriesPeriods(range) > maxSeriesPeriods)
    throw new UserInputError([
      {
        field: ['to'],
        code: 'TOO_LONG',
        message: `A series holds at most ${maxSeriesPeriods} periods; this range has ${seriesPeriods(range)}.`,
      },
    ]);
  return range;
}

const CustomerInsightType = builder.objectRef<InsightFigures>('CustomerInsight').implement({
  description:
    'What one customer’s book says about them in one currency, as of today. Payment figures count invoices paid in full with money (not those settled by credit notes alone).',
  interfaces: [DebtInterface],
  fields: (t) => ({
    openInvoices: t.int({ resolve: (row) => row.openInvoices }),
    largestUnpaidInvoice: t.prismaField({
      type: 'Invoice',
      nullable: true,
      description: 'The unpaid invoice with the most due (the earliest due first on a tie).',
      resolve: (query, row, _args, ctx) =>
        row.largestUnpaidInvoiceId
          ? ctx.prisma.invoice.findUnique({ ...query, where: { id: row.largestUnpaidInvoiceId } })
          : null,
    }),
    invoicedLast12Months: t.field({
      type: MoneyType,
      description: 'Invoices issued this month and the 11 before, not voided.',
      resolve: (row) => money(row.invoicedLast12Months, row.currency),
    }),
    collectedLast12Months: t.field({
      type: MoneyType,
      description: 'Payments received this month and the 11 before, not voided.',
      resolve: (row) => money(row.collectedLast12Months, row.currency),
    }),
    paidInvoices: t.int({ description: 'Invoices paid in full, ever.', resolve: (row) => row.paidInvoices }),
    averageDaysToPay: t.float({
      nullable: true,
      description: 'From the invoice date to the day settled, on average (1 decimal).',
      resolve: (row) => row.averageDaysToPay,
    }),
    medianDaysToPay: t.float({ nullable: true, resolve: (row) => row.medianDaysToPay }),
    averageDaysLate: t.float({
      nullable: true,
      description: 'From the due date to the day settled, on average; negative: early.',
      resolve: (row) => row.averageDaysLate,
    }),
    onTimeShare: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Percentage of paid invoices settled on or before their due date (2 decimals).',
      resolve: (row) => row.onTimeShare?.toFixed(2) ?? null,
    }),
    daysSalesOutstanding: t.float({
      nullable: true,
      description: `outstanding ÷ invoiced over the last ${dsoDays} days × ${dsoDays} (1 decimal); none when nothing was invoiced then.`,
      resolve: (row) => row.daysSalesOutstanding,
    }),
    balance: t.field({
      type: MoneyType,
      description: 'What the customer owes: outstanding less unapplied payments and credit notes.',
      resolve: (row) => money(row.balance, row.currency),
    }),
    creditLimit: t.field({
      type: MoneyType,
      nullable: true,
      description: 'In the customer’s own currency only.',
      resolve: (row) => (row.creditLimit ? money(row.creditLimit, row.currency) : null),
    }),
    atRisk: t.boolean({ resolve: (row) => row.riskReasons.length > 0 }),
    riskReasons: t.field({ type: [RiskReasonEnum], resolve: (row) => row.riskReasons }),
    trend: t.field({
      type: [PeriodActivityType],
      description: 'The last 12 months, this one up to today, oldest first.',
      resolve: (row, _args, ctx) => loadSeries(ctx, row, lastTwelveMonths(ctx.now())),
    }),
    activity: t.field({
      type: [PeriodActivityType],
      description: `Per calendar period from one day to another (both included), oldest first; at most ${maxSeriesPeriods} periods.`,
      args: {
        unit: t.arg({ type: SeriesUnitEnum, required: true }),
        from: t.arg({ type: 'Date', required: true }),
        to: t.arg({ type: 'Date', required: true }),
      },
      resolve: (row, args, ctx) => loadSeries(ctx, row, seriesRange(args)),
    }),
  }),
});

builder.queryFields((t) => ({
  customerInsights: t.connection(
    {
      type: CustomerInsightType,
      authScopes: { can: 'read' },
      description: 'Every customer with issued invoices, one row per currency, ranked.',
      args: {
        orderBy: t.arg({ type: CustomerInsightOrderEnum, defaultValue: 'OUTSTANDING', required: true }),
        currency: t.arg({ type: 'Currency', description: 'Only this currency.' }),
        atRiskOnly: t.arg.boolean({ defaultValue: false, required: true }),
      },
      resolve: (_root, args, ctx) =>
        offsetPageWithCount(args, (offset, limit) =>
          customerInsights(
            ctx.prisma,
            { now: ctx.now(), currency: args.currency, atRiskOnly: args.atRiskOnly },
            args.orderBy as InsightOrder,
            offset,
            limit,
          ),
        ),
    },
    nodeConnection('CustomerInsight', CustomerInsightType),
  ),
}));

builder.prismaObjectFields('Customer', (t) => ({
  insights: t.field({
    type: [CustomerInsightType],
    description: 'The customer’s insights, one per currency invoiced in, as in customerInsights.',
    resolve: (customer, _args, ctx) =>
      requestLoader<string, InsightFigures[]>(ctx, 'insights:customer', async (ids) => {
        const { rows } = await customerInsights(
          ctx.prisma,
          { now: ctx.now(), customerIds: ids },
          'DISPLAY_NAME',
          0,
          10_000,
        );
        return ids.map((id) =>
          rows.filter((row) => row.customerId === id).sort((a, b) => a.currency.localeCompare(b.currency)),
        );
      }).load(customer.id),
  }),
}));
