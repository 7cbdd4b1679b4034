-- Idempotency keys belong to the API key that sent them: keys recorded before are given the
-- scope of the key that recorded them, so a retry of an earlier request still finds its answer.
ALTER TABLE "IdempotentRequest" ADD COLUMN "scope" TEXT;
UPDATE "IdempotentRequest" SET "scope" = COALESCE("actorId", 'system');
ALTER TABLE "IdempotentRequest" ALTER COLUMN "scope" SET NOT NULL;

-- AlterTable
ALTER TABLE "IdempotentRequest" DROP CONSTRAINT "IdempotentRequest_pkey",
ADD CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("scope", "key");
