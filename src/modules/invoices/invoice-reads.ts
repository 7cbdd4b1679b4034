import type { Context } from '../../context.js';
import { Prisma, type InvoiceLine } from '../../generated/prisma/client.js';
import { readCombined } from '../../shared/combined-reads.js';
import { requestLoader } from '../../shared/loaders.js';

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

/** The invoice's lines in their order; the lines of every invoice asked in the same turn in one read. */
export function linesOfInvoice(ctx: Context, invoiceId: string): Promise<InvoiceLineRow[]> {
  return requestLoader<string, InvoiceLineRow[]>(ctx, 'invoice-lines', async (invoiceIds) => {
    const rows = await readCombined<InvoiceLineRow>(
      ctx,
      Prisma.sql`
        SELECT id, "invoiceId", currency, position, description, trim_scale(quantity)::text AS quantity, unit,
          trim_scale("unitPrice")::text AS "unitPrice", trim_scale("totalAmount")::text AS "totalAmount"
        FROM "InvoiceLine" WHERE "invoiceId" = ANY(${invoiceIds}::uuid[])
        ORDER BY "invoiceId", position, id`,
    );
    const byInvoice = new Map<string, InvoiceLineRow[]>(invoiceIds.map((id) => [id, []]));
    for (const row of rows) byInvoice.get(row.invoiceId)?.push(row);
    return invoiceIds.map((id) => byInvoice.get(id)!);
  }).load(invoiceId);
}
