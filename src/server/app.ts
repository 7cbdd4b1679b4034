import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Database } from '../db/database.js';
import { createAuthenticator, type Authenticator } from '../modules/access/api-keys.service.js';
import { buildSchema } from '../schema/index.js';
import { backupRoute } from './backup-route.js';
import { ageingCsv, customersCsv, revenueCsv } from './csv-exports.js';
import { csvRoute } from './csv-route.js';
import { dashboardPage } from './dashboard-page.js';
import { describeListenError } from './listen.js';
import { createPipeline } from './pipeline.js';
import { auditPlugin, guardPlugin, loggingPlugin } from './plugins.js';
import type { PubSub } from './pubsub.js';
import { createLocalRateLimiter, type RateLimiter } from './rate-limit.js';
import { startSocketServer } from './websocket.js';

export interface AppDependencies {
  config: Config;
  database: Database;
  pubsub: PubSub;
  log: Logger;
  /** Defaults to API keys in the database plus ADMIN_API_KEY. */
  authenticator?: Authenticator;
  /** Defaults to in-process budgets; pass the Redis one when scaled out. */
  rateLimiter?: RateLimiter;
  /** Defaults to the system clock. */
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, closes sockets. Does not close the database. */
  stop(): Promise<void>;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

function jsonError(res: express.Response, status: number, message: string, code: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** A browser origin may call us if it is ours or configured; non-browser clients send none. */
function originAllowed(config: Config, origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  if (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function startServer(deps: AppDependencies): Promise<RunningServer> {
  const { config, database, pubsub, log } = deps;
  const authenticator =
    deps.authenticator ??
    createAuthenticator(database.prisma, {
      adminApiKey: config.adminApiKey,
      onError: (err) => log.warn({ err }, 'could not record API key use'),
    });
  const clock = () => (deps.now ? deps.now() : new Date()).getTime();
  const rateLimiter = deps.rateLimiter ?? createLocalRateLimiter(config.rateLimits, clock);
  // In-process even when scaled out: each instance lets an address fail a few times a minute.
  const authFailures = createLocalRateLimiter(
    { requestsPerMinute: config.authFailuresPerMinute, costPerMinute: Number.MAX_SAFE_INTEGER },
    clock,
  );
  const schema = buildSchema();
  const app = express();
  // Express hashes every body it sends for an ETag; no answer here is cached by one (GraphQL is POST).
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const pipeline = createPipeline({
    schema,
    config,
    database,
    pubsub,
    log,
    authenticator,
    rateLimiter,
    authFailures,
    now: deps.now,
  });
  const sockets = startSocketServer({
    httpServer,
    config,
    pipeline,
    pubsub,
    log,
    originAllowed: (origin, host) => originAllowed(config, origin, host),
  });

  // ---- HTTP (Apollo) ----
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    parseOptions: pipeline.parseOptions,
    validationRules: pipeline.validationRules,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Apollo pretty-prints answers by default: twice the bytes to build and send.
    stringifyResult: (result) => JSON.stringify(result),
    // main.ts owns SIGTERM and SIGINT. Apollo's own handler (on outside NODE_ENV=test) raced it:
    // it stops the server, then re-sends the signal, and stops hung or skipped closing the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      // No @cacheControl hints here: skip the per-field work of computing a cache policy.
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await sockets.dispose();
            },
          };
        },
      },
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      loggingPlugin(pipeline),
      guardPlugin(pipeline),
      auditPlugin(),
    ],
    formatError: (formatted, error) => pipeline.formatError(formatted, error),
  });
  await apollo.start();

  app.use((req, res, next) => {
    const header = req.get('x-request-id');
    const requestId = header && requestIdPattern.test(header) ? header : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    res.on('finish', () => {
      log.debug(
        {
          requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'http request',
      );
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

  const corsOptions: cors.CorsOptions = {
    origin: (origin, callback) =>
      callback(null, !!origin && (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin))),
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  };
  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large')
      return jsonError(res, 413, `Request body is larger than ${config.maxBodyBytes} bytes.`, 'PAYLOAD_TOO_LARGE');
    if (type === 'entity.parse.failed') return jsonError(res, 400, 'Request body is not valid JSON.', 'BAD_REQUEST');
    if (type === 'charset.unsupported' || type === 'encoding.unsupported')
      return jsonError(res, 415, 'Send the body as UTF-8 JSON.', 'BAD_REQUEST');
    next(error);
  };

  app.use('/dashboard', dashboardPage());
  app.post('/backup', backupRoute({ database, pipeline, log }));
  for (const [path, exported] of [
    ['/reports/ageing.csv', ageingCsv],
    ['/reports/customers.csv', customersCsv],
    ['/reports/revenue.csv', revenueCsv],
  ] as const)
    app.get(path, cors(corsOptions), csvRoute(exported, { pipeline, log }));

  app.use(
    '/graphql',
    cors(corsOptions),
    express.json({ limit: config.maxBodyBytes }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const viewer = await pipeline.authenticate(req.get('authorization'), pipeline.clientAddress(req));
        return pipeline.contextFor(res.locals.requestId as string, viewer, 'http');
      },
    }),
  );

  app.use(((error, _req, res, _next) => {
    log.error({ err: error, requestId: res.locals.requestId }, 'unhandled HTTP error');
    if (!res.headersSent) jsonError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
  }) as ErrorRequestHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error) => reject(describeListenError(error, config.host, config.port) ?? error));
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
