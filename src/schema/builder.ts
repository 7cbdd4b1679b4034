import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Decimal } from '../money/money.js';
import type { Context } from '../context.js';
import { roleMay, type Permission } from '../modules/access/permissions.js';
import type PrismaTypes from '../generated/pothos-prisma-types.js';
import { getDatamodel } from '../generated/pothos-prisma-types.js';


export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; can: Permission };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Decimal: { Input: Decimal; Output: Decimal | string };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date | string };
    EmailAddress: { Input: string; Output: string };
    PhoneNumber: { Input: string; Output: string };
    CountryCode: { Input: string; Output: string };
    Currency: { Input: string; Output: string };
    URL: { Input: URL; Output: string };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: !!ctx.viewer,
      can: (permission) => !!ctx.viewer && roleMay(ctx.viewer.role, permission),
    }),
    unauthorizedError: (_parent, ctx, _info, result) =>
      new GraphQLError(
        ctx.viewer ? `Your role (${ctx.viewer.role}) may not do this: ${result.message}` : 'Authentication required: send Authorization: Bearer <API key>.',
        { extensions: { code: ctx.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED' } },
      ),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { authScopes: { can: 'read' } },
    nodesQueryOptions: { authScopes: { can: 'read' } },
  },
});

builder.queryType({ authScopes: { can: 'read' } });
builder.mutationType({ authScopes: { authenticated: true } });
builder.subscriptionType({ authScopes: { can: 'read' } });
