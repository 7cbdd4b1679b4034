// Creates the next migration offline: diffs prisma/migrations against schema.prisma using a
// throwaway in-memory PGlite as the shadow database, and writes prisma/migrations/<ts>_<name>/.
// Usage: npm run migration:create -- <name>      (--check: exit 1 when a migration is missing)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { diffMigrationsToSchema, migrationsDir } from '../src/db/migrate.js';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const name = args.find((arg) => !arg.startsWith('--'));
if (!checkOnly && !name?.match(/^[a-z0-9_]+$/)) {
  console.error('usage: npm run migration:create -- <snake_case_name> | --check');
  process.exit(2);
}

const shadow = new PGlite();
const sql = (await diffMigrationsToSchema(new PrismaPGlite(shadow))).trim();
await shadow.close();

if (!sql || sql === '-- This is an empty migration.') {
  console.log('schema.prisma and prisma/migrations agree: nothing to create.');
  process.exit(0);
}
if (checkOnly) {
  console.error(`schema.prisma has changes no migration covers:\n${sql}`);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);
await writeFile(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
console.log(`created ${path.relative(process.cwd(), dir)}/migration.sql`);
