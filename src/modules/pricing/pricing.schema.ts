import type { Prisma } from '../../generated/prisma/client.js';
import { toDecimal, type Decimal } from '../../money/money.js';
import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { rowsById } from '../../shared/loaders.js';
import { ItemType, PriceListEntryType, TaxRateType } from '../catalog/catalog.schema.js';
import { ContractTermType } from '../contracts/contracts.schema.js';
import { MoneyType, unitPriceMoney } from '../../schema/money.schema.js';
import { UserErrorType, type Payload } from '../../schema/user-errors.js';
import { documentTotals, type DocumentTotals, type PricedLine, type TaxSubtotal } from './pricing.service.js';

export const PriceSourceEnum = builder.enumType('PriceSource', {
  description: 'Where a line price came from, in order of precedence.',
  values: {
    MANUAL: { description: 'Set by hand on the line (with a reason).' },
    CONTRACT: { description: "A special price in the customer's contract." },
    CUSTOMER_PRICE_LIST: { description: "The customer's (or the invoice's) price list." },
    DEFAULT_PRICE_LIST: { description: "The company's default price list." },
    ITEM: { description: "The item's base price." },
  },
});

export const DiscountSourceEnum = builder.enumType('DiscountSource', {
  values: {
    NONE: { description: 'No discount (a manual price takes none).' },
    CONTRACT_ITEM: { description: 'A contract discount on this item.' },
    CONTRACT: { description: 'A contract-wide discount.' },
  },
});

export const TaxSourceEnum = builder.enumType('TaxSource', {
  values: {
    MANUAL: { description: 'Chosen on the line.' },
    CONTRACT: { description: "A tax treatment in the customer's contract." },
    CUSTOMER: { description: "The customer's default tax treatment (exempt or reverse charge)." },
    ITEM: { description: "The item's default rate." },
    COMPANY: { description: "The company's default rate (lines without an item)." },
  },
});

interface TaxSubtotalValue extends TaxSubtotal {
  currency: string;
}

export const TaxSubtotalType = builder.objectRef<TaxSubtotalValue>('TaxSubtotal').implement({
  fields: (t) => ({
    taxRate: t.field({ type: TaxRateType, resolve: async (s, _args, ctx) => (await taxRates(ctx).load(s.taxRateId))! }),
    taxPercent: t.field({ type: 'Decimal', resolve: (s) => s.taxPercent }),
    netAmount: t.field({ type: MoneyType, resolve: (s) => ({ amount: s.netAmount, currency: s.currency }) }),
    taxAmount: t.field({ type: MoneyType, resolve: (s) => ({ amount: s.taxAmount, currency: s.currency }) }),
  }),
});

type StoredTaxLine = {
  taxRateId: string;
  taxPercent: Prisma.Decimal;
  netAmount: Prisma.Decimal;
  taxAmount: Prisma.Decimal;
};

/** Tax per rate of stored invoice lines. */
export function invoiceTaxes(lines: StoredTaxLine[], currency: string): TaxSubtotalValue[] {
  const zero = toDecimal(0);
  const totals = documentTotals(
    lines.map((l) => ({
      ...l,
      lineAmount: zero,
      discountAmount: zero,
      totalAmount: zero,
      netAmount: toDecimal(l.netAmount),
      taxAmount: toDecimal(l.taxAmount),
      taxPercent: toDecimal(l.taxPercent),
    })),
  );
  return totals.taxes.map((tax) => ({ ...tax, currency }));
}

interface QuotedLineValue extends PricedLine {
  currency: string;
}

const moneyOf = (amount: Decimal, currency: string) => ({ amount, currency });

// A quote's lines load what they refer to in one batched query per kind.
const items = (ctx: Context) =>
  rowsById(ctx, 'item', (ids) => ctx.prisma.item.findMany({ where: { id: { in: ids } } }));
const terms = (ctx: Context) =>
  rowsById(ctx, 'contractTerm', (ids) => ctx.prisma.contractTerm.findMany({ where: { id: { in: ids } } }));
const entries = (ctx: Context) =>
  rowsById(ctx, 'priceListEntry', (ids) => ctx.prisma.priceListEntry.findMany({ where: { id: { in: ids } } }));
const taxRates = (ctx: Context) =>
  rowsById(ctx, 'taxRate', (ids) => ctx.prisma.taxRate.findMany({ where: { id: { in: ids } } }));

const QuotedLineType = builder.objectRef<QuotedLineValue>('QuotedLine').implement({
  description: 'A priced line, with where each part of its price came from.',
  fields: (t) => ({
    item: t.field({
      type: ItemType,
      nullable: true,
      resolve: (l, _a, ctx) => (l.itemId ? items(ctx).load(l.itemId) : null),
    }),
    description: t.string({ resolve: (l) => l.description }),
    quantity: t.field({ type: 'Decimal', resolve: (l) => l.quantity }),
    unit: t.string({ resolve: (l) => l.unit }),
    unitPrice: t.field({ type: MoneyType, resolve: (l) => unitPriceMoney(l.unitPrice, l.currency) }),
    priceSource: t.field({ type: PriceSourceEnum, resolve: (l) => l.priceSource }),
    priceContractTerm: t.field({
      type: ContractTermType,
      nullable: true,
      resolve: (l, _a, ctx) => (l.priceTermId ? terms(ctx).load(l.priceTermId) : null),
    }),
    priceListEntry: t.field({
      type: PriceListEntryType,
      nullable: true,
      resolve: (l, _a, ctx) => (l.priceListEntryId ? entries(ctx).load(l.priceListEntryId) : null),
    }),
    discountPercent: t.field({ type: 'Decimal', resolve: (l) => l.discountPercent }),
    discountSource: t.field({ type: DiscountSourceEnum, resolve: (l) => l.discountSource }),
    discountContractTerm: t.field({
      type: ContractTermType,
      nullable: true,
      resolve: (l, _a, ctx) => (l.discountTermId ? terms(ctx).load(l.discountTermId) : null),
    }),
    taxRate: t.field({ type: TaxRateType, resolve: async (l, _a, ctx) => (await taxRates(ctx).load(l.taxRateId))! }),
    taxPercent: t.field({ type: 'Decimal', resolve: (l) => l.taxPercent }),
    taxSource: t.field({ type: TaxSourceEnum, resolve: (l) => l.taxSource }),
    taxContractTerm: t.field({
      type: ContractTermType,
      nullable: true,
      resolve: (l, _a, ctx) => (l.taxTermId ? terms(ctx).load(l.taxTermId) : null),
    }),
    taxReason: t.string({ nullable: true, resolve: (l) => l.taxReason }),
    explanation: t.string({ resolve: (l) => l.explanation }),
    lineAmount: t.field({ type: MoneyType, resolve: (l) => moneyOf(l.lineAmount, l.currency) }),
    discountAmount: t.field({ type: MoneyType, resolve: (l) => moneyOf(l.discountAmount, l.currency) }),
    netAmount: t.field({ type: MoneyType, resolve: (l) => moneyOf(l.netAmount, l.currency) }),
    taxAmount: t.field({ type: MoneyType, resolve: (l) => moneyOf(l.taxAmount, l.currency) }),
    totalAmount: t.field({ type: MoneyType, resolve: (l) => moneyOf(l.totalAmount, l.currency) }),
  }),
});

interface QuoteValue {
  currency: string;
  date: Date;
  priceListId: string | null;
  lines: PricedLine[];
  totals: DocumentTotals;
}

export const PriceQuoteType = builder.objectRef<QuoteValue>('PriceQuote').implement({
  fields: (t) => ({
    currency: t.field({ type: 'Currency', resolve: (q) => q.currency }),
    date: t.field({ type: 'Date', resolve: (q) => q.date }),
    priceList: t.prismaField({
      type: 'PriceList',
      nullable: true,
      resolve: (query, q, _a, ctx) =>
        q.priceListId ? ctx.prisma.priceList.findUnique({ ...query, where: { id: q.priceListId } }) : null,
    }),
    lines: t.field({
      type: [QuotedLineType],
      resolve: (q) => q.lines.map((line) => ({ ...line, currency: q.currency })),
    }),
    subtotal: t.field({ type: MoneyType, resolve: (q) => moneyOf(q.totals.subtotal, q.currency) }),
    discountTotal: t.field({ type: MoneyType, resolve: (q) => moneyOf(q.totals.discountTotal, q.currency) }),
    taxTotal: t.field({ type: MoneyType, resolve: (q) => moneyOf(q.totals.taxTotal, q.currency) }),
    total: t.field({ type: MoneyType, resolve: (q) => moneyOf(q.totals.total, q.currency) }),
    taxes: t.field({
      type: [TaxSubtotalType],
      resolve: (q) => q.totals.taxes.map((tax) => ({ ...tax, currency: q.currency })),
    }),
  }),
});

export const PriceQuotePayload = builder.objectRef<Payload<{ quote: QuoteValue }>>('PriceQuoteResult').implement({
  fields: (t) => ({
    quote: t.field({ type: PriceQuoteType, nullable: true, resolve: (p) => p.quote ?? null }),
    userErrors: t.field({ type: [UserErrorType], resolve: (p) => p.userErrors }),
  }),
});
