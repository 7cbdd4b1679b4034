-- CreateTable
CREATE TABLE "LateInterestCharge" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "chargeInvoiceId" UUID NOT NULL,
    "fromDay" DATE NOT NULL,
    "toDay" DATE NOT NULL,
    "amount" DECIMAL(19,4) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LateInterestCharge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LateInterestCharge_chargeInvoiceId_key" ON "LateInterestCharge"("chargeInvoiceId");

-- CreateIndex
CREATE INDEX "LateInterestCharge_invoiceId_idx" ON "LateInterestCharge"("invoiceId");

-- AddForeignKey
ALTER TABLE "LateInterestCharge" ADD CONSTRAINT "LateInterestCharge_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LateInterestCharge" ADD CONSTRAINT "LateInterestCharge_chargeInvoiceId_fkey" FOREIGN KEY ("chargeInvoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
