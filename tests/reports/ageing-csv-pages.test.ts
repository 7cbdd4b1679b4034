// A CSV export longer than a page: every row once, in order, across the pages the route fetches.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { RecordPayment } from '../payments/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
});
afterAll(() => api?.close());

it('streams 205 customer rows over three pages, each once, A to Z', async () => {
  const count = 205;
  const codes: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const code = `PG-${String(i).padStart(3, '0')}`;
    const customer = await createCustomer(api, { code, displayName: `Payer ${String(count - i).padStart(3, '0')}` });
    const paid = await api.gql(RecordPayment, {
      input: { customerId: customer.id, amount: `${i + 1}.00`, method: 'CASH', autoAllocate: false },
    });
    expect(paid.data?.paymentRecord.userErrors).toEqual([]);
    codes.push(code);
  }
  const response = await fetch(`${new URL(api.url).origin}/reports/ageing.csv`, {
    headers: { authorization: `Bearer ${api.adminKey}` },
  });
  expect(response.status).toBe(200);
  const rows = (await response.text())
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .slice(1)
    .map((line) => line.split(','));
  // Named in the reverse order of their codes: A to Z by name is Z to A by code.
  expect(rows.map((row) => row[0])).toEqual([...codes].reverse());
  // Each one's unapplied payment, as its balance.
  expect(rows.map((row) => row[10])).toEqual(codes.map((_code, i) => `-${i + 1}.00`).reverse());
});
