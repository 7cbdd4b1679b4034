import type { Invoice, InvoiceLine, Prisma } from '../../generated/prisma/client.js';
import type { Decimal } from '../../money/money.js';
import { builder } from '../../schema/builder.js';
import { keysetConnection, keysetPage, nodeConnection, selectsPath } from '../../schema/connections.js';
import { PaymentMethodEnum, SortDirectionEnum } from '../../schema/enums.js';
import { filterRowId, optionalRowId, rowId } from '../../schema/ids.js';
import { MoneyType, unitPriceMoney } from '../../schema/money.schema.js';
import { objectPayload } from '../../schema/payloads.js';
import { readableAhead } from '../../schema/read-ahead.js';
import { asPayload, UserErrorType, type Payload } from '../../schema/user-errors.js';
import { checkSearchText, likeContains } from '../../shared/search.js';
import { encodeGlobalID } from '../../schema/global-id.js';
import {
  DiscountSourceEnum,
  invoiceTaxes,
  PriceQuotePayload,
  PriceSourceEnum,
  TaxSourceEnum,
  TaxSubtotalType,
} from '../pricing/pricing.schema.js';
import { customerInvoicePage, linesOfInvoice } from './invoice-reads.js';
import { amountDue, daysOverdue, isOverdue, overdueWhere } from './invoice-state.js';
import {
  changeDraftLine,
  createDraft,
  deleteDraft,
  issueInvoice,
  quotePrices,
  updateDraft,
  voidInvoice,
} from './invoices.service.js';

const InvoiceStatusEnum = builder.enumType('InvoiceStatus', {
  values: {
    DRAFT: { description: 'Being prepared: no number, changeable, owes nothing.' },
    OPEN: { description: 'Issued, nothing paid yet.' },
    PARTIALLY_PAID: { description: 'Issued, paid in part.' },
    PAID: { description: 'Nothing left due.' },
    VOID: { description: 'Cancelled; keeps its number.' },
  },
});

export const SettingSourceEnum = builder.enumType('SettingSource', {
  description: 'Which level a value came from: the company default, the customer, or this invoice.',
  values: ['COMPANY', 'CUSTOMER', 'INVOICE'] as const,
});

const InvoiceSortFieldEnum = builder.enumType('InvoiceSortField', {
  values: ['ISSUE_DATE', 'DUE_DATE', 'NUMBER', 'TOTAL', 'CREATED_AT'] as const,
});

const money = (amount: Prisma.Decimal | Decimal, currency: string) => ({ amount, currency });

const sourceColumns = {
  currencySource: true,
  paymentTermsSource: true,
  paymentMethodSource: true,
  priceListSource: true,
} as const;
const InvoiceSourcesType = builder
  .objectRef<Pick<Invoice, keyof typeof sourceColumns>>('InvoiceSettingSources')
  .implement({
    description: 'Where each filled-in value of the invoice came from.',
    fields: (t) => ({
      currency: t.field({ type: SettingSourceEnum, resolve: (i) => i.currencySource }),
      paymentTerms: t.field({ type: SettingSourceEnum, resolve: (i) => i.paymentTermsSource }),
      paymentMethod: t.field({ type: SettingSourceEnum, resolve: (i) => i.paymentMethodSource }),
      priceList: t.field({ type: SettingSourceEnum, resolve: (i) => i.priceListSource }),
    }),
  });

const billToColumns = {
  customerName: true,
  customerLegalName: true,
  customerTaxId: true,
  billingStreet: true,
  billingCity: true,
  billingRegion: true,
  billingPostalCode: true,
  billingCountry: true,
} as const;
const BillToType = builder.objectRef<Pick<Invoice, keyof typeof billToColumns>>('InvoiceBillTo').implement({
  description: 'The customer as on the invoice when it was issued (or now, for a draft).',
  fields: (t) => ({
    name: t.string({ resolve: (i) => i.customerName }),
    legalName: t.string({ nullable: true, resolve: (i) => i.customerLegalName }),
    taxId: t.string({ nullable: true, resolve: (i) => i.customerTaxId }),
    street: t.string({ nullable: true, resolve: (i) => i.billingStreet }),
    city: t.string({ nullable: true, resolve: (i) => i.billingCity }),
    region: t.string({ nullable: true, resolve: (i) => i.billingRegion }),
    postalCode: t.string({ nullable: true, resolve: (i) => i.billingPostalCode }),
    country: t.field({ type: 'CountryCode', nullable: true, resolve: (i) => i.billingCountry }),
  }),
});

const InvoiceLineType = builder.prismaNode('InvoiceLine', {
  nullable: true,
  id: { field: 'id' },
  // What nearly every list of lines shows is read with every line and resolves straight off the
  // row (as Invoice's own columns do); the other amounts and the texts are selected per field.
  select: {
    id: true,
    currency: true,
    position: true,
    description: true,
    quantity: true,
    unit: true,
    unitPrice: true,
    totalAmount: true,
  },
  fields: (t) => ({
    position: t.int({ resolve: (l) => l.position }),
    item: t.relation('item', { nullable: true }),
    description: t.string({ resolve: (l) => l.description }),
    quantity: t.field({ type: 'Decimal', resolve: (l) => l.quantity }),
    unit: t.string({ resolve: (l) => l.unit }),
    unitPrice: t.field({
      type: MoneyType,
      resolve: (l) => unitPriceMoney(l.unitPrice, l.currency),
    }),
    priceSource: t.expose('priceSource', { type: PriceSourceEnum }),
    manualPriceReason: t.exposeString('manualPriceReason', { nullable: true }),
    priceContractTerm: t.relation('priceTerm', {
      nullable: true,
      description: 'The contract term that set the price.',
    }),
    priceListEntry: t.relation('priceListEntry', { nullable: true, description: 'The price list price used.' }),
    discountPercent: t.expose('discountPercent', { type: 'Decimal' }),
    discountSource: t.expose('discountSource', { type: DiscountSourceEnum }),
    discountContractTerm: t.relation('discountTerm', { nullable: true }),
    taxRate: t.relation('taxRate'),
    taxPercent: t.expose('taxPercent', { type: 'Decimal' }),
    taxSource: t.expose('taxSource', { type: TaxSourceEnum }),
    taxContractTerm: t.relation('taxTerm', { nullable: true }),
    taxReason: t.exposeString('taxReason', { nullable: true }),
    explanation: t.exposeString('explanation', { description: 'Why this line costs what it costs, in words.' }),
    lineAmount: t.field({
      type: MoneyType,
      description: 'quantity × unit price',
      select: { lineAmount: true },
      resolve: (l) => money(l.lineAmount, l.currency),
    }),
    discountAmount: t.field({
      type: MoneyType,
      select: { discountAmount: true },
      resolve: (l) => money(l.discountAmount, l.currency),
    }),
    netAmount: t.field({
      type: MoneyType,
      select: { netAmount: true },
      resolve: (l) => money(l.netAmount, l.currency),
    }),
    taxAmount: t.field({
      type: MoneyType,
      select: { taxAmount: true },
      resolve: (l) => money(l.taxAmount, l.currency),
    }),
    totalAmount: t.field({
      type: MoneyType,
      resolve: (l) => money(l.totalAmount, l.currency),
    }),
  }),
});

/** The columns a money field of the invoice reads: its amount and the invoice's currency. */
const withCurrency = <Column extends string>(column: Column) =>
  ({ [column]: true, currency: true }) as Record<Column | 'currency', true>;

export const InvoiceType = builder.prismaNode('Invoice', {
  nullable: true,
  id: { field: 'id' },
  // Select mode: a query reads only the columns its fields need (Invoice has over 30), except the
  // short ones of an invoice's state and amounts, read with every invoice: their fields (and the
  // amount due and lateness computed from them) resolve straight off the row, without
  // plugin-prisma's per-row bookkeeping for a field that selects its own columns.
  select: {
    id: true,
    number: true,
    status: true,
    currency: true,
    issueDate: true,
    dueDate: true,
    total: true,
    amountPaid: true,
    amountCredited: true,
  },
  fields: (t) => ({
    number: t.string({
      nullable: true,
      description: 'Given when issued, e.g. INV-2026-000042.',
      resolve: (i) => i.number,
    }),
    status: t.field({ type: InvoiceStatusEnum, resolve: (i) => i.status }),
    customer: t.relation('customer'),
    billTo: t.field({ type: BillToType, select: billToColumns, resolve: (i) => i }),
    issueDate: t.field({ type: 'Date', resolve: (i) => i.issueDate }),
    dueDate: t.field({ type: 'Date', resolve: (i) => i.dueDate }),
    settledOn: t.expose('settledOn', {
      type: 'Date',
      nullable: true,
      description:
        'The day it was settled in full (the day of its last payment or credit); null while something is due.',
    }),
    currency: t.field({ type: 'Currency', resolve: (i) => i.currency }),
    paymentTerms: t.relation('paymentTerms', { nullable: true }),
    paymentMethod: t.expose('paymentMethod', { type: PaymentMethodEnum }),
    priceList: t.relation('priceList', { nullable: true }),
    sources: t.field({ type: InvoiceSourcesType, select: sourceColumns, resolve: (i) => i }),
    notes: t.exposeString('notes', { nullable: true }),
    lines: t.field({
      type: [InvoiceLineType],
      // Its type-level columns, with amounts as text (every field of them reads a DecimalInput);
      // a field beyond them loads what it needs by plugin-prisma's fallback, by the line's id.
      resolve: (i, _args, ctx) => linesOfInvoice(ctx, i.id) as unknown as InvoiceLine[] | Promise<InvoiceLine[]>,
    }),
    subtotal: t.field({
      type: MoneyType,
      description: 'Sum of line amounts before discounts.',
      select: withCurrency('subtotal'),
      resolve: (i) => money(i.subtotal, i.currency),
    }),
    discountTotal: t.field({
      type: MoneyType,
      select: withCurrency('discountTotal'),
      resolve: (i) => money(i.discountTotal, i.currency),
    }),
    taxTotal: t.field({
      type: MoneyType,
      select: withCurrency('taxTotal'),
      resolve: (i) => money(i.taxTotal, i.currency),
    }),
    total: t.field({ type: MoneyType, resolve: (i) => money(i.total, i.currency) }),
    taxes: t.field({
      type: [TaxSubtotalType],
      description: 'Net amount and tax per rate.',
      select: {
        currency: true,
        lines: { select: { taxRateId: true, taxPercent: true, netAmount: true, taxAmount: true } },
      },
      resolve: (i) => invoiceTaxes(i.lines, i.currency),
    }),
    legalMentions: t.stringList({
      description: 'What the invoice must print for exempt or reverse-charge lines.',
      select: { lines: { select: { taxReason: true, taxRate: { select: { legalMention: true } } } } },
      resolve: (i) => [
        ...new Set(i.lines.flatMap((l) => [l.taxRate.legalMention, l.taxReason]).filter((m): m is string => !!m)),
      ],
    }),
    amountPaid: t.field({
      type: MoneyType,
      resolve: (i) => money(i.amountPaid, i.currency),
    }),
    amountCredited: t.field({
      type: MoneyType,
      resolve: (i) => money(i.amountCredited, i.currency),
    }),
    amountDue: t.field({
      type: MoneyType,
      description: 'total − paid − credited; zero for a draft or a void invoice.',
      resolve: (i) => money(amountDue(i), i.currency),
    }),
    isOverdue: t.boolean({ resolve: (i, _args, ctx) => isOverdue(i, ctx.now()) }),
    daysOverdue: t.int({
      description: 'Days past the due date while unpaid; 0 otherwise.',
      resolve: (i, _args, ctx) => daysOverdue(i, ctx.now()),
    }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime', nullable: true }),
    voidedAt: t.expose('voidedAt', { type: 'DateTime', nullable: true }),
    voidReason: t.exposeString('voidReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
const InvoiceConnection = nodeConnection('Invoice', InvoiceType);

// ---- lists ----

const DateRangeInput = builder.inputType('DateRange', {
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'On or after.' }),
    to: t.field({ type: 'Date', description: 'On or before.' }),
  }),
});
const AmountRangeInput = builder.inputType('AmountRange', {
  fields: (t) => ({ min: t.field({ type: 'Decimal' }), max: t.field({ type: 'Decimal' }) }),
});

const InvoiceFilterInput = builder.inputType('InvoiceFilter', {
  fields: (t) => ({
    customerId: t.id(),
    status: t.field({ type: [InvoiceStatusEnum] }),
    overdue: t.boolean({ description: 'true: unpaid and past due; false: everything else.' }),
    issueDate: t.field({ type: DateRangeInput }),
    dueDate: t.field({ type: DateRangeInput }),
    number: t.string({ description: 'Part of the invoice number.' }),
    total: t.field({ type: AmountRangeInput }),
  }),
});

const InvoiceOrderInput = builder.inputType('InvoiceOrder', {
  fields: (t) => ({
    field: t.field({ type: InvoiceSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: true, defaultValue: 'DESC' }),
  }),
});

type InvoiceFilter = typeof InvoiceFilterInput.$inferInput;
type InvoiceOrder = typeof InvoiceOrderInput.$inferInput;

export function invoiceWhere(filter: InvoiceFilter | null | undefined, now: Date): Prisma.InvoiceWhereInput {
  const and: Prisma.InvoiceWhereInput[] = [];
  if (filter?.customerId)
    and.push({ customerId: filterRowId(filter.customerId, 'Customer', ['filter', 'customerId']) });
  if (filter?.status?.length) and.push({ status: { in: filter.status } });
  const overdue = overdueWhere(now);
  if (filter?.overdue === true) and.push(overdue);
  if (filter?.overdue === false) and.push({ NOT: overdue });
  if (filter?.issueDate)
    and.push({ issueDate: { gte: filter.issueDate.from ?? undefined, lte: filter.issueDate.to ?? undefined } });
  if (filter?.dueDate)
    and.push({ dueDate: { gte: filter.dueDate.from ?? undefined, lte: filter.dueDate.to ?? undefined } });
  const number = checkSearchText(filter?.number, ['filter', 'number']);
  if (number) and.push({ number: { contains: likeContains(number), mode: 'insensitive' } });
  if (filter?.total) and.push({ total: { gte: filter.total.min?.toFixed(), lte: filter.total.max?.toFixed() } });
  return { AND: and };
}

export function invoiceOrderBy(order: InvoiceOrder | null | undefined): Prisma.InvoiceOrderByWithRelationInput[] {
  const direction = order?.direction === 'ASC' ? 'asc' : 'desc';
  const column = (
    { ISSUE_DATE: 'issueDate', DUE_DATE: 'dueDate', NUMBER: 'number', TOTAL: 'total', CREATED_AT: 'createdAt' } as const
  )[order?.field ?? 'ISSUE_DATE'];
  return [{ [column]: direction }, { id: direction }];
}

builder.queryField('invoices', (t) =>
  t.prismaConnection(
    {
      type: 'Invoice',
      cursor: 'id',
      args: {
        filter: t.arg({ type: InvoiceFilterInput }),
        orderBy: t.arg({ type: InvoiceOrderInput, description: 'Defaults to newest issue date first.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.invoice.count({ where: invoiceWhere(args.filter, ctx.now()) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.invoice.findMany({
          ...query,
          where: invoiceWhere(args.filter, ctx.now()),
          orderBy: invoiceOrderBy(args.orderBy),
        }),
    },
    InvoiceConnection,
  ),
);

builder.prismaObjectField('Customer', 'invoices', (t) =>
  t.connection(
    {
      type: InvoiceType,
      description: 'Newest issue date first.',
      args: { status: t.arg({ type: [InvoiceStatusEnum] }) },
      // In plain SQL with the request's other reads of the turn (the customer's ledger page), each
      // invoice with its lines when they are asked; paged and with cursors as `invoices` pages.
      // Started by `customer(id)` with the customer's row when the query asks for it (read-ahead.ts).
      resolve: readableAhead('Customer', 'invoices', async (customerId, args, ctx, info) => {
        const page = keysetPage(args);
        const { rows, totalCount } = await customerInvoicePage(ctx, {
          customerId,
          statuses: args.status ?? null,
          ...page,
          withLines: selectsPath(info, ['edges', 'node', 'lines']),
          withCount: selectsPath(info, ['totalCount']),
        });
        // Its type-level columns, amounts as text (each field of them reads a DecimalInput); a
        // field beyond them loads what it needs by plugin-prisma's fallback, by the invoice's id.
        return keysetConnection(args, page, rows as unknown as Invoice[], totalCount);
      }),
    },
    InvoiceConnection,
  ),
);

// ---- mutations ----

export const InvoiceLineInput = builder.inputType('InvoiceLineInput', {
  fields: (t) => ({
    itemId: t.id({ description: 'Omit for a free-text line (then description and unitPrice are required).' }),
    description: t.string({ description: "Defaults to the item's name." }),
    quantity: t.field({ type: 'Decimal', required: true }),
    unitPrice: t.field({
      type: 'Decimal',
      description: 'A manual price: overrides contract and price lists; no automatic discount applies.',
    }),
    manualPriceReason: t.string({ description: 'Why the price was set by hand.' }),
  }),
});

const InvoiceCreateDraftInput = builder.inputType('InvoiceCreateDraftInput', {
  description: "Anything left out is filled in from the customer, else from the company's defaults.",
  fields: (t) => ({
    customerId: t.id({ required: true }),
    issueDate: t.field({ type: 'Date', description: 'Defaults to today.' }),
    currency: t.string(),
    paymentTermsId: t.id(),
    paymentMethod: t.field({ type: PaymentMethodEnum }),
    priceListId: t.id(),
    notes: t.string(),
    lines: t.field({ type: [InvoiceLineInput] }),
  }),
});

const InvoiceUpdateDraftInput = builder.inputType('InvoiceUpdateDraftInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    issueDate: t.field({ type: 'Date' }),
    currency: t.string(),
    paymentTermsId: t.id(),
    paymentMethod: t.field({ type: PaymentMethodEnum }),
    priceListId: t.id(),
    notes: t.string(),
  }),
});

const InvoicePayload = objectPayload('InvoicePayload', 'invoice', 'Invoice', 'invoiceId');
const InvoiceDeletePayload = builder
  .objectRef<Payload<{ deletedInvoiceId: string }>>('InvoiceDeleteDraftPayload')
  .implement({
    fields: (t) => ({
      deletedInvoiceId: t.id({
        nullable: true,
        resolve: (p) => (p.deletedInvoiceId ? encodeGlobalID('Invoice', p.deletedInvoiceId) : null),
      }),
      userErrors: t.field({ type: [UserErrorType], resolve: (p) => p.userErrors }),
    }),
  });

const idInput = (name: string) => builder.inputType(name, { fields: (f) => ({ id: f.id({ required: true }) }) });

/** Overrides of the customer's settings name rows by global id. */
function decodeOverrides<T extends { paymentTermsId?: string | null; priceListId?: string | null }>(input: T): T {
  return {
    ...input,
    paymentTermsId: optionalRowId(input.paymentTermsId, 'PaymentTerms'),
    priceListId: optionalRowId(input.priceListId, 'PriceList'),
  };
}

function decodeLine<T extends { itemId?: string | null }>(line: T): T {
  return { ...line, itemId: optionalRowId(line.itemId, 'Item') };
}

builder.mutationFields((t) => ({
  invoiceCreateDraft: t.field({
    type: InvoicePayload,
    authScopes: { can: 'invoices.draft' },
    args: { input: t.arg({ type: InvoiceCreateDraftInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        createDraft(ctx, {
          ...decodeOverrides(input),
          customerId: rowId(input.customerId, 'Customer'),
          lines: input.lines?.map(decodeLine),
        }),
      ),
  }),
  invoiceUpdateDraft: t.field({
    type: InvoicePayload,
    authScopes: { can: 'invoices.draft' },
    description: 'Changes the settings of a draft; its lines are priced again.',
    args: { input: t.arg({ type: InvoiceUpdateDraftInput, required: true }) },
    resolve: (_root, { input: { id, ...fields } }, ctx) =>
      asPayload(() => updateDraft(ctx, rowId(id, 'Invoice'), decodeOverrides(fields))),
  }),
  invoiceLineAdd: t.field({
    type: InvoicePayload,
    authScopes: { can: 'invoices.draft' },
    args: {
      input: t.arg({
        type: builder.inputType('InvoiceLineAddInput', {
          fields: (f) => ({
            invoiceId: f.id({ required: true }),
            line: f.field({ type: InvoiceLineInput, required: true }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() => changeDraftLine(ctx, rowId(input.invoiceId, 'Invoice'), { add: decodeLine(input.line) })),
  }),
  invoiceLineUpdate: t.field({
    type: InvoicePayload,
    authScopes: { can: 'invoices.draft' },
    description: 'Changes only the fields given; null clears a manual price.',
    args: {
      input: t.arg({
        type: builder.inputType('InvoiceLineUpdateInput', {
          fields: (f) => ({
            invoiceId: f.id({ required: true }),
            lineId: f.id({ required: true }),
            itemId: f.id(),
            description: f.string(),
            quantity: f.field({ type: 'Decimal' }),
            unitPrice: f.field({ type: 'Decimal' }),
            manualPriceReason: f.string(),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input: { invoiceId, ...update } }, ctx) =>
      asPayload(() =>
        changeDraftLine(ctx, rowId(invoiceId, 'Invoice'), {
          update: {
            ...decodeLine(update),
            lineId: rowId(update.lineId, 'InvoiceLine'),
            quantity: update.quantity ?? undefined,
          },
        }),
      ),
  }),
  invoiceLineRemove: t.field({
    type: InvoicePayload,
    authScopes: { can: 'invoices.draft' },
    args: {
      input: t.arg({
        type: builder.inputType('InvoiceLineRemoveInput', {
          fields: (f) => ({ invoiceId: f.id({ required: true }), lineId: f.id({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        changeDraftLine(ctx, rowId(input.invoiceId, 'Invoice'), {
          remove: { lineId: rowId(input.lineId, 'InvoiceLine') },
        }),
      ),
  }),
  invoiceDeleteDraft: t.field({
    type: InvoiceDeletePayload,
    authScopes: { can: 'invoices.draft' },
    description: 'Deletes a draft; issued invoices are voided, never deleted.',
    args: { input: t.arg({ type: idInput('InvoiceDeleteDraftInput'), required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => deleteDraft(ctx, rowId(input.id, 'Invoice'))),
  }),
  invoiceIssue: t.field({
    type: InvoicePayload,
    authScopes: { can: 'invoices.issue' },
    description:
      'Numbers the draft (next in its series), fixes its prices and writes it to the ledger. It cannot change afterwards.',
    args: {
      input: t.arg({
        type: builder.inputType('InvoiceIssueInput', {
          fields: (f) => ({
            id: f.id({ required: true }),
            issueDate: f.field({ type: 'Date', description: "Defaults to the draft's issue date." }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => issueInvoice(ctx, rowId(input.id, 'Invoice'), input.issueDate)),
  }),
  invoiceVoid: t.field({
    type: InvoicePayload,
    authScopes: { can: 'invoices.issue' },
    description: 'Cancels an issued invoice with nothing paid or credited on it; it keeps its number.',
    args: {
      input: t.arg({
        type: builder.inputType('InvoiceVoidInput', {
          fields: (f) => ({ id: f.id({ required: true }), reason: f.string({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => voidInvoice(ctx, rowId(input.id, 'Invoice'), input.reason)),
  }),
}));

builder.queryField('priceQuote', (t) =>
  t.field({
    type: PriceQuotePayload,
    description:
      'Prices lines for a customer and a date exactly as an invoice would, and says where each price, discount and tax came from. Writes nothing.',
    args: {
      input: t.arg({
        type: builder.inputType('PriceQuoteInput', {
          fields: (f) => ({
            customerId: f.id({ required: true }),
            date: f.field({ type: 'Date', description: 'Defaults to today.' }),
            currency: f.string(),
            priceListId: f.id(),
            lines: f.field({ type: [InvoiceLineInput], required: true }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        quotePrices(ctx, {
          ...decodeOverrides(input),
          customerId: rowId(input.customerId, 'Customer'),
          lines: input.lines.map(decodeLine),
        }),
      ),
  }),
);
