-- Each line carries its invoice's currency, kept equal by a foreign key on (invoiceId, currency).

-- DropForeignKey
ALTER TABLE "InvoiceLine" DROP CONSTRAINT "InvoiceLine_invoiceId_fkey";

-- AlterTable: filled from the invoices before it becomes required
ALTER TABLE "InvoiceLine" ADD COLUMN     "currency" CHAR(3);
UPDATE "InvoiceLine" l SET "currency" = i."currency" FROM "Invoice" i WHERE i."id" = l."invoiceId";
ALTER TABLE "InvoiceLine" ALTER COLUMN "currency" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_id_currency_key" ON "Invoice"("id", "currency");

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_currency_fkey" FOREIGN KEY ("invoiceId", "currency") REFERENCES "Invoice"("id", "currency") ON DELETE CASCADE ON UPDATE CASCADE;
