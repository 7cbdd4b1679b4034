import { EventEmitter, on } from 'node:events';
import { Redis } from 'ioredis';

/**
 * Events for subscriptions. In-process on the embedded default; through Redis when scaled out,
 * so a subscriber on any instance sees what any instance published.
 */
export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>;
  subscribe<T>(topic: string, signal?: AbortSignal): AsyncIterable<T>;
  close(): Promise<void>;
}

/**
 * The events of a topic, as an iterator whose `return()` takes effect at once: when a client
 * completes a subscription, its listener goes and its slot frees without waiting for an event.
 * (An async generator would stay suspended on its pending `next()` until the next event came.)
 */
function payloads<T>(emitter: EventEmitter, topic: string, signal?: AbortSignal): AsyncIterableIterator<T> {
  const source = on(emitter, topic, { signal });
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      try {
        const result = await source.next();
        return result.done
          ? { done: true, value: undefined }
          : { done: false, value: (result.value as unknown[])[0] as T };
      } catch (error) {
        if ((error as Error).name === 'AbortError') return { done: true, value: undefined };
        throw error;
      }
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

export function createLocalPubSub(): PubSub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(topic, payload) {
      emitter.emit(topic, payload);
    },
    subscribe: (topic, signal) => payloads(emitter, topic, signal),
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** Redis channels carry JSON; every instance re-emits what it receives to its local subscribers. */
export async function createRedisPubSub(url: string, channelPrefix = 'clientela:'): Promise<PubSub> {
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: true });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const subscribed = new Set<string>();

  subscriber.on('message', (channel: string, message: string) => {
    local.emit(channel.slice(channelPrefix.length), JSON.parse(message));
  });

  return {
    async publish(topic, payload) {
      await publisher.publish(channelPrefix + topic, JSON.stringify(payload));
    },
    subscribe<T>(topic: string, signal?: AbortSignal) {
      const ready = subscribed.has(topic)
        ? Promise.resolve()
        : subscriber.subscribe(channelPrefix + topic).then(() => void subscribed.add(topic));
      const events = payloads<T>(local, topic, signal);
      const iterator: AsyncIterableIterator<T> = {
        next: async () => {
          await ready;
          return events.next();
        },
        return: () => events.return!(),
        [Symbol.asyncIterator]: () => iterator,
      };
      return iterator;
    },
    async close() {
      local.removeAllListeners();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
