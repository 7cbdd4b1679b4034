import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { CreateKey, RevokeKey } from './operations.js';

const WhoAmI = graphql(`query WhoAmI { viewer { name role } customers(first: 1) { totalCount } }`);
const ListKeys = graphql(`
  query ListKeys($includeRevoked: Boolean) {
    apiKeys(first: 100, includeRevoked: $includeRevoked) { totalCount edges { node { id name role lastUsedAt revokedAt } } }
  }
`);

const adminApiKey = 'env-admin-key-0123456789-abcdefghij';
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ config: { adminApiKey } });
});
afterAll(() => api?.close());

describe('API keys', () => {
  it.each([
    ['no Authorization header', {}],
    ['a malformed header', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['an unknown key', { authorization: 'Bearer ck_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('refuses %s with 401 UNAUTHENTICATED and no data', async (_label, headers) => {
    const result = await api.gql(WhoAmI, {}, { key: null, headers });
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/Authorization: Bearer/),
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
  });

  it('shows a new key once, stores only its hash, and the key works with its role', async () => {
    const { data } = await api.gql(CreateKey, { name: 'Mobile app', role: 'SALES' });
    const created = data!.apiKeyCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.secret).toMatch(/^ck_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{32}$/);
    expect(created.apiKey).toMatchObject({
      name: 'Mobile app',
      role: 'SALES',
      createdBy: 'test admin',
      revokedAt: null,
    });
    expect(created.secret!.startsWith(`ck_${created.apiKey!.prefix}_`)).toBe(true);

    const stored = await api.prisma.apiKey.findUniqueOrThrow({ where: { prefix: created.apiKey!.prefix } });
    // The secret part may itself hold '_': it is everything after the prefix.
    const secretPart = created.secret!.slice(`ck_${created.apiKey!.prefix}_`.length);
    expect(secretPart).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain(secretPart);
    expect(stored.secretHash).toBe(createHash('sha256').update(created.secret!).digest('hex'));

    const asSales = await api.gql(WhoAmI, {}, { key: created.secret });
    expect(asSales.data?.viewer).toEqual({ name: 'Mobile app', role: 'SALES' });

    const listed = await api.gql(ListKeys, {});
    const row = listed.data!.apiKeys.edges.find((edge) => edge.node.id === created.apiKey!.id);
    expect(row?.node.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(listed)).not.toContain(created.secret);
  });

  it('a revoked key stops working at once', async () => {
    const { data } = await api.gql(CreateKey, { name: 'Leaked', role: 'ADMIN' });
    const secret = data!.apiKeyCreate.secret!;
    expect((await api.gql(WhoAmI, {}, { key: secret })).status).toBe(200);
    const revoked = await api.gql(RevokeKey, { id: data!.apiKeyCreate.apiKey!.id });
    expect(revoked.data?.apiKeyRevoke.apiKey?.revokedAt).toEqual(expect.any(String));
    expect((await api.gql(WhoAmI, {}, { key: secret })).status).toBe(401);
    const again = await api.gql(RevokeKey, { id: data!.apiKeyCreate.apiKey!.id });
    expect(again.data?.apiKeyRevoke.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    const active = await api.gql(ListKeys, {});
    expect(active.data!.apiKeys.edges.map((e) => e.node.name)).not.toContain('Leaked');
    const all = await api.gql(ListKeys, { includeRevoked: true });
    expect(all.data!.apiKeys.edges.map((e) => e.node.name)).toContain('Leaked');
  });

  it('accepts ADMIN_API_KEY as an administrator', async () => {
    const result = await api.gql(WhoAmI, {}, { key: adminApiKey });
    expect(result.data?.viewer).toEqual({ name: 'ADMIN_API_KEY', role: 'ADMIN' });
    expect((await api.gql(WhoAmI, {}, { key: `${adminApiKey.slice(0, -1)}X` })).status).toBe(401);
  });

  it('refuses a key without a name', async () => {
    const before = await api.prisma.apiKey.count();
    const { data } = await api.gql(CreateKey, { name: '  ', role: 'VIEWER' });
    expect(data?.apiKeyCreate).toMatchObject({
      apiKey: null,
      secret: null,
      userErrors: [{ field: ['name'], code: 'REQUIRED' }],
    });
    expect(await api.prisma.apiKey.count()).toBe(before);
  });
});
