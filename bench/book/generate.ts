import { pino, type Logger } from 'pino';
import type { Context } from '../../src/context.js';
import type { Db } from '../../src/db/database.js';
import type { PaymentMethod, PaymentTerms, Prisma } from '../../src/generated/prisma/client.js';
import { addPrices, createItem } from '../../src/modules/catalog/catalog.service.js';
import { searchTextOf } from '../../src/modules/customers/customers.service.js';
import { settledStatus } from '../../src/modules/invoices/invoice-state.js';
import { customerSnapshot } from '../../src/modules/invoices/invoices.service.js';
import { dueDate } from '../../src/modules/payment-terms/due-date.js';
import { documentTotals, type PricedLine, priceLines } from '../../src/modules/pricing/pricing.service.js';
import { Decimal, lineAmounts, roundMoney } from '../../src/money/money.js';
import { createLocalPubSub } from '../../src/server/pubsub.js';
import { addDays, utcDay } from '../../src/shared/dates.js';
import { UserErrorList } from '../../src/shared/user-errors.js';
import { names, type Random, seededRandom, uuidV7 } from './random.js';

/**
 * A generated book at a real company's size, for benchmarks and reports: customers with
 * contacts, issued invoices with priced lines, payments (full, partial, a few over) applied to
 * them, and the ledger the services would have written. Rows go in with bulk SQL, in one
 * transaction, into a database that has no customers yet.
 *
 * What makes it the services' book and not a look-alike: items and prices are created through
 * the catalog service, every line is priced by the pricing engine and rounded by money.ts, the
 * invoice columns come from the same cascade and snapshot, numbers follow dates per year as
 * issuing requires, statuses come from `settledStatus`, and each event writes the ledger entry
 * its service writes (INVOICE_ISSUED, PAYMENT_RECEIVED, APPLIED).
 */

export interface BookSize {
  customers: number;
  invoices: number;
  /** Lines per invoice on average (1 to 2 × this − 1). */
  linesPerInvoice: number;
  seed: number;
  /** The last day of the book; invoices span the two years before it. */
  today: Date;
}

export interface BookSummary {
  customers: number;
  contacts: number;
  invoices: number;
  lines: number;
  payments: number;
  ledgerEntries: number;
  /** Invoices unpaid after their due date on `today`. */
  overdueInvoices: number;
  /** The customer with the most invoices (the first one generated). */
  largestCustomer: { id: string; code: string; invoices: number };
  /** Per customer id: invoiced, received, and what is still due on invoices. */
  sums: Map<string, { invoiced: Decimal; received: Decimal; outstanding: Decimal }>;
  elapsedMs: number;
}

/** A book that cannot be generated as asked (the message says why and what to do). */
export class BookError extends Error {}

export const defaultBookSize: Omit<BookSize, 'today'> = {
  customers: 10_000,
  invoices: 100_000,
  linesPerInvoice: 3,
  seed: 1,
};

const bookDays = 730;
const chunk = 2_000;

type Tx = Prisma.TransactionClient;
type Row = Record<string, string | number | boolean | null>;

interface CustomerRow {
  id: string;
  code: string;
  displayName: string;
  terms: PaymentTerms;
  paymentMethod: PaymentMethod | null;
  snapshot: ReturnType<typeof customerSnapshot>;
}

interface InvoiceSkeleton {
  id: string;
  customer: CustomerRow;
  issueDate: Date;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const at = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/** Inserts rows of one table; each row names the same columns, the rest take their defaults. */
async function insertRows(tx: Tx, table: string, rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const columns = Object.keys(part[0])
      .map((column) => `"${column}"`)
      .join(', ');
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(part),
    );
  }
}

export async function generateBook(prisma: Db, size: BookSize, log: Logger = pino({ level: 'silent' })) {
  const started = performance.now();
  if ((await prisma.customer.count()) > 0)
    throw new BookError(
      'This database already has customers: generate a book into an empty one (another DATA_DIR, or a new PostgreSQL database).',
    );
  const random = seededRandom(size.seed);
  const today = utcDay(size.today);
  const ctx: Context = {
    requestId: 'book',
    viewer: { id: 'book', name: 'Generated book', role: 'ADMIN' },
    prisma,
    pubsub: createLocalPubSub(),
    log,
    now: () => size.today,
  };

  const catalog = await createCatalog(ctx, random, today);
  log.info({ items: catalog.length }, 'catalog');
  const settings = await prisma.companySettings.findUniqueOrThrow({ where: { id: 1 } });
  const series = await prisma.invoiceSeries.findUniqueOrThrow({ where: { id: settings.defaultSeriesId! } });
  const termsByCode = new Map((await prisma.paymentTerms.findMany()).map((terms) => [terms.code, terms]));
  const termsMix = ['NET_30', 'NET_30', 'NET_30', 'NET_15', 'NET_60', 'EOM_30', 'DUE_ON_RECEIPT'].map(
    (code) => termsByCode.get(code)!,
  );

  const summary = await prisma.$transaction(
    async (tx) => {
      const customers = await insertCustomers(tx, size, random, termsMix, today);
      log.info({ customers: customers.rows.length }, 'customers');

      const skeletons = invoiceSkeletons(size, random, customers.rows, today);
      const numbers = numberInvoices(skeletons, series.prefix);
      for (const [year, count] of numbers.perYear) {
        await tx.seriesCounter.upsert({
          where: { seriesId_year: { seriesId: series.id, year } },
          create: { seriesId: series.id, year, nextNumber: count + 1 },
          update: { nextNumber: count + 1 },
        });
      }

      const sums: BookSummary['sums'] = new Map(
        customers.rows.map((c) => [c.id, { invoiced: zero, received: zero, outstanding: zero }]),
      );
      const counts = { lines: 0, payments: 0, ledgerEntries: 0, overdue: 0 };
      for (let start = 0; start < skeletons.length; start += chunk) {
        const part = skeletons.slice(start, start + chunk);
        const rows = documentsFor(part, numbers.byId, catalog, random, {
          today,
          linesPerInvoice: size.linesPerInvoice,
          defaultPriceListId: settings.defaultPriceListId,
          seriesId: series.id,
        });
        await insertRows(tx, 'Invoice', rows.invoices);
        await insertRows(tx, 'InvoiceLine', rows.lines);
        await insertRows(tx, 'Payment', rows.payments);
        await insertRows(tx, 'Allocation', rows.allocations);
        await insertRows(tx, 'LedgerEntry', rows.ledger);
        counts.lines += rows.lines.length;
        counts.payments += rows.payments.length;
        counts.ledgerEntries += rows.ledger.length;
        counts.overdue += rows.overdue;
        for (const [customerId, delta] of rows.sums) {
          const sum = sums.get(customerId)!;
          sums.set(customerId, {
            invoiced: sum.invoiced.plus(delta.invoiced),
            received: sum.received.plus(delta.received),
            outstanding: sum.outstanding.plus(delta.outstanding),
          });
        }
        log.info({ invoices: start + part.length }, 'documents');
      }
      const largest = customers.rows[0];
      return {
        customers: customers.rows.length,
        contacts: customers.contacts,
        invoices: skeletons.length,
        lines: counts.lines,
        payments: counts.payments,
        ledgerEntries: counts.ledgerEntries,
        overdueInvoices: counts.overdue,
        largestCustomer: {
          id: largest.id,
          code: largest.code,
          invoices: skeletons.filter((invoice) => invoice.customer === largest).length,
        },
        sums,
        elapsedMs: Math.round(performance.now() - started),
      } satisfies BookSummary;
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  // A bulk load leaves no visibility map and no statistics: until autovacuum comes round,
  // index-only scans read the heap, the first reads write hint bits, and plans are guesses.
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  log.info('vacuumed and analyzed');
  return { ...summary, elapsedMs: Math.round(performance.now() - started) };
}

const zero = new Decimal(0);

interface CatalogEntry {
  /** The line as the pricing engine prices one unit of the item, for this book's customers. */
  priced: PricedLine;
}

/** Items through the catalog service, a third of them on the default price list; each priced once by the engine. */
async function createCatalog(ctx: Context, random: Random, today: Date): Promise<CatalogEntry[]> {
  const rates = new Map((await ctx.prisma.taxRate.findMany()).map((rate) => [rate.code, rate.id]));
  const settings = await ctx.prisma.companySettings.findUniqueOrThrow({ where: { id: 1 } });
  const itemIds: string[] = [];
  const listed: { itemId: string; price: Decimal }[] = [];
  for (let i = 0; i < 60; i += 1) {
    const [name, unit] = random.pick(names.products);
    const basePrice = new Decimal(random.int(5, 4_000)).plus(random.pick(['0', '0.50', '0.99', '0.25']));
    const rate = random.pick(['RO_19', 'RO_19', 'RO_19', 'RO_19', 'RO_9', 'RO_5']);
    const { itemId } = await createItem(ctx, {
      sku: `BK-${String(i + 1).padStart(3, '0')}`,
      name: `${name} ${i + 1}`,
      unit,
      basePrice,
      currency: 'RON',
      defaultTaxRateId: rates.get(rate)!,
    });
    itemIds.push(itemId);
    if (i % 3 === 0) listed.push({ itemId, price: roundMoney(basePrice.times('0.95'), 'RON') });
  }
  if (listed.length && settings.defaultPriceListId) await addPrices(ctx, settings.defaultPriceListId, listed);
  const errors = new UserErrorList();
  const priced = await priceLines(
    ctx.prisma,
    {
      customerId: '00000000-0000-0000-0000-000000000000',
      customerTaxTreatment: 'STANDARD',
      customerCurrency: 'RON',
      currency: 'RON',
      date: today,
      customerPriceListId: null,
      defaultPriceListId: settings.defaultPriceListId,
      defaultTaxRateId: settings.defaultTaxRateId,
    },
    itemIds.map((itemId) => ({ itemId, quantity: new Decimal(1) })),
    errors,
  );
  errors.throwIfAny();
  return priced.map((line) => ({ priced: line }));
}

async function insertCustomers(
  tx: Tx,
  size: BookSize,
  random: Random,
  termsMix: PaymentTerms[],
  today: Date,
): Promise<{ rows: CustomerRow[]; contacts: number }> {
  const rows: CustomerRow[] = [];
  const customerRows: Row[] = [];
  const contactRows: Row[] = [];
  const since = addDays(today, -bookDays - 30);
  for (let i = 0; i < size.customers; i += 1) {
    const code = `BK-${String(i + 1).padStart(6, '0')}`;
    const displayName = `${random.pick(names.companyFirst)} ${random.pick(names.companySecond)} ${random.pick(['SRL', 'SRL', 'SA', 'SRL-D'])}`;
    const slug = `${code.toLowerCase()}`;
    const city = random.pick(names.cities);
    const customer = {
      id: uuidV7(since.getTime() + i, random),
      code,
      displayName,
      legalName: displayName,
      taxId: `RO${random.int(10_000_000, 49_999_999)}`,
      email: `facturi@${slug}.example.ro`,
      phone: `+40 7${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)}`,
      billingStreet: `Str. ${random.pick(names.streets)} ${random.int(1, 200)}`,
      billingCity: city,
      billingRegion: null,
      billingPostalCode: String(random.int(100_000, 999_999)),
      billingCountry: 'RO',
    };
    const terms = random.pick(termsMix);
    const paymentMethod: PaymentMethod | null = random.chance(0.3) ? 'DIRECT_DEBIT' : null;
    rows.push({ id: customer.id, code, displayName, terms, paymentMethod, snapshot: customerSnapshot(customer) });
    customerRows.push({
      ...customer,
      kind: 'COMPANY',
      status: 'ACTIVE',
      currency: 'RON',
      paymentTermsId: terms.id,
      defaultPaymentMethod: paymentMethod,
      language: random.chance(0.8) ? 'ro' : 'en',
      searchText: searchTextOf(customer),
      createdAt: since.toISOString(),
      updatedAt: since.toISOString(),
    });
    const contacts = random.int(1, 3);
    for (let position = 0; position < contacts; position += 1) {
      const first = random.pick(names.firstNames);
      const last = random.pick(names.lastNames);
      contactRows.push({
        id: uuidV7(since.getTime() + i, random),
        customerId: customer.id,
        name: `${first} ${last}`,
        role: random.pick(['Contabil', 'Director financiar', 'Achiziții', 'Administrator']),
        email: `${first.toLowerCase()}.${last.toLowerCase()}@${slug}.example.ro`
          .normalize('NFD')
          .replace(/\p{M}/gu, ''),
        phone: `+40 7${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)}`,
        isPrimary: position === 0,
        position,
      });
    }
  }
  await insertRows(tx, 'Customer', customerRows);
  await insertRows(tx, 'Contact', contactRows);
  return { rows, contacts: contactRows.length };
}

/**
 * Who gets each invoice and when: the first customer has 1 % of them (a key account), the rest
 * are spread with more to the first customers; dates are spread over the two years to `today`.
 */
function invoiceSkeletons(size: BookSize, random: Random, customers: CustomerRow[], today: Date): InvoiceSkeleton[] {
  const keyAccount = size.customers > 1 ? Math.round(size.invoices * 0.01) : size.invoices;
  const skeletons: InvoiceSkeleton[] = [];
  for (let i = 0; i < size.invoices; i += 1) {
    const customer =
      i < keyAccount ? customers[0] : customers[1 + Math.floor((customers.length - 1) * random.next() ** 1.3)];
    const issueDate = addDays(today, -random.int(0, bookDays));
    skeletons.push({ id: '', customer, issueDate });
  }
  skeletons.sort((a, b) => a.issueDate.getTime() - b.issueDate.getTime());
  for (const [index, skeleton] of skeletons.entries())
    skeleton.id = uuidV7(skeleton.issueDate.getTime() + index, random);
  return skeletons;
}

/** Numbers in date order within each year, as issuing gives them. */
function numberInvoices(skeletons: InvoiceSkeleton[], prefix: string) {
  const perYear = new Map<number, number>();
  const byId = new Map<string, string>();
  for (const invoice of skeletons) {
    const year = invoice.issueDate.getUTCFullYear();
    const next = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, next);
    byId.set(invoice.id, `${prefix}-${year}-${String(next).padStart(6, '0')}`);
  }
  return { perYear, byId };
}

/** The rows of a run of invoices: the invoices, their lines, the payments on them and the ledger. */
function documentsFor(
  invoices: InvoiceSkeleton[],
  numbers: Map<string, string>,
  catalog: CatalogEntry[],
  random: Random,
  book: { today: Date; linesPerInvoice: number; defaultPriceListId: string | null; seriesId: string },
) {
  const { today, defaultPriceListId, seriesId } = book;
  const rows = {
    invoices: [] as Row[],
    lines: [] as Row[],
    payments: [] as Row[],
    allocations: [] as Row[],
    ledger: [] as Row[],
    overdue: 0,
    sums: new Map<string, { invoiced: Decimal; received: Decimal; outstanding: Decimal }>(),
  };
  for (const invoice of invoices) {
    const { customer, issueDate } = invoice;
    const issuedAt = at(issueDate, 9 * 60 + random.int(0, 480));
    const lineCount = random.int(1, 2 * book.linesPerInvoice - 1);
    const lines = Array.from({ length: lineCount }, (_, position) => {
      const { priced } = random.pick(catalog);
      const quantity = random.chance(0.2)
        ? new Decimal(random.int(1, 40)).dividedBy(4)
        : new Decimal(random.int(1, 20));
      const amounts = lineAmounts({
        quantity,
        unitPrice: priced.unitPrice,
        discountPercent: priced.discountPercent,
        taxPercent: priced.taxPercent,
        currency: 'RON',
      });
      return { ...priced, ...amounts, quantity, position };
    });
    const totals = documentTotals(lines);
    const due = dueDate(customer.terms, issueDate);

    // Paid in full, in part, a little over, or not at all; older invoices more often paid.
    const pastDue = due < today;
    const roll = random.next();
    const paidInFull = pastDue ? roll < 0.92 : roll < 0.45;
    const paidInPart = !paidInFull && (pastDue ? roll < 0.95 : roll < 0.5);
    let paid = zero;
    let received = zero;
    let paidOn: Date | null = null;
    if ((paidInFull || paidInPart) && totals.total.greaterThan(0)) {
      const receivedOn = new Date(
        Math.min(today.getTime(), addDays(issueDate, random.int(0, Math.max(1, customer.terms.days) + 20)).getTime()),
      );
      paidOn = receivedOn;
      paid = paidInFull ? totals.total : roundMoney(totals.total.times(0.2 + random.next() * 0.6), 'RON');
      received = paidInFull && random.chance(0.01) ? paid.plus(random.int(1, 100)) : paid;
      const recordedAt = at(receivedOn, 12 * 60 + random.int(0, 300)).toISOString();
      const paymentId = uuidV7(receivedOn.getTime(), random);
      rows.payments.push({
        id: paymentId,
        customerId: customer.id,
        amount: received.toFixed(4),
        currency: 'RON',
        receivedOn: day(receivedOn),
        method: customer.paymentMethod ?? 'BANK_TRANSFER',
        reference: `OP ${random.int(1_000, 999_999)}`,
        status: 'RECORDED',
        amountUsed: paid.toFixed(4),
        createdAt: recordedAt,
        createdBy: 'Generated book',
      });
      rows.allocations.push({
        id: uuidV7(receivedOn.getTime(), random),
        paymentId,
        invoiceId: invoice.id,
        amount: paid.toFixed(4),
        appliedOn: day(receivedOn),
        createdAt: recordedAt,
      });
      rows.ledger.push(
        ledgerRow(random, customer.id, 'PAYMENT_RECEIVED', received.negated(), receivedOn, recordedAt, { paymentId }),
        ledgerRow(random, customer.id, 'APPLIED', zero, receivedOn, recordedAt, {
          paymentId,
          invoiceId: invoice.id,
          appliedAmount: paid.toFixed(4),
        }),
      );
    }
    const status = settledStatus('OPEN', totals.total, paid, 0);
    if ((status === 'OPEN' || status === 'PARTIALLY_PAID') && pastDue) rows.overdue += 1;
    rows.invoices.push({
      id: invoice.id,
      customerId: customer.id,
      seriesId,
      number: numbers.get(invoice.id)!,
      status,
      issueDate: day(issueDate),
      dueDate: day(due),
      currency: 'RON',
      currencySource: 'CUSTOMER',
      ...customer.snapshot,
      paymentTermsId: customer.terms.id,
      paymentTermsSource: 'CUSTOMER',
      paymentMethod: customer.paymentMethod ?? 'BANK_TRANSFER',
      paymentMethodSource: customer.paymentMethod ? 'CUSTOMER' : 'COMPANY',
      priceListId: defaultPriceListId,
      priceListSource: 'COMPANY',
      subtotal: totals.subtotal.toFixed(4),
      discountTotal: totals.discountTotal.toFixed(4),
      taxTotal: totals.taxTotal.toFixed(4),
      total: totals.total.toFixed(4),
      amountPaid: paid.toFixed(4),
      amountCredited: '0',
      settledOn: status !== 'PAID' ? null : day(paidOn ?? issueDate),
      issuedAt: issuedAt.toISOString(),
      createdAt: issuedAt.toISOString(),
      updatedAt: issuedAt.toISOString(),
    });
    for (const line of lines) {
      rows.lines.push({
        id: uuidV7(issuedAt.getTime(), random),
        invoiceId: invoice.id,
        currency: 'RON',
        position: line.position,
        itemId: line.itemId,
        description: line.description,
        quantity: line.quantity.toFixed(4),
        unit: line.unit,
        unitPrice: line.unitPrice.toFixed(4),
        priceSource: line.priceSource,
        priceListEntryId: line.priceListEntryId,
        discountPercent: line.discountPercent.toFixed(4),
        discountSource: line.discountSource,
        taxRateId: line.taxRateId,
        taxPercent: line.taxPercent.toFixed(4),
        taxSource: line.taxSource,
        explanation: line.explanation,
        lineAmount: line.lineAmount.toFixed(4),
        discountAmount: line.discountAmount.toFixed(4),
        netAmount: line.netAmount.toFixed(4),
        taxAmount: line.taxAmount.toFixed(4),
        totalAmount: line.totalAmount.toFixed(4),
      });
    }
    rows.ledger.push(
      ledgerRow(random, customer.id, 'INVOICE_ISSUED', totals.total, issueDate, issuedAt.toISOString(), {
        invoiceId: invoice.id,
      }),
    );
    const sum = rows.sums.get(customer.id) ?? { invoiced: zero, received: zero, outstanding: zero };
    rows.sums.set(customer.id, {
      invoiced: sum.invoiced.plus(totals.total),
      received: sum.received.plus(received),
      outstanding: sum.outstanding.plus(totals.total.minus(paid)),
    });
  }
  return rows;
}

function ledgerRow(
  random: Random,
  customerId: string,
  kind: 'INVOICE_ISSUED' | 'PAYMENT_RECEIVED' | 'APPLIED',
  amount: Decimal,
  occurredOn: Date,
  createdAt: string,
  links: { invoiceId?: string; paymentId?: string; appliedAmount?: string },
): Row {
  return {
    id: uuidV7(new Date(createdAt).getTime(), random),
    customerId,
    currency: 'RON',
    kind,
    amount: amount.toFixed(4),
    invoiceId: links.invoiceId ?? null,
    paymentId: links.paymentId ?? null,
    appliedAmount: links.appliedAmount ?? null,
    occurredOn: day(occurredOn),
    createdAt,
    createdBy: 'Generated book',
  };
}
