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
import { Decimal, formatUnitPrice, lineAmounts, maxAmount, toDecimal, type LineAmounts } from '../../money/money.js';
import type { UserErrorCode, UserErrorList } from '../../shared/user-errors.js';
import { checkAmount, checkUnitPrice } from '../../shared/amounts.js';
import { dayWithin } from '../../shared/dates.js';
import { cleanText, limitedText, textLimits } from '../../shared/text.js';

// The one pricing engine: quotes and invoice lines go through `priceLines`.
// Precedence, first that applies wins:
//   price:    manual override > contract item price > customer price list > default price list > item base price
//   discount: none with a manual price; else contract item discount > contract-wide discount
//   tax:      a rate Clientela set on a line it wrote (late interest) > contract tax treatment
//             (item, then whole contract) > customer's treatment (exempt, reverse charge) > item's
//             default rate > the company's default rate (lines without item)

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
  /** A rate Clientela sets on a line it writes itself (late interest), with why; wins over all others. */
  taxRateId?: string | null;
  taxReason?: string | null;
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

/** What one line is priced with: the request, its item, and the data every step reads. */
interface LineBasis {
  request: LineRequest;
  item: Item | undefined;
  context: PricingContext;
  data: PricingData;
  /** Why the line costs what it does, in the order the steps decided it. */
  reasons: string[];
}

const termFor = (data: PricingData, kind: ContractTerm['kind'], itemId: string | null) =>
  data.terms.find((term) => term.kind === kind && term.itemId === itemId) ?? null;

interface PriceChoice {
  unitPrice: Decimal;
  priceSource: PriceSource;
  priceTermId: string | null;
  priceListEntryId: string | null;
}

/**
 * The unit price, first that applies: manual override > contract item price (in the customer's
 * currency) > customer price list > default price list > the item's base price. Null when none.
 */
function choosePrice({ request, item, context, data, reasons }: LineBasis): PriceChoice | null {
  const currency = context.currency;
  const entryIn = (listId: string | null) =>
    item && listId ? data.entries.find((e) => e.priceListId === listId && e.itemId === item.id) : undefined;
  const contractPrice = item && context.customerCurrency === currency ? termFor(data, 'ITEM_PRICE', item.id) : null;
  const customerEntry =
    context.customerPriceListId !== context.defaultPriceListId ? entryIn(context.customerPriceListId) : undefined;
  const defaultEntry = entryIn(context.defaultPriceListId);
  const none = { priceTermId: null, priceListEntryId: null };
  let choice: PriceChoice;
  if (request.unitPrice) {
    choice = { ...none, unitPrice: request.unitPrice, priceSource: 'MANUAL' };
    const why = cleanText(request.manualPriceReason)?.replace(/[.\s]+$/, '');
    reasons.push(`Price ${formatUnitPrice(request.unitPrice, currency)} set by hand${why ? `: ${why}` : ''}.`);
  } else if (contractPrice?.price) {
    choice = {
      ...none,
      unitPrice: toDecimal(contractPrice.price),
      priceSource: 'CONTRACT',
      priceTermId: contractPrice.id,
    };
    reasons.push(`Price ${formatUnitPrice(choice.unitPrice, currency)} from ${describeTerm(contractPrice)}.`);
  } else if (customerEntry) {
    choice = {
      ...none,
      unitPrice: toDecimal(customerEntry.price),
      priceSource: 'CUSTOMER_PRICE_LIST',
      priceListEntryId: customerEntry.id,
    };
    reasons.push(
      `Price ${formatUnitPrice(choice.unitPrice, currency)} from the customer's price list "${customerEntry.priceList.name}".`,
    );
  } else if (defaultEntry) {
    choice = {
      ...none,
      unitPrice: toDecimal(defaultEntry.price),
      priceSource: 'DEFAULT_PRICE_LIST',
      priceListEntryId: defaultEntry.id,
    };
    reasons.push(
      `Price ${formatUnitPrice(choice.unitPrice, currency)} from the default price list "${defaultEntry.priceList.name}".`,
    );
  } else if (item && item.currency === currency) {
    choice = { ...none, unitPrice: toDecimal(item.basePrice), priceSource: 'ITEM' };
    reasons.push(`Price ${formatUnitPrice(choice.unitPrice, currency)}: the item's base price.`);
  } else {
    return null;
  }
  const fromList = choice.priceSource !== 'MANUAL' && choice.priceSource !== 'ITEM';
  if (item && fromList && item.currency === currency && !toDecimal(item.basePrice).equals(choice.unitPrice)) {
    reasons.push(`(The item's base price is ${formatUnitPrice(item.basePrice, currency)}.)`);
  }
  return choice;
}

/** The discount: none with a manual price; else the contract's item discount > its contract-wide discount. */
function chooseDiscount({ request, item, data, reasons }: LineBasis) {
  const none = { discountPercent: new Decimal(0), discountSource: 'NONE' as DiscountSource, discountTermId: null };
  if (request.unitPrice) return none;
  const itemDiscount = item ? termFor(data, 'ITEM_DISCOUNT', item.id) : null;
  const discount = itemDiscount ?? termFor(data, 'CONTRACT_DISCOUNT', null);
  if (!discount?.discountPercent) return none;
  const discountPercent = toDecimal(discount.discountPercent);
  reasons.push(`Discount ${discountPercent.toFixed()}% from ${describeTerm(discount)}.`);
  return {
    discountPercent,
    discountSource: (itemDiscount ? 'CONTRACT_ITEM' : 'CONTRACT') as DiscountSource,
    discountTermId: discount.id as string | null,
  };
}

/**
 * The tax rate: the contract's tax treatment (for the item, then the whole contract) > the
 * customer's treatment (exempt, reverse charge) > the item's rate > the company's default rate
 * (lines without an item). Null when none applies.
 */
function chooseTax({ request, item, context, data, reasons }: LineBasis) {
  if (request.taxRateId) {
    const taxRate = data.taxRates.get(request.taxRateId);
    if (!taxRate) return null;
    reasons.push(`Tax ${taxRate.name}${request.taxReason ? `: ${request.taxReason}` : ''}.`);
    return { taxRate, taxSource: 'MANUAL' as TaxSource, taxTermId: null, taxReason: request.taxReason ?? null };
  }
  const taxTerm = (item ? termFor(data, 'TAX_TREATMENT', item.id) : null) ?? termFor(data, 'TAX_TREATMENT', null);
  const rateOfKind = (kind: TaxRate['kind']) =>
    [...data.taxRates.values()].find((rate) => rate.kind === kind && rate.isActive);
  let taxRate: TaxRate | undefined;
  let taxSource: TaxSource;
  if (taxTerm?.taxRateId) {
    taxRate = data.taxRates.get(taxTerm.taxRateId);
    taxSource = 'CONTRACT';
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
  if (!taxRate) return null;
  const fromContract = taxSource === 'CONTRACT';
  return {
    taxRate,
    taxSource,
    taxTermId: fromContract ? taxTerm!.id : null,
    taxReason: fromContract ? taxTerm!.taxReason : null,
  };
}

/**
 * Checks what a line asks for before it is priced, adding user errors. `usable` is false when the
 * line cannot be priced at all; a bad quantity still lets it be priced, so every problem shows.
 */
function checkRequest(request: LineRequest, item: Item | undefined, at: (string | number)[], errors: UserErrorList) {
  const quantityOk = checkAmount(errors, [...at, 'quantity'], request.quantity, null, { label: 'The quantity' });
  if (request.quantity.decimalPlaces() > 4)
    errors.add([...at, 'quantity'], 'TOO_MANY_DECIMALS', 'A quantity has at most 4 decimals.');
  const refuse = (field: string, code: UserErrorCode, message: string) => {
    errors.add([...at, field], code, message);
    return { usable: false, quantityOk };
  };
  if (request.unitPrice && !checkUnitPrice(errors, [...at, 'unitPrice'], request.unitPrice, 'The unit price')) {
    return { usable: false, quantityOk };
  }
  if (request.itemId && !item) return refuse('itemId', 'NOT_FOUND', 'No item has this id.');
  if (item && !item.isActive) return refuse('itemId', 'INVALID_STATE', `Item "${item.sku}" is inactive.`);
  limitedText(errors, [...at, 'description'], request.description, textLimits.description);
  limitedText(errors, [...at, 'manualPriceReason'], request.manualPriceReason, textLimits.reason);
  if (!(cleanText(request.description) ?? item?.name)) {
    return refuse('description', 'REQUIRED', 'A line without an item needs a description.');
  }
  if (!item && !request.unitPrice) return refuse('unitPrice', 'REQUIRED', 'A line without an item needs a unit price.');
  return { usable: true, quantityOk };
}

/**
 * Prices every line, in the order of the precedence rules above: price, then discount, then tax,
 * then the amounts (money.ts rounds them). Adds a user error (under `path`) for each line that
 * cannot be priced.
 */
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
    const item = request.itemId ? data.items.get(request.itemId) : undefined;
    const { usable, quantityOk } = checkRequest(request, item, at, errors);
    if (!usable) continue;
    const basis: LineBasis = { request, item, context, data, reasons: [] };

    const price = choosePrice(basis);
    if (!price) {
      errors.add(
        [...at, 'unitPrice'],
        'INVALID',
        `Item "${item!.sku}" has no price in ${currency}: add one to a price list or set the price by hand.`,
      );
      continue;
    }
    const discount = chooseDiscount(basis);
    const tax = chooseTax(basis);
    if (!tax) {
      errors.add(at, 'INVALID', 'No tax rate applies to this line; set the company default tax rate.');
      continue;
    }
    if (!quantityOk) continue;

    const amounts = lineAmounts({
      quantity: request.quantity,
      unitPrice: price.unitPrice,
      discountPercent: discount.discountPercent,
      taxPercent: tax.taxRate.rate,
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
      description: (cleanText(request.description) ?? item?.name)!,
      unit: item?.unit ?? 'pcs',
      quantity: request.quantity,
      ...price,
      manualPriceReason: request.unitPrice ? cleanText(request.manualPriceReason) : null,
      ...discount,
      taxRateId: tax.taxRate.id,
      taxPercent: toDecimal(tax.taxRate.rate),
      taxSource: tax.taxSource,
      taxTermId: tax.taxTermId,
      taxReason: tax.taxReason,
      explanation: basis.reasons.join(' '),
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
