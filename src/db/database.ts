import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { applyMigrations } from './migrate.js';

export type Db = PrismaClient;

export interface Database {
  kind: 'pglite' | 'postgresql';
  prisma: PrismaClient;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** PGlite only: the whole data directory as a tarball (tests restore it with `loadDataDir`). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Restores a PGlite data directory dump (tests use a migrated snapshot). */
  loadDataDir?: Blob;
  /** Called with every SQL statement Prisma sends (tests count them). */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const factory = new PrismaPg({ connectionString: options.databaseUrl, max: 10 });
    return wrap('postgresql', factory, options, async () => {});
  }
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const database = wrap('pglite', new PrismaPGlite(pglite), options, () => pglite.close());
  return { ...database, dumpDataDir: () => pglite.dumpDataDir('gzip') };
}

function wrap(
  kind: Database['kind'],
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: DatabaseOptions,
  closeDriver: () => Promise<void>,
): Database {
  const prisma = new PrismaClient({
    adapter: factory,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (prisma as PrismaClient<'query'>).$on('query', (event) => onQuery(event.query));
  }
  return {
    kind,
    prisma,
    migrate: () => applyMigrations(factory),
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
