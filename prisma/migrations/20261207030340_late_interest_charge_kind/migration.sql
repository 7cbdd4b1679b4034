-- A fixed fee and interest at a yearly rate are charged independently. Charges made before are
-- told apart by the reason their invoice line carries (the fee's starts with "The late payment fee").
ALTER TABLE "LateInterestCharge" ADD COLUMN "kind" "LateInterestKind";
UPDATE "LateInterestCharge" c SET "kind" = CASE
  WHEN EXISTS (
    SELECT 1 FROM "InvoiceLine" l
    WHERE l."invoiceId" = c."chargeInvoiceId" AND l."manualPriceReason" LIKE 'The late payment fee%'
  ) THEN 'FIXED_FEE'::"LateInterestKind"
  ELSE 'ANNUAL_RATE'::"LateInterestKind"
END;
ALTER TABLE "LateInterestCharge" ALTER COLUMN "kind" SET NOT NULL;
