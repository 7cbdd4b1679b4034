import type { Db } from '../../src/db/database.js';

/** A digest of every row of every table (but those named), to compare two databases row for row. */
export async function tableDigests(prisma: Db, exclude: string[] = []): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<
    { name: string }[]
  >`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    if (exclude.includes(name)) continue;
    const [row] = await prisma.$queryRawUnsafe<{ rows: bigint; digest: string }[]>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    digests[name] = `${row.rows} rows, ${row.digest}`;
  }
  return digests;
}
