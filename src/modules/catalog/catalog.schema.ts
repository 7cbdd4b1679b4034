import { builder } from '../../schema/builder.js';
import { nodeConnection } from '../../schema/connections.js';
import { PaymentMethodEnum } from '../../schema/enums.js';
import { optionalRowId, rowId } from '../../schema/ids.js';
import { MoneyType, unitPriceMoney } from '../../schema/money.schema.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload, UserErrorType, type Payload } from '../../schema/user-errors.js';
import { checkSearchText, likeContains } from '../../shared/search.js';
import {
  addPrices,
  createItem,
  removePrice,
  savePriceList,
  updateCompanySettings,
  updateItem,
} from './catalog.service.js';

export const TaxKindEnum = builder.enumType('TaxKind', {
  values: {
    STANDARD: { description: 'VAT at the rate given.' },
    EXEMPT: { description: 'Exempt from VAT; the invoice prints the legal mention.' },
    REVERSE_CHARGE: {
      description: 'Reverse charge: the customer accounts for VAT; the invoice prints the legal mention.',
    },
    OUT_OF_SCOPE: {
      description:
        'Outside the scope of VAT (late interest, damages); the invoice prints the legal mention. Clientela uses it on the interest invoices it issues.',
    },
  },
});

export const TaxRateType = builder.prismaNode('TaxRate', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: TaxKindEnum }),
    rate: t.expose('rate', { type: 'Decimal', description: 'Percent, e.g. "19".' }),
    legalMention: t.exposeString('legalMention', { nullable: true }),
    isActive: t.exposeBoolean('isActive'),
  }),
});

export const ItemType = builder.prismaNode('Item', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    sku: t.exposeString('sku'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    unit: t.exposeString('unit', { description: 'Unit of measure, e.g. pcs, h, kg.' }),
    basePrice: t.field({
      type: MoneyType,
      select: { basePrice: true, currency: true },
      resolve: (item) => unitPriceMoney(item.basePrice, item.currency),
    }),
    defaultTaxRate: t.relation('defaultTaxRate'),
    isActive: t.exposeBoolean('isActive'),
  }),
});
const ItemConnection = nodeConnection('Item', ItemType);

export const PriceListEntryType = builder.prismaNode('PriceListEntry', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    item: t.relation('item'),
    price: t.field({
      type: MoneyType,
      select: { price: true, priceList: { select: { currency: true } } },
      resolve: (entry) => unitPriceMoney(entry.price, entry.priceList.currency),
    }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true }),
  }),
});
const PriceListEntryConnection = nodeConnection('PriceListEntry', PriceListEntryType);

export const PriceListType = builder.prismaNode('PriceList', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    currency: t.expose('currency', { type: 'Currency' }),
    isDefault: t.exposeBoolean('isDefault'),
    isActive: t.exposeBoolean('isActive'),
    prices: t.relatedConnection(
      'entries',
      {
        cursor: 'id',
        totalCount: true,
        query: { orderBy: [{ itemId: 'asc' }, { validFrom: 'asc' }, { id: 'asc' }] },
      },
      PriceListEntryConnection,
    ),
  }),
});
const PriceListConnection = nodeConnection('PriceList', PriceListType);

const CompanySettingsType = builder.prismaObject('CompanySettings', {
  description: 'The seller. Its defaults apply to an invoice unless the customer or the invoice overrides them.',
  fields: (t) => ({
    name: t.exposeString('name'),
    legalName: t.exposeString('legalName', { nullable: true }),
    taxId: t.exposeString('taxId', { nullable: true }),
    street: t.exposeString('street', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    region: t.exposeString('region', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    country: t.expose('country', { type: 'CountryCode', nullable: true }),
    bankName: t.exposeString('bankName', { nullable: true }),
    bankAccount: t.exposeString('bankAccount', { nullable: true }),
    defaultCurrency: t.expose('defaultCurrency', { type: 'Currency' }),
    defaultPaymentMethod: t.expose('defaultPaymentMethod', { type: PaymentMethodEnum }),
    defaultPaymentTerms: t.prismaField({
      type: 'PaymentTerms',
      nullable: true,
      resolve: (query, s, _args, ctx) =>
        s.defaultPaymentTermsId
          ? ctx.prisma.paymentTerms.findUnique({ ...query, where: { id: s.defaultPaymentTermsId } })
          : null,
    }),
    defaultPriceList: t.prismaField({
      type: 'PriceList',
      nullable: true,
      resolve: (query, s, _args, ctx) =>
        s.defaultPriceListId
          ? ctx.prisma.priceList.findUnique({ ...query, where: { id: s.defaultPriceListId } })
          : null,
    }),
    defaultTaxRate: t.prismaField({
      type: 'TaxRate',
      nullable: true,
      resolve: (query, s, _args, ctx) =>
        s.defaultTaxRateId ? ctx.prisma.taxRate.findUnique({ ...query, where: { id: s.defaultTaxRateId } }) : null,
    }),
  }),
});

// ---- queries ----

builder.queryFields((t) => ({
  companySettings: t.prismaField({
    type: CompanySettingsType,
    resolve: (query, _root, _args, ctx) => ctx.prisma.companySettings.findUniqueOrThrow({ ...query, where: { id: 1 } }),
  }),
  taxRates: t.prismaField({
    type: ['TaxRate'],
    args: { includeInactive: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.taxRate.findMany({
        ...query,
        where: args.includeInactive ? {} : { isActive: true },
        orderBy: [{ kind: 'asc' }, { rate: 'desc' }],
      }),
  }),
  items: t.prismaConnection(
    {
      type: 'Item',
      cursor: 'id',
      args: {
        search: t.arg.string({ description: 'In SKU or name.' }),
        includeInactive: t.arg.boolean({ defaultValue: false }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.item.count({ where: itemWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.item.findMany({ ...query, where: itemWhere(args), orderBy: [{ sku: 'asc' }, { id: 'asc' }] }),
    },
    ItemConnection,
  ),
  priceLists: t.prismaConnection(
    {
      type: 'PriceList',
      cursor: 'id',
      totalCount: (_parent, _args, ctx) => ctx.prisma.priceList.count(),
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.priceList.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    },
    PriceListConnection,
  ),
}));

function itemWhere(args: { search?: string | null; includeInactive?: boolean | null }) {
  const search = likeContains(checkSearchText(args.search, ['search']));
  return {
    isActive: args.includeInactive ? undefined : true,
    OR: search
      ? [
          { sku: { contains: search, mode: 'insensitive' as const } },
          { name: { contains: search, mode: 'insensitive' as const } },
        ]
      : undefined,
  };
}

// ---- mutations ----

const ItemCreateInput = builder.inputType('ItemCreateInput', {
  fields: (t) => ({
    sku: t.string({ required: true }),
    name: t.string({ required: true }),
    description: t.string(),
    unit: t.string({ description: 'Defaults to "pcs".' }),
    basePrice: t.field({ type: 'Decimal', required: true }),
    currency: t.string({ required: true }),
    defaultTaxRateId: t.id({ required: true }),
  }),
});

const ItemUpdateInput = builder.inputType('ItemUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    sku: t.string(),
    name: t.string(),
    description: t.string(),
    unit: t.string(),
    basePrice: t.field({ type: 'Decimal' }),
    currency: t.string(),
    defaultTaxRateId: t.id(),
    isActive: t.boolean(),
  }),
});

const PriceListCreateInput = builder.inputType('PriceListCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    currency: t.string({ required: true }),
    isDefault: t.boolean({ description: 'Make this the default list; the previous default stops being one.' }),
  }),
});

const PriceListUpdateInput = builder.inputType('PriceListUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    currency: t.string(),
    isDefault: t.boolean(),
    isActive: t.boolean(),
  }),
});

const PriceInput = builder.inputType('PriceInput', {
  fields: (t) => ({
    itemId: t.id({ required: true }),
    price: t.field({ type: 'Decimal', required: true, description: "In the list's currency." }),
    validFrom: t.field({ type: 'Date', description: 'First day the price applies; open when omitted.' }),
    validTo: t.field({ type: 'Date', description: 'Last day the price applies; open when omitted.' }),
  }),
});

const PriceListAddPricesInput = builder.inputType('PriceListAddPricesInput', {
  fields: (t) => ({
    priceListId: t.id({ required: true }),
    prices: t.field({ type: [PriceInput], required: true }),
  }),
});

const CompanySettingsUpdateInput = builder.inputType('CompanySettingsUpdateInput', {
  fields: (t) => ({
    name: t.string(),
    legalName: t.string(),
    taxId: t.string(),
    street: t.string(),
    city: t.string(),
    region: t.string(),
    postalCode: t.string(),
    country: t.string(),
    bankName: t.string(),
    bankAccount: t.string(),
    defaultCurrency: t.string(),
    defaultPaymentTermsId: t.id(),
    defaultPriceListId: t.id(),
    defaultTaxRateId: t.id(),
  }),
});

const ItemPayload = objectPayload('ItemPayload', 'item', 'Item', 'itemId');
const PriceListPayload = objectPayload('PriceListPayload', 'priceList', 'PriceList', 'priceListId');
const CompanySettingsPayload = builder.objectRef<Payload<{ ok: true }>>('CompanySettingsPayload').implement({
  fields: (t) => ({
    companySettings: t.prismaField({
      type: CompanySettingsType,
      nullable: true,
      resolve: (query, payload, _args, ctx) =>
        payload.ok ? ctx.prisma.companySettings.findUnique({ ...query, where: { id: 1 } }) : null,
    }),
    userErrors: t.field({ type: [UserErrorType], resolve: (payload) => payload.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  itemCreate: t.field({
    type: ItemPayload,
    authScopes: { can: 'catalog.write' },
    args: { input: t.arg({ type: ItemCreateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        createItem(ctx, { ...input, defaultTaxRateId: optionalRowId(input.defaultTaxRateId, 'TaxRate') }),
      ),
  }),
  itemUpdate: t.field({
    type: ItemPayload,
    authScopes: { can: 'catalog.write' },
    args: { input: t.arg({ type: ItemUpdateInput, required: true }) },
    resolve: (_root, { input: { id, ...fields } }, ctx) =>
      asPayload(() =>
        updateItem(ctx, rowId(id, 'Item'), {
          ...fields,
          defaultTaxRateId: optionalRowId(fields.defaultTaxRateId, 'TaxRate'),
        }),
      ),
  }),
  priceListCreate: t.field({
    type: PriceListPayload,
    authScopes: { can: 'catalog.write' },
    args: { input: t.arg({ type: PriceListCreateInput, required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => savePriceList(ctx, null, input)),
  }),
  priceListUpdate: t.field({
    type: PriceListPayload,
    authScopes: { can: 'catalog.write' },
    args: { input: t.arg({ type: PriceListUpdateInput, required: true }) },
    resolve: (_root, { input: { id, ...fields } }, ctx) =>
      asPayload(() => savePriceList(ctx, rowId(id, 'PriceList'), fields)),
  }),
  priceListAddPrices: t.field({
    type: PriceListPayload,
    authScopes: { can: 'catalog.write' },
    description: 'Adds item prices; a price whose dates overlap one the item already has in the list is refused.',
    args: { input: t.arg({ type: PriceListAddPricesInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        addPrices(
          ctx,
          rowId(input.priceListId, 'PriceList'),
          input.prices.map((price) => ({ ...price, itemId: rowId(price.itemId, 'Item') })),
        ),
      ),
  }),
  priceListRemovePrice: t.field({
    type: PriceListPayload,
    authScopes: { can: 'catalog.write' },
    description: 'Removes a price no invoice has used.',
    args: {
      input: t.arg({
        type: builder.inputType('PriceListRemovePriceInput', { fields: (f) => ({ id: f.id({ required: true }) }) }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => removePrice(ctx, rowId(input.id, 'PriceListEntry'))),
  }),
  companySettingsUpdate: t.field({
    type: CompanySettingsPayload,
    authScopes: { can: 'settings.write' },
    args: { input: t.arg({ type: CompanySettingsUpdateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        updateCompanySettings(ctx, {
          ...input,
          defaultPaymentTermsId: optionalRowId(input.defaultPaymentTermsId, 'PaymentTerms'),
          defaultPriceListId: optionalRowId(input.defaultPriceListId, 'PriceList'),
          defaultTaxRateId: optionalRowId(input.defaultTaxRateId, 'TaxRate'),
        }),
      ),
  }),
}));
