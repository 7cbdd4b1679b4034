// Runs when REDIS_URL is set (.ci/run sets it for the PostgreSQL pass): two API instances that
// share one database and one Redis see each other's events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerChangedTopic } from '../../src/modules/customers/customers.service.js';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { createRedisPubSub, type PubSub } from '../../src/server/pubsub.js';
import { issueApiKey } from '../../src/modules/access/api-keys.service.js';
import { encodeGlobalID } from '../../src/schema/global-id.js';
import { RevokeKey } from '../access/operations.js';
import { createCustomer } from '../customers/factory.js';
import { RecordPayment } from '../payments/operations.js';
import { graphql } from '../gql/index.js';
import { untilRedisSubscribers } from '../support/redis.js';
import { collect, connected, subscriptionClient } from '../support/subscriptions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const redisUrl = process.env.REDIS_URL!;

const PaymentAlerts = graphql(`
  subscription PaymentAlertsAcrossInstances($customerId: ID) {
    alertRaised(customerId: $customerId, kinds: [PAYMENT_RECEIVED]) { kind customer { code } }
  }
`);

const Payments = graphql(`
  subscription PaymentsAcrossInstances($customerId: ID) {
    paymentReceived(customerId: $customerId) { amount { amount } }
  }
`);

const CustomerCreated = graphql(`
  subscription CustomerChangedAcrossInstances {
    customerChanged { change code customer { displayName } }
  }
`);

let prefix: string;
let instanceA: TestServer;
let instanceB: RunningServer;
let pubsubB: PubSub;
beforeAll(async () => {
  prefix = `clientela-test-${process.pid}-${Date.now()}:`;
  instanceA = await startTestServer({ pubsub: await createRedisPubSub(redisUrl, prefix) });
  pubsubB = await createRedisPubSub(redisUrl, prefix);
  instanceB = await startServer({
    config: { ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0 },
    database: instanceA.database,
    pubsub: pubsubB,
    log: createLogger({ logLevel: 'silent' }),
  });
});
afterAll(async () => {
  await instanceB?.stop();
  await pubsubB?.close();
  await instanceA?.close();
});

describe('scaled out: subscriptions through Redis', () => {
  it('a dashboard on instance B hears about a customer created on instance A', async () => {
    const client = subscriptionClient(instanceB.url, instanceA.adminKey);
    const ready = connected(client);
    const events = collect(client, CustomerCreated);
    await ready;
    await untilRedisSubscribers(`${prefix}${customerChangedTopic}`);

    await createCustomer(instanceA, { code: 'REDIS-1', displayName: 'Across Instances SRL' });
    expect((await events.next()).data?.customerChanged).toEqual({
      change: 'CREATED',
      code: 'REDIS-1',
      customer: { displayName: 'Across Instances SRL' },
    });
    events.unsubscribe();
    await client.dispose();
  });

  it('revoking a key on instance A closes its socket on instance B', async () => {
    const { apiKeyId, secret } = await issueApiKey(instanceA.prisma, 'dashboard on B', 'VIEWER', null);
    const client = subscriptionClient(instanceB.url, secret);
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    await connected(client);
    const revoked = await instanceA.gql(RevokeKey, { id: encodeGlobalID('ApiKey', apiKeyId) });
    expect(revoked.data?.apiKeyRevoke.userErrors).toEqual([]);
    expect(await closed).toBe(4401);
    await client.dispose();
  });

  it('a dashboard on instance B hears a payment recorded on instance A, as an alert and as a payment', async () => {
    const customer = await createCustomer(instanceA, { code: 'REDIS-PAY' });
    const client = subscriptionClient(instanceB.url, instanceA.adminKey);
    const ready = connected(client);
    const alerts = collect(client, PaymentAlerts, { customerId: customer.id });
    const payments = collect(client, Payments, { customerId: customer.id });
    await ready;
    await untilRedisSubscribers(`${prefix}alert.raised`);
    await untilRedisSubscribers(`${prefix}payment.received`);
    await instanceA.gql(RecordPayment, { input: { customerId: customer.id, amount: '42.00', method: 'CASH' } });
    expect((await alerts.next()).data?.alertRaised).toEqual({
      kind: 'PAYMENT_RECEIVED',
      customer: { code: 'REDIS-PAY' },
    });
    expect((await payments.next()).data?.paymentReceived).toEqual({ amount: { amount: '42.00' } });
    alerts.unsubscribe();
    payments.unsubscribe();
    await client.dispose();
  });
});
