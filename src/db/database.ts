import { existsSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { applyMigrations } from './migrate.js';
import { statementNames } from './statement-names.js';

export type Db = PrismaClient;

export interface Database {
  kind: 'pglite' | 'postgresql';
  prisma: PrismaClient;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /**
   * PGlite only: a consistent copy of the database files as a gzipped tarball, taken between
   * transactions after a checkpoint (`restoreEmbeddedBackup` or `loadDataDir` read it back).
   */
  dumpDataDir?: () => Promise<Blob>;
  /** PGlite in a directory only: the lock this process holds on it. */
  dataDirLock?: DataDirLock;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Restores a PGlite data directory dump (tests use a migrated snapshot). */
  loadDataDir?: Blob;
  /** Called with every SQL statement Prisma sends (tests count them). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL only: prepare the statements sent often under a name, planned once per connection
   * (default true). Off for a pooler that cannot keep them, such as PgBouncer in transaction mode.
   */
  preparedStatements?: boolean;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // JIT compiling pays for hours-long analytics, not for an API's statements: a report's plan
    // crossed the cost threshold and spent seconds compiling what runs in a fraction of one.
    const factory = new PrismaPg(
      { connectionString: options.databaseUrl, max: 10, options: '-c jit=off' },
      options.preparedStatements === false
        ? {}
        : // pg sends a statement whose name is undefined unnamed, as if no generator were given.
          {
            statementNameGenerator: statementNames({ maxNamed: 200, timesBeforeNaming: 3 }) as (query: {
              sql: string;
            }) => string,
          },
    );
    return wrap('postgresql', factory, options, async () => {});
  }
  // Taken before PGlite touches a file: a second process must never open the same directory.
  const lock = options.dataDir ? await lockDataDir(options.dataDir) : undefined;
  try {
    const pglite = await PGlite.create({
      dataDir: options.dataDir && embeddedDatabaseDir(options.dataDir),
      loadDataDir: options.loadDataDir,
    });
    const database = wrap('pglite', new PrismaPGlite(pglite), options, async () => {
      await pglite.close();
      await lock?.release();
    });
    // Holding the transaction lock keeps other transactions out; the checkpoint writes every
    // committed page, so the copy opens without recovery and holds exactly what was committed.
    const dumpDataDir = () =>
      pglite.transaction(async (tx) => {
        await tx.exec('CHECKPOINT');
        return pglite.dumpDataDir('gzip');
      });
    return { ...database, dumpDataDir, dataDirLock: lock };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

/**
 * Where PGlite keeps its files inside DATA_DIR: `pgdata/`, beside the lock, the first admin key
 * and other files of Clientela's. Directories made before that layout hold them at the top.
 */
export function embeddedDatabaseDir(dataDir: string): string {
  return existsSync(path.join(dataDir, 'PG_VERSION')) ? dataDir : path.join(dataDir, 'pgdata');
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
