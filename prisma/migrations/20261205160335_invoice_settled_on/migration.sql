-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "settledOn" DATE;

-- CreateIndex
CREATE INDEX "Invoice_customerId_settledOn_idx" ON "Invoice"("customerId", "settledOn");

-- Backfill: the day each settled invoice's last live allocation was applied.
UPDATE "Invoice" i SET "settledOn" = s.day
FROM (
  SELECT a."invoiceId", max(a."appliedOn") AS day FROM "Allocation" a
  WHERE a."invoiceId" IS NOT NULL AND a."reversedAt" IS NULL GROUP BY a."invoiceId"
) s
WHERE s."invoiceId" = i.id AND i.status = 'PAID';
-- An invoice of nothing was settled when it was issued.
UPDATE "Invoice" SET "settledOn" = "issueDate" WHERE status = 'PAID' AND "settledOn" IS NULL;
