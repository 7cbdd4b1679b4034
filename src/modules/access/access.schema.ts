import type { Viewer } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { nodeConnection } from '../../schema/connections.js';
import { rowId } from '../../schema/ids.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload, UserErrorType, type Payload } from '../../schema/user-errors.js';
import { createApiKey, revokeApiKey } from './api-keys.service.js';

export const RoleEnum = builder.enumType('Role', {
  values: {
    ADMIN: { description: 'Everything, including API keys, settings and the audit trail.' },
    ACCOUNTANT: { description: 'All financial documents and customers; reads everything else.' },
    SALES: { description: 'Customers, contracts, quotes and draft invoices; reads balances.' },
    VIEWER: { description: 'Reads only.' },
  },
});

export const ApiKeyType = builder.prismaNode('ApiKey', {
  nullable: true,
  id: { field: 'id' },
  authScopes: { can: 'access.manage' },
  description: 'A key a client sends as `Authorization: Bearer <key>`. The key itself is shown only when created.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
    prefix: t.exposeString('prefix', { description: 'The start of the key, to tell keys apart.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'To the minute.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});
const ApiKeyConnection = nodeConnection('ApiKey', ApiKeyType);

const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who the API key of this request belongs to.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerType,
    resolve: (_root, _args, ctx) => ctx.viewer!,
  }),
  apiKeys: t.prismaConnection(
    {
      type: 'ApiKey',
      cursor: 'id',
      authScopes: { can: 'access.manage' },
      args: { includeRevoked: t.arg.boolean({ defaultValue: false }) },
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.apiKey.count({ where: args.includeRevoked ? {} : { revokedAt: null } }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.apiKey.findMany({
          ...query,
          where: args.includeRevoked ? {} : { revokedAt: null },
          orderBy: { id: 'asc' },
        }),
    },
    ApiKeyConnection,
  ),
}));

const ApiKeyCreateInput = builder.inputType('ApiKeyCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});

const ApiKeyCreatePayload = builder.objectRef<Payload<{ apiKeyId: string; secret: string }>>('ApiKeyCreatePayload');
ApiKeyCreatePayload.implement({
  fields: (t) => ({
    apiKey: t.prismaField({
      type: 'ApiKey',
      nullable: true,
      resolve: (query, payload, _args, ctx) =>
        payload.apiKeyId ? ctx.prisma.apiKey.findUnique({ ...query, where: { id: payload.apiKeyId } }) : null,
    }),
    secret: t.string({
      nullable: true,
      description: 'The key to send as `Authorization: Bearer <secret>`. Shown once: it cannot be read again.',
      resolve: (payload) => payload.secret ?? null,
    }),
    userErrors: t.field({ type: [UserErrorType], resolve: (payload) => payload.userErrors }),
  }),
});

const ApiKeyRevokePayload = objectPayload('ApiKeyRevokePayload', 'apiKey', 'ApiKey', 'apiKeyId');

builder.mutationFields((t) => ({
  apiKeyCreate: t.field({
    type: ApiKeyCreatePayload,
    authScopes: { can: 'access.manage' },
    args: { input: t.arg({ type: ApiKeyCreateInput, required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => createApiKey(ctx, input)),
  }),
  apiKeyRevoke: t.field({
    type: ApiKeyRevokePayload,
    authScopes: { can: 'access.manage' },
    description: 'The key stops working at once, on every instance.',
    args: {
      input: t.arg({
        type: builder.inputType('ApiKeyRevokeInput', { fields: (f) => ({ id: f.id({ required: true }) }) }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => revokeApiKey(ctx, rowId(input.id, 'ApiKey'))),
  }),
}));
