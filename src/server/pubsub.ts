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

async function* payloads<T>(emitter: EventEmitter, topic: string, signal?: AbortSignal): AsyncGenerator<T> {
  try {
    for await (const [payload] of on(emitter, topic, { signal })) yield payload as T;
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
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
      return (async function* () {
        await ready;
        yield* payloads<T>(local, topic, signal);
      })();
    },
    async close() {
      local.removeAllListeners();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
