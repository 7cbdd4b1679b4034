// The floor: a minimal Node `http` server answering the benchmark's reads with hand-written SQL
// through `pg` (one statement each, JSON built by PostgreSQL), the same `data` as the API.
// Usage: tsx bench/floor/server.ts <database url> — prints {"url": …} once listening.
import { createServer } from 'node:http';
import pg from 'pg';
import { type BenchOperation, reads } from '../operations.js';

const [databaseUrl] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const byName = new Map<string, BenchOperation>(reads.map((operation) => [operation.name, operation]));
let statements = 0;

const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', async () => {
    if (request.method === 'GET') {
      response.end(JSON.stringify({ statements }));
      return;
    }
    try {
      const { operation, variables } = JSON.parse(body) as { operation: string; variables: Record<string, unknown> };
      const read = byName.get(operation);
      if (!read?.floorSql) throw new Error(`no such operation: ${operation}`);
      statements += 1;
      const result = await pool.query<{ data: string }>(
        `SELECT data::text AS data FROM (${read.floorSql}) answer`,
        read.floorParams?.(variables) ?? [],
      );
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"data":${result.rows[0].data}}`);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(JSON.stringify({ url: `http://127.0.0.1:${address.port}/` }));
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
