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
