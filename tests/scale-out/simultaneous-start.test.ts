// Runs with DATABASE_URL and REDIS_URL (the scaled-out pass): three instances starting at the
// same moment against one empty PostgreSQL migrate and seed it exactly once.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { prepareDatabase } from '../../src/prepare.js';
import { adminQuery, uniqueDatabaseName, withDatabase } from '../support/databases.js';

const serverUrl = process.env.DATABASE_URL!;
const name = uniqueDatabaseName('clientela_start');
const opened: Database[] = [];
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('scaled out: instances starting together', () => {
  it('migrate and seed an empty database once', async () => {
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const dirs = await Promise.all([0, 1, 2].map(() => mkdtemp(path.join(tmpdir(), 'clientela-start-'))));
    const instances = await Promise.all(dirs.map(() => openDatabase({ databaseUrl: withDatabase(serverUrl, name) })));
    opened.push(...instances);
    await Promise.all(
      instances.map((db, i) =>
        prepareDatabase(
          db,
          { seedDemoData: true, adminApiKey: undefined, dataDir: dirs[i] },
          pino({ level: 'silent' }),
        ),
      ),
    );
    const prisma = instances[0].prisma;
    expect(await prisma.customer.count()).toBe(50);
    expect(await prisma.invoice.count()).toBe(6);
    expect(await prisma.apiKey.count()).toBe(1);
    const keyFiles = (await Promise.all(dirs.map((dir) => readdir(dir)))).flat();
    expect(keyFiles).toEqual(['admin-api-key']);
    const migrations = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM _prisma_migrations`;
    expect(Number(migrations[0].count)).toBe(
      (await readdir('prisma/migrations', { withFileTypes: true })).filter((e) => e.isDirectory()).length,
    );
  });
});
