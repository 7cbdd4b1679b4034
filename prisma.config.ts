import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI (generate). Migrations are applied by src/db/migrate.ts,
// which drives Prisma's WebAssembly schema engine through our driver adapter.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
