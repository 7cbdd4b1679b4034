import type { Context } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Decimal } from '../../money/money.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import { checkUnitPrice } from '../../shared/amounts.js';
import { normalizeCountry, normalizeCurrency } from '../../shared/contact-formats.js';
import { periodsOverlap, utcDay } from '../../shared/dates.js';
import { cleanText, quoted } from '../../shared/text.js';

type Tx = Prisma.TransactionClient;

// ---- items ----

export interface ItemInput {
  sku?: string | null;
  name?: string | null;
  description?: string | null;
  unit?: string | null;
  basePrice?: Decimal | null;
  currency?: string | null;
  defaultTaxRateId?: string | null;
  isActive?: boolean | null;
}

async function itemData(tx: Tx, input: ItemInput, existing: { sku: string; currency: string } | null) {
  const errors = new UserErrorList();
  const data: Prisma.ItemUncheckedUpdateInput = {};
  if (input.sku !== undefined || !existing) {
    const sku = cleanText(input.sku);
    if (!sku) errors.add(['sku'], 'REQUIRED', 'An item needs a SKU.');
    else if (sku.length > 64) errors.add(['sku'], 'TOO_LONG', 'sku must be at most 64 characters.');
    else if (sku !== existing?.sku && (await tx.item.findUnique({ where: { sku }, select: { id: true } }))) {
      errors.add(['sku'], 'DUPLICATE', `SKU "${sku}" is already used by another item.`);
    }
    data.sku = sku ?? undefined;
  }
  if (input.name !== undefined || !existing) {
    const name = cleanText(input.name);
    if (!name) errors.add(['name'], 'REQUIRED', 'An item needs a name.');
    else if (name.length > 200) errors.add(['name'], 'TOO_LONG', 'name must be at most 200 characters.');
    data.name = name ?? undefined;
  }
  if (input.description !== undefined) data.description = cleanText(input.description);
  if (input.unit !== undefined) data.unit = cleanText(input.unit) ?? 'pcs';
  let currency = existing?.currency ?? null;
  if (input.currency !== undefined || !existing) {
    currency = input.currency ? normalizeCurrency(input.currency) : null;
    if (!currency)
      errors.add(
        ['currency'],
        input.currency ? 'INVALID_CURRENCY' : 'REQUIRED',
        'Give an ISO 4217 currency such as RON.',
      );
    data.currency = currency ?? undefined;
  }
  if (input.basePrice !== undefined || !existing) {
    if (!input.basePrice) errors.add(['basePrice'], 'REQUIRED', 'An item needs a base price.');
    else if (checkUnitPrice(errors, ['basePrice'], input.basePrice, 'The base price')) {
      data.basePrice = input.basePrice.toFixed();
    }
  }
  if (input.defaultTaxRateId !== undefined || !existing) {
    const id = input.defaultTaxRateId ?? null;
    const rate = id ? await tx.taxRate.findUnique({ where: { id } }) : null;
    if (!rate?.isActive)
      errors.add(['defaultTaxRateId'], 'NOT_FOUND', 'No active tax rate has this id; list them with taxRates.');
    else data.defaultTaxRateId = rate.id;
  }
  if (input.isActive != null) data.isActive = input.isActive;
  errors.throwIfAny();
  return data;
}

export async function createItem(ctx: Context, input: ItemInput): Promise<{ itemId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const data = await itemData(tx, input, null);
    const item = await tx.item.create({ data: data as Prisma.ItemUncheckedCreateInput });
    return { itemId: item.id };
  });
}

export async function updateItem(ctx: Context, id: string, input: ItemInput): Promise<{ itemId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const existing = id ? await tx.item.findUnique({ where: { id } }) : null;
    if (!existing) throw new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No item has this id.' }]);
    const data = await itemData(tx, input, existing);
    await tx.item.update({ where: { id: existing.id }, data });
    return { itemId: existing.id };
  });
}

// ---- price lists ----

export interface PriceListInput {
  name?: string | null;
  currency?: string | null;
  isDefault?: boolean | null;
  isActive?: boolean | null;
}

export async function savePriceList(
  ctx: Context,
  id: string | null,
  input: PriceListInput,
): Promise<{ priceListId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const errors = new UserErrorList();
    const existing = id ? await tx.priceList.findUnique({ where: { id } }) : null;
    if (id && !existing)
      throw new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No price list has this id.' }]);
    const data: Prisma.PriceListUncheckedUpdateInput = {};
    if (input.name !== undefined || !existing) {
      const name = cleanText(input.name);
      if (!name) errors.add(['name'], 'REQUIRED', 'A price list needs a name.');
      else if (name.length > 100) errors.add(['name'], 'TOO_LONG', 'A price list name has at most 100 characters.');
      else if (name !== existing?.name && (await tx.priceList.findUnique({ where: { name } }))) {
        errors.add(['name'], 'DUPLICATE', `A price list named "${name}" already exists.`);
      }
      data.name = name ?? undefined;
    }
    if (input.currency !== undefined || !existing) {
      const currency = input.currency ? normalizeCurrency(input.currency) : null;
      if (!currency)
        errors.add(
          ['currency'],
          input.currency ? 'INVALID_CURRENCY' : 'REQUIRED',
          'Give an ISO 4217 currency such as RON.',
        );
      else if (
        existing &&
        currency !== existing.currency &&
        (await tx.priceListEntry.count({ where: { priceListId: existing.id } }))
      ) {
        errors.add(
          ['currency'],
          'INVALID_STATE',
          'A price list with prices cannot change currency; create another list.',
        );
      }
      data.currency = currency ?? undefined;
    }
    if (input.isActive != null) data.isActive = input.isActive;
    if (input.isDefault != null) data.isDefault = input.isDefault;
    errors.throwIfAny();
    // One default at a time: taking the flag takes it from the others in the same transaction.
    if (input.isDefault)
      await tx.priceList.updateMany({
        where: { isDefault: true, id: { not: existing?.id } },
        data: { isDefault: false },
      });
    const saved = existing
      ? await tx.priceList.update({ where: { id: existing.id }, data })
      : await tx.priceList.create({ data: data as Prisma.PriceListUncheckedCreateInput });
    return { priceListId: saved.id };
  });
}

export interface PriceInput {
  itemId: string;
  price: Decimal;
  validFrom?: Date | null;
  validTo?: Date | null;
}

/** Adds prices to a list; a price for an item whose dates overlap an existing one is refused. */
export async function addPrices(
  ctx: Context,
  priceListId: string,
  prices: PriceInput[],
): Promise<{ priceListId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const errors = new UserErrorList();
    const list = await tx.priceList.findUnique({ where: { id: priceListId } });
    if (!list)
      throw new UserInputError([{ field: ['priceListId'], code: 'NOT_FOUND', message: 'No price list has this id.' }]);
    await tx.$queryRaw`SELECT id FROM "PriceList" WHERE id = ${list.id}::uuid FOR UPDATE`;
    const existing = await tx.priceListEntry.findMany({ where: { priceListId: list.id } });
    const accepted: { itemId: string; validFrom: Date | null; validTo: Date | null }[] = [];
    const rows: Prisma.PriceListEntryCreateManyInput[] = [];
    for (const [index, price] of prices.entries()) {
      const path = ['prices', index];
      const item = await tx.item.findUnique({ where: { id: price.itemId } });
      if (!item) {
        errors.add([...path, 'itemId'], 'NOT_FOUND', 'No item has this id.');
        continue;
      }
      checkUnitPrice(errors, [...path, 'price'], price.price);
      const validFrom = price.validFrom ? utcDay(price.validFrom) : null;
      const validTo = price.validTo ? utcDay(price.validTo) : null;
      if (validFrom && validTo && validTo < validFrom) {
        errors.add([...path, 'validTo'], 'INVALID', 'validTo is before validFrom.');
        continue;
      }
      const overlaps = [...existing, ...accepted].some(
        (other) =>
          other.itemId === item.id &&
          periodsOverlap(validFrom ?? new Date(0), validTo, other.validFrom ?? new Date(0), other.validTo),
      );
      if (overlaps) {
        errors.add(path, 'DUPLICATE', `"${item.sku}" already has a price in this list for some of these dates.`);
        continue;
      }
      accepted.push({ itemId: item.id, validFrom, validTo });
      rows.push({ priceListId: list.id, itemId: item.id, price: price.price.toFixed(), validFrom, validTo });
    }
    errors.throwIfAny();
    await tx.priceListEntry.createMany({ data: rows });
    return { priceListId: list.id };
  });
}

export async function removePrice(ctx: Context, id: string): Promise<{ priceListId: string }> {
  const entry = id
    ? await ctx.prisma.priceListEntry.findUnique({ where: { id }, include: { _count: { select: { lines: true } } } })
    : null;
  if (!entry) throw new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No price has this id.' }]);
  if (entry._count.lines > 0) {
    throw new UserInputError([
      {
        field: ['id'],
        code: 'INVALID_STATE',
        message: 'Invoices used this price; end it with a validTo date on a new price instead.',
      },
    ]);
  }
  await ctx.prisma.priceListEntry.delete({ where: { id: entry.id } });
  return { priceListId: entry.priceListId };
}

// ---- company settings ----

export interface CompanySettingsInput {
  name?: string | null;
  legalName?: string | null;
  taxId?: string | null;
  street?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  bankName?: string | null;
  bankAccount?: string | null;
  defaultCurrency?: string | null;
  defaultPaymentTermsId?: string | null;
  defaultPriceListId?: string | null;
  defaultTaxRateId?: string | null;
}

export async function updateCompanySettings(ctx: Context, input: CompanySettingsInput): Promise<{ ok: true }> {
  const errors = new UserErrorList();
  const data: Prisma.CompanySettingsUncheckedUpdateInput = {};
  for (const key of [
    'legalName',
    'taxId',
    'street',
    'city',
    'region',
    'postalCode',
    'bankName',
    'bankAccount',
  ] as const) {
    if (input[key] === undefined) continue;
    const text = cleanText(input[key]);
    if (text && text.length > 200) errors.add([key], 'TOO_LONG', `${key} has at most 200 characters.`);
    data[key] = text;
  }
  if (input.name !== undefined) {
    const name = cleanText(input.name);
    if (!name) errors.add(['name'], 'REQUIRED', 'The company needs a name.');
    else if (name.length > 200) errors.add(['name'], 'TOO_LONG', 'The company name has at most 200 characters.');
    data.name = name ?? undefined;
  }
  if (input.country !== undefined) {
    const text = cleanText(input.country);
    const country = text ? normalizeCountry(text) : null;
    if (text && !country)
      errors.add(
        ['country'],
        'INVALID_COUNTRY',
        `${quoted(text)} is not an ISO 3166-1 alpha-2 country code such as RO.`,
      );
    data.country = country;
  }
  if (input.defaultCurrency !== undefined) {
    const currency = input.defaultCurrency ? normalizeCurrency(input.defaultCurrency) : null;
    if (!currency) errors.add(['defaultCurrency'], 'INVALID_CURRENCY', 'Give an ISO 4217 currency such as RON.');
    data.defaultCurrency = currency ?? undefined;
  }
  const reference = async (
    key: 'defaultPaymentTermsId' | 'defaultPriceListId' | 'defaultTaxRateId',
    type: string,
    exists: (id: string) => Promise<boolean>,
  ) => {
    const value = input[key];
    if (value === undefined) return;
    if (value === null) {
      data[key] = null;
      return;
    }
    if (!(await exists(value))) errors.add([key], 'NOT_FOUND', `No ${type} has this id.`);
    else data[key] = value;
  };
  await reference(
    'defaultPaymentTermsId',
    'PaymentTerms',
    async (id) => !!(await ctx.prisma.paymentTerms.findUnique({ where: { id } })),
  );
  await reference(
    'defaultPriceListId',
    'PriceList',
    async (id) => !!(await ctx.prisma.priceList.findUnique({ where: { id } })),
  );
  await reference(
    'defaultTaxRateId',
    'TaxRate',
    async (id) => !!(await ctx.prisma.taxRate.findUnique({ where: { id } })),
  );
  errors.throwIfAny();
  await ctx.prisma.companySettings.update({ where: { id: 1 }, data });
  return { ok: true };
}
