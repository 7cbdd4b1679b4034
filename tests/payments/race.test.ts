// Money-moving operations racing on the same invoices and payments (really in parallel on
// PostgreSQL): none may end in an internal error (a deadlock), and the book must add up after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { catalog } from '../invoices/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { expectInvariants } from './invariants.js';
import {
  ApplyCredit,
  IssueCreditNote,
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

/** A small seeded generator, so a failing run can be replayed. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: T[]): T => items[Math.floor(next() * items.length)] };
}

type Kind = 'pay' | 'payAuto' | 'creditNote' | 'voidPayment' | 'refund' | 'move' | 'apply';
const kinds: Kind[] = ['pay', 'payAuto', 'creditNote', 'voidPayment', 'refund', 'move', 'apply'];

describe('racing money operations', () => {
  it('payments, credit notes, voids, refunds, moves and applies on shared invoices: no internal error, invariants hold', {
    timeout: 180_000,
  }, async () => {
    const seed = Number(process.env.RACE_SEED ?? Date.now() % 100_000);
    const random = randomFrom(seed);
    const customers = [await createCustomer(api), await createCustomer(api)];
    const invoices = new Map<string, string[]>();
    for (const customer of customers) {
      const issued = [];
      for (let i = 0; i < 4; i++)
        issued.push(
          (await given.issued(customer.id, [{ description: `Job ${i}`, quantity: '1', unitPrice: '400.00' }])).id,
        );
      invoices.set(customer.id, issued);
    }
    const payments: string[] = [];
    const sources = new Map<string, string[]>(customers.map((c) => [c.id, []]));
    const allocations: string[] = [];
    const amount = () => (5 + Math.floor(random.next() * 120)).toFixed(2);
    // Before the race: credit to apply and refund, and allocations to move, for each customer.
    for (const customer of customers) {
      const credit = await api.gql(RecordPayment, {
        input: { customerId: customer.id, amount: '1000.00', method: 'CASH', autoAllocate: false },
      });
      sources.get(customer.id)!.push(credit.data!.paymentRecord.payment!.id);
      const paid = await api.gql(RecordPayment, {
        input: { customerId: customer.id, amount: '100.00', method: 'CASH' },
      });
      allocations.push(...paid.data!.paymentRecord.payment!.allocations.map((a) => a.id));
    }

    const run = async (kind: Kind) => {
      const customer = random.pick(customers);
      const invoice = random.pick(invoices.get(customer.id)!);
      switch (kind) {
        case 'pay': {
          const result = await api.gql(RecordPayment, {
            input: {
              customerId: customer.id,
              amount: '60.00',
              method: 'BANK_TRANSFER',
              allocations: [{ invoiceId: invoice, amount: '60.00' }],
            },
          });
          const payment = result.data?.paymentRecord.payment;
          if (payment) {
            payments.push(payment.id);
            allocations.push(...payment.allocations.map((a) => a.id));
          }
          return { errors: result.errors, ok: !!payment };
        }
        case 'payAuto': {
          // Half of them stay unapplied: credit for refunds and applies.
          const autoAllocate = random.next() < 0.5;
          const result = await api.gql(RecordPayment, {
            input: { customerId: customer.id, amount: amount(), method: 'CASH', autoAllocate },
          });
          if (result.data?.paymentRecord.payment) sources.get(customer.id)!.push(result.data.paymentRecord.payment.id);
          const payment = result.data?.paymentRecord.payment;
          if (payment) {
            payments.push(payment.id);
            allocations.push(...payment.allocations.map((a) => a.id));
          }
          return { errors: result.errors, ok: !!payment };
        }
        case 'creditNote': {
          const result = await api.gql(IssueCreditNote, {
            input: { invoiceId: invoice, reason: 'race', amount: amount() },
          });
          const note = result.data?.creditNoteIssue.creditNote;
          if (note) sources.get(customer.id)!.push(note.id);
          return { errors: result.errors, ok: !!note };
        }
        case 'voidPayment': {
          if (!payments.length) return { errors: undefined, ok: false };
          const result = await api.gql(VoidPayment, { input: { paymentId: random.pick(payments), reason: 'bounced' } });
          return { errors: result.errors, ok: !!result.data?.paymentVoid.payment };
        }
        case 'refund': {
          const result = await api.gql(RecordRefund, {
            input: { customerId: customer.id, amount: '3.00', method: 'BANK_TRANSFER' },
          });
          return { errors: result.errors, ok: !!result.data?.refundRecord.refund };
        }
        case 'move': {
          if (!allocations.length) return { errors: undefined, ok: false };
          const result = await api.gql(MoveAllocation, {
            input: { allocationId: random.pick(allocations), toInvoiceId: invoice, amount: '1.00' },
          });
          return { errors: result.errors, ok: !!result.data?.allocationMove.invoices };
        }
        case 'apply': {
          const own = sources.get(customer.id)!;
          if (!own.length) return { errors: undefined, ok: false };
          const result = await api.gql(ApplyCredit, {
            input: { sourceId: random.pick(own), allocations: [{ invoiceId: invoice, amount: '2.00' }] },
          });
          return {
            errors: result.errors,
            ok: !!(result.data?.creditApply.payment ?? result.data?.creditApply.creditNote),
          };
        }
      }
    };

    const accepted = new Map<Kind, number>(kinds.map((kind) => [kind, 0]));
    const internal: unknown[] = [];
    for (let round = 0; round < 12; round++) {
      const batch = Array.from({ length: 10 }, () => random.pick(kinds));
      const results = await Promise.all(batch.map(run));
      results.forEach((result, i) => {
        if (result.errors?.length) internal.push({ kind: batch[i], errors: result.errors });
        if (result.ok) accepted.set(batch[i], accepted.get(batch[i])! + 1);
      });
    }
    expect(internal, `seed ${seed}`).toEqual([]);
    // Enough of every kind went through for the race to mean something.
    for (const kind of kinds) expect(accepted.get(kind), `${kind} (seed ${seed})`).toBeGreaterThan(0);
    await expectInvariants(api.prisma);
  });
});
