import { builder } from '../../schema/builder.js';
import type { Context } from '../../context.js';
import type { Customer } from '../../generated/prisma/client.js';
import { factsAsked, readWithCustomerPages } from './customer-facts.js';
import {
  contactsOfCustomer,
  customerById,
  customerPage,
  paymentTermsOfCustomer,
  purchaseTermsOfCustomer,
  rowColumnsSuffice,
  type PurchaseTermsRow,
} from './customer-reads.js';
import { keysetConnection, keysetPage, nodeConnection, selectsPath } from '../../schema/connections.js';
import { PaymentMethodEnum, SortDirectionEnum } from '../../schema/enums.js';
import { MoneyType } from '../../schema/money.schema.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload, UserErrorType, type Payload } from '../../schema/user-errors.js';
import { optionalRowId, rowId } from '../../schema/ids.js';
import { encodeGlobalID, idOfType } from '../../schema/global-id.js';
import { readFieldsAhead } from '../../schema/read-ahead.js';
import { mapValue } from '../../shared/loaders.js';
import { PaymentTermsType } from '../payment-terms/payment-terms.schema.js';
import {
  archiveCustomer,
  createCustomer,
  customerChangedTopic,
  deleteCustomer,
  restoreCustomer,
  updateCustomer,
  type CustomerChangedEvent,
} from './customers.service.js';

// ---- enums ----

const CustomerKindEnum = builder.enumType('CustomerKind', { values: ['COMPANY', 'PERSON'] as const });
const CustomerStatusEnum = builder.enumType('CustomerStatus', { values: ['ACTIVE', 'ARCHIVED'] as const });
export const TaxTreatmentEnum = builder.enumType('TaxTreatment', {
  values: {
    STANDARD: { description: "The item's or contract's tax rate applies." },
    EXEMPT: { description: 'Exempt from VAT; the invoice prints the legal mention.' },
    REVERSE_CHARGE: { description: 'The customer accounts for VAT (reverse charge).' },
  },
});
const CustomerSortFieldEnum = builder.enumType('CustomerSortField', {
  values: ['DISPLAY_NAME', 'CODE', 'CREATED_AT', 'UPDATED_AT'] as const,
});
const CustomerChangeEnum = builder.enumType('CustomerChange', {
  values: ['CREATED', 'UPDATED', 'ARCHIVED', 'RESTORED', 'DELETED'] as const,
});

// ---- output types ----

interface AddressShape {
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

const AddressType = builder.objectRef<AddressShape>('Address').implement({
  fields: (t) => ({
    street: t.exposeString('street', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    region: t.exposeString('region', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    country: t.expose('country', { type: 'CountryCode', nullable: true }),
  }),
});

function addressOrNull(address: AddressShape): AddressShape | null {
  return Object.values(address).some((value) => value !== null) ? address : null;
}

const ContactType = builder.prismaNode('Contact', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.exposeString('role', { nullable: true }),
    email: t.expose('email', { type: 'EmailAddress', nullable: true }),
    phone: t.expose('phone', { type: 'PhoneNumber', nullable: true }),
    isPrimary: t.exposeBoolean('isPrimary'),
  }),
});

const CreditLimitPolicyEnum = builder.enumType('CreditLimitPolicy', {
  values: {
    WARN: { description: 'Issue the invoice and raise a CREDIT_LIMIT_EXCEEDED alert.' },
    REFUSE: { description: 'Refuse to issue the invoice.' },
  },
});

// Read per customer as facts (customer-reads.ts), with the page's other facts, whatever the
// customer was read by: a page of customers read in plain SQL needs no read of its own for them.
const PurchaseTermsType = builder.objectRef<{ customerId: string }>('PurchaseTerms').implement({
  description: 'What the customer buys on: filled into each new invoice, which can override them.',
  fields: (t) => {
    const terms = <T>(pick: (terms: PurchaseTermsRow) => T) => {
      return ({ customerId }: { customerId: string }, _args: object, ctx: Context) =>
        mapValue(purchaseTermsOfCustomer(ctx, customerId), (row) => {
          if (!row) throw new Error(`no purchase terms for customer ${customerId}`);
          return pick(row);
        });
    };
    return {
      paymentTerms: t.field({
        type: PaymentTermsType,
        nullable: true,
        resolve: ({ customerId }, _args, ctx) => paymentTermsOfCustomer(ctx, customerId),
      }),
      defaultPaymentMethod: t.field({
        type: PaymentMethodEnum,
        nullable: true,
        resolve: terms((row) => row.defaultPaymentMethod),
      }),
      priceList: t.prismaField({
        type: 'PriceList',
        nullable: true,
        resolve: async (query, { customerId }, _args, ctx) => {
          const row = await purchaseTermsOfCustomer(ctx, customerId);
          return row?.priceListId
            ? ctx.prisma.priceList.findUnique({ ...query, where: { id: row.priceListId } })
            : null;
        },
      }),
      creditLimit: t.field({
        type: MoneyType,
        nullable: true,
        resolve: terms((row) =>
          row.creditLimit === null ? null : { amount: row.creditLimit, currency: row.currency },
        ),
      }),
      defaultTaxTreatment: t.field({ type: TaxTreatmentEnum, resolve: terms((row) => row.defaultTaxTreatment) }),
      creditLimitPolicy: t.field({ type: CreditLimitPolicyEnum, resolve: terms((row) => row.creditLimitPolicy) }),
      remindersEnabled: t.boolean({
        description: 'False: no reminders are sent at all.',
        resolve: terms((row) => row.remindersEnabled),
      }),
      reminderPolicy: t.prismaField({
        type: 'ReminderPolicy',
        nullable: true,
        description: 'Null: the default policy applies.',
        resolve: async (query, { customerId }, _args, ctx) => {
          const row = await purchaseTermsOfCustomer(ctx, customerId);
          return row?.reminderPolicyId
            ? ctx.prisma.reminderPolicy.findUnique({ ...query, where: { id: row.reminderPolicyId } })
            : null;
        },
      }),
    };
  },
});
readWithCustomerPages(paymentTermsOfCustomer, ['purchaseTerms', 'paymentTerms']);
for (const field of [
  'defaultPaymentMethod',
  'priceList',
  'creditLimit',
  'defaultTaxTreatment',
  'creditLimitPolicy',
  'remindersEnabled',
  'reminderPolicy',
]) {
  readWithCustomerPages(purchaseTermsOfCustomer, ['purchaseTerms', field]);
}

export const CustomerType = builder.prismaNode('Customer', {
  nullable: true,
  id: { field: 'id' },
  // Select mode: a query reads only the columns its fields need (Customer has over 30), except
  // the few short ones nearly every query shows, read with every customer: their fields resolve
  // straight off the row, without the per-row bookkeeping plugin-prisma does for a field that
  // selects its own columns (about a tenth of the API's CPU on a page of customers).
  select: { id: true, code: true, displayName: true, status: true, email: true, phone: true, currency: true },
  fields: (t) => ({
    code: t.string({ description: 'Unique, chosen by the company (e.g. "C-0042").', resolve: (c) => c.code }),
    displayName: t.string({ resolve: (c) => c.displayName }),
    legalName: t.exposeString('legalName', { nullable: true }),
    language: t.exposeString('language', {
      description: 'What reminders and statements are written in: "ro" or "en".',
    }),
    kind: t.expose('kind', { type: CustomerKindEnum }),
    status: t.field({ type: CustomerStatusEnum, resolve: (c) => c.status }),
    taxId: t.exposeString('taxId', { nullable: true, description: 'Tax registration id (CUI / VAT number).' }),
    email: t.field({ type: 'EmailAddress', nullable: true, resolve: (c) => c.email }),
    phone: t.field({ type: 'PhoneNumber', nullable: true, resolve: (c) => c.phone }),
    website: t.expose('website', { type: 'URL', nullable: true }),
    billingAddress: t.field({
      type: AddressType,
      nullable: true,
      select: {
        billingStreet: true,
        billingCity: true,
        billingRegion: true,
        billingPostalCode: true,
        billingCountry: true,
      },
      resolve: (c) =>
        addressOrNull({
          street: c.billingStreet,
          city: c.billingCity,
          region: c.billingRegion,
          postalCode: c.billingPostalCode,
          country: c.billingCountry,
        }),
    }),
    shippingAddress: t.field({
      type: AddressType,
      nullable: true,
      select: {
        shippingStreet: true,
        shippingCity: true,
        shippingRegion: true,
        shippingPostalCode: true,
        shippingCountry: true,
      },
      resolve: (c) =>
        addressOrNull({
          street: c.shippingStreet,
          city: c.shippingCity,
          region: c.shippingRegion,
          postalCode: c.shippingPostalCode,
          country: c.shippingCountry,
        }),
    }),
    currency: t.field({ type: 'Currency', resolve: (c) => c.currency }),
    notes: t.exposeString('notes', { nullable: true }),
    tags: t.exposeStringList('tags'),
    contacts: t.field({
      type: [ContactType],
      resolve: (customer, _args, ctx) => contactsOfCustomer(ctx, customer.id),
    }),
    purchaseTerms: t.field({ type: PurchaseTermsType, resolve: (customer) => ({ customerId: customer.id }) }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
readWithCustomerPages(contactsOfCustomer, ['contacts']);
const CustomerConnection = nodeConnection('Customer', CustomerType);

// ---- queries ----

const CustomerFilterInput = builder.inputType('CustomerFilter', {
  fields: (t) => ({
    search: t.string({
      description: 'Words to find in name, legal name, code, email, phone or tax id; case and accents are ignored.',
    }),
    status: t.field({ type: [CustomerStatusEnum], description: 'Defaults to [ACTIVE].' }),
    kind: t.field({ type: CustomerKindEnum }),
    tags: t.stringList({ description: 'Customers with any of these tags.' }),
    countries: t.field({ type: ['CountryCode'], description: 'Billing address country is one of these.' }),
  }),
});

const CustomerOrderInput = builder.inputType('CustomerOrder', {
  fields: (t) => ({
    field: t.field({ type: CustomerSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', required: true }),
  }),
});

builder.queryFields((t) => ({
  customer: t.prismaField({
    type: 'Customer',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    // The pages of its invoices and ledger the query asks for are started with its row; the row in
    // plain SQL, with them in one statement, when its type-level columns are all the query selects.
    resolve: async (query, _root, args, ctx, info) => {
      const id = idOfType(args.id, 'Customer');
      if (!id) return null;
      readFieldsAhead(ctx, info, 'Customer', id);
      if (!('include' in query) && rowColumnsSuffice(query.select ?? {})) {
        return (await customerById(
          ctx,
          id,
          factsAsked((path) => selectsPath(info, path)),
        )) as Customer | null;
      }
      return ctx.prisma.customer.findUnique({ ...query, where: { id } });
    },
  }),
  customers: t.connection(
    {
      type: CustomerType,
      args: {
        filter: t.arg({ type: CustomerFilterInput }),
        orderBy: t.arg({ type: CustomerOrderInput, description: 'Defaults to display name, A to Z.' }),
      },
      // In plain SQL, one statement with what the query asks of each customer (its contacts, terms,
      // balances: the facts read with customer pages) and the count when asked; paged with
      // plugin-prisma's rules and cursors, as the list was through it.
      resolve: async (_root, args, ctx, info) => {
        const page = keysetPage(args);
        const { rows, totalCount } = await customerPage(ctx, {
          filter: args.filter,
          order: args.orderBy,
          ...page,
          withCount: selectsPath(info, ['totalCount']),
          facts: factsAsked((path) => selectsPath(info, ['edges', 'node', ...path])),
        });
        // Its type-level columns; a field beyond them loads what it needs by plugin-prisma's
        // fallback, by the customer's id.
        return keysetConnection(args, page, rows as Customer[], totalCount);
      },
    },
    CustomerConnection,
  ),
}));

// ---- mutations ----

const AddressInput = builder.inputType('AddressInput', {
  fields: (t) => ({
    street: t.string(),
    city: t.string(),
    region: t.string(),
    postalCode: t.string(),
    country: t.string({ description: 'ISO 3166-1 alpha-2 code, e.g. RO.' }),
  }),
});

const ContactInput = builder.inputType('ContactInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    role: t.string(),
    email: t.string(),
    phone: t.string({ description: 'International format, e.g. +40 721 234 567.' }),
    isPrimary: t.boolean({ description: 'At most one; when none is, the first contact is primary.' }),
  }),
});

const PurchaseTermsInput = builder.inputType('PurchaseTermsInput', {
  fields: (t) => ({
    paymentTermsId: t.id({ description: 'A PaymentTerms id (see the paymentTerms query); null clears.' }),
    defaultPaymentMethod: t.field({ type: PaymentMethodEnum }),
    priceListId: t.id(),
    creditLimit: t.field({ type: 'Decimal', description: "In the customer's currency; null for no limit." }),
    defaultTaxTreatment: t.field({ type: TaxTreatmentEnum }),
    creditLimitPolicy: t.field({
      type: CreditLimitPolicyEnum,
      description: 'Over the limit at issue: warn (an alert) or refuse.',
    }),
    reminderPolicyId: t.id({ description: 'A ReminderPolicy id; null: the default policy.' }),
    remindersEnabled: t.boolean({ description: 'False: no reminders at all.' }),
  }),
});

// Emails, phones, countries and currencies are strings here and checked by the service, so a bad
// value comes back as a userError with its field path, not as a GraphQL validation error.
const CustomerCreateInput = builder.inputType('CustomerCreateInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    displayName: t.string({ required: true }),
    legalName: t.string(),
    language: t.string({ description: 'What reminders and statements are written in: "ro" (the default) or "en".' }),
    kind: t.field({ type: CustomerKindEnum, defaultValue: 'COMPANY' }),
    taxId: t.string(),
    email: t.string(),
    phone: t.string({ description: 'International format, e.g. +40 21 123 4567.' }),
    website: t.string(),
    billingAddress: t.field({ type: AddressInput }),
    shippingAddress: t.field({ type: AddressInput }),
    currency: t.string({ required: true, description: 'ISO 4217 code, e.g. RON.' }),
    notes: t.string(),
    tags: t.stringList(),
    contacts: t.field({ type: [ContactInput] }),
    purchaseTerms: t.field({ type: PurchaseTermsInput }),
  }),
});

const CustomerUpdateInput = builder.inputType('CustomerUpdateInput', {
  description: 'Only the fields given change; null clears an optional field. `contacts` replaces the whole list.',
  fields: (t) => ({
    id: t.id({ required: true }),
    code: t.string(),
    displayName: t.string(),
    legalName: t.string(),
    language: t.string({ description: 'What reminders and statements are written in: "ro" (the default) or "en".' }),
    kind: t.field({ type: CustomerKindEnum }),
    taxId: t.string(),
    email: t.string(),
    phone: t.string(),
    website: t.string(),
    billingAddress: t.field({ type: AddressInput }),
    shippingAddress: t.field({ type: AddressInput }),
    currency: t.string(),
    notes: t.string(),
    tags: t.stringList(),
    contacts: t.field({ type: [ContactInput] }),
    purchaseTerms: t.field({ type: PurchaseTermsInput }),
  }),
});

const CustomerIdInput = builder.inputType('CustomerIdInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const CustomerPayload = objectPayload('CustomerPayload', 'customer', 'Customer', 'customerId');

const CustomerDeletePayload = builder.objectRef<Payload<{ deletedCustomerId: string }>>('CustomerDeletePayload');
CustomerDeletePayload.implement({
  fields: (t) => ({
    deletedCustomerId: t.id({
      nullable: true,
      resolve: (payload) => (payload.deletedCustomerId ? encodeGlobalID('Customer', payload.deletedCustomerId) : null),
    }),
    userErrors: t.field({ type: [UserErrorType], resolve: (payload) => payload.userErrors }),
  }),
});

/** The references inside purchase terms, from global ids to row ids. */
function decodeCustomerInput<
  T extends { purchaseTerms?: { paymentTermsId?: string | null; priceListId?: string | null } | null },
>(input: T): T {
  if (!input.purchaseTerms) return input;
  const { paymentTermsId, priceListId, reminderPolicyId } = input.purchaseTerms as {
    paymentTermsId?: string | null;
    priceListId?: string | null;
    reminderPolicyId?: string | null;
  };
  return {
    ...input,
    purchaseTerms: {
      ...input.purchaseTerms,
      paymentTermsId: optionalRowId(paymentTermsId, 'PaymentTerms'),
      priceListId: optionalRowId(priceListId, 'PriceList'),
      reminderPolicyId: optionalRowId(reminderPolicyId, 'ReminderPolicy'),
    },
  };
}

builder.mutationFields((t) => ({
  customerCreate: t.field({
    type: CustomerPayload,
    authScopes: { can: 'customers.write' },
    args: { input: t.arg({ type: CustomerCreateInput, required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => createCustomer(ctx, decodeCustomerInput(input))),
  }),
  customerUpdate: t.field({
    type: CustomerPayload,
    authScopes: { can: 'customers.write' },
    args: { input: t.arg({ type: CustomerUpdateInput, required: true }) },
    resolve: (_root, { input: { id, ...fields } }, ctx) =>
      asPayload(() => updateCustomer(ctx, rowId(id, 'Customer'), decodeCustomerInput(fields))),
  }),
  customerArchive: t.field({
    type: CustomerPayload,
    authScopes: { can: 'customers.write' },
    description: 'Hides the customer from default lists and new invoices; history stays.',
    args: { input: t.arg({ type: CustomerIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => archiveCustomer(ctx, rowId(input.id, 'Customer'))),
  }),
  customerRestore: t.field({
    type: CustomerPayload,
    authScopes: { can: 'customers.write' },
    args: { input: t.arg({ type: CustomerIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => restoreCustomer(ctx, rowId(input.id, 'Customer'))),
  }),
  customerDelete: t.field({
    type: CustomerDeletePayload,
    authScopes: { can: 'customers.write' },
    description: 'Deletes a customer with no documents; one with documents can only be archived.',
    args: { input: t.arg({ type: CustomerIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => deleteCustomer(ctx, rowId(input.id, 'Customer'))),
  }),
}));

// ---- subscriptions ----

const CustomerChangedType = builder.objectRef<CustomerChangedEvent>('CustomerChangedEvent').implement({
  fields: (t) => ({
    change: t.expose('change', { type: CustomerChangeEnum }),
    customerId: t.id({ resolve: (event) => encodeGlobalID('Customer', event.customerId) }),
    code: t.exposeString('code'),
    customer: t.prismaField({
      type: 'Customer',
      nullable: true,
      description: 'The customer as it is now; null once deleted.',
      resolve: (query, event, _args, ctx) =>
        ctx.prisma.customer.findUnique({ ...query, where: { id: event.customerId } }),
    }),
  }),
});

builder.subscriptionField('customerChanged', (t) =>
  t.field({
    type: CustomerChangedType,
    description: 'Every customer created, updated, archived, restored or deleted, by anyone, on any instance.',
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe<CustomerChangedEvent>(customerChangedTopic),
    resolve: (event) => event,
  }),
);
