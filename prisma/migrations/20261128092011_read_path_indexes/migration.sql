-- DropIndex
DROP INDEX "Customer_status_displayName_idx";

-- DropIndex
DROP INDEX "LedgerEntry_customerId_occurredOn_idx";

-- CreateIndex
CREATE INDEX "Customer_status_displayName_id_idx" ON "Customer"("status", "displayName", "id");

-- CreateIndex
CREATE INDEX "Invoice_customerId_issueDate_id_idx" ON "Invoice"("customerId", "issueDate", "id");

-- CreateIndex
CREATE INDEX "Invoice_dueDate_id_idx" ON "Invoice"("dueDate", "id");

-- CreateIndex
CREATE INDEX "LedgerEntry_customerId_occurredOn_createdAt_id_idx" ON "LedgerEntry"("customerId", "occurredOn", "createdAt", "id");
