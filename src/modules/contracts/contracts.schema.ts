import { builder } from '../../schema/builder.js';
import { nodeConnection } from '../../schema/connections.js';
import { filterRowId, optionalRowId, rowId } from '../../schema/ids.js';
import { MoneyType, unitPriceMoney } from '../../schema/money.schema.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload } from '../../schema/user-errors.js';
import { utcDay } from '../../shared/dates.js';
import { activateContract, amendContract, createContract, terminateContract } from './contracts.service.js';

const ContractStatusEnum = builder.enumType('ContractStatus', {
  values: {
    DRAFT: { description: 'Being prepared; prices nothing.' },
    ACTIVE: { description: 'In force between its start and end dates.' },
    EXPIRED: { description: 'Was active; its end date has passed.' },
    TERMINATED: { description: 'Ended early; applied up to its end date.' },
  },
});

const ContractTermKindEnum = builder.enumType('ContractTermKind', {
  values: {
    ITEM_PRICE: { description: 'A special unit price for one item.' },
    ITEM_DISCOUNT: { description: 'A discount percentage on one item.' },
    CONTRACT_DISCOUNT: { description: 'A discount percentage on every item without its own discount.' },
    TAX_TREATMENT: {
      description:
        'A tax rate or treatment (exempt, reverse charge) for one item or the whole contract, with the reason.',
    },
  },
});

export const ContractTermType = builder.prismaNode('ContractTerm', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.expose('kind', { type: ContractTermKindEnum }),
    contract: t.relation('contract'),
    item: t.relation('item', { nullable: true }),
    price: t.field({
      type: MoneyType,
      nullable: true,
      select: { price: true, contract: { select: { customer: { select: { currency: true } } } } },
      resolve: (term) => (term.price === null ? null : unitPriceMoney(term.price, term.contract.customer.currency)),
    }),
    discountPercent: t.expose('discountPercent', { type: 'Decimal', nullable: true }),
    taxRate: t.relation('taxRate', { nullable: true }),
    taxReason: t.exposeString('taxReason', { nullable: true }),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validTo: t.expose('validTo', {
      type: 'Date',
      nullable: true,
      description: 'Set when an amendment or the contract end closed the term.',
    }),
  }),
});

export const ContractType = builder.prismaNode('Contract', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    number: t.exposeString('number'),
    title: t.exposeString('title'),
    customer: t.relation('customer'),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    status: t.field({
      type: ContractStatusEnum,
      select: { status: true, endDate: true },
      resolve: (contract, _args, ctx) =>
        contract.status === 'ACTIVE' && contract.endDate && contract.endDate < utcDay(ctx.now())
          ? 'EXPIRED'
          : contract.status,
    }),
    terminationReason: t.exposeString('terminationReason', { nullable: true }),
    terms: t.relation('terms', {
      args: { asOf: t.arg({ type: 'Date', description: 'Only the terms in force on this day.' }) },
      query: (args) => ({
        where: args.asOf
          ? { validFrom: { lte: args.asOf }, OR: [{ validTo: null }, { validTo: { gte: args.asOf } }] }
          : {},
        orderBy: [{ validFrom: 'asc' }, { id: 'asc' }],
      }),
    }),
  }),
});
const ContractConnection = nodeConnection('Contract', ContractType);

builder.queryField('contracts', (t) =>
  t.prismaConnection(
    {
      type: 'Contract',
      cursor: 'id',
      args: {
        customerId: t.arg.id(),
        status: t.arg({ type: [ContractStatusEnum] }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.contract.count({ where: contractWhere(args, ctx.now()) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.contract.findMany({
          ...query,
          where: contractWhere(args, ctx.now()),
          orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
        }),
    },
    ContractConnection,
  ),
);

function contractWhere(
  args: { customerId?: string | null; status?: ('DRAFT' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED')[] | null },
  now: Date,
) {
  const today = utcDay(now);
  const statuses = args.status ?? [];
  const byStatus = statuses.map((status) => {
    if (status === 'ACTIVE') return { status: 'ACTIVE' as const, OR: [{ endDate: null }, { endDate: { gte: today } }] };
    if (status === 'EXPIRED') return { status: 'ACTIVE' as const, endDate: { lt: today } };
    return { status };
  });
  return {
    customerId: args.customerId ? filterRowId(args.customerId, 'Customer', ['customerId']) : undefined,
    OR: byStatus.length ? byStatus : undefined,
  };
}

const ContractTermInput = builder.inputType('ContractTermInput', {
  fields: (t) => ({
    kind: t.field({ type: ContractTermKindEnum, required: true }),
    itemId: t.id({ description: 'For ITEM_PRICE and ITEM_DISCOUNT, and for an item-specific TAX_TREATMENT.' }),
    price: t.field({ type: 'Decimal', description: "ITEM_PRICE: the unit price, in the customer's currency." }),
    discountPercent: t.field({ type: 'Decimal', description: 'ITEM_DISCOUNT, CONTRACT_DISCOUNT: 0 to 100.' }),
    taxRateId: t.id({ description: 'TAX_TREATMENT: the rate or treatment to apply.' }),
    taxReason: t.string({ description: 'TAX_TREATMENT: why, printed on the invoice.' }),
  }),
});

const ContractCreateInput = builder.inputType('ContractCreateInput', {
  fields: (t) => ({
    customerId: t.id({ required: true }),
    number: t.string({ required: true }),
    title: t.string({ required: true }),
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', description: 'Last day in force; open-ended when omitted.' }),
    terms: t.field({ type: [ContractTermInput] }),
  }),
});

const ContractPayload = objectPayload('ContractPayload', 'contract', 'Contract', 'contractId');

const decodeTerms = <T extends { itemId?: string | null; taxRateId?: string | null }>(terms: T[] | null | undefined) =>
  terms?.map((term) => ({
    ...term,
    itemId: optionalRowId(term.itemId, 'Item'),
    taxRateId: optionalRowId(term.taxRateId, 'TaxRate'),
  }));

builder.mutationFields((t) => ({
  contractCreate: t.field({
    type: ContractPayload,
    authScopes: { can: 'contracts.write' },
    description: 'Creates a draft contract with its terms.',
    args: { input: t.arg({ type: ContractCreateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        createContract(ctx, {
          ...input,
          customerId: rowId(input.customerId, 'Customer'),
          terms: decodeTerms(input.terms),
        }),
      ),
  }),
  contractActivate: t.field({
    type: ContractPayload,
    authScopes: { can: 'contracts.write' },
    description:
      'Puts a draft in force. Refused when another contract of the customer sets the same rule for overlapping days.',
    args: {
      input: t.arg({
        type: builder.inputType('ContractActivateInput', { fields: (f) => ({ id: f.id({ required: true }) }) }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => activateContract(ctx, rowId(input.id, 'Contract'))),
  }),
  contractAmend: t.field({
    type: ContractPayload,
    authScopes: { can: 'contracts.write' },
    description:
      'Replaces the terms of an active contract from `effectiveFrom` on; earlier invoices keep the terms they used.',
    args: {
      input: t.arg({
        type: builder.inputType('ContractAmendInput', {
          fields: (f) => ({
            id: f.id({ required: true }),
            effectiveFrom: f.field({ type: 'Date', required: true }),
            terms: f.field({
              type: [ContractTermInput],
              required: true,
              description: 'The whole set of terms from that day.',
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        amendContract(ctx, rowId(input.id, 'Contract'), input.effectiveFrom, decodeTerms(input.terms) ?? []),
      ),
  }),
  contractTerminate: t.field({
    type: ContractPayload,
    authScopes: { can: 'contracts.write' },
    args: {
      input: t.arg({
        type: builder.inputType('ContractTerminateInput', {
          fields: (f) => ({
            id: f.id({ required: true }),
            lastDay: f.field({ type: 'Date', required: true, description: 'The last day the contract applies.' }),
            reason: f.string({ required: true }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() => terminateContract(ctx, rowId(input.id, 'Contract'), input.lastDay, input.reason)),
  }),
}));
