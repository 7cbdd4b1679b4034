import type {
  ContractTerm,
  DiscountSource,
  Item,
  PriceListEntry,
  PriceSource,
  Prisma,
  TaxRate,
  TaxSource,
  TaxTreatment,
} from '../../generated/prisma/client.js';
import { Decimal, formatMoney, lineAmounts, maxAmount, toDecimal, type LineAmounts } from '../../money/money.js';
import type { UserErrorList } from '../../shared/user-errors.js';
import { checkAmount, checkUnitPrice } from '../../shared/amounts.js';
import { dayWithin } from '../../shared/dates.js';
import { cleanText } from '../../shared/text.js';

// The one pricing engine: quotes and invoice lines go through `priceLines`.
// Precedence, first that applies wins:
//   price:    manual override > contract item price > customer price list > default price list > item base price
//   discount: none with a manual price; else contract item discount > contract-wide discount
//   tax:      contract tax treatment (item, then whole contract) > customer's treatment (exempt,
//             reverse charge) > item's default rate > the company's default rate (lines without item)

type Tx = Prisma.TransactionClient;

export interface PricingContext {
  customerId: string;
  customerTaxTreatment: TaxTreatment;
  /** Contract prices are in the customer's currency and price only invoices in it. */
  customerCurrency: string;
  currency: string;
  date: Date;
  /** The list the invoice uses, when it is the customer's own (or chosen on the invoice). */
  customerPriceListId: string | null;
  /** The company's default list. */
  defaultPriceListId: string | null;
  defaultTaxRateId: string | null;
}

export interface LineRequest {
  itemId: string | null;
  description?: string | null;
  quantity: Decimal;
  unitPrice?: Decimal | null;
  manualPriceReason?: string | null;
}

export interface PricedLine extends LineAmounts {
  itemId: string | null;
  description: string;
  unit: string;
  quantity: Decimal;
  unitPrice: Decimal;
  priceSource: PriceSource;
  manualPriceReason: string | null;
  priceTermId: string | null;
  priceListEntryId: string | null;
  discountPercent: Decimal;
  discountSource: DiscountSource;
  discountTermId: string | null;
  taxRateId: string;
  taxPercent: Decimal;
  taxSource: TaxSource;
  taxTermId: string | null;
  taxReason: string | null;
  /** Why the line costs what it costs, in words. */
  explanation: string;
}

type TermWithContract = ContractTerm & { contract: { number: string; title: string } };

interface PricingData {
  items: Map<string, Item>;
  terms: TermWithContract[];
  entries: (PriceListEntry & { priceList: { name: string } })[];
  taxRates: Map<string, TaxRate>;
}

async function loadPricingData(tx: Tx, context: PricingContext, itemIds: string[]): Promise<PricingData> {
  const listIds = [context.customerPriceListId, context.defaultPriceListId].filter((id): id is string => !!id);
  const [items, terms, entries, taxRates] = await Promise.all([
    tx.item.findMany({ where: { id: { in: itemIds } } }),
    tx.contractTerm.findMany({
      where: {
        contract: {
          customerId: context.customerId,
          status: { in: ['ACTIVE', 'TERMINATED'] },
          startDate: { lte: context.date },
          OR: [{ endDate: null }, { endDate: { gte: context.date } }],
        },
        validFrom: { lte: context.date },
        OR: [{ validTo: null }, { validTo: { gte: context.date } }],
      },
      include: { contract: { select: { number: true, title: true } } },
    }),
    tx.priceListEntry.findMany({
      where: { priceListId: { in: listIds }, itemId: { in: itemIds } },
      include: { priceList: { select: { name: true } } },
    }),
    tx.taxRate.findMany(),
  ]);
  return {
    items: new Map(items.map((item) => [item.id, item])),
    terms,
    entries: entries.filter((entry) => dayWithin(context.date, entry.validFrom, entry.validTo)),
    taxRates: new Map(taxRates.map((rate) => [rate.id, rate])),
  };
}

const describeTerm = (term: TermWithContract) => `contract ${term.contract.number} ("${term.contract.title}")`;

/** Prices every line; adds a user error (under `path`) for each line that cannot be priced. */
export async function priceLines(
  tx: Tx,
  context: PricingContext,
  requests: LineRequest[],
  errors: UserErrorList,
  path: (string | number)[] = ['lines'],
): Promise<PricedLine[]> {
  const data = await loadPricingData(
    tx,
    context,
    requests.map((line) => line.itemId).filter((id): id is string => !!id),
  );
  const priced: PricedLine[] = [];
  const currency = context.currency;

  for (const [index, request] of requests.entries()) {
    const at = [...path, index];
    const quantityOk = checkAmount(errors, [...at, 'quantity'], request.quantity, null, { label: 'The quantity' });
    if (request.quantity.decimalPlaces() > 4)
      errors.add([...at, 'quantity'], 'TOO_MANY_DECIMALS', 'A quantity has at most 4 decimals.');
    const manual = request.unitPrice ?? null;
    if (manual && !checkUnitPrice(errors, [...at, 'unitPrice'], manual, 'The unit price')) continue;
    const item = request.itemId ? data.items.get(request.itemId) : undefined;
    if (request.itemId && !item) {
      errors.add([...at, 'itemId'], 'NOT_FOUND', 'No item has this id.');
      continue;
    }
    if (item && !item.isActive) {
      errors.add([...at, 'itemId'], 'INVALID_STATE', `Item "${item.sku}" is inactive.`);
      continue;
    }
    const description = cleanText(request.description) ?? item?.name ?? null;
    if (!description) {
      errors.add([...at, 'description'], 'REQUIRED', 'A line without an item needs a description.');
      continue;
    }
    if (!item && !manual) {
      errors.add([...at, 'unitPrice'], 'REQUIRED', 'A line without an item needs a unit price.');
      continue;
    }
    const reasons: string[] = [];

    // ---- price ----
    const termFor = (kind: ContractTerm['kind'], itemId: string | null) =>
      data.terms.find((term) => term.kind === kind && term.itemId === itemId) ?? null;
    let unitPrice: Decimal;
    let priceSource: PriceSource;
    let priceTermId: string | null = null;
    let priceListEntryId: string | null = null;
    const contractPrice = item && context.customerCurrency === currency ? termFor('ITEM_PRICE', item.id) : null;
    const entryIn = (listId: string | null) =>
      item && listId ? data.entries.find((e) => e.priceListId === listId && e.itemId === item.id) : undefined;
    const customerEntry =
      context.customerPriceListId !== context.defaultPriceListId ? entryIn(context.customerPriceListId) : undefined;
    const defaultEntry = entryIn(context.defaultPriceListId);
    if (manual) {
      unitPrice = manual;
      priceSource = 'MANUAL';
      const why = cleanText(request.manualPriceReason);
      reasons.push(`Price ${formatMoney(manual, currency)} set by hand${why ? `: ${why}` : ''}.`);
    } else if (contractPrice?.price) {
      unitPrice = toDecimal(contractPrice.price);
      priceSource = 'CONTRACT';
      priceTermId = contractPrice.id;
      reasons.push(`Price ${formatMoney(unitPrice, currency)} from ${describeTerm(contractPrice)}.`);
    } else if (customerEntry) {
      unitPrice = toDecimal(customerEntry.price);
      priceSource = 'CUSTOMER_PRICE_LIST';
      priceListEntryId = customerEntry.id;
      reasons.push(
        `Price ${formatMoney(unitPrice, currency)} from the customer's price list "${customerEntry.priceList.name}".`,
      );
    } else if (defaultEntry) {
      unitPrice = toDecimal(defaultEntry.price);
      priceSource = 'DEFAULT_PRICE_LIST';
      priceListEntryId = defaultEntry.id;
      reasons.push(
        `Price ${formatMoney(unitPrice, currency)} from the default price list "${defaultEntry.priceList.name}".`,
      );
    } else if (item && item.currency === currency) {
      unitPrice = toDecimal(item.basePrice);
      priceSource = 'ITEM';
      reasons.push(`Price ${formatMoney(unitPrice, currency)}: the item's base price.`);
    } else {
      errors.add(
        [...at, 'unitPrice'],
        'INVALID',
        `Item "${item!.sku}" has no price in ${currency}: add one to a price list or set the price by hand.`,
      );
      continue;
    }
    if (
      priceSource !== 'MANUAL' &&
      item &&
      priceSource !== 'ITEM' &&
      !toDecimal(item.basePrice).equals(unitPrice) &&
      item.currency === currency
    ) {
      reasons.push(`(The item's base price is ${formatMoney(item.basePrice, currency)}.)`);
    }

    // ---- discount ----
    let discountPercent = new Decimal(0);
    let discountSource: DiscountSource = 'NONE';
    let discountTermId: string | null = null;
    if (!manual) {
      const itemDiscount = item ? termFor('ITEM_DISCOUNT', item.id) : null;
      const contractDiscount = termFor('CONTRACT_DISCOUNT', null);
      const discount = itemDiscount ?? contractDiscount;
      if (discount?.discountPercent) {
        discountPercent = toDecimal(discount.discountPercent);
        discountSource = itemDiscount ? 'CONTRACT_ITEM' : 'CONTRACT';
        discountTermId = discount.id;
        reasons.push(`Discount ${discountPercent.toFixed()}% from ${describeTerm(discount)}.`);
      }
    }

    // ---- tax ----
    let taxRate: TaxRate | undefined;
    let taxSource: TaxSource;
    let taxTermId: string | null = null;
    let taxReason: string | null = null;
    const taxTerm = (item ? termFor('TAX_TREATMENT', item.id) : null) ?? termFor('TAX_TREATMENT', null);
    const rateOfKind = (kind: TaxRate['kind']) =>
      [...data.taxRates.values()].find((rate) => rate.kind === kind && rate.isActive);
    if (taxTerm?.taxRateId) {
      taxRate = data.taxRates.get(taxTerm.taxRateId);
      taxSource = 'CONTRACT';
      taxTermId = taxTerm.id;
      taxReason = taxTerm.taxReason;
      reasons.push(
        `Tax ${taxRate?.name} from ${describeTerm(taxTerm)}${taxTerm.taxReason ? `: ${taxTerm.taxReason}` : ''}.`,
      );
    } else if (context.customerTaxTreatment !== 'STANDARD') {
      taxRate = rateOfKind(context.customerTaxTreatment);
      taxSource = 'CUSTOMER';
      reasons.push(`Tax ${taxRate?.name}: the customer's tax treatment.`);
    } else if (item) {
      taxRate = data.taxRates.get(item.defaultTaxRateId);
      taxSource = 'ITEM';
      reasons.push(`Tax ${taxRate?.name}: the item's rate.`);
    } else {
      taxRate = context.defaultTaxRateId ? data.taxRates.get(context.defaultTaxRateId) : undefined;
      taxSource = 'COMPANY';
      reasons.push(`Tax ${taxRate?.name}: the company's default rate.`);
    }
    if (!taxRate) {
      errors.add(at, 'INVALID', 'No tax rate applies to this line; set the company default tax rate.');
      continue;
    }
    if (!quantityOk) continue;

    const amounts = lineAmounts({
      quantity: request.quantity,
      unitPrice,
      discountPercent,
      taxPercent: taxRate.rate,
      currency,
    });
    if (amounts.lineAmount.greaterThan(maxAmount) || amounts.totalAmount.greaterThan(maxAmount)) {
      errors.add(
        [...at, 'quantity'],
        'AMOUNT_TOO_LARGE',
        `This line would come to ${amounts.totalAmount.toFixed(2)} ${currency}; a line may be at most ${maxAmount.toFixed(2)}.`,
      );
      continue;
    }
    priced.push({
      itemId: item?.id ?? null,
      description,
      unit: item?.unit ?? 'pcs',
      quantity: request.quantity,
      unitPrice,
      priceSource,
      manualPriceReason: manual ? cleanText(request.manualPriceReason) : null,
      priceTermId,
      priceListEntryId,
      discountPercent,
      discountSource,
      discountTermId,
      taxRateId: taxRate.id,
      taxPercent: toDecimal(taxRate.rate),
      taxSource,
      taxTermId,
      taxReason,
      explanation: reasons.join(' '),
      ...amounts,
    });
  }
  const total = priced.reduce((sum, line) => sum.plus(line.totalAmount), new Decimal(0));
  if (total.greaterThan(maxAmount)) {
    errors.add(
      path,
      'AMOUNT_TOO_LARGE',
      `These lines come to ${total.toFixed(2)} ${currency}; a document may be at most ${maxAmount.toFixed(2)}.`,
    );
  }
  return priced;
}

export interface TaxSubtotal {
  taxRateId: string;
  taxPercent: Decimal;
  netAmount: Decimal;
  taxAmount: Decimal;
}

export interface DocumentTotals {
  subtotal: Decimal;
  discountTotal: Decimal;
  netTotal: Decimal;
  taxTotal: Decimal;
  total: Decimal;
  taxes: TaxSubtotal[];
}

/** Sums of the rounded line amounts, and tax per rate. */
export function documentTotals(
  lines: Pick<
    PricedLine,
    'lineAmount' | 'discountAmount' | 'netAmount' | 'taxAmount' | 'totalAmount' | 'taxRateId' | 'taxPercent'
  >[],
): DocumentTotals {
  const zero = new Decimal(0);
  const taxes = new Map<string, TaxSubtotal>();
  for (const line of lines) {
    const current = taxes.get(line.taxRateId) ?? {
      taxRateId: line.taxRateId,
      taxPercent: toDecimal(line.taxPercent),
      netAmount: zero,
      taxAmount: zero,
    };
    taxes.set(line.taxRateId, {
      ...current,
      netAmount: current.netAmount.plus(toDecimal(line.netAmount)),
      taxAmount: current.taxAmount.plus(toDecimal(line.taxAmount)),
    });
  }
  const sum = (pick: (line: (typeof lines)[number]) => Decimal | Prisma.Decimal) =>
    lines.reduce((total, line) => total.plus(toDecimal(pick(line))), zero);
  return {
    subtotal: sum((l) => l.lineAmount),
    discountTotal: sum((l) => l.discountAmount),
    netTotal: sum((l) => l.netAmount),
    taxTotal: sum((l) => l.taxAmount),
    total: sum((l) => l.totalAmount),
    taxes: [...taxes.values()].sort((a, b) => b.taxPercent.comparedTo(a.taxPercent)),
  };
}
