// PostGraphile 5 as a second baseline of npm run bench: installed into this folder on first use
// (from npm, as the rest), run on the bench's server Node (bench/node.ts: 22 or later, as
// PostGraphile 5.1 needs), and asked the reads it can express. Its answers
// have PostGraphile's shape, so they are checked against the API's by the rows they name.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { serverNode } from '../node.js';
import type { BookFacts } from '../operations.js';

const folder = import.meta.dirname;

export interface PostGraphileRead {
  query: string;
  variables: (book: BookFacts) => Record<string, unknown>;
  /** The rows a page names, in order, from the API's data and from PostGraphile's: equal when both answer alike. */
  rowsOfApi: (data: unknown) => unknown;
  rowsOfPostGraphile: (data: unknown) => unknown;
}

const rowIdOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1];
// biome-ignore lint/suspicious/noExplicitAny: answers are walked by shape, checked by the comparison
type Any = any;

/** The reads of bench/operations.ts, as PostGraphile's amber schema spells them. */
export const postGraphileReads: Record<string, PostGraphileRead> = {
  'customer-list': {
    query: `{
  allCustomers(first: 50, orderBy: [DISPLAY_NAME_ASC, PRIMARY_KEY_ASC], condition: { status: ACTIVE }) {
    nodes {
      rowId code displayName email phone
      contactsByCustomerId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { name email phone } }
      paymentTermByPaymentTermsId { code name }
      balancesList { currency outstanding overdue netBalance }
    }
  }
}`,
    variables: () => ({}),
    rowsOfApi: (data: Any) =>
      data.customers.edges.map((edge: Any) => [rowIdOf(edge.node.id), edge.node.contacts.length]),
    rowsOfPostGraphile: (data: Any) =>
      data.allCustomers.nodes.map((node: Any) => [node.rowId, node.contactsByCustomerId.nodes.length]),
  },
  'customer-detail': {
    query: `query ($id: UUID!) {
  customerByRowId(rowId: $id) {
    code displayName
    invoicesByCustomerId(first: 20, orderBy: [ISSUE_DATE_DESC, PRIMARY_KEY_DESC]) {
      totalCount
      nodes {
        number status issueDate dueDate total amountDue
        invoiceLinesByInvoiceIdAndCurrency(orderBy: POSITION_ASC) { nodes { description quantity unitPrice totalAmount } }
      }
    }
    ledgerEntriesByCustomerId(first: 20, orderBy: [OCCURRED_ON_ASC, CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
      totalCount
      nodes { kind occurredOn amount runningBalance }
    }
  }
}`,
    variables: (book) => ({ id: rowIdOf(book.largestCustomerId) }),
    rowsOfApi: (data: Any) => [
      data.customer.invoices.totalCount,
      data.customer.invoices.edges.map((edge: Any) => [edge.node.number, edge.node.lines.length]),
      data.customer.transactions.totalCount,
      data.customer.transactions.edges.map((edge: Any) => edge.node.runningBalance.amount),
    ],
    rowsOfPostGraphile: (data: Any) => [
      data.customerByRowId.invoicesByCustomerId.totalCount,
      data.customerByRowId.invoicesByCustomerId.nodes.map((node: Any) => [
        node.number,
        node.invoiceLinesByInvoiceIdAndCurrency.nodes.length,
      ]),
      data.customerByRowId.ledgerEntriesByCustomerId.totalCount,
      data.customerByRowId.ledgerEntriesByCustomerId.nodes.map((node: Any) => Number(node.runningBalance).toFixed(2)),
    ],
  },
  'overdue-invoices': {
    query: `{
  benchOverdueInvoices(first: 50) {
    totalCount
    nodes { number dueDate daysOverdue amountDue customerByCustomerId { code displayName } }
  }
}`,
    variables: () => ({}),
    rowsOfApi: (data: Any) => [
      data.invoices.totalCount,
      data.invoices.edges.map((edge: Any) => [edge.node.number, edge.node.customer.code]),
    ],
    rowsOfPostGraphile: (data: Any) => [
      data.benchOverdueInvoices.totalCount,
      data.benchOverdueInvoices.nodes.map((node: Any) => [node.number, node.customerByCustomerId.code]),
    ],
  },
};

/** Installs PostGraphile from this folder's lock file, loads its SQL functions; returns the command that runs it. */
export async function preparePostGraphile(databaseUrl: string): Promise<{ command: string; args: string[] }> {
  const node = serverNode().binary;
  const env = { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}` };
  if (!existsSync(path.join(folder, 'node_modules/postgraphile'))) {
    console.log('installing PostGraphile for the baseline (bench/postgraphile)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, env, stdio: 'ignore' });
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(await readFile(path.join(folder, 'functions.sql'), 'utf8'));
  } finally {
    await client.end();
  }
  return { command: node, args: [path.join(folder, 'server.mjs'), databaseUrl] };
}
