import SchemaBuilder, { RootFieldBuilder } from '@pothos/core';
import { GraphQLError } from 'graphql';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Decimal } from '../money/money.js';
import type { Context } from '../context.js';
import { roleMay, type Permission } from '../modules/access/permissions.js';
import type PrismaTypes from '../generated/pothos-prisma-types.js';
import { getDatamodel } from '../generated/pothos-prisma-types.js';
import { mapValue } from '../shared/loaders.js';
import { pageSize } from '../shared/paging.js';

// plugin-relay's `t.globalID` (every node's `id`) is an async function: a promise for each row of
// a page, and graphql-js then completes every row's object through promises (a few per cent of
// the CPU of a list). The same field, answering as it is when the id is at hand. (Clientela sets
// no `encodeGlobalID`, so the plugin's default encoding is the one used.)
type GlobalIdResult = { type: unknown; id: unknown } | string | null | undefined;
type GlobalIdResolver = (
  parent: unknown,
  args: unknown,
  ctx: unknown,
  info: unknown,
) => GlobalIdResult | Promise<GlobalIdResult>;
Object.assign(RootFieldBuilder.prototype, {
  globalID(this: RootFieldBuilder<never, unknown>, { resolve, ...options }: { resolve: GlobalIdResolver }) {
    const encode = (result: GlobalIdResult) =>
      !result || typeof result !== 'object'
        ? result
        : encodeGlobalID(this.builder.configStore.getTypeConfig(result.type as never).name, String(result.id));
    return this.field({
      ...options,
      type: 'ID',
      resolve: (parent: unknown, args: unknown, ctx: unknown, info: unknown) =>
        mapValue(resolve(parent, args, ctx, info), encode),
    } as never);
  },
});

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
        ctx.viewer
          ? `Your role (${ctx.viewer.role}) may not do this: ${result.message}`
          : 'Authentication required: send Authorization: Bearer <API key>.',
        { extensions: { code: ctx.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED' } },
      ),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    maxConnectionSize: pageSize.max,
    defaultConnectionSize: pageSize.default,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // An id that does not decode finds nothing (Relay's null), rather than failing the request.
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        return { typename: '', id: '' };
      }
    },
    nodeQueryOptions: {
      authScopes: { can: 'read' },
      resolve: (_root, args, ctx, _info, resolveNode) => (nodeVisible(args.id, ctx) ? resolveNode(args.id) : null),
    },
    nodesQueryOptions: {
      authScopes: { can: 'read' },
      resolve: async (_root, args, ctx, _info, resolveNodes) => {
        const requested = args.ids;
        const visible = requested.filter((id) => nodeVisible(id, ctx));
        // The plugin's loader reads `args.ids`: hand it only the ids this viewer may see.
        args.ids = visible;
        const found = (await resolveNodes(visible as never)) as unknown[];
        const byId = new Map(visible.map((id, i) => [`${id.typename}:${id.id}`, found[i]]));
        return requested.map((id) => byId.get(`${id.typename}:${id.id}`) ?? null);
      },
    },
  },
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `node(id)` may look the id up (every prismaNode is declared `nullable: true`, so a row
 * that is not there is null too): a well-formed id of a Node type this viewer may read.
 * Anything else is null, as if it did not exist, so a viewer learns nothing of ids it may not see.
 */
function nodeVisible(id: { typename: string; id: string }, ctx: Context): boolean {
  if (!ctx.viewer || !uuidPattern.test(id.id)) return false;
  let options: { authScopes?: { can?: Permission } } | undefined;
  try {
    const config = builder.configStore.getTypeConfig(id.typename);
    if (
      config.kind !== 'Object' ||
      !config.interfaces.some((ref) => builder.configStore.getTypeConfig(ref).name === 'Node')
    )
      return false;
    options = config.pothosOptions as typeof options;
  } catch {
    return false;
  }
  const permission = options?.authScopes?.can ?? 'read';
  return roleMay(ctx.viewer.role, permission);
}

// Who may read is decided where an operation enters: every query and subscription field needs
// `read`, every mutation its own permission from a role that also has `read` (permissions.ts;
// tests/access/role-matrix.test.ts). Object types therefore carry no `read` rule of their own,
// which scope-auth would check again for every field of every row; only a type stricter than
// `read` (API keys, the audit trail) names its permission, and `node(id)` honours it.
builder.queryType({ authScopes: { can: 'read' } });
builder.mutationType({ authScopes: { authenticated: true } });
builder.subscriptionType({ authScopes: { can: 'read' } });
