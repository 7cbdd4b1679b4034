import type { Context } from '../../context.js';
import { Prisma, type Invoice, type InvoiceLine, type InvoiceStatus } from '../../generated/prisma/client.js';
import { readCombined } from '../../shared/combined-reads.js';
import { requestLoader, requestValues } from '../../shared/loaders.js';
import { sqlLimit } from '../../shared/paging.js';

// Hot reads of invoices in plain SQL, sent with the request's other reads of the same turn
// (combined-reads.ts). tests/invoices/invoice-reads.test.ts checks them against the ORM's answer.

/** A line as InvoiceLine's type-level select reads it, its numbers exact as text. */
export type InvoiceLineRow = Pick<
  InvoiceLine,
  'id' | 'invoiceId' | 'currency' | 'position' | 'description' | 'unit'
> & {
  quantity: string;
  unitPrice: string;
  totalAmount: string;
};

const lineColumns = (alias: string) =>
  Prisma.raw(`
  ${alias}.id, ${alias}."invoiceId", ${alias}.currency, ${alias}.position, ${alias}.description,
  trim_scale(${alias}.quantity)::text AS quantity, ${alias}.unit, trim_scale(${alias}."unitPrice")::text AS "unitPrice",
  trim_scale(${alias}."totalAmount")::text AS "totalAmount"`);

function linesLoader(ctx: Context) {
  return requestLoader<string, InvoiceLineRow[]>(ctx, 'invoice-lines', async (invoiceIds) => {
    const rows = await readCombined<InvoiceLineRow>(
      ctx,
      Prisma.sql`
        SELECT ${lineColumns('l')} FROM "InvoiceLine" l WHERE l."invoiceId" = ANY(${invoiceIds}::uuid[])
        ORDER BY l."invoiceId", l.position, l.id`,
    );
    const byInvoice = new Map<string, InvoiceLineRow[]>(invoiceIds.map((id) => [id, []]));
    for (const row of rows) byInvoice.get(row.invoiceId)?.push(row);
    return invoiceIds.map((id) => byInvoice.get(id)!);
  });
}

/** Lines read with a page of invoices (`customerInvoicePage`), by invoice id. */
const linesRead = (ctx: Context) => requestValues<string, InvoiceLineRow[]>(ctx, 'invoice-lines');

/**
 * The invoice's lines in their order: as they are when the request read them with its page, else
 * a promise, the lines of every invoice asked in the same turn in one read.
 */
export function linesOfInvoice(ctx: Context, invoiceId: string): InvoiceLineRow[] | Promise<InvoiceLineRow[]> {
  return linesRead(ctx).get(invoiceId) ?? linesLoader(ctx).load(invoiceId);
}

/** An invoice as Invoice's type-level select reads it, its amounts exact as text. */
export type InvoiceRow = Pick<
  Invoice,
  'id' | 'number' | 'status' | 'currency' | 'customerId' | 'issueDate' | 'dueDate'
> & {
  total: string;
  amountPaid: string;
  amountCredited: string;
};

type InvoiceJson = Omit<InvoiceRow, 'issueDate' | 'dueDate'> & {
  issueDate: string;
  dueDate: string;
  lines?: InvoiceLineRow[];
};

export interface CustomerInvoicesQuery {
  customerId: string;
  statuses: readonly InvoiceStatus[] | null;
  /** The invoice the page starts after (before, when backward), in the list's order. */
  cursorId: string | null;
  backward: boolean;
  limit: number;
  /** Read each invoice's lines with it (the lines of the page need no read of their own). */
  withLines: boolean;
  withCount: boolean;
}

/**
 * A page of the customer's invoices, newest issue date first (then by id), with the request's
 * other reads of the turn (the customer's ledger page): what `Customer.invoices` pages through.
 * Rows come in the list's order whichever way the page reads.
 */
export async function customerInvoicePage(
  ctx: Context,
  query: CustomerInvoicesQuery,
): Promise<{ rows: InvoiceRow[]; totalCount: number | null }> {
  const conditions = [Prisma.sql`i."customerId" = ${query.customerId}::uuid`];
  if (query.statuses?.length) conditions.push(Prisma.sql`i.status::text = ANY(${[...query.statuses]})`);
  const where = Prisma.join(conditions, ' AND ');
  const toward = query.backward ? Prisma.raw('>') : Prisma.raw('<');
  const direction = Prisma.raw(query.backward ? 'ASC' : 'DESC');
  const after = query.cursorId
    ? Prisma.sql`AND (i."issueDate", i.id) ${toward} (SELECT c."issueDate", c.id FROM "Invoice" c WHERE c.id = ${query.cursorId}::uuid)`
    : Prisma.empty;
  const lines = query.withLines
    ? Prisma.sql`, (SELECT coalesce(json_agg(l ORDER BY l.position, l.id), '[]'::json)
        FROM (SELECT ${lineColumns('il')} FROM "InvoiceLine" il WHERE il."invoiceId" = i.id) l) AS lines`
    : Prisma.empty;
  const [page, count] = await Promise.all([
    readCombined<InvoiceJson>(
      ctx,
      Prisma.sql`
        SELECT i.id, i.number, i.status, i.currency, i."customerId", i."issueDate", i."dueDate",
          trim_scale(i.total)::text AS total, trim_scale(i."amountPaid")::text AS "amountPaid",
          trim_scale(i."amountCredited")::text AS "amountCredited"${lines}
        FROM "Invoice" i WHERE ${where} ${after}
        ORDER BY i."issueDate" ${direction}, i.id ${direction} ${sqlLimit(query.limit)}`,
    ),
    query.withCount
      ? readCombined<{ count: number }>(ctx, Prisma.sql`SELECT count(*)::int AS count FROM "Invoice" i WHERE ${where}`)
      : null,
  ]);
  if (query.backward) page.reverse();
  const read = linesRead(ctx);
  const rows = page.map(({ lines: invoiceLines, ...row }) => {
    if (invoiceLines) read.set(row.id, invoiceLines);
    return { ...row, issueDate: new Date(`${row.issueDate}T00:00:00Z`), dueDate: new Date(`${row.dueDate}T00:00:00Z`) };
  });
  return { rows, totalCount: count ? count[0].count : null };
}
