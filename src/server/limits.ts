import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The limits every operation is held to before anything executes. Set from the environment. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
  /** Parser limit: a document with more tokens is refused before it is even validated. */
  maxTokens: number;
}

export const defaultQueryLimits: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 5_000, maxPageSize: 100, maxTokens: 5_000 };

const defaultPageSize = 20;

function limitError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

function isIntrospection(name: string) {
  return name === '__schema' || name === '__type';
}

/**
 * Nesting depth and number of aliases of one operation, counted through fragments (cycles were
 * refused by validation). Introspection fields are not counted.
 */
export function depthAndAliasErrors(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases'>,
): GraphQLError[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
    if (!selectionSet) return depth;
    let deepest = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospection(selection.name.value)) continue;
        if (selection.alias) aliases += 1;
        deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...seen, fragment.name.value])));
      }
    }
    return deepest;
  };
  const errors: GraphQLError[] = [];
  const depth = depthOf(operation.selectionSet, 0, new Set());
  if (depth > limits.maxDepth) {
    errors.push(limitError(`Query is ${depth} levels deep; the limit is ${limits.maxDepth}.`, 'QUERY_TOO_DEEP', { limit: limits.maxDepth, depth }));
  }
  if (aliases > limits.maxAliases) {
    errors.push(limitError(`Query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, 'TOO_MANY_ALIASES', { limit: limits.maxAliases, aliases }));
  }
  return errors;
}

export interface OperationCost {
  cost: number;
  errors: GraphQLError[];
}

/**
 * What an operation may cost, known before it runs: every object field costs 1, and a connection
 * field multiplies what it selects by the page it asks for (`first`/`last`, else 20). Also checks
 * that `first`/`last` stay within the page-size cap, whether literal or variable.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: Pick<QueryLimits, 'maxPageSize'>,
): OperationCost {
  const errors: GraphQLError[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const typeInfo = new TypeInfo(schema);
  // Page sizes, checked on every argument of the document.
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (node.name.value !== 'first' && node.name.value !== 'last') return;
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const value = valueFromAST(node.value, argument.type, variables) as unknown;
        if (typeof value === 'number' && (value < 0 || value > limits.maxPageSize)) {
          errors.push(
            limitError(`\`${node.name.value}\` must be between 0 and ${limits.maxPageSize}; got ${value}.`, 'PAGE_SIZE_LIMIT', {
              limit: limits.maxPageSize,
            }),
          );
        }
      },
    }),
  );

  const argumentValue = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const costOf = (selectionSet: SelectionSetNode | undefined, parentType: unknown, seen: Set<string>): number => {
    if (!selectionSet || !(isObjectType(parentType) || isInterfaceType(parentType))) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = parentType.getFields()[selection.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        if (!selection.selectionSet) continue;
        let multiplier = 1;
        if (type.name.endsWith('Connection')) {
          let page: number | undefined;
          for (const argument of selection.arguments ?? []) {
            if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
            const definition = field.args.find((arg) => arg.name === argument.name.value);
            if (definition) page = argumentValue(valueFromAST(argument.value, definition.type, variables)) ?? page;
          }
          multiplier = Math.max(1, page ?? defaultPageSize);
        } else if (isListType(getNullableType(field.type))) {
          multiplier = 1;
        }
        total += 1 + multiplier * costOf(selection.selectionSet, type, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        total += costOf(selection.selectionSet, type, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        total += costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), new Set([...seen, fragment.name.value]));
      }
    }
    return total;
  };
  const rootType = schema.getRootType(operation.operation);
  return { cost: costOf(operation.selectionSet, rootType, new Set()), errors };
}
