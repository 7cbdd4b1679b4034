import type { Context } from '../../context.js';
import { isForeignKeyViolation } from '../../db/errors.js';
import { rowLocks } from '../../db/locks.js';
import { inTransaction } from '../../db/transaction.js';
import { Prisma } from '../../generated/prisma/client.js';
import type {
  CreditLimitPolicy,
  Customer,
  CustomerKind,
  CustomerStatus,
  PaymentMethod,
  TaxTreatment,
} from '../../generated/prisma/client.js';
import { hasAtMostMinorUnits, maxAmount, type Decimal } from '../../money/money.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import {
  normalizeCountry,
  normalizeCurrency,
  normalizeEmail,
  normalizePhone,
  normalizeWebsite,
} from '../../shared/contact-formats.js';
import { checkSearchText, likeContains } from '../../shared/search.js';
import { cleanText, foldForSearch, quoted } from '../../shared/text.js';

export interface AddressInput {
  street?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

export interface ContactInput {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
  isPrimary?: boolean | null;
}

export interface PurchaseTermsInput {
  paymentTermsId?: string | null;
  defaultPaymentMethod?: PaymentMethod | null;
  priceListId?: string | null;
  creditLimit?: Decimal | null;
  defaultTaxTreatment?: TaxTreatment | null;
  creditLimitPolicy?: CreditLimitPolicy | null;
  /** Null: the default reminder policy. */
  reminderPolicyId?: string | null;
  remindersEnabled?: boolean | null;
}

/** Fields a user may set; on update, an absent field is left alone and null clears it. */
export interface CustomerFieldsInput {
  code?: string | null;
  displayName?: string | null;
  legalName?: string | null;
  kind?: CustomerKind | null;
  taxId?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  billingAddress?: AddressInput | null;
  shippingAddress?: AddressInput | null;
  currency?: string | null;
  notes?: string | null;
  tags?: string[] | null;
  contacts?: ContactInput[] | null;
  purchaseTerms?: PurchaseTermsInput | null;
  /** What reminders and statements are written in: "ro" or "en". */
  language?: string | null;
}

export type CustomerChange = 'CREATED' | 'UPDATED' | 'ARCHIVED' | 'RESTORED' | 'DELETED';
export interface CustomerChangedEvent {
  change: CustomerChange;
  /** Database id; a DELETED customer can no longer be loaded, so its code comes along. */
  customerId: string;
  code: string;
}
export const customerChangedTopic = 'customer.changed';

const limits = { code: 32, name: 200, text: 200, notes: 5000, tag: 40, tags: 20, contacts: 50 } as const;

type Tx = Prisma.TransactionClient;
type CustomerData = Omit<Prisma.CustomerUncheckedCreateInput, 'code' | 'displayName' | 'currency'> &
  Partial<Pick<Prisma.CustomerUncheckedCreateInput, 'code' | 'displayName' | 'currency'>>;

function checkLength(errors: UserErrorList, field: string[], value: string | null, max: number): void {
  if (value && value.length > max) errors.add(field, 'TOO_LONG', `${field.at(-1)} must be at most ${max} characters.`);
}

function optionalText(
  errors: UserErrorList,
  input: Record<string, unknown>,
  key: string,
  max: number,
  path: string[] = [],
) {
  if (!(key in input) || input[key] === undefined) return undefined;
  const value = cleanText(input[key] as string | null);
  checkLength(errors, [...path, key], value, max);
  return value;
}

function formatted(
  errors: UserErrorList,
  field: (string | number)[],
  value: string | null | undefined,
  normalize: (text: string) => string | null,
  code: 'INVALID_EMAIL' | 'INVALID_PHONE' | 'INVALID_URL' | 'INVALID_COUNTRY' | 'INVALID_CURRENCY',
  message: string,
): string | null | undefined {
  if (value === undefined) return undefined;
  const text = cleanText(value);
  if (text === null) return null;
  const normal = normalize(text);
  if (normal === null) errors.add(field, code, `${quoted(text)} ${message}`);
  return normal;
}

const email = (errors: UserErrorList, field: (string | number)[], value: string | null | undefined) =>
  formatted(errors, field, value, normalizeEmail, 'INVALID_EMAIL', 'is not a valid email address.');
const phone = (errors: UserErrorList, field: (string | number)[], value: string | null | undefined) =>
  formatted(
    errors,
    field,
    value,
    normalizePhone,
    'INVALID_PHONE',
    'is not a phone number in international format, e.g. +40 721 234 567.',
  );

function address(errors: UserErrorList, prefix: 'billing' | 'shipping', input: AddressInput | null | undefined) {
  if (input === undefined) return {};
  const path = [`${prefix}Address`];
  const value = input ?? {};
  return {
    [`${prefix}Street`]: optionalText(errors, value as Record<string, unknown>, 'street', limits.text, path) ?? null,
    [`${prefix}City`]: optionalText(errors, value as Record<string, unknown>, 'city', limits.text, path) ?? null,
    [`${prefix}Region`]: optionalText(errors, value as Record<string, unknown>, 'region', limits.text, path) ?? null,
    [`${prefix}PostalCode`]: optionalText(errors, value as Record<string, unknown>, 'postalCode', 20, path) ?? null,
    [`${prefix}Country`]:
      formatted(
        errors,
        [...path, 'country'],
        value.country,
        normalizeCountry,
        'INVALID_COUNTRY',
        'is not an ISO 3166 country code such as RO or DE.',
      ) ?? null,
  };
}

function contacts(errors: UserErrorList, input: ContactInput[] | null | undefined) {
  if (input === undefined) return undefined;
  const list = input ?? [];
  if (list.length > limits.contacts)
    errors.add(['contacts'], 'INVALID', `A customer can have at most ${limits.contacts} contacts.`);
  const primaries = list.filter((c) => c.isPrimary).length;
  if (primaries > 1) errors.add(['contacts'], 'INVALID', 'Only one contact can be primary.');
  return list.map((contact, index) => {
    const path = ['contacts', String(index)];
    const name = cleanText(contact.name);
    if (!name) errors.add([...path, 'name'], 'REQUIRED', 'A contact needs a name.');
    checkLength(errors, [...path, 'name'], name, limits.name);
    return {
      name: name ?? '',
      role: optionalText(errors, contact as unknown as Record<string, unknown>, 'role', limits.text, path) ?? null,
      email: email(errors, [...path, 'email'], contact.email) ?? null,
      phone: phone(errors, [...path, 'phone'], contact.phone) ?? null,
      // With no primary named, the first contact is the primary one.
      isPrimary: primaries ? !!contact.isPrimary : index === 0,
      position: index,
    };
  });
}

function tags(errors: UserErrorList, input: string[] | null | undefined) {
  if (input === undefined) return undefined;
  const unique = [...new Set((input ?? []).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  if (unique.length > limits.tags) errors.add(['tags'], 'INVALID', `A customer can have at most ${limits.tags} tags.`);
  for (const [index, tag] of unique.entries()) checkLength(errors, ['tags', String(index)], tag, limits.tag);
  return unique;
}

async function purchaseTerms(
  tx: Tx,
  errors: UserErrorList,
  input: PurchaseTermsInput | null | undefined,
  currency: string | undefined,
) {
  if (!input) return {};
  const data: Partial<CustomerData> = {};
  const path = ['purchaseTerms'];
  if (input.paymentTermsId !== undefined) {
    if (input.paymentTermsId === null) data.paymentTermsId = null;
    else {
      const terms = await tx.paymentTerms.findUnique({ where: { id: input.paymentTermsId } });
      if (!terms?.isActive) {
        errors.add(
          [...path, 'paymentTermsId'],
          'NOT_FOUND',
          'No active payment terms have this id; list them with the paymentTerms query.',
        );
      } else data.paymentTermsId = terms.id;
    }
  }
  if (input.priceListId !== undefined) {
    if (input.priceListId === null) data.priceListId = null;
    else {
      const priceList = await tx.priceList.findUnique({ where: { id: input.priceListId } });
      if (!priceList) errors.add([...path, 'priceListId'], 'NOT_FOUND', 'No price list has this id.');
      else data.priceListId = priceList.id;
    }
  }
  if (input.creditLimit !== undefined) {
    const limit = input.creditLimit;
    if (limit?.isNegative()) {
      errors.add([...path, 'creditLimit'], 'NEGATIVE_AMOUNT', 'The credit limit cannot be negative.');
    } else if (limit !== null && currency && !hasAtMostMinorUnits(limit, currency)) {
      errors.add(
        [...path, 'creditLimit'],
        'TOO_MANY_DECIMALS',
        `The credit limit has more decimals than ${currency} allows.`,
      );
    } else if (limit?.greaterThan(maxAmount)) {
      errors.add(
        [...path, 'creditLimit'],
        'AMOUNT_TOO_LARGE',
        `The credit limit may be at most ${maxAmount.toFixed(2)}.`,
      );
    }
    data.creditLimit = limit === null ? null : limit.toFixed();
  }
  if (input.defaultPaymentMethod !== undefined) data.defaultPaymentMethod = input.defaultPaymentMethod;
  if (input.defaultTaxTreatment !== undefined) data.defaultTaxTreatment = input.defaultTaxTreatment ?? 'STANDARD';
  if (input.creditLimitPolicy != null) data.creditLimitPolicy = input.creditLimitPolicy;
  if (input.remindersEnabled != null) data.remindersEnabled = input.remindersEnabled;
  if (input.reminderPolicyId !== undefined) {
    if (input.reminderPolicyId === null) data.reminderPolicyId = null;
    else if (!(await tx.reminderPolicy.findUnique({ where: { id: input.reminderPolicyId }, select: { id: true } }))) {
      errors.add([...path, 'reminderPolicyId'], 'NOT_FOUND', 'No reminder policy has this id.');
    } else data.reminderPolicyId = input.reminderPolicyId;
  }
  return data;
}

/** Checks every field the input sets and returns the columns to write; throws on any problem. */
async function customerData(tx: Tx, input: CustomerFieldsInput, existing: Customer | null) {
  const errors = new UserErrorList();
  const data: CustomerData = {};
  const fields = input as Record<string, unknown>;

  if (input.code !== undefined || !existing) {
    const code = cleanText(input.code);
    if (!code) errors.add(['code'], 'REQUIRED', 'A customer code is required.');
    else if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) {
      errors.add(['code'], 'INVALID', 'A customer code may hold letters, digits, ".", "_" and "-".');
    } else if (code.length > limits.code)
      errors.add(['code'], 'TOO_LONG', `code must be at most ${limits.code} characters.`);
    else if (code !== existing?.code && (await tx.customer.findUnique({ where: { code }, select: { id: true } }))) {
      errors.add(['code'], 'DUPLICATE', `Customer code "${code}" is already used by another customer.`);
    }
    data.code = code ?? undefined;
  }
  if (input.displayName !== undefined || !existing) {
    const name = cleanText(input.displayName);
    if (!name) errors.add(['displayName'], 'REQUIRED', 'A display name is required.');
    checkLength(errors, ['displayName'], name, limits.name);
    data.displayName = name ?? undefined;
  }
  if (input.currency !== undefined || !existing) {
    const currency = input.currency
      ? formatted(
          errors,
          ['currency'],
          input.currency,
          normalizeCurrency,
          'INVALID_CURRENCY',
          'is not an ISO 4217 currency code such as RON or EUR.',
        )
      : null;
    if (!input.currency) errors.add(['currency'], 'REQUIRED', 'A currency is required.');
    // Documents, balances and the credit limit are in the customer's currency: it is settled
    // once the first document exists.
    if (existing && currency && currency !== existing.currency && (await hasMoneyDocuments(tx, existing.id))) {
      errors.add(
        ['currency'],
        'INVALID_STATE',
        `This customer already has documents in ${existing.currency}; the currency cannot change.`,
      );
    }
    data.currency = currency ?? undefined;
  }
  if (input.kind != null) data.kind = input.kind;
  if (input.language != null) {
    const language = input.language.trim().toLowerCase();
    if (language !== 'ro' && language !== 'en')
      errors.add(['language'], 'INVALID', 'Reminders are written in "ro" or "en".');
    else data.language = language;
  }
  data.legalName = optionalText(errors, fields, 'legalName', limits.name);
  data.taxId = optionalText(errors, fields, 'taxId', 40);
  data.notes = optionalText(errors, fields, 'notes', limits.notes);
  data.email = email(errors, ['email'], input.email);
  data.phone = phone(errors, ['phone'], input.phone);
  data.website = formatted(
    errors,
    ['website'],
    input.website,
    normalizeWebsite,
    'INVALID_URL',
    'is not a web address.',
  );
  Object.assign(
    data,
    address(errors, 'billing', input.billingAddress),
    address(errors, 'shipping', input.shippingAddress),
  );
  data.tags = tags(errors, input.tags);
  const contactRows = contacts(errors, input.contacts);
  Object.assign(data, await purchaseTerms(tx, errors, input.purchaseTerms, data.currency ?? existing?.currency));

  errors.throwIfAny();
  return { data, contactRows };
}

export function searchTextOf(
  customer: Pick<Customer, 'code' | 'displayName' | 'legalName' | 'email' | 'phone' | 'taxId'>,
): string {
  return foldForSearch(
    [
      customer.code,
      customer.displayName,
      customer.legalName,
      customer.email,
      customer.phone,
      customer.phone?.replace(/^\+/, ''),
      customer.taxId,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** Two writers that pass the code check together: the unique index refuses the second one. */
function duplicateCodeAsUserError(code: string | null | undefined) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new UserInputError([
        {
          field: ['code'],
          code: 'DUPLICATE',
          message: `Customer code "${code?.trim()}" is already used by another customer.`,
        },
      ]);
    }
    throw error;
  };
}

async function publish(ctx: Context, event: CustomerChangedEvent): Promise<void> {
  await ctx.pubsub.publish(customerChangedTopic, event);
}

export async function createCustomer(ctx: Context, input: CustomerFieldsInput): Promise<{ customerId: string }> {
  const customer = await inTransaction(ctx.prisma, async (tx) => {
    const { data, contactRows } = await customerData(tx, input, null);
    const created = await tx.customer.create({
      data: {
        ...(data as Prisma.CustomerUncheckedCreateInput),
        searchText: searchTextOf(data as Customer),
        contacts: contactRows?.length ? { create: contactRows } : undefined,
      },
    });
    return created;
  }).catch(duplicateCodeAsUserError(input.code));
  await publish(ctx, { change: 'CREATED', customerId: customer.id, code: customer.code });
  return { customerId: customer.id };
}

function notFound(field: string[] = ['id']): UserInputError {
  return new UserInputError([{ field, code: 'NOT_FOUND', message: 'No customer has this id.' }]);
}

/**
 * Locks a customer's row until the transaction ends: edits of one customer, and the payments and
 * refunds that draw on its credit, apply one after the other. `field` names the input for errors.
 */
async function lockCustomer(tx: Tx, id: string): Promise<Customer> {
  const customer = await rowLocks(tx).customer(id);
  if (!customer) throw notFound(['id']);
  return customer;
}

export async function updateCustomer(
  ctx: Context,
  id: string,
  input: CustomerFieldsInput,
): Promise<{ customerId: string }> {
  const customer = await inTransaction(ctx.prisma, async (tx) => {
    const existing = await lockCustomer(tx, id);
    const { data, contactRows } = await customerData(tx, input, existing);
    if (contactRows) {
      await tx.contact.deleteMany({ where: { customerId: existing.id } });
      if (contactRows.length)
        await tx.contact.createMany({ data: contactRows.map((c) => ({ ...c, customerId: existing.id })) });
    }
    const merged = { ...existing, ...data } as Customer;
    return tx.customer.update({
      where: { id: existing.id },
      data: { ...(data as Prisma.CustomerUncheckedUpdateInput), searchText: searchTextOf(merged) },
    });
  }).catch(duplicateCodeAsUserError(input.code));
  await publish(ctx, { change: 'UPDATED', customerId: customer.id, code: customer.code });
  return { customerId: customer.id };
}

async function setStatus(ctx: Context, id: string, status: CustomerStatus): Promise<{ customerId: string }> {
  const customer = await inTransaction(ctx.prisma, async (tx) => {
    const existing = await lockCustomer(tx, id);
    if (existing.status === status) {
      const message = status === 'ARCHIVED' ? 'This customer is already archived.' : 'This customer is not archived.';
      throw new UserInputError([{ field: ['id'], code: 'INVALID_STATE', message }]);
    }
    return tx.customer.update({
      where: { id: existing.id },
      data: { status, archivedAt: status === 'ARCHIVED' ? new Date() : null },
    });
  });
  await publish(ctx, {
    change: status === 'ARCHIVED' ? 'ARCHIVED' : 'RESTORED',
    customerId: customer.id,
    code: customer.code,
  });
  return { customerId: customer.id };
}

export const archiveCustomer = (ctx: Context, id: string) => setStatus(ctx, id, 'ARCHIVED');
export const restoreCustomer = (ctx: Context, id: string) => setStatus(ctx, id, 'ACTIVE');

/** Whether any money document (invoice, payment, credit note, refund) names the customer. */
async function hasMoneyDocuments(tx: Tx, customerId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Invoice" WHERE "customerId" = ${customerId}::uuid)
        OR EXISTS (SELECT 1 FROM "Payment" WHERE "customerId" = ${customerId}::uuid)
        OR EXISTS (SELECT 1 FROM "CreditNote" WHERE "customerId" = ${customerId}::uuid)
        OR EXISTS (SELECT 1 FROM "Refund" WHERE "customerId" = ${customerId}::uuid) AS found`;
  return row.found;
}

/**
 * Deletes a customer created by mistake. Once any document or contract names the customer, the
 * foreign keys refuse, and it can only be archived.
 */
export async function deleteCustomer(ctx: Context, id: string): Promise<{ deletedCustomerId: string }> {
  const deleted = await inTransaction(ctx.prisma, async (tx) => {
    const existing = await lockCustomer(tx, id);
    await tx.customer.delete({ where: { id: existing.id } });
    return existing;
  }).catch((error: unknown) => {
    if (isForeignKeyViolation(error)) {
      throw new UserInputError([
        {
          field: ['id'],
          code: 'HAS_DOCUMENTS',
          message: 'This customer has documents and cannot be deleted; archive it instead.',
        },
      ]);
    }
    throw error;
  });
  await publish(ctx, { change: 'DELETED', customerId: deleted.id, code: deleted.code });
  return { deletedCustomerId: deleted.id };
}

// ---- reading ----

export interface CustomerFilter {
  search?: string | null;
  status?: CustomerStatus[] | null;
  kind?: CustomerKind | null;
  tags?: string[] | null;
  countries?: string[] | null;
}

/** What a customer list's filter asks, checked and normalised: the one reading of it both reads share. */
export interface CustomerFilterTerms {
  statuses: CustomerStatus[];
  /** Folded words, each to be found in the search text, escaped for LIKE. */
  likeWords: string[];
  kind: CustomerKind | null;
  tags: string[] | null;
  countries: string[] | null;
}

/** The filter's terms; the status defaults to active customers. */
export function customerFilterTerms(filter: CustomerFilter | null | undefined): CustomerFilterTerms {
  const words = foldForSearch(checkSearchText(filter?.search, ['filter', 'search']))
    .split(/\s+/)
    .filter(Boolean);
  return {
    statuses: filter?.status?.length ? filter.status : ['ACTIVE'],
    likeWords: words.map(likeContains),
    kind: filter?.kind ?? null,
    tags: filter?.tags?.length ? filter.tags.map((tag) => tag.trim().toLowerCase()) : null,
    countries: filter?.countries?.length ? filter.countries.map((c) => c.toUpperCase()) : null,
  };
}

/** The `where` of a customer list through the ORM (the plain-SQL list, customer-reads.ts, is tested against it). */
export function customerWhere(filter: CustomerFilter | null | undefined): Prisma.CustomerWhereInput {
  const terms = customerFilterTerms(filter);
  const and: Prisma.CustomerWhereInput[] = [{ status: { in: terms.statuses } }];
  for (const word of terms.likeWords) and.push({ searchText: { contains: word } });
  if (terms.kind) and.push({ kind: terms.kind });
  if (terms.tags) and.push({ tags: { hasSome: terms.tags } });
  if (terms.countries) and.push({ billingCountry: { in: terms.countries } });
  return { AND: and };
}

export type CustomerSortField = 'DISPLAY_NAME' | 'CODE' | 'CREATED_AT' | 'UPDATED_AT';
export interface CustomerOrder {
  field: CustomerSortField;
  direction: 'ASC' | 'DESC';
}

/** The column a customer list is sorted by, then by id: ties never skip or repeat a row across pages. */
export function customerSortColumn(order: CustomerOrder | null | undefined) {
  return ({ DISPLAY_NAME: 'displayName', CODE: 'code', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const)[
    order?.field ?? 'DISPLAY_NAME'
  ];
}

export function customerOrderBy(order: CustomerOrder | null | undefined): Prisma.CustomerOrderByWithRelationInput[] {
  const direction = order?.direction === 'DESC' ? 'desc' : 'asc';
  return [{ [customerSortColumn(order)]: direction }, { id: direction }];
}
