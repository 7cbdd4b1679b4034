import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/context.js';
import { buildSchema } from '../../src/schema/index.js';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { collect, connected, subscriptionClient } from '../support/subscriptions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Given the README's role table, when every operation runs as every role, then each is allowed
// exactly where the table says "yes", and the table names every operation the schema has.

const roles: Role[] = ['ADMIN', 'ACCOUNTANT', 'SALES', 'VIEWER'];

async function readTable(): Promise<Map<string, Record<Role, boolean>>> {
  const readme = await readFile('README.md', 'utf8');
  const block = /<!-- role-matrix:start -->([\s\S]*?)<!-- role-matrix:end -->/.exec(readme)?.[1];
  if (!block) throw new Error('README has no role matrix');
  const table = new Map<string, Record<Role, boolean>>();
  const [header, , ...rows] = block.trim().split('\n');
  const columns = header.split('|').map((cell) => cell.trim()).filter(Boolean).slice(1) as Role[];
  for (const row of rows) {
    const [operations, ...cells] = row.split('|').map((cell) => cell.trim()).filter(Boolean);
    const allowed = Object.fromEntries(columns.map((role, i) => [role, cells[i] === 'yes'])) as Record<Role, boolean>;
    for (const name of operations.matchAll(/`(\w+)`/g)) table.set(name[1], allowed);
  }
  return table;
}

const ops = {
  viewer: graphql(`query MatrixViewer { viewer { role } }`),
  node: graphql(`query MatrixNode($id: ID!) { node(id: $id) { id } }`),
  nodes: graphql(`query MatrixNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
  customer: graphql(`query MatrixCustomer($id: ID!) { customer(id: $id) { id } }`),
  customers: graphql(`query MatrixCustomers { customers(first: 1) { totalCount } }`),
  paymentTerms: graphql(`query MatrixPaymentTerms { paymentTerms(first: 1) { totalCount } }`),
  customerCreate: graphql(`mutation MatrixCreate($code: String!) { customerCreate(input: { code: $code, displayName: "Matrix", currency: "RON" }) { userErrors { code } } }`),
  customerUpdate: graphql(`mutation MatrixUpdate($id: ID!) { customerUpdate(input: { id: $id, notes: "matrix" }) { userErrors { code } } }`),
  customerArchive: graphql(`mutation MatrixArchive($id: ID!) { customerArchive(input: { id: $id }) { userErrors { code } } }`),
  customerRestore: graphql(`mutation MatrixRestore($id: ID!) { customerRestore(input: { id: $id }) { userErrors { code } } }`),
  customerDelete: graphql(`mutation MatrixDelete($id: ID!) { customerDelete(input: { id: $id }) { userErrors { code } } }`),
  apiKeys: graphql(`query MatrixApiKeys { apiKeys(first: 1) { totalCount } }`),
  apiKeyCreate: graphql(`mutation MatrixKeyCreate { apiKeyCreate(input: { name: "matrix", role: VIEWER }) { secret userErrors { code } } }`),
  apiKeyRevoke: graphql(`mutation MatrixKeyRevoke($id: ID!) { apiKeyRevoke(input: { id: $id }) { userErrors { code } } }`),
  auditEntries: graphql(`query MatrixAudit { auditEntries(first: 1) { totalCount } }`),
  customerChanged: graphql(`subscription MatrixChanged { customerChanged { change } }`),
};

let api: TestServer;
const keys = {} as Record<Role, string>;
beforeAll(async () => {
  api = await startTestServer();
  for (const role of roles) keys[role] = await api.keyFor(role);
});
afterAll(() => api?.close());

let sequence = 0;
/** Runs one operation as `role`; true when it was allowed (no FORBIDDEN error). */
async function run(operation: keyof typeof ops, role: Role): Promise<boolean> {
  const key = keys[role];
  const customerId = async () => (await createCustomer(api, { code: `MX-${++sequence}` })).id;
  const send = async (document: (typeof ops)[keyof typeof ops], variables?: Record<string, unknown>) => {
    const result = await api.gql(document as never, variables as never, { key });
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.filter((code) => code !== 'FORBIDDEN')).toEqual([]);
    return !codes.includes('FORBIDDEN');
  };
  switch (operation) {
    case 'node':
      return send(ops.node, { id: await customerId() });
    case 'nodes':
      return send(ops.nodes, { ids: [await customerId()] });
    case 'customer':
    case 'customerUpdate':
    case 'customerArchive':
    case 'customerDelete':
      return send(ops[operation], { id: await customerId() });
    case 'customerRestore': {
      const id = await customerId();
      await api.gql(ops.customerArchive, { id });
      return send(ops.customerRestore, { id });
    }
    case 'customerCreate':
      return send(ops.customerCreate, { code: `MXC-${++sequence}` });
    case 'apiKeyRevoke': {
      const created = await api.gql(graphql(`mutation MatrixKeyToRevoke { apiKeyCreate(input: { name: "to revoke", role: VIEWER }) { apiKey { id } } }`));
      return send(ops.apiKeyRevoke, { id: created.data!.apiKeyCreate.apiKey!.id });
    }
    case 'customerChanged': {
      const client = subscriptionClient(api.url, key);
      const ready = connected(client);
      const events = collect(client, ops.customerChanged);
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await createCustomer(api, { code: `MXS-${++sequence}` });
      const event = await events.next().catch((error: unknown) => ({ errors: [{ message: String(error) }] }));
      await client.dispose();
      const errors = (event as { errors?: { extensions?: { code?: string } }[] }).errors;
      return !errors?.length && !events.error;
    }
    default:
      return send(ops[operation]);
  }
}

describe('role matrix', () => {
  it('the README table names every query, mutation and subscription, and nothing else', async () => {
    const schema = buildSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect([...(await readTable()).keys()].sort()).toEqual(rootFields.sort());
    expect(Object.keys(ops).sort()).toEqual(rootFields.sort());
  });

  it('every role may do exactly what the table says', async () => {
    const table = await readTable();
    const differences: string[] = [];
    for (const [operation, expected] of table) {
      for (const role of roles) {
        const allowed = await run(operation as keyof typeof ops, role);
        if (allowed !== expected[role]) differences.push(`${operation} as ${role}: ${allowed ? 'allowed' : 'denied'}, table says ${expected[role] ? 'yes' : 'no'}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('a viewer cannot read admin-only objects through node(id)', async () => {
    const created = await api.gql(graphql(`mutation MatrixKeyForNode { apiKeyCreate(input: { name: "node probe", role: VIEWER }) { apiKey { id } } }`));
    const id = created.data!.apiKeyCreate.apiKey!.id;
    const asViewer = await api.gql(ops.node, { id }, { key: keys.VIEWER });
    expect(asViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(asViewer.data?.node ?? null).toBeNull();
    const asAdmin = await api.gql(ops.node, { id });
    expect(asAdmin.data?.node).toEqual({ id });
  });
});
