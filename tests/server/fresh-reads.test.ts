// What a request reads is batched and kept for the rest of that request (src/shared/loaders.ts).
// A document with several mutations, and a subscription, live longer than one read: each mutation
// and each event must read what is in the book now, not what an earlier one read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { collect, connected, observedPubSub, subscriptionClient } from '../support/subscriptions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const TwoPayments = graphql(`
  mutation TwoPayments($first: PaymentRecordInput!, $second: PaymentRecordInput!) {
    first: paymentRecord(input: $first) {
      payment { customer { balances { netBalance { amount } } } }
      userErrors { code }
    }
    second: paymentRecord(input: $second) {
      payment { customer { balances { netBalance { amount } } } }
      userErrors { code }
    }
  }
`);

const BalanceFeed = graphql(`
  subscription BalanceFeed($customerId: ID) {
    paymentReceived(customerId: $customerId) { amount { amount } customer { balances { netBalance { amount } } } }
  }
`);

const PayOnce = graphql(`
  mutation PayOnce($input: PaymentRecordInput!) {
    paymentRecord(input: $input) { userErrors { code } }
  }
`);

const observed = observedPubSub();
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ pubsub: observed.pubsub });
});
afterAll(() => api?.close());

const payment = (customerId: string, amount: string) => ({ customerId, amount, method: 'CASH' as const });
const netBalances = (customer: { balances: { netBalance: { amount: string } }[] } | undefined) =>
  customer?.balances.map((balance) => balance.netBalance.amount);

describe('reads after a write in the same document or subscription', () => {
  it('each mutation of a document sees the book as the mutations before it left it', async () => {
    const customer = await createCustomer(api);
    const { data, errors } = await api.gql(TwoPayments, {
      first: payment(customer.id, '10.00'),
      second: payment(customer.id, '5.00'),
    });
    expect(errors).toBeUndefined();
    expect(netBalances(data?.first.payment?.customer)).toEqual(['-10.00']);
    expect(netBalances(data?.second.payment?.customer)).toEqual(['-15.00']);
  });

  it('each event of a subscription reads the book at that event', async () => {
    const customer = await createCustomer(api);
    const client = subscriptionClient(api.url, api.adminKey);
    const ready = connected(client);
    const before = observed.started('payment.received');
    const feed = collect(client, BalanceFeed, { customerId: customer.id });
    await ready;
    await observed.listening('payment.received', before + 1);

    await api.gql(PayOnce, { input: payment(customer.id, '10.00') });
    const first = await feed.next();
    await api.gql(PayOnce, { input: payment(customer.id, '5.00') });
    const second = await feed.next();
    expect(netBalances(first.data?.paymentReceived.customer)).toEqual(['-10.00']);
    expect(netBalances(second.data?.paymentReceived.customer)).toEqual(['-15.00']);
    feed.unsubscribe();
    await client.dispose();
  });
});
