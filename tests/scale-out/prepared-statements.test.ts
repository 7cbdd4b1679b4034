// Runs with DATABASE_URL (the scaled-out pass): statements the API sends often are prepared by
// name on PostgreSQL, once per connection, unless DATABASE_PREPARED_STATEMENTS=false.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';

const serverUrl = process.env.DATABASE_URL!;
let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

/** Sends one statement five times with other values on one connection; what it answered and what that connection holds prepared. */
async function sendOftenOnOneConnection(db: Database) {
  return db.prisma.$transaction(async (tx) => {
    const answers: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const [row] = await tx.$queryRaw<{ next: number }[]>`SELECT ${i}::int + 1 AS next`;
      answers.push(row.next);
    }
    const prepared = await tx.$queryRaw<{ name: string; statement: string }[]>`
      SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%+ 1 AS next%' AND name <> ''`;
    return { answers, prepared };
  });
}

describe('prepared statements on PostgreSQL', () => {
  it('prepares a statement sent often under one name on its connection, and answers each call with its own values', async () => {
    database = await openDatabase({ databaseUrl: serverUrl });
    const { answers, prepared } = await sendOftenOnOneConnection(database);
    expect(answers).toEqual([2, 3, 4, 5, 6]);
    expect(prepared).toHaveLength(1);
    expect(prepared[0].name).toMatch(/^clientela_\d+$/);
  });

  it('prepares nothing by name when turned off', async () => {
    database = await openDatabase({ databaseUrl: serverUrl, preparedStatements: false });
    const { answers, prepared } = await sendOftenOnOneConnection(database);
    expect(answers).toEqual([2, 3, 4, 5, 6]);
    expect(prepared).toEqual([]);
  });
});
