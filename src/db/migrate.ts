import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

// Migrations run through Prisma's WebAssembly schema engine and our driver adapter, so they
// work where Prisma's native engine cannot be downloaded. The files in prisma/migrations and
// the `_prisma_migrations` table are the ones `prisma migrate deploy` uses.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const schemaPath = path.join(root, 'prisma/schema.prisma');
export const migrationsDir = path.join(root, 'prisma/migrations');
const noFilters = { externalTables: [], externalEnums: [] };

let engineLoaded: Promise<void> | undefined;

function loadEngineWasm(): Promise<void> {
  engineLoaded ??= (async () => {
    // The package exports only its JS glue; the .wasm sits beside it.
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return engineLoaded;
}

/**
 * `@prisma/adapter-pg` runs a migration script by splitting it on every ";", which breaks any
 * statement with a ";" inside (a function body, a string). PostgreSQL runs a whole multi-statement
 * script in one simple query, as Prisma's native engine sends it, so do that.
 */
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const driver = (adapter as SqlDriverAdapter & { underlyingDriver?: () => unknown }).underlyingDriver?.() as
    | { query?: (sql: string) => Promise<unknown> }
    | undefined;
  if (adapter.adapterName !== '@prisma/adapter-pg' || typeof driver?.query !== 'function') return adapter;
  adapter.executeScript = async (script: string) => {
    await driver.query!(script);
  };
  return adapter;
}

/**
 * Runs `work` with a schema engine on the given adapter factory, then frees the engine and closes
 * every connection it opened (the engine does not, and a left-open pool keeps a database busy).
 */
async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngineWasm();
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return wholeScripts(adapter);
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => track(await adapterFactory.connect()),
    connectToShadowDb: async () => track(await adapterFactory.connectToShadowDb()),
  };
  const datamodel = await readFile(schemaPath, 'utf8');
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

export async function readMigrations(): Promise<MigrationList> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockfilePath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: await readFile(lockfilePath, 'utf8').catch(() => null),
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: {
            tag: 'ok' as const,
            value: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8'),
          },
        },
      })),
    ),
  };
}

/** Applies every pending migration; returns the names of those it applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withSchemaEngine(adapterFactory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

/** The SQL that takes the migrations folder to the current schema.prisma ('' when in sync). */
export async function diffMigrationsToSchema(
  shadowAdapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string> {
  const datamodel = await readFile(schemaPath, 'utf8');
  const migrationsList = await readMigrations();
  const from = migrationsList.migrationDirectories.length
    ? ({ tag: 'migrations', ...migrationsList } as const)
    : ({ tag: 'empty' } as const);
  return withSchemaEngine(shadowAdapterFactory, async (engine) => {
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  });
}
