-- CreateIndex
CREATE INDEX "Invoice_unpaid_by_customer_idx" ON "Invoice"("customerId", "currency", "dueDate", "total", "amountPaid", "amountCredited") WHERE (status = ANY (ARRAY['OPEN'::"InvoiceStatus", 'PARTIALLY_PAID'::"InvoiceStatus"]));

-- CreateIndex
CREATE INDEX "LedgerEntry_customerId_currency_amount_idx" ON "LedgerEntry"("customerId", "currency", "amount");
