-- One table for every idempotency key, whatever the operation (it was a column per document).

-- CreateTable
CREATE TABLE "IdempotentRequest" (
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "result" JSONB,
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("key")
);

-- Keys already used keep answering with their document.
INSERT INTO "IdempotentRequest" ("key", "operation", "requestHash", "result", "createdAt")
SELECT "idempotencyKey", 'recordPayment', coalesce("requestHash", ''), jsonb_build_object('paymentId', "id"), "createdAt"
FROM "Payment" WHERE "idempotencyKey" IS NOT NULL;
INSERT INTO "IdempotentRequest" ("key", "operation", "requestHash", "result", "createdAt")
SELECT "idempotencyKey", 'issueCreditNote', coalesce("requestHash", ''), jsonb_build_object('creditNoteId', "id"), "createdAt"
FROM "CreditNote" WHERE "idempotencyKey" IS NOT NULL
ON CONFLICT ("key") DO NOTHING;
INSERT INTO "IdempotentRequest" ("key", "operation", "requestHash", "result", "createdAt")
SELECT "idempotencyKey", 'recordRefund', coalesce("requestHash", ''), jsonb_build_object('refundId', "id"), "createdAt"
FROM "Refund" WHERE "idempotencyKey" IS NOT NULL
ON CONFLICT ("key") DO NOTHING;

-- DropIndex
DROP INDEX "CreditNote_idempotencyKey_key";

-- DropIndex
DROP INDEX "Payment_idempotencyKey_key";

-- DropIndex
DROP INDEX "Refund_idempotencyKey_key";

-- AlterTable
ALTER TABLE "CreditNote" DROP COLUMN "idempotencyKey",
DROP COLUMN "requestHash";

-- AlterTable
ALTER TABLE "Payment" DROP COLUMN "idempotencyKey",
DROP COLUMN "requestHash";

-- AlterTable
ALTER TABLE "Refund" DROP COLUMN "idempotencyKey",
DROP COLUMN "requestHash";
