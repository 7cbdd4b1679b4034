import { getConnectionPageSize, PothosValidationError, validateConnectionArguments } from '@pothos/core';
import { formatPrismaCursor, parsePrismaCursor } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { pageSize } from '../shared/paging.js';
import { builder } from './builder.js';

/**
 * A Relay connection type named after its node, as Relay and Shopify name them
 * (`InvoiceConnection`, `InvoiceEdge`), shared by every list of that node, with `totalCount`.
 */
export function nodeConnection(nodeName: string, node: Parameters<typeof builder.connectionObject>[0]['type']) {
  return builder.connectionObject(
    {
      type: node,
      name: `${nodeName}Connection`,
      fields: (t) => ({
        totalCount: t.int({
          nullable: false,
          description: 'How many nodes the list holds, across all pages.',
          // Lets plugin-prisma count without loading rows when only the count is asked for.
          extensions: { pothosPrismaTotalCount: true },
          resolve: (connection) => {
            // prismaConnection hands a function, relatedConnection a number.
            const total = (connection as { totalCount?: number | (() => number | Promise<number>) }).totalCount;
            return typeof total === 'function' ? total() : (total ?? 0);
          },
        }),
      }),
    },
    { name: `${nodeName}Edge` },
  );
}

type PageArgs = { first?: number | null; last?: number | null; before?: string | null; after?: string | null };

/**
 * A page of an offset-paged list. `last` without `before` is the list's last page, as on the
 * cursor-paged lists: it needs the list's length first, so only then is `count` asked.
 */
export async function offsetPage<Row>(
  args: PageArgs,
  count: () => Promise<number>,
  rows: (offset: number, limit: number) => Promise<Row[]>,
) {
  const totalCount = args.last != null && args.before == null ? await count() : undefined;
  return resolveOffsetConnection(
    { args, defaultSize: pageSize.default, maxSize: pageSize.max, totalCount },
    ({ offset, limit }) => rows(offset, limit),
  );
}

/** A page of an offset-paged report list, with the count the same statement gave. */
export async function offsetPageWithCount<Row>(
  args: PageArgs,
  rows: (offset: number, limit: number) => Promise<{ rows: Row[]; count: number }>,
) {
  let count = 0;
  // A report's count comes with its rows; the first row brings it when the length is needed first.
  const page = await offsetPage(
    args,
    async () => (await rows(0, 1)).count,
    async (offset, limit) => {
      const result = await rows(offset, limit);
      count = result.count;
      return result.rows;
    },
  );
  return Object.assign(page, { totalCount: count });
}

/** Which rows a page of a list paged by row id (keyset) reads: as plugin-prisma's connections page. */
export interface KeysetPage {
  /** The row the page starts after (or, backward, before); null from an end of the list. */
  cursorId: string | null;
  /** Read toward the start of the list: `last`, or `before`. */
  backward: boolean;
  /** Rows to read: the page and one more, which says whether there is another page. */
  limit: number;
}

/**
 * The page `args` ask of a list paged by row id, with plugin-prisma's rules and its cursors
 * (`GPC:` and the id), so that a list read in plain SQL pages as one read through it does.
 */
export function keysetPage(args: PageArgs): KeysetPage {
  validateConnectionArguments(args);
  if (args.before && args.after) {
    throw new PothosValidationError('Arguments "before" and "after" are not supported at the same time');
  }
  if (args.before != null && args.first != null) {
    throw new PothosValidationError('Arguments "before" and "first" are not supported at the same time');
  }
  if (args.after != null && args.last != null) {
    throw new PothosValidationError('Arguments "after" and "last" are not supported at the same time');
  }
  const cursor = args.before ?? args.after;
  const { limit } = getConnectionPageSize({ args, defaultSize: pageSize.default, maxSize: pageSize.max });
  return {
    cursorId: cursor == null ? null : String(parsePrismaCursor(cursor)),
    backward: args.before != null || args.last != null,
    limit,
  };
}

/** The connection of the rows a `keysetPage` read, in the list's order (the extra row included). */
export function keysetConnection<Row extends { id: string }>(
  args: PageArgs,
  page: KeysetPage,
  rows: Row[],
  totalCount: number | null,
) {
  const full = rows.length === page.limit;
  const nodes = full ? (page.backward ? rows.slice(1) : rows.slice(0, -1)) : rows;
  const edges = nodes.map((node) => ({ cursor: formatPrismaCursor(node, 'id'), node }));
  return {
    totalCount: totalCount ?? 0,
    edges,
    pageInfo: {
      hasNextPage: args.before != null ? true : args.last != null ? false : full,
      hasPreviousPage: args.after != null ? true : page.backward ? full : false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Whether the field being resolved asks for the fields along `path` beneath it (`totalCount`;
 * `edges`, `node`, `lines`), through fragments too; a field under `@skip` or `@include` counts as
 * asked.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean =>
    !!selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== path[depth]) return false;
        return depth === path.length - 1 || within(selection.selectionSet, depth + 1, new Set());
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, depth, seen);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return within(info.fragments[name]?.selectionSet, depth, seen);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, 0, new Set()));
}

/** Whether the connection being resolved asks for one of its own fields (`totalCount`). */
export function connectionSelects(info: GraphQLResolveInfo, fieldName: string): boolean {
  return selectsPath(info, [fieldName]);
}
