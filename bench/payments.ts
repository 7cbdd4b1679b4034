/**
 * The write the benchmark measures: `paymentRecord` with an allocation, at concurrency, while
 * dashboards listen on `paymentReceived` (the fan-out). Afterwards the book is checked: every
 * answered request left exactly one payment, and the invoices' paid amounts grew by exactly what
 * was recorded (no lost update under concurrency). Each payment is 1.00 on one of many open
 * invoices of different customers, so a run leaves the book almost as it was.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';

export const paymentTitle = 'record a payment of 1.00 allocated to an open invoice (`paymentRecord`)';

export const paymentMutation = `mutation BenchPayment($input: PaymentRecordInput!) {
  paymentRecord(input: $input) {
    payment { id reference allocations { amount { amount } } }
    userErrors { code message }
  }
}`;

export interface OpenInvoice {
  invoiceId: string;
  customerId: string;
  currency: string;
  rowId: string;
}

/** Open invoices with room for many 1.00 payments, one per customer (no two writers share a lock). */
export async function openInvoices(databaseUrl: string, count: number, encode: (type: string, id: string) => string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; customerId: string; currency: string }>(
      `SELECT DISTINCT ON (i."customerId") i.id, i."customerId", i.currency FROM "Invoice" i
       WHERE i.status IN ('OPEN', 'PARTIALLY_PAID') AND i.total - i."amountPaid" - i."amountCredited" >= 1000
       ORDER BY i."customerId", i."dueDate" LIMIT $1`,
      [count],
    );
    return rows.map<OpenInvoice>((row) => ({
      invoiceId: encode('Invoice', row.id),
      customerId: encode('Customer', row.customerId),
      currency: row.currency,
      rowId: row.id,
    }));
  } finally {
    await client.end();
  }
}

/** Sent bodies, each a new payment with its own reference and idempotency key. */
export function paymentBodies(invoices: OpenInvoice[]) {
  const run = randomUUID().slice(0, 8);
  const sentAt = new Map<string, number>();
  let next = 0;
  return {
    prefix: `bench-${run}-`,
    sentAt,
    body(): string {
      const n = next++;
      const invoice = invoices[n % invoices.length];
      const reference = `bench-${run}-${n}`;
      sentAt.set(reference, performance.now());
      return JSON.stringify({
        query: paymentMutation,
        variables: {
          input: {
            customerId: invoice.customerId,
            amount: '1.00',
            currency: invoice.currency,
            method: 'BANK_TRANSFER',
            reference,
            idempotencyKey: reference,
            allocations: [{ invoiceId: invoice.invoiceId, amount: '1.00' }],
          },
        },
      });
    },
  };
}

/** What the book says about the run's payments: how many, their sum, and the invoices' paid total. */
export async function paymentFacts(databaseUrl: string, prefix: string, invoiceRowIds: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const payments = await client.query<{ count: string; sum: string }>(
      `SELECT count(*) AS count, coalesce(sum(amount), 0)::text AS sum FROM "Payment" WHERE reference LIKE $1`,
      [`${prefix}%`],
    );
    const paid = await client.query<{ sum: string }>(
      `SELECT coalesce(sum("amountPaid"), 0)::text AS sum FROM "Invoice" WHERE id = ANY($1::uuid[])`,
      [invoiceRowIds],
    );
    return {
      payments: Number(payments.rows[0].count),
      paymentSum: payments.rows[0].sum,
      invoicesPaid: paid.rows[0].sum,
    };
  } finally {
    await client.end();
  }
}

/** `subscribers` dashboards on `paymentReceived`; each event's delay from its request being sent. */
export async function listeners(apiUrl: string, apiKey: string, subscribers: number, sentAt: Map<string, number>) {
  const delays: number[] = [];
  let delivered = 0;
  const clients = await Promise.all(
    Array.from({ length: subscribers }, async () => {
      const client = createClient({
        url: apiUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${apiKey}` },
        retryAttempts: 0,
        lazy: false,
      });
      await new Promise<void>((resolve, reject) => {
        client.on('connected', () => resolve());
        client.on('closed', (event) => reject(new Error(`subscriber closed: ${JSON.stringify(event)}`)));
      });
      client.subscribe<{ paymentReceived: { reference: string | null } }>(
        { query: 'subscription { paymentReceived { reference } }' },
        {
          next: (result) => {
            const reference = result.data?.paymentReceived.reference;
            const sent = reference ? sentAt.get(reference) : undefined;
            if (sent === undefined) return;
            delivered += 1;
            delays.push(performance.now() - sent);
          },
          error: () => {},
          complete: () => {},
        },
      );
      return client;
    }),
  );
  // graphql-ws sends `subscribe` after `connected`; give the server a moment to register them.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    delays,
    delivered: () => delivered,
    close: () => Promise.all(clients.map((client) => client.dispose())),
  };
}
