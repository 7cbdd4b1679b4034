import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateCustomer } from '../customers/operations.js';
import { createCustomer, customerInput } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const AuditTrail = graphql(`
  query AuditTrail($filter: AuditFilter) {
    auditEntries(first: 50, filter: $filter) {
      totalCount
      edges { node { at requestId actorName actorRole operation operationName arguments result errors subjectId } }
    }
  }
`);
const CreateKeyForAudit = graphql(
  `mutation CreateKeyForAudit { apiKeyCreate(input: { name: "audited", role: VIEWER }) { secret } }`,
);

const LogDatedCall = graphql(`
  mutation LogDatedCall($customerId: ID!, $occurredAt: DateTime!) {
    communicationLog(input: { customerId: $customerId, channel: PHONE, direction: INBOUND, body: "Will pay", occurredAt: $occurredAt }) {
      userErrors { code }
    }
  }
`);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

describe('audit trail', () => {
  it('records who did what, when, and how it ended: success, user error and denial', async () => {
    const started = new Date();
    const ok = await api.gql(
      CreateCustomer,
      { input: customerInput({ code: 'AUD-1', displayName: 'Audited SRL' }) },
      { headers: { 'x-request-id': 'audit-req-1' } },
    );
    await api.gql(CreateCustomer, { input: customerInput({ code: 'AUD-2', email: 'broken' }) });
    const viewerKey = await api.keyFor('VIEWER', 'read-only dashboard');
    await api.gql(CreateCustomer, { input: customerInput({ code: 'AUD-3' }) }, { key: viewerKey });

    const { data } = await api.gql(AuditTrail, {
      filter: { operation: 'customerCreate', from: started.toISOString() },
    });
    const entries = data!.auditEntries.edges.map((e) => e.node);
    expect(entries).toHaveLength(3);
    // newest first
    expect(entries.map((e) => e.result)).toEqual(['DENIED', 'USER_ERROR', 'SUCCESS']);
    const [denied, userError, success] = entries;
    expect(success).toMatchObject({
      requestId: 'audit-req-1',
      actorName: 'test admin',
      actorRole: 'ADMIN',
      operation: 'customerCreate',
      operationName: 'CreateCustomer',
      errors: null,
      subjectId: ok.data!.customerCreate.customer!.id,
    });
    expect(JSON.parse(success.arguments)).toMatchObject({ input: { code: 'AUD-1', displayName: 'Audited SRL' } });
    expect(JSON.parse(userError.errors!)).toEqual([
      expect.objectContaining({ field: ['email'], code: 'INVALID_EMAIL' }),
    ]);
    expect(denied).toMatchObject({ actorName: 'read-only dashboard', actorRole: 'VIEWER', subjectId: null });
    expect(JSON.parse(denied.errors!)[0]).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps dates and times as they were sent', async () => {
    const customer = await createCustomer(api);
    const logged = await api.gql(LogDatedCall, { customerId: customer.id, occurredAt: '2026-12-01T09:30:00.000Z' });
    expect(logged.data?.communicationLog.userErrors).toEqual([]);
    const { data } = await api.gql(AuditTrail, { filter: { operation: 'communicationLog' } });
    expect(JSON.parse(data!.auditEntries.edges[0].node.arguments)).toMatchObject({
      input: { customerId: customer.id, occurredAt: '2026-12-01T09:30:00.000Z' },
    });
  });

  it('never stores a secret, and only administrators read the trail', async () => {
    const created = await api.gql(CreateKeyForAudit);
    const secret = created.data!.apiKeyCreate.secret!;
    const rows = await api.prisma.auditEntry.findMany({ where: { operation: 'apiKeyCreate' } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(secret);

    const asAccountant = await api.gql(AuditTrail, {}, { key: await api.keyFor('ACCOUNTANT') });
    expect(asAccountant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
