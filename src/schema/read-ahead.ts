import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  responsePathAsArray,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';

/**
 * Reads a field can make knowing only its parent's id (a page of a customer's invoices, of its
 * ledger), which the parent's resolver may therefore start before its own row has come back
 * (`readFieldsAhead`): sent in the same turn, the row and those reads go out as one statement
 * (combined-reads.ts) instead of the row first and its fields' reads a round trip later.
 */
type AheadRead = (parentId: string, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => unknown;

const readsOfField = new Map<string, AheadRead>();
const startedReads = new WeakMap<Context, Map<string, unknown>>();

/** A read is the field's at its place in the answer, for its parent and its arguments. */
function readKey(info: Pick<GraphQLResolveInfo, 'path'>, parentId: string, args: Record<string, unknown>): string {
  return `${responsePathAsArray(info.path).join('.')} ${parentId} ${JSON.stringify(args)}`;
}

/**
 * The resolver of `typeName.fieldName`, which reads from its parent's id alone: what its parent
 * started for it is its answer, else it reads now. The arguments are graphql-js's own (no mapping):
 * the parent computes them from the query the same way.
 */
export function readableAhead<Args extends object, Result>(
  typeName: string,
  fieldName: string,
  read: (parentId: string, args: Args, ctx: Context, info: GraphQLResolveInfo) => Promise<Result>,
) {
  readsOfField.set(`${typeName}.${fieldName}`, read as AheadRead);
  return (parent: { id: string }, args: Args, ctx: Context, info: GraphQLResolveInfo): Promise<Result> => {
    const started = startedReads.get(ctx);
    const key = readKey(info, parent.id, args as Record<string, unknown>);
    const early = started?.get(key) as Promise<Result> | undefined;
    if (!early) return read(parent.id, args, ctx, info);
    started!.delete(key);
    return early;
  };
}

/**
 * Starts the reads of the fields of a `typeName` the resolver at `info` is about to return, the
 * row `parentId`, that the query asks for and that are `readableAhead`. A field under `@skip` or
 * a false `@include` is not read.
 */
export function readFieldsAhead(ctx: Context, info: GraphQLResolveInfo, typeName: string, parentId: string): void {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  let started = startedReads.get(ctx);
  for (const [responseKey, nodes] of fieldsAsked(info, type)) {
    const fieldName = nodes[0].name.value;
    const read = readsOfField.get(`${typeName}.${fieldName}`);
    const field = type.getFields()[fieldName];
    if (!read || !field) continue;
    const path = { prev: info.path, key: responseKey, typename: typeName };
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, nodes[0], info.variableValues);
    } catch {
      continue; // the field's own resolution reports it
    }
    const fieldInfo: GraphQLResolveInfo = {
      ...info,
      fieldName,
      fieldNodes: nodes,
      returnType: field.type,
      parentType: type,
      path,
    };
    // Now, in this turn, so that it goes out with the parent's row.
    let early: Promise<unknown>;
    try {
      early = Promise.resolve(read(parentId, args, ctx, fieldInfo));
    } catch (error) {
      early = Promise.reject(error);
    }
    // The parent may turn out not to exist, and the field then never resolves: its failure is
    // the field's to report when it does, never an unhandled rejection.
    early.catch(() => {});
    started ??= new Map();
    startedReads.set(ctx, started);
    started.set(readKey({ path }, parentId, args), early);
  }
}

/** The query's fields of `type` beneath the field at `info`, by response key, as graphql-js collects them. */
function fieldsAsked(info: GraphQLResolveInfo, type: GraphQLObjectType): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const seenFragments = new Set<string>();
  const included = (node: FieldNode | SelectionSetNode['selections'][number]) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const applies = (typeCondition: string | undefined) => {
    if (!typeCondition || typeCondition === type.name) return true;
    const condition = info.schema.getType(typeCondition);
    return !!condition && isAbstractType(condition) && info.schema.isSubType(condition, type);
  };
  const collect = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) collect(selection.selectionSet);
      } else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet);
  return fields;
}
