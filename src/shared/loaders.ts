import DataLoader from 'dataloader';
import type { Context } from '../context.js';

const perRequest = new WeakMap<Context, Map<string, DataLoader<unknown, unknown>>>();
const valuesPerRequest = new WeakMap<Context, Map<string, Map<unknown, unknown>>>();

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
  valuesPerRequest.delete(ctx);
}

/**
 * Values the request has already read, by key, to hand out as they are: a resolver that returns
 * a value rather than a promise lets graphql-js complete its object at once (a promise in any
 * field of an object costs a promise for the object and turns of the microtask queue, on each of
 * a page's rows). Forgotten with the loaders (`forgetReads`).
 */
export function requestValues<K, V>(ctx: Context, name: string): Map<K, V> {
  let maps = valuesPerRequest.get(ctx);
  if (!maps) {
    maps = new Map();
    valuesPerRequest.set(ctx, maps);
  }
  let values = maps.get(name) as Map<K, V> | undefined;
  if (!values) {
    values = new Map();
    maps.set(name, values as Map<unknown, unknown>);
  }
  return values;
}

/**
 * `map` applied to a value, or to what a promise (any thenable: Prisma's are not `Promise`s)
 * resolves to: the result is a promise only if the value was one.
 */
export function mapValue<T, U>(value: T | PromiseLike<T>, map: (value: T) => U): U | Promise<U> {
  return isThenable(value) ? Promise.resolve(value).then(map) : map(value);
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
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
