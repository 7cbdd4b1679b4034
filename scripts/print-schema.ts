// Writes schema.graphql from the code-first schema. CI's test fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { printSchemaSDL } from '../src/schema/index.js';

writeFileSync('schema.graphql', printSchemaSDL());
console.log('wrote schema.graphql');
