import { readFile } from 'node:fs/promises';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { startServer, type RunningServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { createLocalPubSub, type PubSub } from '../../src/server/pubsub.js';
import { adminQuery, uniqueDatabaseName, withDatabase } from './databases.js';

export interface TestServer {
  url: string;
  server: RunningServer;
  database: Database;
  prisma: Database['prisma'];
  /** Every SQL statement Prisma sent, in order; `clear` before the part you measure. */
  queries: string[];
  /** POSTs a GraphQL operation the way a client would; returns the parsed body. */
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: { headers?: Record<string, string> },
  ): Promise<ExecutionResult<TResult> & { status: number }>;
  close(): Promise<void>;
}

/** A fresh, migrated database (copied from the run's template) behind a real server on a free port. */
export async function startTestServer(options: { pubsub?: PubSub } = {}): Promise<TestServer> {
  const target = inject('testDatabase');
  const queries: string[] = [];
  const onQuery = (sql: string) => void queries.push(sql);
  let database: Database;
  let dropDatabase = async () => {};
  if (target.kind === 'postgresql') {
    const name = uniqueDatabaseName('clientela_test');
    await adminQuery(target.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${target.template}"`);
    database = await openDatabase({ databaseUrl: withDatabase(target.serverUrl, name), onQuery });
    dropDatabase = () => adminQuery(target.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const snapshot = new Blob([await readFile(target.snapshotPath)]);
    database = await openDatabase({ loadDataDir: snapshot, onQuery });
  }

  const config = { ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0 };
  const pubsub = options.pubsub ?? createLocalPubSub();
  const server = await startServer({ config, database, pubsub, log: createLogger({ logLevel: (process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent' }) });

  return {
    url: server.url,
    server,
    database,
    prisma: database.prisma,
    queries,
    async gql(document, variables, requestOptions) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...requestOptions?.headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { ...((await response.json()) as ExecutionResult<never>), status: response.status };
    },
    async close() {
      await server.stop();
      await pubsub.close();
      await database.close();
      await dropDatabase();
    },
  };
}
