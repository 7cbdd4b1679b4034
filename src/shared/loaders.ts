import DataLoader from 'dataloader';
import type { Context } from '../context.js';

const perRequest = new WeakMap<Context, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as the request (its context): batches per tick, caches until
 * the request writes (`forgetReads`).
 */
export function requestLoader<K, V, C = K>(
  ctx: Context,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  options?: DataLoader.Options<K, V, C>,
): DataLoader<K, V, C> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(ctx, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V, C> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, C>(batch, options);
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/**
 * Drops what the request has read so far: each mutation of a document, and each event of a
 * subscription (whose context lasts as long as it does), reads the book as it is then.
 */
export function forgetReads(ctx: Context): void {
  perRequest.delete(ctx);
}

/** Loads rows by id, batched per request: `fetch` gets every id asked for in the same tick. */
export function rowsById<T extends { id: string }>(
  ctx: Context,
  name: string,
  fetch: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return requestLoader<string, T | null>(ctx, `rows:${name}`, async (ids) => {
    const rows = new Map((await fetch([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}
