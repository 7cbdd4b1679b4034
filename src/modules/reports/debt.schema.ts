import type { Decimal } from '../../money/money.js';
import { builder } from '../../schema/builder.js';
import { MoneyType } from '../../schema/money.schema.js';
import type { Debtor } from './dashboard.js';
import { riskRules } from './insights.js';

// What the dashboard's debtors and the customer insights share: who owes what, and why to worry.

export const money = (amount: Decimal, currency: string) => ({ amount, currency });

export const RiskReasonEnum = builder.enumType('RiskReason', {
  values: {
    OVER_CREDIT_LIMIT: { description: 'Owes more than the credit limit, in the customer’s currency.' },
    OVERDUE_OVER_90_DAYS: { description: `Owes something more than ${riskRules.overdueDays} days past its due date.` },
    MANY_OVERDUE_INVOICES: { description: `${riskRules.manyOverdueInvoices} or more invoices past due at once.` },
    PAYING_LATER: {
      description: `Invoices settled in the last ${riskRules.recentDays} days were paid ${riskRules.worseningDays} or more days later, on average, than those settled in the ${riskRules.earlierDays} days before (${riskRules.minimumInvoicesPerWindow} or more in each).`,
    },
  },
});

export const DebtInterface = builder.interfaceRef<Debtor>('Debt').implement({
  description: 'What one customer owes in one currency, now.',
  fields: (t) => ({
    customer: t.prismaField({
      type: 'Customer',
      resolve: (query, row, _args, ctx) =>
        ctx.prisma.customer.findUniqueOrThrow({ ...query, where: { id: row.customerId } }),
    }),
    currency: t.field({ type: 'Currency', resolve: (row) => row.currency }),
    outstanding: t.field({
      type: MoneyType,
      description: 'Due on unpaid invoices.',
      resolve: (row) => money(row.outstanding, row.currency),
    }),
    overdue: t.field({
      type: MoneyType,
      description: 'The part of outstanding past its due date.',
      resolve: (row) => money(row.overdue, row.currency),
    }),
    overdueInvoices: t.int({ description: 'Invoices past their due date.', resolve: (row) => row.overdueInvoices }),
  }),
});
