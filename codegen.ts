import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the tests (and any TypeScript client): write operations with
// `graphql(...)` from tests/gql, then `npm run codegen`.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['tests/**/*.ts', '!tests/gql/**'],
  generates: {
    'tests/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        scalars: {
          Decimal: 'string',
          DateTime: 'string',
          Date: 'string',
          EmailAddress: 'string',
          PhoneNumber: 'string',
          CountryCode: 'string',
          Currency: 'string',
          URL: 'string',
        },
      },
    },
  },
  ignoreNoDocuments: true,
};
export default config;
