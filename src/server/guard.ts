import {
  GraphQLError,
  isInputType,
  Kind,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';
import { depthAndAliasErrors, operationCost, pagingErrors, type QueryLimits, inputValueErrors } from './limits.js';
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
  const key = lazyVariablesKey(variables);
  const { cost, refusal } =
    checkedBefore(schema, limits, operation, key) ?? check(schema, limits, document, operation, variables);
  if (!refusal) rememberPassed(schema, limits, operation, key, cost);
  // A refused request is charged too (one request, cost 1): refusals are work, and a key must
  // not be able to keep the server busy with requests that never run.
  if (ctx.viewer) {
    const decision = await rateLimiter.consume(ctx.viewer.id, refusal ? 1 : Math.max(1, cost));
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
  if (refusal) throw refusal;
  return { cost, limit: limits.maxCost };
}

/**
 * Operations that passed the checks, by their variables: a client sends the same document again
 * and again (Apollo hands over the same parsed document for the same text), and checking it walks
 * the whole document several times. Only short variables are remembered, at most a few sets per
 * operation, and only a pass: a refusal is built again each time.
 */
const passed = new WeakMap<
  OperationDefinitionNode,
  { schema: GraphQLSchema; limits: QueryLimits; costs: Map<string, number> }
>();
const maxRememberedVariablesLength = 2_000;
const maxRememberedPerOperation = 20;

/** What the guard remembers of the operation under this schema and these limits. */
function remembered(schema: GraphQLSchema, limits: QueryLimits, operation: OperationDefinitionNode) {
  const entry = passed.get(operation);
  return entry && entry.schema === schema && entry.limits === limits ? entry : undefined;
}

function checkedBefore(
  schema: GraphQLSchema,
  limits: QueryLimits,
  operation: OperationDefinitionNode,
  key: () => string | undefined,
): { cost: number; refusal: null } | undefined {
  const entry = remembered(schema, limits, operation);
  const variables = entry && key();
  const cost = variables === undefined ? undefined : entry?.costs.get(variables);
  return cost === undefined ? undefined : { cost, refusal: null };
}

function rememberPassed(
  schema: GraphQLSchema,
  limits: QueryLimits,
  operation: OperationDefinitionNode,
  key: () => string | undefined,
  cost: number,
): void {
  const variables = key();
  if (variables === undefined) return;
  let entry = remembered(schema, limits, operation);
  if (!entry) {
    entry = { schema, limits, costs: new Map() };
    passed.set(operation, entry);
  }
  if (entry.costs.size < maxRememberedPerOperation) entry.costs.set(variables, cost);
}

/**
 * The variables as a key, computed once and only when asked (an operation seen before, or one
 * that passed); undefined when they are too long to remember or cannot be written as JSON
 * (nested too deep for `JSON.stringify`: the checks refuse them with their own code).
 */
function lazyVariablesKey(variables: Record<string, unknown> | undefined): () => string | undefined {
  let key: string | undefined | null = null;
  return () => {
    if (key !== null) return key;
    try {
      const text = variables ? JSON.stringify(variables) : '';
      key = text.length <= maxRememberedVariablesLength ? text : undefined;
    } catch {
      key = undefined;
    }
    return key;
  };
}

/** Each mutation is a write with its own transaction; a request carrying dozens ties up the database. */
const maxMutationsPerRequest = 10;

/** The fields a selection set runs at its level, through fragments (cycles were refused by validation). */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFields(document, selection.selectionSet, seen);
    else if (!seen.has(selection.name.value)) {
      const fragment = document.definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        count += rootFields(document, fragment.selectionSet, new Set([...seen, selection.name.value]));
    }
  }
  return count;
}

function withDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] !== undefined || !definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type)) values[name] = valueFromAST(definition.defaultValue, type);
  }
  return values;
}

/** What the operation costs and, if it must not run, why: depth, aliases, mutations, input, cost. */
function check(
  schema: GraphQLSchema,
  limits: QueryLimits,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): { cost: number; refusal: GraphQLError | null } {
  const shapeErrors = depthAndAliasErrors(document, operation, limits);
  if (shapeErrors.length) return { cost: 0, refusal: shapeErrors[0] };
  const mutations = operation.operation === 'mutation' ? rootFields(document, operation.selectionSet) : 0;
  if (mutations > maxMutationsPerRequest) {
    const refusal = new GraphQLError(
      `A request runs at most ${maxMutationsPerRequest} mutations; this one has ${mutations}. Send the rest in another request.`,
      { extensions: { code: 'TOO_MANY_MUTATIONS', limit: maxMutationsPerRequest, http: { status: 400 } } },
    );
    return { cost: 0, refusal };
  }
  // What the operation will run with: a variable left out takes its default, which counts too.
  const values = withDefaults(schema, operation, variables);
  const pagingMistakes = pagingErrors(document, operation, values);
  if (pagingMistakes.length) return { cost: 0, refusal: pagingMistakes[0] };
  // Page sizes and id lists first, with their own codes; then anything else no input can take.
  const { cost, errors } = operationCost(schema, document, operation, values, limits);
  if (errors.length) return { cost, refusal: errors[0] };
  const inputErrors = inputValueErrors(document, variables);
  if (inputErrors.length) return { cost, refusal: inputErrors[0] };
  if (cost > limits.maxCost) {
    const refusal = new GraphQLError(
      `Query would cost ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
      {
        extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: limits.maxCost, http: { status: 400 } },
      },
    );
    return { cost, refusal };
  }
  return { cost, refusal: null };
}
