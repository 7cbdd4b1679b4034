import { quoted } from '../../shared/text.js';
import type {
  CompanySettings,
  Customer,
  PaymentMethod,
  PaymentTerms,
  PriceList,
  Prisma,
  SettingSource,
} from '../../generated/prisma/client.js';
import type { UserErrorList } from '../../shared/user-errors.js';
import { normalizeCurrency } from '../../shared/contact-formats.js';
import { dueDate } from '../payment-terms/due-date.js';

type Tx = Prisma.TransactionClient;

/** What an invoice input may override; absent means "take the customer's, else the company's". */
export interface InvoiceOverrides {
  currency?: string | null;
  paymentTermsId?: string | null;
  paymentMethod?: PaymentMethod | null;
  priceListId?: string | null;
}

export interface ResolvedSettings {
  currency: string;
  currencySource: SettingSource;
  paymentTerms: PaymentTerms | null;
  paymentTermsSource: SettingSource;
  paymentMethod: PaymentMethod;
  paymentMethodSource: SettingSource;
  priceList: PriceList | null;
  priceListSource: SettingSource;
}

/** The most specific value that is set, and the level it came from. */
export function cascade<T>(
  invoiceValue: T | null | undefined,
  customerValue: T | null | undefined,
  companyValue: T,
): [T, SettingSource] {
  if (invoiceValue != null) return [invoiceValue, 'INVOICE'];
  if (customerValue != null) return [customerValue, 'CUSTOMER'];
  return [companyValue, 'COMPANY'];
}

/**
 * The cascade company → customer → invoice: each value comes from the most specific level that
 * sets it, and the source is kept so the API can say where it came from.
 */
export async function resolveInvoiceSettings(
  tx: Tx,
  company: CompanySettings,
  customer: Customer,
  overrides: InvoiceOverrides,
  errors: UserErrorList,
): Promise<ResolvedSettings> {
  let currencyOverride: string | null = null;
  if (overrides.currency != null) {
    currencyOverride = normalizeCurrency(overrides.currency);
    if (!currencyOverride)
      errors.add(['currency'], 'INVALID_CURRENCY', `${quoted(overrides.currency)} is not an ISO 4217 currency code.`);
  }
  const [currency, currencySource] = cascade(currencyOverride, customer.currency, company.defaultCurrency);

  let termsOverride: string | null = null;
  if (overrides.paymentTermsId != null) {
    termsOverride = overrides.paymentTermsId;
  }
  const [termsId, paymentTermsSource] = cascade(termsOverride, customer.paymentTermsId, company.defaultPaymentTermsId);
  const paymentTerms = termsId ? await tx.paymentTerms.findUnique({ where: { id: termsId } }) : null;
  if (termsOverride && !paymentTerms) errors.add(['paymentTermsId'], 'NOT_FOUND', 'No payment terms have this id.');

  const [paymentMethod, paymentMethodSource] = cascade(
    overrides.paymentMethod,
    customer.defaultPaymentMethod,
    company.defaultPaymentMethod,
  );

  let listOverride: string | null = null;
  if (overrides.priceListId != null) {
    listOverride = overrides.priceListId;
  }
  const [listId, priceListSource] = cascade(listOverride, customer.priceListId, company.defaultPriceListId);
  let priceList = listId ? await tx.priceList.findUnique({ where: { id: listId } }) : null;
  if (listOverride && !priceList) errors.add(['priceListId'], 'NOT_FOUND', 'No price list has this id.');
  // The company's default list prices only its own currency: an invoice in another currency
  // simply has no list (its lines are priced by contract or by hand). A list chosen for the
  // customer or the invoice must match.
  if (priceList && priceListSource === 'COMPANY' && priceList.currency !== currency) priceList = null;
  if (priceList && priceList.currency !== currency) {
    errors.add(
      [priceListSource === 'INVOICE' ? 'priceListId' : 'currency'],
      'INVALID',
      `Price list "${priceList.name}" is in ${priceList.currency}, the invoice in ${currency}: choose a ${currency} price list or change the currency.`,
    );
  }

  return {
    currency,
    currencySource,
    paymentTerms,
    paymentTermsSource,
    paymentMethod,
    paymentMethodSource,
    priceList,
    priceListSource,
  };
}

/** The invoice columns the cascade fills in, with the due date for `issueDate`. */
export function settingsColumns(resolved: ResolvedSettings, issueDate: Date) {
  return {
    issueDate,
    dueDate: dueDate(resolved.paymentTerms, issueDate),
    currency: resolved.currency,
    currencySource: resolved.currencySource,
    paymentTermsId: resolved.paymentTerms?.id ?? null,
    paymentTermsSource: resolved.paymentTermsSource,
    paymentMethod: resolved.paymentMethod,
    paymentMethodSource: resolved.paymentMethodSource,
    priceListId: resolved.priceList?.id ?? null,
    priceListSource: resolved.priceListSource,
  };
}

/** The company's default price list, when it is in `currency` (a list prices only its currency). */
export async function companyPriceListFor(tx: Tx, company: CompanySettings, currency: string): Promise<string | null> {
  if (!company.defaultPriceListId) return null;
  const list = await tx.priceList.findUnique({ where: { id: company.defaultPriceListId } });
  return list?.currency === currency ? list.id : null;
}
