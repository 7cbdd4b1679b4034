// PostGraphile 5 (amber preset) on the benchmark's book, as a baseline for npm run bench: the
// same tables, with the SQL functions of functions.sql for what PostGraphile cannot derive
// (balances, amount due, running balance, overdue invoices). Runs under Node 22 or later.
// Usage: node server.mjs <database url>; prints {"url": …} once it listens.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.argv[2];
const preset = {
  extends: [PostGraphileAmberPreset],
  // PostGraphile hides a backward relation whose foreign key has no index of exactly its columns:
  // InvoiceLine's (invoiceId, currency) is served by the (invoiceId, position) index.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` }));
});
const stop = () => server.close(() => pgl.release().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
