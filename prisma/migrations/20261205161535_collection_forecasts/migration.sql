-- CreateTable
CREATE TABLE "CollectionForecast" (
    "id" UUID NOT NULL,
    "madeOn" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "weekStart" DATE NOT NULL,
    "amount" DECIMAL(19,4) NOT NULL,
    "invoices" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionForecast_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollectionForecast_currency_weekStart_madeOn_idx" ON "CollectionForecast"("currency", "weekStart", "madeOn");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionForecast_madeOn_currency_weekStart_key" ON "CollectionForecast"("madeOn", "currency", "weekStart");
