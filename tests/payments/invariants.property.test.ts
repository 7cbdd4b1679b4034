// Random sequences of invoices, payments, allocations, credit notes, refunds and voids; after
// every step the money must add up (see invariants.ts).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { catalog } from '../invoices/fixtures.js';
import { VoidInvoice } from '../invoices/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { expectInvariants } from './invariants.js';
import {
  ApplyCredit,
  IssueCreditNote,
  MarkPaid,
  MoveAllocation,
  RecordPayment,
  RecordRefund,
  VoidPayment,
} from './operations.js';

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer();
  given = await catalog(api);
});
afterAll(() => api?.close());

const cents = (n: number) => (n / 100).toFixed(2);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const operation = fc.oneof(
  fc.record({ op: fc.constant('invoice' as const), cents: fc.integer({ min: 1, max: 50_000 }) }),
  fc.record({ op: fc.constant('pay' as const), cents: fc.integer({ min: 1, max: 60_000 }), auto: fc.boolean() }),
  fc.record({ op: fc.constant('payInvoice' as const), pick: fc.nat(), cents: fc.integer({ min: 1, max: 30_000 }) }),
  fc.record({ op: fc.constant('markPaid' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('creditNote' as const), pick: fc.nat(), cents: fc.integer({ min: 1, max: 40_000 }) }),
  fc.record({
    op: fc.constant('apply' as const),
    pick: fc.nat(),
    source: fc.nat(),
    cents: fc.integer({ min: 1, max: 3_000 }),
    aimed: fc.boolean(),
  }),
  fc.record({ op: fc.constant('move' as const), pick: fc.nat(), target: fc.nat(), aimed: fc.boolean() }),
  fc.record({ op: fc.constant('refund' as const), cents: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ op: fc.constant('voidPayment' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('voidInvoice' as const), pick: fc.nat(), aimed: fc.boolean() }),
);

type Op =
  | 'invoice'
  | 'pay'
  | 'payInvoice'
  | 'markPaid'
  | 'creditNote'
  | 'apply'
  | 'move'
  | 'refund'
  | 'voidPayment'
  | 'voidInvoice';
const accepted = new Map<Op, number>(
  (
    [
      'invoice',
      'pay',
      'payInvoice',
      'markPaid',
      'creditNote',
      'apply',
      'move',
      'refund',
      'voidPayment',
      'voidInvoice',
    ] as const
  ).map((op) => [op, 0]),
);

const attempted = new Map<Op, number>([...accepted.keys()].map((op) => [op, 0]));

/** Counts an operation sent and whether the API accepted it; an internal error fails the run at once. */
function track(op: Op, result: { errors?: readonly unknown[]; data?: unknown }) {
  attempted.set(op, attempted.get(op)! + 1);
  if (result.errors?.length) throw new Error(`${op} failed: ${JSON.stringify(result.errors)}`);
  const payload = Object.values((result.data ?? {}) as Record<string, { userErrors?: unknown[] }>)[0];
  if (payload && !payload.userErrors?.length) accepted.set(op, accepted.get(op)! + 1);
}

describe('money invariants under random operations', () => {
  it('hold after every step of random sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 5, maxLength: 24 }), async (steps) => {
        const customer = await createCustomer(api);
        const customerDbId = Buffer.from(customer.id, 'base64').toString().split(':')[1];
        // Every run starts with two invoices and some unapplied credit, so operations on invoices
        // and credit have something to act on.
        for (const unitPrice of ['300.00', '500.00']) {
          await given.issued(customer.id, [{ description: 'opening', quantity: '1', unitPrice }]);
        }
        await api.gql(RecordPayment, {
          input: { customerId: customer.id, amount: '150.00', method: 'CASH', autoAllocate: false },
        });
        const pick = async <T>(rows: Promise<T[]>, n: number) => {
          const list = await rows;
          return list.length ? list[n % list.length] : undefined;
        };
        // An aimed step picks among the rows it could succeed on, so every kind goes through often;
        // the others pick among all rows, so refusals are exercised too.
        for (const step of steps) {
          const invoices = (aimedAt?: 'unpaid' | 'untouched') =>
            api.prisma.invoice.findMany({
              where: {
                customerId: customerDbId,
                status: aimedAt ? { in: ['OPEN', 'PARTIALLY_PAID'] } : { not: 'DRAFT' },
                ...(aimedAt === 'untouched' ? { amountPaid: 0, amountCredited: 0 } : {}),
              },
              orderBy: { id: 'asc' },
            });
          switch (step.op) {
            case 'invoice':
              await given.issued(customer.id, [{ description: 'w', quantity: '1', unitPrice: cents(step.cents) }]);
              attempted.set('invoice', attempted.get('invoice')! + 1);
              accepted.set('invoice', accepted.get('invoice')! + 1);
              break;
            case 'pay':
              track(
                step.op,
                await api.gql(RecordPayment, {
                  input: {
                    customerId: customer.id,
                    amount: cents(step.cents),
                    method: 'CASH',
                    autoAllocate: step.auto,
                  },
                }),
              );
              break;
            case 'payInvoice': {
              const invoice = await pick(invoices(), step.pick);
              if (invoice)
                track(
                  step.op,
                  await api.gql(RecordPayment, {
                    input: {
                      customerId: customer.id,
                      amount: cents(step.cents),
                      method: 'CASH',
                      allocations: [{ invoiceId: gid('Invoice', invoice.id), amount: cents(step.cents) }],
                    },
                  }),
                );
              break;
            }
            case 'markPaid': {
              const invoice = await pick(invoices(), step.pick);
              if (invoice)
                track(step.op, await api.gql(MarkPaid, { input: { invoiceId: gid('Invoice', invoice.id) } }));
              break;
            }
            case 'creditNote': {
              const invoice = await pick(invoices(), step.pick);
              if (invoice)
                track(
                  step.op,
                  await api.gql(IssueCreditNote, {
                    input: { invoiceId: gid('Invoice', invoice.id), reason: 'r', amount: cents(step.cents) },
                  }),
                );
              break;
            }
            case 'apply': {
              const invoice = await pick(invoices(step.aimed ? 'unpaid' : undefined), step.pick);
              const hasCredit = (row: { amount: unknown; amountUsed: unknown }) =>
                !step.aimed || Number(row.amount) > Number(row.amountUsed);
              const payments = api.prisma.payment.findMany({
                where: { customerId: customerDbId, ...(step.aimed ? { status: 'RECORDED' } : {}) },
                orderBy: { id: 'asc' },
              });
              const notes = api.prisma.creditNote.findMany({
                where: { customerId: customerDbId },
                orderBy: { id: 'asc' },
              });
              const sources = [
                ...(await payments).filter(hasCredit).map((p) => gid('Payment', p.id)),
                ...(await notes).filter(hasCredit).map((n) => gid('CreditNote', n.id)),
              ];
              if (invoice && sources.length) {
                track(
                  step.op,
                  await api.gql(ApplyCredit, {
                    input: {
                      sourceId: sources[step.source % sources.length],
                      allocations: [{ invoiceId: gid('Invoice', invoice.id), amount: cents(step.cents) }],
                    },
                  }),
                );
              }
              break;
            }
            case 'move': {
              const allocation = await pick(
                api.prisma.allocation.findMany({
                  where: { invoice: { customerId: customerDbId }, reversedAt: null },
                  orderBy: { id: 'asc' },
                }),
                step.pick,
              );
              const target = await pick(
                invoices(step.aimed ? 'unpaid' : undefined).then((rows) =>
                  rows.filter((row) => !step.aimed || row.id !== allocation?.invoiceId),
                ),
                step.target,
              );
              if (allocation && target)
                track(
                  step.op,
                  await api.gql(MoveAllocation, {
                    input: { allocationId: gid('Allocation', allocation.id), toInvoiceId: gid('Invoice', target.id) },
                  }),
                );
              break;
            }
            case 'refund':
              track(
                step.op,
                await api.gql(RecordRefund, {
                  input: { customerId: customer.id, amount: cents(step.cents), method: 'BANK_TRANSFER' },
                }),
              );
              break;
            case 'voidPayment': {
              const payment = await pick(
                api.prisma.payment.findMany({ where: { customerId: customerDbId }, orderBy: { id: 'asc' } }),
                step.pick,
              );
              if (payment)
                track(
                  step.op,
                  await api.gql(VoidPayment, { input: { paymentId: gid('Payment', payment.id), reason: 'bounced' } }),
                );
              break;
            }
            case 'voidInvoice': {
              const invoice = await pick(invoices(step.aimed ? 'untouched' : undefined), step.pick);
              if (invoice)
                track(
                  step.op,
                  await api.gql(VoidInvoice, { input: { id: gid('Invoice', invoice.id), reason: 'mistake' } }),
                );
              break;
            }
          }
          await expectInvariants(api.prisma);
        }
      }),
      { numRuns: 16, seed: 20261127 },
    );
    // Had most operations been refused, the invariants would hold trivially: every kind must have
    // been tried a few times and gone through at least a quarter of the time.
    const share = Object.fromEntries([...attempted].map(([op, tried]) => [op, { tried, accepted: accepted.get(op)! }]));
    const seldomAccepted = Object.entries(share)
      .filter(([, { tried, accepted }]) => tried < 5 || accepted < tried / 4)
      .map(([op]) => op);
    expect(seldomAccepted, `accepted / tried: ${JSON.stringify(share)}`).toEqual([]);
  });
});
