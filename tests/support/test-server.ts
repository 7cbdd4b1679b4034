import { readFile } from 'node:fs/promises';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import type { Role } from '../../src/context.js';
import { issueApiKey } from '../../src/modules/access/api-keys.service.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { startServer, type RunningServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { createLocalPubSub, type PubSub } from '../../src/server/pubsub.js';
import { adminQuery, uniqueDatabaseName, withDatabase } from './databases.js';

export interface TestServer {
  url: string;
  server: RunningServer;
  database: Database;
  /** On PostgreSQL, the test's own database: another process may open it too. */
  databaseUrl: string | undefined;
  prisma: Database['prisma'];
  /** The server's pub/sub: a scheduler started by a test publishes through it. */
  pubsub: PubSub;
  /** Every SQL statement Prisma sent, in order; `clear` before the part you measure. */
  queries: string[];
  /** An administrator's API key, sent by `gql` unless told otherwise. */
  adminKey: string;
  /** A new API key with this role. */
  keyFor(role: Role, name?: string): Promise<string>;
  /** POSTs a GraphQL operation the way a client would, with `key` (default: admin; null: none). */
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: { headers?: Record<string, string>; key?: string | null },
  ): Promise<ExecutionResult<TResult> & { status: number; headers: Headers }>;
  close(): Promise<void>;
}

/** Anything that sends GraphQL as a client would: a test server, or a server in its own process. */
export type GqlClient = Pick<TestServer, 'gql'>;

/** A fresh, migrated database (copied from the run's template) behind a real server on a free port. */
export async function startTestServer(
  options: { pubsub?: PubSub; config?: Partial<Config>; log?: Logger; now?: () => Date } = {},
): Promise<TestServer> {
  const target = inject('testDatabase');
  const queries: string[] = [];
  const onQuery = (sql: string) => void queries.push(sql);
  let database: Database;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (target.kind === 'postgresql') {
    const name = uniqueDatabaseName('clientela_test');
    await adminQuery(target.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${target.template}"`);
    databaseUrl = withDatabase(target.serverUrl, name);
    database = await openDatabase({ databaseUrl, onQuery });
    dropDatabase = () => adminQuery(target.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const snapshot = new Blob([await readFile(target.snapshotPath)]);
    database = await openDatabase({ loadDataDir: snapshot, onQuery });
  }

  const config = { ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0, ...options.config };
  const adminKey = (await issueApiKey(database.prisma, 'test admin', 'ADMIN', null)).secret;
  const pubsub = options.pubsub ?? createLocalPubSub();
  const server = await startServer({
    config,
    database,
    pubsub,
    now: options.now,
    log: options.log ?? createLogger({ logLevel: (process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent' }),
  });

  return {
    url: server.url,
    server,
    database,
    databaseUrl,
    prisma: database.prisma,
    pubsub,
    queries,
    adminKey,
    keyFor: async (role, name = `test ${role.toLowerCase()}`) =>
      (await issueApiKey(database.prisma, name, role, null)).secret,
    async gql(document, variables, requestOptions) {
      const key = requestOptions?.key === undefined ? adminKey : requestOptions.key;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...requestOptions?.headers,
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return {
        ...((await response.json()) as ExecutionResult<never>),
        status: response.status,
        headers: response.headers,
      };
    },
    async close() {
      await server.stop();
      await pubsub.close();
      await database.close();
      await dropDatabase();
    },
  };
}

/** The database id inside a global ID, for checking rows directly. */
export function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}
