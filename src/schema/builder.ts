import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Decimal } from '../money/money.js';
import type { Context, Role } from '../context.js';
import type PrismaTypes from '../generated/pothos-prisma-types.js';
import { getDatamodel } from '../generated/pothos-prisma-types.js';

/** A role's rank: each role may do everything the roles below it may. */
const roleRank: Record<Role, number> = { VIEWER: 0, SALES: 1, ACCOUNTANT: 2, ADMIN: 3 };
const atLeast = (ctx: Context, role: Role) => !!ctx.viewer && roleRank[ctx.viewer.role] >= roleRank[role];

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; sales: boolean; accountant: boolean; admin: boolean };
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
      sales: atLeast(ctx, 'SALES'),
      accountant: atLeast(ctx, 'ACCOUNTANT'),
      admin: atLeast(ctx, 'ADMIN'),
    }),
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
    nodeQueryOptions: { authScopes: { authenticated: true } },
    nodesQueryOptions: { authScopes: { authenticated: true } },
  },
});

builder.queryType({ authScopes: { authenticated: true } });
builder.mutationType({ authScopes: { authenticated: true } });
builder.subscriptionType({ authScopes: { authenticated: true } });
