import type { IncomingMessage } from 'node:http';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type DocumentNode,
  type OperationDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { PothosValidationError } from '@pothos/core';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Context, Viewer } from '../context.js';
import type { Database } from '../db/database.js';
import type { Authenticator } from '../modules/access/api-keys.service.js';
import { guardOperation, type GuardResult } from './guard.js';
import type { PubSub } from './pubsub.js';
import type { RateLimiter } from './rate-limit.js';
import { UserInputError } from '../shared/user-errors.js';

/**
 * Everything an operation goes through, whichever way it arrives (HTTP through Apollo, or a
 * graphql-ws socket): the parser's limits, the validation rules, who the caller is, the limits
 * and budgets, and how errors are shown. Both transports are built from this one object, so
 * they cannot drift apart.
 */
export interface OperationPipeline {
  schema: GraphQLSchema;
  parseOptions: ParseOptions;
  /** Added to graphql-js's specified rules. */
  validationRules: ValidationRule[];
  /** The caller behind an `Authorization` value, or a GraphQLError (RATE_LIMITED, UNAUTHENTICATED) carrying its HTTP status. */
  authenticate(authorization: string | undefined, clientAddress: string): Promise<Viewer>;
  /** Re-checks a key without touching the bad-key budget: null once it is revoked. */
  reauthenticate(authorization: string | undefined): Promise<Viewer | null>;
  /** Depth, aliases, page sizes, cost and the caller's budget (see guard.ts). */
  guard(
    ctx: Context,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): Promise<GuardResult>;
  /** Charges a request refused before the guard saw it (a parse or validation error) to its key's budget. */
  chargeRefused(viewer: Viewer): Promise<void>;
  contextFor(requestId: string, viewer: Viewer, transport: 'http' | 'ws'): Context;
  /**
   * What a client may see of an error: a service's refusal as BAD_USER_INPUT naming the field,
   * internal ones masked, schema hints removed where asked.
   */
  formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError;
  /** The client's address, seen through `trustedProxies` load balancers. */
  clientAddress(request: IncomingMessage): string;
}

export interface PipelineDependencies {
  schema: GraphQLSchema;
  config: Config;
  database: Database;
  pubsub: PubSub;
  log: Logger;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  /** Requests without a valid key, per client address. */
  authFailures: RateLimiter;
  now?: () => Date;
}

const suggestion = /\s*Did you mean [^?]*\?/g;

export function createPipeline(deps: PipelineDependencies): OperationPipeline {
  const { schema, config, database, pubsub, log, authenticator, rateLimiter, authFailures } = deps;
  const showSchemaDetails = config.introspection;

  const tooManyFailures = (retryAfterSeconds: number) =>
    new GraphQLError(
      `Too many requests without a valid API key from this address. Retry after ${retryAfterSeconds} s.`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds,
          http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
        },
      },
    );

  return {
    schema,
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    validationRules: showSchemaDetails ? [] : [NoSchemaIntrospectionCustomRule],

    async authenticate(authorization, clientAddress) {
      // An address that used up its bad-key budget is refused before its key is even looked at,
      // so the answer says nothing about whether that key is right.
      const blocked = await authFailures.peek(clientAddress);
      if (!blocked.allowed) throw tooManyFailures(blocked.retryAfterSeconds);
      const viewer = await authenticator.viewerFor(authorization);
      if (viewer) return viewer;
      const failures = await authFailures.consume(clientAddress, 0);
      if (!failures.allowed) throw tooManyFailures(failures.retryAfterSeconds);
      throw new GraphQLError(
        'Authentication required: send Authorization: Bearer <API key> with a valid, unrevoked key.',
        {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        },
      );
    },

    reauthenticate: (authorization) => authenticator.viewerFor(authorization),

    guard: (ctx, document, operation, variables) =>
      guardOperation(schema, config.queryLimits, rateLimiter, ctx, document, operation, variables),
    chargeRefused: async (viewer) => {
      await rateLimiter.consume(viewer.id, 1);
    },

    contextFor: (requestId, viewer, transport) => ({
      requestId,
      viewer,
      prisma: database.prisma,
      pubsub,
      log: log.child({ requestId, transport }),
      now: deps.now ?? (() => new Date()),
    }),

    formatError(formatted, error) {
      const cause = error instanceof GraphQLError ? error.originalError : error;
      if (cause instanceof UserInputError) {
        const [first] = cause.userErrors;
        return {
          message: cause.message,
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: 'BAD_USER_INPUT', field: first?.field, userErrors: cause.userErrors },
        };
      }
      if (cause instanceof PothosValidationError && /cursor|"(first|last|before|after)"/i.test(cause.message)) {
        return {
          message: /cursor/i.test(cause.message)
            ? 'This cursor is not one the list gave out: page on with the endCursor or startCursor of a page.'
            : cause.message,
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: 'BAD_USER_INPUT' },
        };
      }
      const code = formatted.extensions?.code;
      if (!code || code === 'INTERNAL_SERVER_ERROR') {
        return {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
          path: formatted.path,
          locations: formatted.locations,
        };
      }
      if (showSchemaDetails) return formatted;
      const message = formatted.message.replace(suggestion, '');
      return message === formatted.message ? formatted : { ...formatted, message };
    },

    clientAddress(request) {
      const remote = request.socket.remoteAddress ?? 'unknown';
      if (config.trustedProxies === 0) return remote;
      // Each trusted proxy appends the address it got the request from; count them from the right.
      const forwarded = String(request.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean);
      const chain = [remote, ...forwarded.reverse()];
      return chain[Math.min(config.trustedProxies, chain.length - 1)];
    },
  };
}
