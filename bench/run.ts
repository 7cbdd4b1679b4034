// npm run bench: the API against a generated book on PostgreSQL, beside the floor (hand-written
// SQL through `pg`, the same `data`) measured in the same run. See bench/README.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Decimal } from 'decimal.js';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/prepare.js';
import { encodeGlobalID } from '../src/schema/global-id.js';
import { startServer } from '../src/server/app.js';
import { createLocalPubSub } from '../src/server/pubsub.js';
import { type BookSize, defaultBookSize, generateBook } from './book/generate.js';
import { type BenchOperation, type BookFacts, baseline, reads, reports } from './operations.js';
import { listeners, openInvoices, paymentBodies, paymentFacts, paymentTitle } from './payments.js';
import { serverNode } from './node.js';
import { postGraphileReads, preparePostGraphile } from './postgraphile/baseline.js';

const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 50);
const rssRuns = Number(process.env.BENCH_RSS_RUNS ?? 3);
const withPostGraphile = process.env.BENCH_POSTGRAPHILE !== 'false';
const apiKey = `bench-${randomUUID()}`;

interface Target {
  name: 'api' | 'floor' | 'postgraphile';
  url: string;
  process: ChildProcess;
  /** The request body for an operation. */
  body(operation: BenchOperation, variables: Record<string, unknown>): string;
  headers: Record<string, string>;
}

interface Measured {
  operation: string;
  target: string;
  mode: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
  rssMb?: number;
}

function databaseUrl(): string {
  const explicit = process.env.BENCH_DATABASE_URL;
  if (explicit) return explicit;
  const shared = process.env.DATABASE_URL;
  if (!shared) {
    console.error(
      'npm run bench measures on PostgreSQL: set BENCH_DATABASE_URL (a database it may drop and fill, its name containing "bench"), or DATABASE_URL (it then uses the database clientela_bench on that server).',
    );
    process.exit(2);
  }
  const url = new URL(shared);
  url.pathname = '/clientela_bench';
  return url.toString();
}

async function adminQuery(url: string, sql: string) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The book in the bench database: reused when it is the one asked for, generated otherwise. */
async function prepareBook(url: string, size: Omit<BookSize, 'today'>): Promise<BookFacts & { generated: boolean }> {
  const name = new URL(url).pathname.slice(1);
  if (!name.includes('bench'))
    throw new Error(`The bench database's name must contain "bench" (it is dropped): ${name}`);
  const wanted = `${size.customers}/${size.invoices}/${size.linesPerInvoice}/${size.seed}`;
  const existing = await (async () => {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ size: string; largest: string }>('SELECT size, largest FROM "_bench_book"');
      return rows[0];
    } catch {
      return undefined;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  if (existing?.size === wanted) return { largestCustomerId: existing.largest, generated: false };

  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE "${name}"`);
  const database = await openDatabase({ databaseUrl: url });
  const scratch = await mkdtemp(path.join(tmpdir(), 'clientela-bench-'));
  try {
    await prepareDatabase(
      database,
      { seedDemoData: false, adminApiKey: 'x'.repeat(24), dataDir: scratch },
      pino({ level: 'silent' }),
    );
    const book = await generateBook(database.prisma, { ...size, today: new Date() });
    console.log(
      `generated ${book.customers} customers, ${book.invoices} invoices, ${book.lines} lines, ${book.payments} payments, ${book.ledgerEntries} ledger entries in ${(book.elapsedMs / 1000).toFixed(1)} s`,
    );
    const largest = encodeGlobalID('Customer', book.largestCustomer.id);
    await database.prisma.$executeRawUnsafe('CREATE TABLE "_bench_book" (size text, largest text)');
    await database.prisma.$executeRawUnsafe('INSERT INTO "_bench_book" VALUES ($1, $2)', wanted, largest);
    return { largestCustomerId: largest, generated: true };
  } finally {
    await database.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Starts a process and resolves with the URL it announces. */
function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  announces: (line: string) => string | null,
) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split('\n')) {
        const url = line.trim() ? announces(line) : null;
        if (url) {
          child.stdout!.off('data', onData);
          child.stdout!.resume();
          child.stderr!.resume();
          return resolve({ child, url });
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

const jsonLine = (key: string) => (line: string) => {
  try {
    return ((JSON.parse(line) as Record<string, string>)[key] as string | undefined) ?? null;
  } catch {
    return null;
  }
};

/** Node's arguments in `npm start`, so the API runs here exactly as it is started in production. */
async function productionNodeArgs(): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const command = scripts.start.replace(/^exec\s+/, '').split(/\s+/);
  if (command[0] !== 'node') throw new Error(`npm start does not run node: ${scripts.start}`);
  return command.slice(1);
}

async function startApi(url: string): Promise<Target> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'clientela-bench-api-'));
  const { child, url: apiUrl } = await startProcess(
    serverNode().binary,
    await productionNodeArgs(),
    {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      REDIS_URL: '',
      DATA_DIR: scratch,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      ADMIN_API_KEY: apiKey,
      SEED_DEMO_DATA: 'false',
      SCHEDULER_INTERVAL_SECONDS: '0',
      DELIVERY_INTERVAL_SECONDS: '0',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
      RATE_LIMIT_COST_PER_MINUTE: '1000000000',
      WS_MAX_CONNECTIONS_PER_KEY: String(subscribers + 10),
    },
    (line) => (line.includes('Clientela is up') ? jsonLine('url')(line) : null),
  );
  return {
    name: 'api',
    url: apiUrl,
    process: child,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: (operation, variables) => JSON.stringify({ query: operation.query, variables }),
  };
}

async function startFloor(url: string): Promise<Target> {
  const { child, url: floorUrl } = await startProcess(
    serverNode().binary,
    ['--import', 'tsx', 'bench/floor/server.ts', url],
    process.env,
    jsonLine('url'),
  );
  return {
    name: 'floor',
    url: floorUrl,
    process: child,
    headers: { 'content-type': 'application/json' },
    body: (operation, variables) => JSON.stringify({ operation: operation.name, variables }),
  };
}

async function startPostGraphile(url: string, book: BookFacts): Promise<Target> {
  const { command, args } = await preparePostGraphile(url);
  const { child, url: serverUrl } = await startProcess(command, args, process.env, jsonLine('url'));
  return {
    name: 'postgraphile',
    url: serverUrl,
    process: child,
    headers: { 'content-type': 'application/json' },
    body: (operation) => {
      const read = postGraphileReads[operation.name];
      return JSON.stringify({ query: read.query, variables: read.variables(book) });
    },
  };
}

async function post(
  target: Pick<Target, 'url' | 'headers'>,
  body: string,
): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

async function rssMb(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : 0;

async function load(
  target: Target,
  body: string | (() => string),
  options: { duration: number; overallRate?: number; expectBody?: string },
): Promise<Omit<Measured, 'operation' | 'target' | 'mode'>> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    connections,
    duration: options.duration,
    overallRate: options.overallRate,
    expectBody: options.expectBody,
    ...(typeof body === 'string'
      ? { body }
      : { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: body() }) }] }),
  });
  // The promise autocannon returns is also the event emitter of the run.
  (instance as unknown as autocannon.Instance).on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
    requests: result.requests.total,
  };
}

/** SQL statements the API sends for each operation, counted by an instance in this process. */
async function apiStatements(url: string, book: BookFacts, operations: BenchOperation[]) {
  let statements = 0;
  const database = await openDatabase({
    databaseUrl: url,
    onQuery: () => {
      statements += 1;
    },
  });
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
      RATE_LIMIT_COST_PER_MINUTE: '1000000000',
    }),
    host: '127.0.0.1',
    port: 0,
    adminApiKey: apiKey,
  };
  const server = await startServer({ config, database, pubsub: createLocalPubSub(), log: pino({ level: 'silent' }) });
  const target = {
    url: server.url,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
  };
  const counts = new Map<string, number>();
  try {
    for (const operation of operations) {
      const body = JSON.stringify({ query: operation.query, variables: operation.variables(book) });
      await post(target, body); // warm: the key is cached, the plan prepared
      statements = 0;
      await post(target, body);
      counts.set(operation.name, statements);
    }
  } finally {
    await server.stop();
    await database.close();
  }
  return counts;
}

async function floorStatements(floor: Target, book: BookFacts, operation: BenchOperation): Promise<number> {
  const before = ((await (await fetch(floor.url)).json()) as { statements: number }).statements;
  await post(floor, floor.body(operation, operation.variables(book)));
  return ((await (await fetch(floor.url)).json()) as { statements: number }).statements - before;
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

// The commit measured: read before anything runs, so a commit made during the run is not named.
const measuredCommit = commit();
const url = databaseUrl();
const size = {
  ...defaultBookSize,
  customers: Number(process.env.BENCH_CUSTOMERS ?? defaultBookSize.customers),
  invoices: Number(process.env.BENCH_INVOICES ?? defaultBookSize.invoices),
};
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const operations = [baseline, ...reads, ...reports].filter((operation) => !only || only.includes(operation.name));
const book = await prepareBook(url, size);
const statements = await apiStatements(url, book, operations);
console.log(`the API, the floor and PostGraphile run on Node ${serverNode().version}`);
const api = await startApi(url);
const floor = await startFloor(url);
const postGraphile = withPostGraphile ? await startPostGraphile(url, book) : null;
const results: Measured[] = [];
const checks: { operation: string; sameData: boolean; apiStatements: number; floorStatements: number }[] = [];
try {
  for (const operation of operations) {
    const variables = operation.variables(book);
    const apiBody = api.body(operation, variables);
    const apiAnswer = await post(api, apiBody);
    if (apiAnswer.errors) throw new Error(`${operation.name}: the API answered ${JSON.stringify(apiAnswer.errors)}`);
    const targets: Target[] = [api];
    if (operation.floorSql) {
      const floorAnswer = await post(floor, floor.body(operation, variables));
      const sameData = isDeepStrictEqual(apiAnswer.data, floorAnswer.data);
      checks.push({
        operation: operation.name,
        sameData,
        apiStatements: statements.get(operation.name) ?? -1,
        floorStatements: await floorStatements(floor, book, operation),
      });
      if (!sameData) {
        await mkdir(path.join(root, 'bench/results'), { recursive: true });
        await writeFile(
          path.join(root, `bench/results/mismatch-${operation.name}.json`),
          JSON.stringify({ api: apiAnswer.data, floor: floorAnswer.data }, null, 2),
        );
        throw new Error(
          `${operation.name}: the floor's data differs from the API's (bench/results/mismatch-${operation.name}.json)`,
        );
      }
      targets.push(floor);
    }
    const read = postGraphileReads[operation.name];
    if (postGraphile && read) {
      const answer = await post(postGraphile, postGraphile.body(operation, variables));
      if (answer.errors) throw new Error(`${operation.name}: PostGraphile answered ${JSON.stringify(answer.errors)}`);
      if (!isDeepStrictEqual(read.rowsOfApi(apiAnswer.data), read.rowsOfPostGraphile(answer.data)))
        throw new Error(
          `${operation.name}: PostGraphile's rows differ from the API's: ${JSON.stringify(read.rowsOfPostGraphile(answer.data)).slice(0, 500)}`,
        );
      targets.push(postGraphile);
    }
    let apiRate = 0;
    for (const target of targets) {
      const body = target.body(operation, variables);
      const expectBody = await (await fetch(target.url, { method: 'POST', headers: target.headers, body })).text();
      await load(target, body, { duration: Math.min(3, seconds) }); // warm-up
      const closed = await load(target, body, { duration: seconds, expectBody });
      results.push({ operation: operation.name, target: target.name, mode: `c${connections}`, ...closed });
      if (target.name === 'api') apiRate = closed.requestsPerSecond;
      // The same load for both: half what the API sustains, to compare latency when neither is saturated.
      const rate = Math.max(1, Math.round(apiRate / 2));
      const paced = await load(target, body, { duration: seconds, overallRate: rate, expectBody });
      results.push({ operation: operation.name, target: target.name, mode: `${rate}/s`, ...paced });
      console.log(
        `${operation.name.padEnd(18)} ${target.name.padEnd(12)} ${String(closed.requestsPerSecond).padStart(8)} req/s  p50 ${closed.p50} ms  p95 ${closed.p95} ms  p99 ${closed.p99} ms  errors ${closed.errors} | at ${rate}/s: p50 ${paced.p50} ms p99 ${paced.p99} ms`,
      );
    }
  }
  // Memory: the heaviest read `rssRuns` more times; RSS after each.
  const list = reads[0];
  const rss: number[] = [await rssMb(api.process)];
  for (let run = 0; run < rssRuns; run += 1) {
    await load(api, api.body(list, list.variables(book)), { duration: seconds });
    rss.push(await rssMb(api.process));
  }
  console.log(`API RSS (MB) before and after ${rssRuns} more runs of ${list.name}: ${rss.join(' → ')}`);

  const writes = !only || only.includes('payment-record') ? await measurePayments() : null;

  const report = {
    commit: measuredCommit,
    date: new Date().toISOString(),
    node: process.version,
    serversNode: serverNode().version,
    cores: (await import('node:os')).cpus().length,
    book: { ...size, generated: book.generated },
    seconds,
    connections,
    checks,
    results,
    writes,
    apiRssMb: rss,
  };
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  const file = path.join(root, `bench/results/${report.date.slice(0, 16).replace(':', '')}-${report.commit}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${table(report)}\nwritten to ${path.relative(root, file)}`);
} finally {
  api.process.kill('SIGTERM');
  floor.process.kill('SIGTERM');
  postGraphile?.process.kill('SIGTERM');
}

/**
 * paymentRecord at concurrency while `subscribers` dashboards listen; then the book is checked:
 * one payment per request, and the invoices' paid amounts grown by exactly what was recorded.
 */
async function measurePayments() {
  const invoices = await openInvoices(url, 200, encodeGlobalID);
  const warmUp = paymentBodies(invoices);
  await load(api, () => warmUp.body(), { duration: Math.min(3, seconds) });
  // Requests still in flight when a load ends finish after it.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));
  await settle();
  const bodies = paymentBodies(invoices);
  const rowIds = invoices.map((invoice) => invoice.rowId);
  const before = await paymentFacts(url, bodies.prefix, rowIds);
  const audience = await listeners(api.url, apiKey, subscribers, bodies.sentAt);
  try {
    const measured = await load(api, () => bodies.body(), { duration: seconds });
    results.push({ operation: 'payment-record', target: 'api', mode: `c${connections}`, ...measured });
    await settle();
    const after = await paymentFacts(url, bodies.prefix, rowIds);
    const expectedDeliveries = after.payments * subscribers;
    for (let waited = 0; audience.delivered() < expectedDeliveries && waited < 10_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const delays = audience.delays.sort((a, b) => a - b);
    const paidDelta = new Decimal(after.invoicesPaid).minus(before.invoicesPaid);
    const writes = {
      requestsSent: bodies.sentAt.size,
      paymentsRecorded: after.payments,
      amountRecorded: after.paymentSum,
      invoicesPaidGrewBy: paidDelta.toFixed(2),
      fanOut: {
        subscribers,
        expected: expectedDeliveries,
        delivered: audience.delivered(),
        p50: percentile(delays, 50),
        p99: percentile(delays, 99),
      },
    };
    console.log(
      `${'payment-record'.padEnd(18)} api    ${String(measured.requestsPerSecond).padStart(8)} req/s  p50 ${measured.p50} ms  p95 ${measured.p95} ms  p99 ${measured.p99} ms  errors ${measured.errors}`,
    );
    console.log(
      `fan-out to ${subscribers} subscribers: ${writes.fanOut.delivered} of ${expectedDeliveries} events, from request sent to event received p50 ${writes.fanOut.p50} ms p99 ${writes.fanOut.p99} ms`,
    );
    if (after.payments !== bodies.sentAt.size || !paidDelta.equals(after.paymentSum))
      throw new Error(`payments do not add up: ${JSON.stringify(writes)}`);
    if (writes.fanOut.delivered !== expectedDeliveries) throw new Error(`events were lost: ${JSON.stringify(writes)}`);
    return writes;
  } finally {
    await audience.close();
  }
}

function table(report: { results: Measured[]; checks: typeof checks }): string {
  const rows = [
    '| operation | API req/s | API p50 / p99 ms | floor req/s | floor p50 / p99 ms | floor ÷ API | PostGraphile req/s | PostGraphile ÷ API | statements API / floor |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const operation of [baseline, ...reads, ...reports]) {
    const of = (target: string) =>
      report.results.find((r) => r.operation === operation.name && r.target === target && r.mode === `c${connections}`);
    const a = of('api');
    const f = of('floor');
    const g = of('postgraphile');
    const check = report.checks.find((c) => c.operation === operation.name);
    rows.push(
      `| ${operation.title} | ${a?.requestsPerSecond ?? ''} | ${a ? `${a.p50} / ${a.p99}` : ''} | ${f?.requestsPerSecond ?? ''} | ${f ? `${f.p50} / ${f.p99}` : ''} | ${a && f ? (f.requestsPerSecond / a.requestsPerSecond).toFixed(1) : ''} | ${g?.requestsPerSecond ?? ''} | ${a && g ? (g.requestsPerSecond / a.requestsPerSecond).toFixed(1) : ''} | ${check ? `${check.apiStatements} / ${check.floorStatements}` : ''} |`,
    );
  }
  const payment = report.results.find((r) => r.operation === 'payment-record');
  if (payment)
    rows.push(`| ${paymentTitle} | ${payment.requestsPerSecond} | ${payment.p50} / ${payment.p99} |  |  |  |  |`);
  return rows.join('\n');
}
