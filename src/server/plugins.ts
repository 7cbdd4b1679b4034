import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import type { AuditResult } from '../generated/prisma/client.js';
import { recordMutations, type MutationRecord } from '../modules/audit/audit.service.js';
import { encodeGlobalID } from '../schema/global-id.js';
import type { OperationPipeline } from './pipeline.js';

export function loggingPlugin(pipeline: OperationPipeline): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const internal = pipeline.formatError(error, error).extensions?.code === 'INTERNAL_SERVER_ERROR';
            if (internal)
              contextValue.log.error(
                { operationName, err: error.originalError ?? error, path: error.path },
                'internal error',
              );
            else contextValue.log.info({ operationName, code: error.extensions.code }, error.message);
          }
        },
        async willSendResponse({ operationName }) {
          contextValue.log.info({ operationName, ms: Math.round(performance.now() - started) }, 'graphql operation');
        },
      };
    },
  };
}

/** Cost and rate limits before execution; the cost is reported in `extensions.cost`. */
export function guardPlugin(pipeline: OperationPipeline): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: { requested: number; limit: number } | undefined;
      let guarded = false;
      return {
        async didResolveOperation({ contextValue, document, operation, request }) {
          guarded = true;
          if (!operation) return;
          if (operation.operation === 'subscription')
            throw new GraphQLError(
              'Subscriptions run over WebSocket (graphql-ws) on the same path; send queries and mutations here.',
              { extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } } },
            );
          const result = await pipeline.guard(contextValue, document, operation, request.variables);
          cost = { requested: result.cost, limit: result.limit };
        },
        async didEncounterErrors({ contextValue }) {
          // Refused while parsing or validating: the guard never ran, so charge the request here.
          if (!guarded && contextValue.viewer) await pipeline.chargeRefused(contextValue.viewer);
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}

function subjectOf(payload: unknown): string | null {
  if (!payload || typeof payload !== 'object') return null;
  for (const [key, value] of Object.entries(payload)) {
    const type = /^(?:deleted)?([a-z][A-Za-z]*)Id$/.exec(key)?.[1];
    if (type && typeof value === 'string') return encodeGlobalID(type[0].toUpperCase() + type.slice(1), value);
  }
  return null;
}

function outcome(error: Error | null, result: unknown): { result: AuditResult; errors: unknown[] | null } {
  if (error) {
    const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
    const denied = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
    return {
      result: denied ? 'DENIED' : 'ERROR',
      errors: [{ message: denied ? error.message : 'Internal server error', code: code ?? 'INTERNAL_SERVER_ERROR' }],
    };
  }
  const userErrors = (result as { userErrors?: unknown[] } | null)?.userErrors;
  if (userErrors?.length) return { result: 'USER_ERROR', errors: userErrors };
  return { result: 'SUCCESS', errors: null };
}

/** Records every root mutation field of every request in the audit trail. */
export function auditPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const records: MutationRecord[] = [];
      return {
        async executionDidStart({ operation, operationName }) {
          if (operation?.operation !== 'mutation') return;
          return {
            willResolveField({ args, contextValue, info }) {
              if (info.parentType.name !== 'Mutation') return;
              return (error, result) => {
                records.push({
                  requestId: contextValue.requestId,
                  viewer: contextValue.viewer,
                  operation: info.fieldName,
                  operationName: operationName ?? null,
                  arguments: args,
                  subjectId: error ? null : subjectOf(result),
                  ...outcome(error, result),
                });
              };
            },
          };
        },
        async willSendResponse({ contextValue }) {
          if (!records.length) return;
          try {
            await recordMutations(contextValue.prisma, records);
          } catch (error) {
            contextValue.log.error({ err: error, records: records.length }, 'could not write the audit trail');
          }
        },
      };
    },
  };
}
