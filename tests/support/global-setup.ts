// Migrates one database per test run; each test file then starts from a copy of it:
// a PGlite data-directory dump on the embedded default, a template database on PostgreSQL.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { seedReferenceData } from '../../prisma/reference-data.js';
import { openDatabase } from '../../src/db/database.js';
import { adminQuery, uniqueDatabaseName, withDatabase } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { kind: 'pglite'; snapshotPath: string }
      | { kind: 'postgresql'; serverUrl: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = uniqueDatabaseName('clientela_template');
    await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
    const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, template) });
    await database.migrate();
    await seedReferenceData(database.prisma);
    await database.close();
    project.provide('testDatabase', { kind: 'postgresql', serverUrl, template });
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    };
  }

  const dir = await mkdtemp(path.join(tmpdir(), 'clientela-test-'));
  const snapshotPath = path.join(dir, 'migrated.tar.gz');
  const database = await openDatabase({});
  await database.migrate();
  await seedReferenceData(database.prisma);
  await writeFile(snapshotPath, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
  await database.close();
  project.provide('testDatabase', { kind: 'pglite', snapshotPath });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
