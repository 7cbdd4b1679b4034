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

/**
 * Whether the connection being resolved asks for one of its own fields (`totalCount`), through
 * fragments too; a field under `@skip` or `@include` counts as asked.
 */
export function connectionSelects(info: GraphQLResolveInfo, fieldName: string): boolean {
  const seen = new Set<string>();
  const within = (selectionSet: SelectionSetNode | undefined): boolean =>
    !!selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === fieldName;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return within(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
