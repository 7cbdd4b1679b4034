import type { Prisma } from '../../generated/prisma/client.js';

/**
 * The next number of a series for a year: `PREFIX-YYYY-000042`. The counter row stays locked
 * until the caller's transaction ends, so numbers are unique and gapless under concurrency (a
 * rolled-back transaction gives its number back).
 */
export async function nextDocumentNumber(
  tx: Prisma.TransactionClient,
  seriesCode: string,
  year: number,
): Promise<string> {
  const series = await tx.invoiceSeries.findUniqueOrThrow({ where: { code: seriesCode } });
  const [{ number }] = await tx.$queryRaw<{ number: number }[]>`
    INSERT INTO "SeriesCounter" ("seriesId", "year", "nextNumber") VALUES (${series.id}::uuid, ${year}, 2)
    ON CONFLICT ("seriesId", "year") DO UPDATE SET "nextNumber" = "SeriesCounter"."nextNumber" + 1
    RETURNING "nextNumber" - 1 AS number`;
  return `${series.prefix}-${year}-${String(number).padStart(6, '0')}`;
}
