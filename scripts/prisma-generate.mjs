// `prisma generate` without Prisma's native schema engine: the CLI tries to download that
// binary first even though generate never uses it. Where no engine binary is installed (no
// network to Prisma's host: this machine, CI, air-gapped sites), point it at a stand-in file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = path.resolve('node_modules/@prisma/engines');
  const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'));
  if (!hasEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync('npx', ['prisma', 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
