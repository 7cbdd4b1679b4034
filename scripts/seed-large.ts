// npm run seed:large [-- --customers N --invoices N --lines N --seed N --today YYYY-MM-DD]:
// fills an empty database (DATABASE_URL, else the embedded one in DATA_DIR, with no server
// running on it) with a generated book for benchmarks and reports. Defaults: 10,000 customers
// and 100,000 invoices on PostgreSQL; a tenth of that on the embedded database.
import { parseArgs } from 'node:util';
import { BookError, defaultBookSize, generateBook } from '../bench/book/generate.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/prepare.js';
import { createLogger } from '../src/server/logger.js';
import { runCommand } from './command.js';

function positive(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max)
    throw new BookError(`--${name} must be a whole number from 1 to ${max.toLocaleString('en')}.`);
  return number;
}

await runCommand(async () => {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      invoices: { type: 'string' },
      lines: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
    },
  });
  const config = loadConfig();
  const scale = config.databaseUrl ? 1 : 0.1;
  const customers = positive('customers', values.customers, defaultBookSize.customers * scale, 1_000_000);
  const invoices = positive('invoices', values.invoices, defaultBookSize.invoices * scale, 10_000_000);
  const today = values.today ? new Date(`${values.today}T12:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime())) throw new BookError('--today must be a date (YYYY-MM-DD).');
  const size = {
    customers,
    invoices,
    linesPerInvoice: positive('lines', values.lines, defaultBookSize.linesPerInvoice, 50),
    seed: positive('seed', values.seed, defaultBookSize.seed, 2 ** 31),
    today,
  };
  const log = createLogger({ logLevel: 'info' });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    preparedStatements: config.preparedStatements,
  });
  try {
    await prepareDatabase(database, { ...config, seedDemoData: false }, log);
    const book = await generateBook(database.prisma, size, log);
    const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
    return (
      `Generated into ${where} in ${(book.elapsedMs / 1000).toFixed(1)} s (seed ${size.seed}): ` +
      `${book.customers} customers, ${book.contacts} contacts, ${book.invoices} invoices, ${book.lines} lines, ` +
      `${book.payments} payments, ${book.ledgerEntries} ledger entries; ${book.overdueInvoices} invoices overdue; ` +
      `${book.largestCustomer.code} has ${book.largestCustomer.invoices} invoices.`
    );
  } finally {
    await database.close();
  }
}, [BookError]);
