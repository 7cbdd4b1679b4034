// npm run bench: latency of common operations on the embedded database with demo data,
// each given as a ratio to a trivial authenticated query measured in the same run.
// Loopback only; bounded in count. Prints a table; exits 0.
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/prepare.js';
import { issueApiKey } from '../src/modules/access/api-keys.service.js';
import { startServer } from '../src/server/app.js';
import { createLocalPubSub } from '../src/server/pubsub.js';
import { encodeGlobalID } from '../src/schema/global-id.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 60);
const log = pino({ level: 'silent' });
const config = {
  ...loadConfig({
    NODE_ENV: 'test',
    RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
    RATE_LIMIT_COST_PER_MINUTE: '1000000000',
  }),
  host: '127.0.0.1',
  port: 0,
};
const database = await openDatabase({});
await prepareDatabase(database, { seedDemoData: true, adminApiKey: undefined, dataDir: '/tmp/clientela-bench' }, log);
const key = (await issueApiKey(database.prisma, 'bench', 'ADMIN', null)).secret;
const server = await startServer({
  config,
  database,
  pubsub: createLocalPubSub(),
  log,
  rateLimiter: {
    consume: async () => ({ allowed: true, retryAfterSeconds: 0 }),
    peek: async () => ({ allowed: true, retryAfterSeconds: 0 }),
  },
});

async function post(query: string, variables?: unknown): Promise<void> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

async function measure(run: (i: number) => Promise<void>): Promise<number> {
  for (let i = 0; i < 5; i++) await run(-1 - i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const customer = await database.prisma.customer.findUniqueOrThrow({ where: { code: 'RO-0001' } });
const customerId = encodeGlobalID('Customer', customer.id);
const item = await database.prisma.item.findUniqueOrThrow({ where: { sku: 'DEV-H' } });
const itemId = encodeGlobalID('Item', item.id);

const cases: [string, (i: number) => Promise<void>][] = [
  ['baseline: { viewer { role } }', () => post('{ viewer { role } }')],
  [
    '50 customers with contacts, terms, balances',
    () =>
      post(
        '{ customers(first: 50) { edges { node { displayName contacts { name } purchaseTerms { paymentTerms { name } } balances { outstanding { amount } netBalance { amount } } } } } }',
      ),
  ],
  [
    'search customers ("stefan")',
    () => post('{ customers(first: 20, filter: { search: "stefan" }) { totalCount edges { node { code } } } }'),
  ],
  [
    '20 invoices with lines and taxes',
    () =>
      post(
        '{ invoices(first: 20) { edges { node { number customer { displayName } lines { description totalAmount { amount } } taxes { taxAmount { amount } } total { amount } } } } }',
      ),
  ],
  [
    'price quote, 3 lines (contract + discount)',
    () =>
      post(
        'query($c: ID!, $i: ID!) { priceQuote(input: { customerId: $c, lines: [{ itemId: $i, quantity: "10" }, { itemId: $i, quantity: "1" }, { description: "x", quantity: "1", unitPrice: "5" }] }) { quote { total { amount } } } }',
        { c: customerId, i: itemId },
      ),
  ],
  [
    'create + issue an invoice (2 requests)',
    async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({
          query:
            'mutation($c: ID!, $i: ID!) { invoiceCreateDraft(input: { customerId: $c, lines: [{ itemId: $i, quantity: "2" }] }) { invoice { id } } }',
          variables: { c: customerId, i: itemId },
        }),
      });
      const id = ((await response.json()) as { data: { invoiceCreateDraft: { invoice: { id: string } } } }).data
        .invoiceCreateDraft.invoice.id;
      await post('mutation($id: ID!) { invoiceIssue(input: { id: $id }) { invoice { number } } }', { id });
    },
  ],
  [
    'record a payment (auto-allocated)',
    (i) =>
      post(
        'mutation($c: ID!, $k: String) { paymentRecord(input: { customerId: $c, amount: "10.00", method: CASH, idempotencyKey: $k }) { payment { id } } }',
        { c: customerId, k: `bench-${i}` },
      ),
  ],
  [
    'customer history, 50 entries',
    () =>
      post(
        'query($c: ID!) { customer(id: $c) { transactions(first: 50) { edges { node { kind amount { amount } runningBalance { amount } invoice { number } } } } } }',
        { c: customerId },
      ),
  ],
];

const results: [string, number][] = [];
for (const [name, run] of cases) results.push([name, await measure(run)]);
const baseline = results[0][1];
console.log(`Clientela benchmark: median of ${rounds} sequential requests each, PGlite, demo data, loopback`);
console.log(`${'operation'.padEnd(46)} ${'median ms'.padStart(10)} ${'× baseline'.padStart(11)}`);
for (const [name, ms] of results)
  console.log(`${name.padEnd(46)} ${ms.toFixed(2).padStart(10)} ${(ms / baseline).toFixed(1).padStart(11)}`);
await server.stop();
await database.close();
