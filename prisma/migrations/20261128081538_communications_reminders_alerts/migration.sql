-- CreateEnum
CREATE TYPE "CreditLimitPolicy" AS ENUM ('WARN', 'REFUSE');

-- CreateEnum
CREATE TYPE "CommunicationChannel" AS ENUM ('EMAIL', 'PHONE', 'SMS', 'LETTER', 'MEETING', 'NOTE');

-- CreateEnum
CREATE TYPE "CommunicationDirection" AS ENUM ('OUTBOUND', 'INBOUND');

-- CreateEnum
CREATE TYPE "CommunicationKind" AS ENUM ('MANUAL', 'REMINDER', 'STATEMENT');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ReminderStepKind" AS ENUM ('COURTESY', 'REMINDER', 'FINAL_NOTICE');

-- CreateEnum
CREATE TYPE "LateInterestKind" AS ENUM ('NONE', 'FIXED_FEE', 'ANNUAL_RATE');

-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('INVOICE_OVERDUE', 'PARTIAL_PAYMENT', 'PAYMENT_RECEIVED', 'CREDIT_LIMIT_EXCEEDED', 'REMINDER_SENT', 'SEND_FAILED');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'SNOOZED');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "creditLimitPolicy" "CreditLimitPolicy" NOT NULL DEFAULT 'WARN',
ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'ro',
ADD COLUMN     "reminderPolicyId" UUID,
ADD COLUMN     "remindersEnabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Communication" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "channel" "CommunicationChannel" NOT NULL,
    "direction" "CommunicationDirection" NOT NULL,
    "kind" "CommunicationKind" NOT NULL DEFAULT 'MANUAL',
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT,
    "invoiceId" UUID,
    "paymentId" UUID,
    "creditNoteId" UUID,
    "toAddress" TEXT,
    "deliveryStatus" "DeliveryStatus",
    "deliveryError" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3),
    "nextAttemptAt" TIMESTAMPTZ(3),
    "lockedUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Communication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderPolicy" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "combineInvoices" BOOLEAN NOT NULL DEFAULT false,
    "partialFollowUpDays" INTEGER,
    "lateInterestKind" "LateInterestKind" NOT NULL DEFAULT 'NONE',
    "lateInterestValue" DECIMAL(19,4),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderStep" (
    "id" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "offsetDays" INTEGER NOT NULL,
    "kind" "ReminderStepKind" NOT NULL,

    CONSTRAINT "ReminderStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderDispatch" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "stepId" UUID,
    "stepKey" TEXT NOT NULL,
    "communicationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderDispatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "invoiceId" UUID,
    "paymentId" UUID,
    "communicationId" UUID,
    "message" TEXT NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'OPEN',
    "snoozedUntil" TIMESTAMPTZ(3),
    "handledAt" TIMESTAMPTZ(3),
    "handledBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Communication_customerId_occurredAt_idx" ON "Communication"("customerId", "occurredAt");

-- CreateIndex
CREATE INDEX "Communication_invoiceId_occurredAt_idx" ON "Communication"("invoiceId", "occurredAt");

-- CreateIndex
CREATE INDEX "Communication_deliveryStatus_nextAttemptAt_idx" ON "Communication"("deliveryStatus", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderPolicy_name_key" ON "ReminderPolicy"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderStep_policyId_offsetDays_key" ON "ReminderStep"("policyId", "offsetDays");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDispatch_invoiceId_stepKey_key" ON "ReminderDispatch"("invoiceId", "stepKey");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_dedupeKey_key" ON "Alert"("dedupeKey");

-- CreateIndex
CREATE INDEX "Alert_status_createdAt_idx" ON "Alert"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Alert_customerId_createdAt_idx" ON "Alert"("customerId", "createdAt");

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_reminderPolicyId_fkey" FOREIGN KEY ("reminderPolicyId") REFERENCES "ReminderPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_creditNoteId_fkey" FOREIGN KEY ("creditNoteId") REFERENCES "CreditNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderStep" ADD CONSTRAINT "ReminderStep_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ReminderPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDispatch" ADD CONSTRAINT "ReminderDispatch_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDispatch" ADD CONSTRAINT "ReminderDispatch_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ReminderStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDispatch" ADD CONSTRAINT "ReminderDispatch_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE SET NULL ON UPDATE CASCADE;
