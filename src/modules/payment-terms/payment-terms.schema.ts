import { builder } from '../../schema/builder.js';
import { nodeConnection } from '../../schema/connections.js';

export const PaymentTermsKindEnum = builder.enumType('PaymentTermsKind', {
  values: {
    DUE_ON_RECEIPT: { description: 'Due on the issue date.' },
    NET_DAYS: { description: 'Due `days` days after the issue date.' },
    END_OF_MONTH_PLUS_DAYS: { description: 'Due `days` days after the end of the issue month.' },
  },
});

export const PaymentTermsType = builder.prismaNode('PaymentTerms', {
  nullable: true,
  id: { field: 'id' },
  description: 'When an invoice falls due, as data: net N days, due on receipt, end of month plus N days.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: PaymentTermsKindEnum }),
    days: t.exposeInt('days'),
    isActive: t.exposeBoolean('isActive'),
  }),
});
const PaymentTermsConnection = nodeConnection('PaymentTerms', PaymentTermsType);

builder.queryField('paymentTerms', (t) =>
  t.prismaConnection(
    {
      type: 'PaymentTerms',
      cursor: 'id',
      description: 'Payment terms a customer or invoice can use, shortest first.',
      args: { includeInactive: t.arg.boolean({ defaultValue: false }) },
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.paymentTerms.count({ where: args.includeInactive ? {} : { isActive: true } }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.paymentTerms.findMany({
          ...query,
          where: args.includeInactive ? {} : { isActive: true },
          orderBy: [{ kind: 'asc' }, { days: 'asc' }, { id: 'asc' }],
        }),
    },
    PaymentTermsConnection,
  ),
);
