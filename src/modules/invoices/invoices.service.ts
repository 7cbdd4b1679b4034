import type { Context } from '../../context.js';
import { rowLocks } from '../../db/locks.js';
import { announceAlerts, raiseAlert, settleInvoiceAlerts } from '../alerts/alerts.service.js';
import { inTransaction } from '../../db/transaction.js';
import type {
  CompanySettings,
  Customer,
  Invoice,
  InvoiceLine,
  Prisma,
  SettingSource,
} from '../../generated/prisma/client.js';
import { toDecimal, type Decimal } from '../../money/money.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import { earliestDocumentDay, formatDay, utcDay } from '../../shared/dates.js';
import { cleanText, limitedText, textLimits } from '../../shared/text.js';
import { appendLedgerEntry } from '../../db/ledger-entries.js';
import { dueDate } from '../payment-terms/due-date.js';
import {
  documentTotals,
  priceLines,
  type LineRequest,
  type PricedLine,
  type PricingContext,
} from '../pricing/pricing.service.js';
import {
  companyPriceListFor,
  resolveInvoiceSettings,
  settingsColumns,
  type InvoiceOverrides,
} from './invoice-settings.js';
import { nextDocumentNumber } from './numbering.js';

type Tx = Prisma.TransactionClient;

export interface LineInput {
  itemId?: string | null;
  description?: string | null;
  quantity: Decimal;
  unitPrice?: Decimal | null;
  manualPriceReason?: string | null;
  /** Set by Clientela itself on the lines it writes (late interest), with why; not offered to clients. */
  taxRateId?: string | null;
  taxReason?: string | null;
}

export interface DraftInput extends InvoiceOverrides {
  customerId: string;
  issueDate?: Date | null;
  notes?: string | null;
  lines?: LineInput[] | null;
}

export interface DraftUpdateInput extends InvoiceOverrides {
  issueDate?: Date | null;
  notes?: string | null;
}

const notFound = (field = 'id') =>
  new UserInputError([{ field: [field], code: 'NOT_FOUND', message: 'No invoice has this id.' }]);

async function company(tx: Tx): Promise<CompanySettings> {
  return tx.companySettings.findUniqueOrThrow({ where: { id: 1 } });
}

/** Line input → pricing request; an unknown item id is reported by the pricing engine. */
function lineRequest(input: LineInput): LineRequest {
  return {
    taxRateId: input.taxRateId ?? null,
    taxReason: input.taxReason ?? null,
    itemId: input.itemId ?? null,
    description: input.description,
    quantity: input.quantity,
    unitPrice: input.unitPrice,
    manualPriceReason: input.manualPriceReason,
  };
}

/** What an existing line asks for, so the draft can be priced again. */
function requestOf(line: InvoiceLine): LineRequest {
  return {
    itemId: line.itemId,
    description: line.description,
    quantity: toDecimal(line.quantity),
    unitPrice: line.priceSource === 'MANUAL' ? toDecimal(line.unitPrice) : null,
    manualPriceReason: line.manualPriceReason,
    taxRateId: line.taxSource === 'MANUAL' ? line.taxRateId : null,
    taxReason: line.taxSource === 'MANUAL' ? line.taxReason : null,
  };
}

function lineColumns(line: PricedLine, position: number) {
  return {
    position,
    itemId: line.itemId,
    description: line.description,
    quantity: line.quantity.toFixed(),
    unit: line.unit,
    unitPrice: line.unitPrice.toFixed(),
    priceSource: line.priceSource,
    manualPriceReason: line.manualPriceReason,
    priceTermId: line.priceTermId,
    priceListEntryId: line.priceListEntryId,
    discountPercent: line.discountPercent.toFixed(),
    discountSource: line.discountSource,
    discountTermId: line.discountTermId,
    taxRateId: line.taxRateId,
    taxPercent: line.taxPercent.toFixed(),
    taxSource: line.taxSource,
    taxTermId: line.taxTermId,
    taxReason: line.taxReason,
    explanation: line.explanation,
    lineAmount: line.lineAmount.toFixed(),
    discountAmount: line.discountAmount.toFixed(),
    netAmount: line.netAmount.toFixed(),
    taxAmount: line.taxAmount.toFixed(),
    totalAmount: line.totalAmount.toFixed(),
  };
}

/** What the pricing engine needs to price lines for this customer, currency, list and day. */
async function pricingContext(
  tx: Tx,
  customer: Customer,
  settings: CompanySettings,
  invoice: { currency: string; date: Date; priceListId: string | null; priceListSource: SettingSource },
): Promise<PricingContext> {
  return {
    customerId: customer.id,
    customerTaxTreatment: customer.defaultTaxTreatment,
    customerCurrency: customer.currency,
    currency: invoice.currency,
    date: invoice.date,
    // The invoice's list counts as the customer's unless it is simply the company default.
    customerPriceListId: invoice.priceListSource === 'COMPANY' ? null : invoice.priceListId,
    defaultPriceListId: await companyPriceListFor(tx, settings, invoice.currency),
    defaultTaxRateId: settings.defaultTaxRateId,
  };
}

/**
 * Prices `requests` for the draft and writes the lines (keeping the ids of lines that stay, in
 * order) and the totals. `keep[i]` is the id of the existing line request i came from, if any.
 */
async function writeDraftLines(
  tx: Tx,
  invoice: Invoice,
  customer: Customer,
  settings: CompanySettings,
  requests: LineRequest[],
  keep: (string | null)[],
  errors: UserErrorList,
  path: (string | number)[] = ['lines'],
) {
  const priced = await priceLines(
    tx,
    await pricingContext(tx, customer, settings, { ...invoice, date: invoice.issueDate }),
    requests,
    errors,
    path,
  );
  errors.throwIfAny();
  const existing = await tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, select: { id: true } });
  const kept = new Set(keep.filter((id): id is string => !!id));
  await tx.invoiceLine.deleteMany({
    where: { invoiceId: invoice.id, id: { in: existing.map((l) => l.id).filter((id) => !kept.has(id)) } },
  });
  for (const [index, line] of priced.entries()) {
    const columns = lineColumns(line, index + 1);
    const id = keep[index];
    if (id) await tx.invoiceLine.update({ where: { id }, data: columns });
    else await tx.invoiceLine.create({ data: { ...columns, invoiceId: invoice.id, currency: invoice.currency } });
  }
  const totals = documentTotals(priced);
  await tx.invoice.update({
    where: { id: invoice.id },
    data: {
      subtotal: totals.subtotal.toFixed(),
      discountTotal: totals.discountTotal.toFixed(),
      taxTotal: totals.taxTotal.toFixed(),
      total: totals.total.toFixed(),
    },
  });
}

export async function createDraft(ctx: Context, input: DraftInput): Promise<{ invoiceId: string }> {
  return inTransaction(ctx.prisma, (tx) => createDraftIn(ctx, tx, input));
}

/** Creates a draft inside the caller's transaction (a service that writes an invoice itself). */
export async function createDraftIn(ctx: Context, tx: Tx, input: DraftInput): Promise<{ invoiceId: string }> {
  const errors = new UserErrorList();
  // Locked, so a change of the customer's currency (refused once a document exists) waits for
  // this draft instead of passing it.
  const customer = await rowLocks(tx).customer(input.customerId);
  if (!customer)
    throw new UserInputError([{ field: ['customerId'], code: 'NOT_FOUND', message: 'No customer has this id.' }]);
  if (customer.status === 'ARCHIVED')
    throw new UserInputError([
      {
        field: ['customerId'],
        code: 'INVALID_STATE',
        message: 'This customer is archived; restore it to invoice it.',
      },
    ]);
  const settings = await company(tx);
  const resolved = await resolveInvoiceSettings(tx, settings, customer, input, errors);
  if (!settings.defaultSeriesId) errors.add([], 'INVALID_STATE', 'The company has no invoice series.');
  const issueDate = utcDay(input.issueDate ?? ctx.now());
  const requests = (input.lines ?? []).map(lineRequest);
  limitedText(errors, ['notes'], input.notes, textLimits.note);
  errors.throwIfAny();
  const invoice = await tx.invoice.create({
    data: {
      customerId: customer.id,
      seriesId: settings.defaultSeriesId!,
      ...settingsColumns(resolved, issueDate),
      notes: cleanText(input.notes),
      ...customerSnapshot(customer),
    },
  });
  await writeDraftLines(
    tx,
    invoice,
    customer,
    settings,
    requests,
    requests.map(() => null),
    errors,
  );
  return { invoiceId: invoice.id };
}

/** The customer as printed on the invoice; later edits of the customer do not change it. */
export function customerSnapshot(
  customer: Pick<
    Customer,
    | 'displayName'
    | 'legalName'
    | 'taxId'
    | 'billingStreet'
    | 'billingCity'
    | 'billingRegion'
    | 'billingPostalCode'
    | 'billingCountry'
  >,
) {
  return {
    customerName: customer.displayName,
    customerLegalName: customer.legalName,
    customerTaxId: customer.taxId,
    billingStreet: customer.billingStreet,
    billingCity: customer.billingCity,
    billingRegion: customer.billingRegion,
    billingPostalCode: customer.billingPostalCode,
    billingCountry: customer.billingCountry,
  };
}

async function lockInvoice(tx: Tx, id: string, field = 'id'): Promise<Invoice> {
  const invoice = id ? await rowLocks(tx).invoice(id) : null;
  if (!invoice) throw notFound(field);
  return invoice;
}

function draftOnly(invoice: Invoice, field = 'id'): Invoice {
  if (invoice.status !== 'DRAFT') {
    throw new UserInputError([
      {
        field: [field],
        code: 'INVALID_STATE',
        message: `Invoice ${invoice.number} is issued and cannot change; void it or issue a credit note.`,
      },
    ]);
  }
  return invoice;
}

async function lockDraft(tx: Tx, id: string, field = 'id'): Promise<Invoice> {
  return draftOnly(await lockInvoice(tx, id, field), field);
}

/** For what moves money (issue, void): the customer's row, then the invoice's, in that order. */
async function lockWithCustomer(tx: Tx, id: string): Promise<{ customer: Customer; invoice: Invoice }> {
  const found = id ? await tx.invoice.findUnique({ where: { id }, select: { customerId: true } }) : null;
  if (!found) throw notFound('id');
  const locks = rowLocks(tx);
  const customer = (await locks.customer(found.customerId))!;
  return { customer, invoice: (await locks.invoice(id))! };
}

/** Changes a draft's settings; its lines are priced again for the new date, currency or list. */
export async function updateDraft(ctx: Context, id: string, input: DraftUpdateInput): Promise<{ invoiceId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const invoice = await lockDraft(tx, id);
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: invoice.customerId } });
    const settings = await company(tx);
    const errors = new UserErrorList();
    // Overrides already on the draft stay unless the input replaces them.
    const keepOverride = <T>(value: T | null | undefined, current: T | null, source: string) =>
      value !== undefined ? value : source === 'INVOICE' ? current : undefined;
    const resolved = await resolveInvoiceSettings(
      tx,
      settings,
      customer,
      {
        currency: keepOverride(input.currency, invoice.currency, invoice.currencySource),
        paymentTermsId:
          input.paymentTermsId !== undefined
            ? input.paymentTermsId
            : invoice.paymentTermsSource === 'INVOICE'
              ? (invoice.paymentTermsId ?? undefined)
              : undefined,
        paymentMethod: keepOverride(input.paymentMethod, invoice.paymentMethod, invoice.paymentMethodSource),
        priceListId:
          input.priceListId !== undefined
            ? input.priceListId
            : invoice.priceListSource === 'INVOICE'
              ? (invoice.priceListId ?? undefined)
              : undefined,
      },
      errors,
    );
    limitedText(errors, ['notes'], input.notes, textLimits.note);
    errors.throwIfAny();
    const issueDate = input.issueDate ? utcDay(input.issueDate) : invoice.issueDate;
    const updated = await tx.invoice.update({
      where: { id: invoice.id },
      data: {
        ...settingsColumns(resolved, issueDate),
        notes: input.notes !== undefined ? cleanText(input.notes) : undefined,
      },
    });
    const lines = await tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } });
    await writeDraftLines(
      tx,
      updated,
      customer,
      settings,
      lines.map(requestOf),
      lines.map((l) => l.id),
      errors,
    );
    return { invoiceId: invoice.id };
  });
}

type LineChange =
  | { add: LineInput }
  | { update: { lineId: string } & Partial<LineInput> }
  | { remove: { lineId: string } };

/** Adds, changes or removes one line of a draft; every line is priced again and totals recomputed. */
export async function changeDraftLine(
  ctx: Context,
  invoiceId: string,
  change: LineChange,
): Promise<{ invoiceId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const invoice = await lockDraft(tx, invoiceId, 'invoiceId');
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: invoice.customerId } });
    const settings = await company(tx);
    const errors = new UserErrorList();
    const lines = await tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } });
    const requests = lines.map(requestOf);
    const keep: (string | null)[] = lines.map((l) => l.id);
    // Problems of the changed line point at its input: `line.<field>` when adding, `<field>` when
    // updating; problems of other lines at `lines.<index>.<field>`.
    let changed: { index: number; prefix: string[] } | null = null;
    if ('add' in change) {
      requests.push(lineRequest(change.add));
      keep.push(null);
      changed = { index: requests.length - 1, prefix: ['line'] };
    } else {
      const target = 'update' in change ? change.update.lineId : change.remove.lineId;
      const index = lines.findIndex((line) => line.id === target);
      if (index < 0)
        throw new UserInputError([
          { field: ['lineId'], code: 'NOT_FOUND', message: 'This draft has no line with this id.' },
        ]);
      if ('remove' in change) {
        requests.splice(index, 1);
        keep.splice(index, 1);
      } else {
        const { lineId: _lineId, ...fields } = change.update;
        const current = requests[index];
        const next: LineInput = {
          itemId: fields.itemId !== undefined ? fields.itemId : current.itemId,
          description:
            fields.description !== undefined
              ? fields.description
              : fields.itemId !== undefined
                ? null
                : current.description,
          quantity: fields.quantity ?? current.quantity,
          unitPrice: fields.unitPrice !== undefined ? fields.unitPrice : current.unitPrice,
          manualPriceReason:
            fields.manualPriceReason !== undefined ? fields.manualPriceReason : current.manualPriceReason,
        };
        requests[index] = lineRequest(next);
        changed = { index, prefix: [] };
      }
    }
    errors.throwIfAny();
    try {
      await writeDraftLines(tx, invoice, customer, settings, requests, keep, errors);
    } catch (error) {
      if (!(error instanceof UserInputError) || !changed) throw error;
      const { index, prefix } = changed;
      throw new UserInputError(
        error.userErrors.map((e) =>
          e.field[0] === 'lines' && e.field[1] === String(index)
            ? { ...e, field: [...prefix, ...e.field.slice(2)] }
            : e,
        ),
      );
    }
    return { invoiceId: invoice.id };
  });
}

export async function deleteDraft(ctx: Context, id: string): Promise<{ deletedInvoiceId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const invoice = await lockDraft(tx, id);
    await tx.invoice.delete({ where: { id: invoice.id } });
    return { deletedInvoiceId: invoice.id };
  });
}

/**
 * Issues a draft: prices it for its issue date, gives it the next number of its series (the
 * counter row stays locked until commit, so numbers are unique and gapless under concurrency),
 * and writes it to the customer's ledger.
 */
export async function issueInvoice(ctx: Context, id: string, issueDate?: Date | null): Promise<{ invoiceId: string }> {
  const raised: string[] = [];
  const result = await inTransaction(ctx.prisma, (tx) => issueInvoiceIn(ctx, tx, id, issueDate, raised));
  await announceAlerts(ctx, raised);
  return result;
}

/** Issues a draft inside the caller's transaction; alerts it raises are added to `raised`. */
export async function issueInvoiceIn(
  ctx: Context,
  tx: Tx,
  id: string,
  issueDate: Date | null | undefined,
  raised: string[],
  /** 'alertOnly': over the credit limit the invoice is issued with an alert, whatever the customer's policy (interest Clientela charges itself). */
  creditLimit: 'policy' | 'alertOnly' = 'policy',
): Promise<{ invoiceId: string }> {
  const locked = await lockWithCustomer(tx, id);
  const customer = locked.customer;
  let invoice = draftOnly(locked.invoice);
  if (customer.status === 'ARCHIVED') {
    throw new UserInputError([
      {
        field: ['id'],
        code: 'INVALID_STATE',
        message: `${customer.displayName} is archived: restore the customer before issuing invoices to them.`,
      },
    ]);
  }
  const settings = await company(tx);
  const errors = new UserErrorList();
  const lines = await tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } });
  if (!lines.length)
    throw new UserInputError([
      { field: ['id'], code: 'INVALID_STATE', message: 'An invoice needs at least one line to be issued.' },
    ]);
  if (issueDate && utcDay(issueDate).getTime() !== invoice.issueDate.getTime()) {
    const terms = invoice.paymentTermsId
      ? await tx.paymentTerms.findUnique({ where: { id: invoice.paymentTermsId } })
      : null;
    invoice = await tx.invoice.update({
      where: { id: invoice.id },
      data: { issueDate: utcDay(issueDate), dueDate: dueDate(terms, utcDay(issueDate)) },
    });
  }
  await writeDraftLines(
    tx,
    invoice,
    customer,
    settings,
    lines.map(requestOf),
    lines.map((l) => l.id),
    errors,
  );
  invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
  if (invoice.issueDate < earliestDocumentDay) {
    throw new UserInputError([
      {
        field: ['issueDate'],
        code: 'INVALID',
        message: `An invoice cannot be dated before ${formatDay(earliestDocumentDay)}.`,
      },
    ]);
  }
  if (invoice.issueDate.getTime() > utcDay(ctx.now()).getTime()) {
    // A future date would also hold back every invoice of the series until that day.
    throw new UserInputError([
      { field: ['issueDate'], code: 'INVALID', message: 'An invoice cannot be issued with a date in the future.' },
    ]);
  }
  const series = await tx.invoiceSeries.findUniqueOrThrow({ where: { id: invoice.seriesId } });
  const year = invoice.issueDate.getUTCFullYear();
  const number = await nextDocumentNumber(tx, series.code, year);
  // Numbers follow dates within a series (as Romanian invoicing requires). The counter row is
  // locked now, so no other invoice of the series is being issued meanwhile.
  const later = await tx.invoice.findFirst({
    where: {
      seriesId: invoice.seriesId,
      number: { not: null },
      issueDate: { gt: invoice.issueDate, lt: new Date(Date.UTC(year + 1, 0, 1)) },
    },
    orderBy: { issueDate: 'desc' },
    select: { number: true, issueDate: true },
  });
  if (later) {
    const day = (date: Date) => date.toISOString().slice(0, 10);
    throw new UserInputError([
      {
        field: ['issueDate'],
        code: 'INVALID',
        message: `Invoice ${later.number} of this series is dated ${day(later.issueDate)}: the next number cannot carry an earlier date (${day(invoice.issueDate)}). Issue it dated ${day(later.issueDate)} or later.`,
      },
    ]);
  }
  const total = toDecimal(invoice.total);
  await checkCreditLimit(tx, customer, { ...invoice, number }, raised, creditLimit);
  await tx.invoice.update({
    where: { id: invoice.id },
    data: {
      number,
      status: total.isZero() ? 'PAID' : 'OPEN',
      settledOn: total.isZero() ? invoice.issueDate : null,
      issuedAt: ctx.now(),
      ...customerSnapshot(customer),
    },
  });
  await appendLedgerEntry(tx, {
    customerId: customer.id,
    currency: invoice.currency,
    kind: 'INVOICE_ISSUED',
    amount: total,
    occurredOn: invoice.issueDate,
    invoiceId: invoice.id,
    createdBy: ctx.viewer?.name,
  });
  return { invoiceId: invoice.id };
}

/**
 * What the customer would owe with this invoice, against their credit limit: over it, the
 * customer's policy either refuses the invoice or lets it through with a CREDIT_LIMIT_EXCEEDED
 * alert. Only invoices in the customer's currency count against the limit (it is in that currency).
 */
async function checkCreditLimit(
  tx: Tx,
  customer: Customer,
  invoice: Invoice,
  raised: string[],
  creditLimit: 'policy' | 'alertOnly',
) {
  if (customer.creditLimit === null || invoice.currency !== customer.currency) return;
  const limit = toDecimal(customer.creditLimit);
  const ledger = await tx.ledgerEntry.aggregate({
    where: { customerId: customer.id, currency: customer.currency },
    _sum: { amount: true },
  });
  const owed = toDecimal(ledger._sum.amount ?? 0).plus(toDecimal(invoice.total));
  if (!owed.greaterThan(limit)) return;
  const overLimit = `${owed.toFixed(2)} ${customer.currency}, over the credit limit of ${limit.toFixed(2)}`;
  if (customer.creditLimitPolicy === 'REFUSE' && creditLimit === 'policy') {
    throw new UserInputError([
      {
        field: ['id'],
        code: 'CREDIT_LIMIT_EXCEEDED',
        message: `With this invoice ${customer.displayName} would owe ${overLimit}; the customer's policy refuses it.`,
      },
    ]);
  }
  await raiseAlert(
    tx,
    {
      kind: 'CREDIT_LIMIT_EXCEEDED',
      dedupeKey: `credit-limit:${invoice.id}`,
      customerId: customer.id,
      invoiceId: invoice.id,
      message: `With invoice ${invoice.number}, ${customer.displayName} owes ${overLimit}.`,
    },
    raised,
  );
}

/** Voids an issued invoice nothing was paid or credited on; it keeps its number. */
export async function voidInvoice(ctx: Context, id: string, reason: string): Promise<{ invoiceId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const { invoice } = await lockWithCustomer(tx, id);
    const errors = new UserErrorList();
    const why = limitedText(errors, ['reason'], reason, textLimits.reason);
    if (!why) errors.add(['reason'], 'REQUIRED', 'Say why the invoice is voided.');
    errors.throwIfAny();
    if (invoice.status === 'DRAFT')
      throw new UserInputError([
        { field: ['id'], code: 'INVALID_STATE', message: 'A draft is not issued; delete it instead.' },
      ]);
    if (invoice.status === 'VOID')
      throw new UserInputError([{ field: ['id'], code: 'INVALID_STATE', message: 'This invoice is already void.' }]);
    if (!toDecimal(invoice.amountPaid).isZero() || !toDecimal(invoice.amountCredited).isZero()) {
      throw new UserInputError([
        {
          field: ['id'],
          code: 'INVALID_STATE',
          message: 'Payments or credits are recorded on this invoice: issue a credit note instead of voiding it.',
        },
      ]);
    }
    await tx.invoice.update({
      where: { id: invoice.id },
      data: { status: 'VOID', voidedAt: ctx.now(), voidReason: why },
    });
    await settleInvoiceAlerts(tx, invoice.id, ctx.now());
    await appendLedgerEntry(tx, {
      customerId: invoice.customerId,
      currency: invoice.currency,
      kind: 'INVOICE_VOIDED',
      amount: toDecimal(invoice.total).negated(),
      occurredOn: utcDay(ctx.now()),
      invoiceId: invoice.id,
      createdBy: ctx.viewer?.name,
    });
    return { invoiceId: invoice.id };
  });
}

export interface QuoteInput extends InvoiceOverrides {
  customerId: string;
  date?: Date | null;
  lines: LineInput[];
}

/** Prices lines as an invoice for this customer on this date would, writing nothing. */
export async function quotePrices(ctx: Context, input: QuoteInput) {
  const tx = ctx.prisma;
  const errors = new UserErrorList();
  // Locked, so a change of the customer's currency (refused once a document exists) waits for
  // this draft instead of passing it.
  const customer = await rowLocks(tx).customer(input.customerId);
  if (!customer)
    throw new UserInputError([{ field: ['customerId'], code: 'NOT_FOUND', message: 'No customer has this id.' }]);
  const settings = await company(tx);
  const resolved = await resolveInvoiceSettings(tx, settings, customer, input, errors);
  const date = utcDay(input.date ?? ctx.now());
  const requests = input.lines.map(lineRequest);
  errors.throwIfAny();
  const lines = await priceLines(
    tx,
    await pricingContext(tx, customer, settings, { ...resolved, priceListId: resolved.priceList?.id ?? null, date }),
    requests,
    errors,
  );
  errors.throwIfAny();
  return {
    quote: {
      currency: resolved.currency,
      date,
      priceListId: resolved.priceList?.id ?? null,
      lines,
      totals: documentTotals(lines),
    },
  };
}
