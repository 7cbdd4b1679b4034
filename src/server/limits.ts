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
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { pageSize } from '../shared/paging.js';

/** The limits every operation is held to before anything executes. Set from the environment. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
  /** Parser limit: a document with more tokens is refused before it is even validated. */
  maxTokens: number;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxCost: 5_000,
  maxPageSize: 100,
  maxTokens: 5_000,
};

// What one `__schema` or `__type` field costs: it answers with a large part of the schema.
export const introspectionCost = 500;

function limitError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

function isIntrospection(name: string) {
  return name === '__schema' || name === '__type';
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Nesting depth and number of aliases of one operation, counted through fragments (cycles were
 * refused by validation), introspection included. A type reference's `ofType` chain (seven deep
 * in the standard introspection query that Sandbox and codegen send) does not add depth.
 */
export function depthAndAliasErrors(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases'>,
): GraphQLError[] {
  const fragments = fragmentsOf(document);
  let aliases = 0;
  const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
    if (!selectionSet) return depth;
    let deepest = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const step = selection.name.value === 'ofType' ? 0 : 1;
        deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + step, seen));
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
    errors.push(
      limitError(`Query is ${depth} levels deep; the limit is ${limits.maxDepth}.`, 'QUERY_TOO_DEEP', {
        limit: limits.maxDepth,
        depth,
      }),
    );
  }
  if (aliases > limits.maxAliases) {
    errors.push(
      limitError(`Query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, 'TOO_MANY_ALIASES', {
        limit: limits.maxAliases,
        aliases,
      }),
    );
  }
  return errors;
}

export interface OperationCost {
  cost: number;
  errors: GraphQLError[];
}

/**
 * What an operation may cost, known before it runs: every object field costs 1, a connection
 * multiplies what it selects by the page it asks for (`first`/`last`, else the default page), a
 * list of ids (`nodes(ids:)`) by their number, and each introspection field costs
 * `introspectionCost`. Also checks page sizes and id lists against the cap, wherever they are
 * written: in the operation or in a fragment, literal or variable.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: Pick<QueryLimits, 'maxPageSize'>,
): OperationCost {
  const errors: GraphQLError[] = [];
  const fragments = fragmentsOf(document);
  const typeInfo = new TypeInfo(schema);
  const checkSizes = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      if (!argument) return;
      const value = valueFromAST(node.value, argument.type, variables) as unknown;
      if (
        (node.name.value === 'first' || node.name.value === 'last') &&
        typeof value === 'number' &&
        (value < 0 || value > limits.maxPageSize)
      ) {
        errors.push(
          limitError(
            `\`${node.name.value}\` must be between 0 and ${limits.maxPageSize}; got ${value}.`,
            'PAGE_SIZE_LIMIT',
            { limit: limits.maxPageSize },
          ),
        );
      }
      if (node.name.value === 'ids' && Array.isArray(value) && value.length > limits.maxPageSize) {
        errors.push(
          limitError(`\`ids\` takes at most ${limits.maxPageSize} ids; got ${value.length}.`, 'PAGE_SIZE_LIMIT', {
            limit: limits.maxPageSize,
          }),
        );
      }
    },
  });
  visit(operation, checkSizes);
  for (const fragment of fragments.values()) visit(fragment, checkSizes);

  const numberArgument = (
    field: { args: readonly { name: string; type: GraphQLInputType }[] },
    selection: FieldNode,
    names: string[],
  ) => {
    let found: unknown;
    for (const argument of selection.arguments ?? []) {
      if (!names.includes(argument.name.value)) continue;
      const definition = field.args.find((arg) => arg.name === argument.name.value);
      if (definition) found = valueFromAST(argument.value, definition.type, variables) ?? found;
    }
    return found;
  };
  const costOf = (selectionSet: SelectionSetNode | undefined, parentType: unknown, seen: Set<string>): number => {
    if (!selectionSet || !(isObjectType(parentType) || isInterfaceType(parentType))) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospection(selection.name.value)) {
          total += introspectionCost;
          continue;
        }
        const field = parentType.getFields()[selection.name.value];
        if (!field || !selection.selectionSet) continue;
        const type = getNamedType(field.type);
        const ids = isListType(getNullableType(field.type)) ? numberArgument(field, selection, ['ids']) : undefined;
        if (Array.isArray(ids)) {
          // One object per id, each with what it selects.
          total += Math.max(1, ids.length) * (1 + costOf(selection.selectionSet, type, seen));
          continue;
        }
        let multiplier = 1;
        if (type.name.endsWith('Connection')) {
          const page = numberArgument(field, selection, ['first', 'last']);
          multiplier = Math.max(1, typeof page === 'number' ? page : pageSize.default);
        }
        total += 1 + multiplier * costOf(selection.selectionSet, type, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        total += costOf(selection.selectionSet, type, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        total += costOf(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value),
          new Set([...seen, fragment.name.value]),
        );
      }
    }
    return total;
  };
  const rootType = schema.getRootType(operation.operation);
  return { cost: costOf(operation.selectionSet, rootType, new Set()), errors };
}

/** No text field needs more (a communication's body is the longest); fields have tighter limits of their own. */
export const maxTextLength = 20_000;
/** No input of the schema nests deeper than a few levels; JSON can nest until the stack breaks. */
const maxVariableDepth = 32;
/** No list in an input needs more (allocations, lines, contacts, prices, ids): each item is work. */
export const maxInputListItems = 100;

const unstorable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Input no field can take: text PostgreSQL cannot store (the NUL character, or a lone UTF-16
 * surrogate, half of a pair, which JSON allows and PostgreSQL's json refuses) or longer than any
 * field, a list longer than `maxInputListItems`, variables nested deeper than any input. In a
 * variable or written in the document, it is the client's mistake, answered before anything runs.
 */
export function inputValueErrors(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const refuse = (field: (string | number)[], text: string) => {
    const message =
      text.length > maxTextLength
        ? `Text runs over ${maxTextLength} characters: ${field.join('.')}.`
        : `Text may not contain the NUL character (\\u0000) or half of a surrogate pair: ${field.join('.')}.`;
    errors.push(
      new GraphQLError(message, {
        extensions: { code: 'BAD_USER_INPUT', field: field.map(String), http: { status: 400 } },
      }),
    );
  };
  const tooManyItems = (field: (string | number)[], count: number) =>
    void errors.push(
      new GraphQLError(`A list in the input has at most ${maxInputListItems} items; ${field.join('.')} has ${count}.`, {
        extensions: { code: 'BAD_USER_INPUT', field: field.map(String), http: { status: 400 } },
      }),
    );
  const bad = (text: string) => unstorable.test(text) || text.length > maxTextLength;
  const walk = (value: unknown, path: (string | number)[]) => {
    if (errors.length >= 10) return;
    if (path.length > maxVariableDepth) {
      errors.push(
        new GraphQLError(`Variables nest deeper than ${maxVariableDepth} levels: ${path.slice(0, 3).join('.')}….`, {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        }),
      );
      return;
    }
    if (typeof value === 'string') {
      if (bad(value)) refuse(path, value);
    } else if (Array.isArray(value)) {
      if (value.length > maxInputListItems) return tooManyItems(path, value.length);
      for (const [i, item] of value.entries()) walk(item, [...path, i]);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  walk(variables ?? {}, []);
  const argumentPath: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void argumentPath.push(node.name.value), leave: () => void argumentPath.pop() },
    ObjectField: { enter: (node) => void argumentPath.push(node.name.value), leave: () => void argumentPath.pop() },
    StringValue(node) {
      if (bad(node.value)) refuse([...argumentPath], node.value);
    },
    ListValue(node) {
      if (node.values.length > maxInputListItems) tooManyItems([...argumentPath], node.values.length);
    },
  });
  return errors;
}

// The cursors the API gives out: plugin-prisma's for id cursors, plugin-relay's for offsets.
const cursorPatterns = [
  /^GPC:S:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^OffsetConnection:\d{1,9}$/,
];

/**
 * Paging arguments that cannot mean anything: `first` with `last`, `last` with `after`, `first`
 * with `before`, or a cursor the API never gave out. Refused before anything runs, with the
 * argument named, whichever list they are on.
 */
export function pagingErrors(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const refuse = (field: string, message: string) =>
    errors.push(
      new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: [field], http: { status: 400 } } }),
    );
  const check = (node: FieldNode) => {
    const args = new Map<string, unknown>();
    for (const argument of node.arguments ?? []) {
      const value =
        argument.value.kind === Kind.VARIABLE
          ? variables?.[argument.value.name.value]
          : argument.value.kind === Kind.NULL
            ? null
            : 'value' in argument.value
              ? argument.value.value
              : undefined;
      if (value !== null && value !== undefined) args.set(argument.name.value, value);
    }
    if (args.has('first') && args.has('last')) refuse('last', 'Give `first` or `last`, not both.');
    if (args.has('last') && args.has('after'))
      refuse('after', '`last` pages backwards: use it with `before`, not `after`.');
    if (args.has('first') && args.has('before'))
      refuse('before', '`first` pages forwards: use it with `after`, not `before`.');
    for (const name of ['after', 'before']) {
      const cursor = args.get(name);
      if (cursor === undefined) continue;
      const decoded = typeof cursor === 'string' ? Buffer.from(cursor, 'base64').toString('utf8') : '';
      if (!cursorPatterns.some((pattern) => pattern.test(decoded))) {
        refuse(
          name,
          `\`${name}\` is not a cursor this API gave out: page on with the endCursor or startCursor of a page.`,
        );
      }
    }
  };
  visit(operation, { Field: (node) => void check(node) });
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, { Field: (node) => void check(node) });
  }
  return errors;
}
