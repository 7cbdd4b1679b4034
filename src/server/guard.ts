import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context.js';
import { depthAndAliasErrors, operationCost, pagingErrors, type QueryLimits, unstorableTextErrors } from './limits.js';
import type { RateLimiter } from './rate-limit.js';

export interface GuardResult {
  cost: number;
  limit: number;
}

/**
 * Checks an operation before it runs, over HTTP and WebSocket alike: depth, aliases, text
 * PostgreSQL cannot store, paging arguments and cursors, page sizes, cost against the cost limit, then the caller's rate budget.
 * Throws a GraphQLError that says which limit.
 */
export async function guardOperation(
  schema: GraphQLSchema,
  limits: QueryLimits,
  rateLimiter: RateLimiter,
  ctx: Context,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): Promise<GuardResult> {
  const shapeErrors = depthAndAliasErrors(document, operation, limits);
  if (shapeErrors.length) throw shapeErrors[0];
  const inputErrors = [...unstorableTextErrors(document, variables), ...pagingErrors(document, operation, variables)];
  if (inputErrors.length) throw inputErrors[0];
  const { cost, errors } = operationCost(schema, document, operation, variables, limits);
  if (errors.length) throw errors[0];
  if (cost > limits.maxCost) {
    throw new GraphQLError(
      `Query would cost ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
      {
        extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: limits.maxCost, http: { status: 400 } },
      },
    );
  }
  if (ctx.viewer) {
    const decision = await rateLimiter.consume(ctx.viewer.id, Math.max(1, cost));
    if (!decision.allowed) {
      const what = decision.exceeded === 'cost' ? 'query cost budget' : 'request budget';
      throw new GraphQLError(
        `Rate limit reached: this API key used its ${what} for the minute. Retry after ${decision.retryAfterSeconds} s.`,
        {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds: decision.retryAfterSeconds,
            http: { status: 429, headers: new Map([['retry-after', String(decision.retryAfterSeconds)]]) },
          },
        },
      );
    }
  }
  return { cost, limit: limits.maxCost };
}
