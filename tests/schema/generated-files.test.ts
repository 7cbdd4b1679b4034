import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { generate } from '@graphql-codegen/cli';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { diffMigrationsToSchema } from '../../src/db/migrate.js';
import { printSchemaSDL } from '../../src/schema/index.js';

describe('committed generated files match the code', () => {
  it('schema.graphql is the SDL printed from the code (run `npm run schema:print`)', async () => {
    expect(await readFile('schema.graphql', 'utf8')).toBe(printSchemaSDL());
  });

  it('tests/gql holds the typed documents codegen makes today (run `npm run codegen`)', async () => {
    const outputs = (await generate({ ...codegenConfig, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    for (const output of outputs) {
      expect(await readFile(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });

  it('prisma/migrations produce exactly schema.prisma (run `npm run migration:create -- <name>`)', async () => {
    const shadow = new PGlite();
    try {
      const sql = await diffMigrationsToSchema(new PrismaPGlite(shadow));
      expect(sql.trim().replace(/^-- This is an empty migration\.$/, '')).toBe('');
    } finally {
      await shadow.close();
    }
  });
});
