import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

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
  });
}

/** Subscribes and collects results; `next()` waits for the following one. */
export function collect<TResult, TVariables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
) {
  const received: ExecutionResult<TResult>[] = [];
  const waiters: ((value: ExecutionResult<TResult>) => void)[] = [];
  let failed: unknown;
  const unsubscribe = client.subscribe<TResult>(
    { query: print(document), variables },
    {
      next: (value) => {
        const waiter = waiters.shift();
        if (waiter) waiter(value as ExecutionResult<TResult>);
        else received.push(value as ExecutionResult<TResult>);
      },
      error: (error) => {
        failed = error;
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
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no subscription event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
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
