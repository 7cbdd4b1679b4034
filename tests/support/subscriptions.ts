import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createLocalPubSub, type PubSub } from '../../src/server/pubsub.js';

/** A graphql-ws client for the server at `httpUrl`, as a dashboard would open one. */
export function subscriptionClient(
  httpUrl: string,
  apiKey: string | null,
  extraParams: Record<string, unknown> = {},
): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}), ...extraParams },
    retryAttempts: 0,
    lazy: false,
    // Tests watch 'closed' themselves (see `connected`); graphql-ws would print the event too.
    onNonLazyError: () => {},
  });
}

/** Subscribes and collects results; `next()` waits for the following one. */
export function collect<TResult, TVariables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
) {
  const received: ExecutionResult<TResult>[] = [];
  const waiters: { resolve(value: ExecutionResult<TResult>): void; reject(error: unknown): void }[] = [];
  let failed: unknown;
  const unsubscribe = client.subscribe<TResult>(
    { query: print(document), variables },
    {
      next: (value) => {
        const waiter = waiters.shift();
        if (waiter) waiter.resolve(value as ExecutionResult<TResult>);
        else received.push(value as ExecutionResult<TResult>);
      },
      error: (error) => {
        failed = error;
        // A refused subscription ends here: whoever waits for an event hears it at once.
        for (const waiter of waiters.splice(0)) waiter.reject(error);
      },
      complete: () => {},
    },
  );
  return {
    unsubscribe,
    get error() {
      return failed;
    },
    next(timeoutMs = 5_000): Promise<ExecutionResult<TResult>> {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      if (failed !== undefined) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no subscription event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
      });
    },
  };
}

/** Resolves once the server has acknowledged the connection. */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`socket closed: ${(event as { code?: number }).code}`)));
  });
}

/**
 * An in-process pub/sub that says when a subscriber is listening: the signal a test waits for
 * before it causes the event, instead of sleeping and hoping.
 */
export function observedPubSub(): {
  pubsub: PubSub;
  /** How many subscriptions to the topic have started so far. */
  started(topic: string): number;
  /** Resolves once `count` subscriptions to the topic have started. */
  listening(topic: string, count?: number): Promise<void>;
} {
  const inner = createLocalPubSub();
  const counts = new Map<string, number>();
  const waiters: { topic: string; count: number; wake: () => void }[] = [];
  const changed = () => {
    for (const waiter of [...waiters]) {
      if ((counts.get(waiter.topic) ?? 0) >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.wake();
      }
    }
  };
  const pubsub: PubSub = {
    publish: (topic, payload) => inner.publish(topic, payload),
    close: () => inner.close(),
    subscribe<T>(topic: string, signal?: AbortSignal): AsyncIterable<T> {
      return {
        [Symbol.asyncIterator]() {
          const iterator = inner.subscribe<T>(topic, signal)[Symbol.asyncIterator]();
          let started = false;
          return {
            next() {
              const result = iterator.next();
              // The local pub/sub attaches its listener when iteration starts, synchronously.
              if (!started) {
                started = true;
                counts.set(topic, (counts.get(topic) ?? 0) + 1);
                changed();
              }
              return result;
            },
            return: (value?: unknown) => iterator.return?.(value) ?? Promise.resolve({ done: true, value: undefined }),
          } as AsyncIterator<T>;
        },
      };
    },
  };
  return {
    pubsub,
    started: (topic) => counts.get(topic) ?? 0,
    listening: (topic, count = 1) =>
      (counts.get(topic) ?? 0) >= count
        ? Promise.resolve()
        : new Promise((wake) => waiters.push({ topic, count, wake })),
  };
}
