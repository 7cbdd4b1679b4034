// Runs on PGlite and, in CI, on PostgreSQL, where the writers really run in parallel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { catalog } from '../invoices/fixtures.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';
import { expectInvariants } from './invariants.js';
import { InvoiceMoney, RecordPayment } from './operations.js';

const Balances = graphql(`
  query CustomersWithBalances($first: Int) {
    customers(first: $first) { edges { node { code balances { currency outstanding { amount } unappliedCredit { amount } netBalance { amount } } credit { used { amount } } } } }
  }
`);

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer();
  given = await catalog(api);
});
afterAll(() => api?.close());

describe('concurrent payments', () => {
  it('20 payments allocated at once to one invoice never over-allocate it', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, [{ description: 'Big job', quantity: '1', unitPrice: '1000' }]); // 1190.00
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.gql(RecordPayment, {
          input: {
            customerId: customer.id,
            amount: '100.00',
            method: 'BANK_TRANSFER',
            reference: `P${i}`,
            allocations: [{ invoiceId: invoice.id, amount: '100.00' }],
          },
        }),
      ),
    );
    const accepted = results.filter((r) => r.data?.paymentRecord.payment);
    const refused = results.filter((r) => !r.data?.paymentRecord.payment);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(accepted).toHaveLength(11);
    for (const r of refused) expect(r.data?.paymentRecord.userErrors[0].message).toMatch(/would over-allocate/);
    const { data } = await api.gql(InvoiceMoney, { id: invoice.id });
    expect(data?.node).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountPaid: { amount: '1100.00' },
      amountDue: { amount: '90.00' },
    });
    expect(await api.prisma.payment.count({ where: { customerId: dbId(customer.id) } })).toBe(11);
    await expectInvariants(api.prisma);
  });

  it('50 copies of one payment with the same idempotency key, sent at once, record one payment and all get the same answer', async () => {
    const customer = await createCustomer(api);
    const input = {
      customerId: customer.id,
      amount: '250.00',
      method: 'CARD' as const,
      reference: 'card 4242',
      idempotencyKey: `pay-${customer.id}`,
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => api.gql(RecordPayment, { input })));
    expect(results.flatMap((r) => [...(r.errors ?? []), ...(r.data?.paymentRecord.userErrors ?? [])])).toEqual([]);
    const ids = new Set(results.map((r) => r.data!.paymentRecord.payment!.id));
    expect(ids.size).toBe(1);
    expect(await api.prisma.payment.count({ where: { customerId: dbId(customer.id) } })).toBe(1);
    expect(
      await api.prisma.ledgerEntry.count({ where: { customerId: dbId(customer.id), kind: 'PAYMENT_RECEIVED' } }),
    ).toBe(1);

    const retry = await api.gql(RecordPayment, { input });
    expect(retry.data?.paymentRecord.payment?.id).toBe([...ids][0]);
    const changed = await api.gql(RecordPayment, { input: { ...input, amount: '260.00' } });
    expect(changed.data?.paymentRecord.userErrors).toEqual([
      expect.objectContaining({ field: ['idempotencyKey'], code: 'DUPLICATE' }),
    ]);
    expect(await api.prisma.payment.count({ where: { customerId: dbId(customer.id) } })).toBe(1);
  });
});

describe('balances in lists', () => {
  it('cost a constant number of statements however many customers are listed', async () => {
    for (let i = 0; i < 12; i++) {
      const customer = await createCustomer(api);
      await given.issued(customer.id, [{ description: 'x', quantity: '1', unitPrice: String(10 + i) }]);
      await api.gql(RecordPayment, { input: { customerId: customer.id, amount: '5.00', method: 'CASH' } });
    }
    const count = async (first: number) => {
      api.queries.length = 0;
      const { data, errors } = await api.gql(Balances, { first });
      expect(errors).toBeUndefined();
      expect(data!.customers.edges).toHaveLength(first);
      return api.queries.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    expect(await count(12)).toBe(await count(3));
    await expectInvariants(api.prisma);
  });
});
