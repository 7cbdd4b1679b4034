/**
 * Keeps the events `keep` accepts. `return()` passes straight to the source, so a completed
 * subscription stops at once instead of waiting for the next event (as an async generator with
 * `for await` would).
 */
export function filterEvents<T>(source: AsyncIterable<T>, keep: (event: T) => boolean): AsyncIterableIterator<T> {
  const events = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await events.next();
        if (result.done || keep(result.value)) return result;
      }
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

const loadsByEvent = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * What subscribers of one event read, read once: every listener of a topic receives the same event
 * object, so N dashboards asking for the same fields share one query instead of sending N. Only
 * for reads that do not depend on who asks (authorization applies field by field afterwards).
 */
export function loadOncePerEvent<T>(event: object, query: unknown, load: () => Promise<T>): Promise<T> {
  let loads = loadsByEvent.get(event);
  if (!loads) {
    loads = new Map();
    loadsByEvent.set(event, loads);
  }
  const key = JSON.stringify(query);
  let loaded = loads.get(key) as Promise<T> | undefined;
  if (!loaded) {
    loaded = load();
    loads.set(key, loaded);
  }
  return loaded;
}
