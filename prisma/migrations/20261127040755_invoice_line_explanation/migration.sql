-- AlterTable
ALTER TABLE "InvoiceLine" ADD COLUMN     "explanation" TEXT NOT NULL DEFAULT '';
