import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Database } from '../db/database.js';
import { buildSchema } from '../schema/index.js';
import { queryLimitsPlugin } from './limits.js';
import type { PubSub } from './pubsub.js';
import { viewerFor } from './viewer.js';

export interface AppDependencies {
  config: Config;
  database: Database;
  pubsub: PubSub;
  log: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, closes sockets. Does not close the database. */
  stop(): Promise<void>;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

function loggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const internal = !error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR';
            contextValue.log[internal ? 'error' : 'info'](
              { operationName, err: error.originalError ?? error, path: error.path },
              internal ? 'internal error' : error.message,
            );
          }
        },
        async willSendResponse({ operationName }) {
          contextValue.log.info({ operationName, ms: Math.round(performance.now() - started) }, 'graphql operation');
        },
      };
    },
  };
}

export async function startServer(deps: AppDependencies): Promise<RunningServer> {
  const { config, database, pubsub, log } = deps;
  const schema = buildSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      context: async (ctx): Promise<Context> => {
        const requestId = randomUUID();
        const authorization = typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined;
        return {
          requestId,
          viewer: await viewerFor(authorization),
          prisma: database.prisma,
          pubsub,
          log: log.child({ requestId, transport: 'ws' }),
        };
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      loggingPlugin(),
      queryLimitsPlugin(schema),
    ],
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown }).originalError;
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' || (!formatted.extensions?.code && original instanceof Error && !('extensions' in original))) {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path, locations: formatted.locations };
      }
      return formatted;
    },
  });
  await apollo.start();

  app.use((req, res, next) => {
    const header = req.get('x-request-id');
    const requestId = header && requestIdPattern.test(header) ? header : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    res.on('finish', () => {
      log.debug({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'http request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await database.prisma.$queryRaw`SELECT 1`;
      res.json({ status: 'ready', database: database.kind });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: database.kind });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const requestId = res.locals.requestId as string;
        return {
          requestId,
          viewer: await viewerFor(req.get('authorization')),
          prisma: database.prisma,
          pubsub,
          log: log.child({ requestId }),
        };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    async stop() {
      await apollo.stop();
    },
  };
}
