import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { customerChangedTopic } from '../../src/modules/customers/customers.service.js';
import { collect, connected, observedPubSub, subscriptionClient } from '../support/subscriptions.js';
import { createCustomer } from './factory.js';
import { ArchiveCustomer, UpdateCustomer } from './operations.js';

const CustomerChanged = graphql(`
  subscription CustomerChanged {
    customerChanged { change customerId code customer { displayName status } }
  }
`);

let api: TestServer;
const observed = observedPubSub();
beforeAll(async () => {
  api = await startTestServer({ pubsub: observed.pubsub });
});
afterAll(() => api?.close());

describe('customerChanged over graphql-ws', () => {
  it('delivers creates, updates and archives to a subscribed socket, in order', async () => {
    const client = subscriptionClient(api.url, api.adminKey);
    const ready = connected(client);
    const events = collect(client, CustomerChanged);
    await ready;
    await observed.listening(customerChangedTopic);

    const customer = await createCustomer(api, { code: 'SUB-1', displayName: 'Subscribed Ltd' });
    await api.gql(UpdateCustomer, { input: { id: customer.id, displayName: 'Subscribed Renamed' } });
    await api.gql(ArchiveCustomer, { id: customer.id });

    expect((await events.next()).data?.customerChanged).toEqual({
      change: 'CREATED',
      customerId: customer.id,
      code: 'SUB-1',
      customer: { displayName: 'Subscribed Ltd', status: 'ACTIVE' },
    });
    expect((await events.next()).data?.customerChanged).toMatchObject({
      change: 'UPDATED',
      customer: { displayName: 'Subscribed Renamed' },
    });
    expect((await events.next()).data?.customerChanged).toMatchObject({
      change: 'ARCHIVED',
      customer: { status: 'ARCHIVED' },
    });
    events.unsubscribe();
    await client.dispose();
  });
});
