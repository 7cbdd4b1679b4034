import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Context, Viewer } from '../context.js';
import type { Database } from '../db/database.js';
import { createAuthenticator, type Authenticator } from '../modules/access/api-keys.service.js';
import { buildSchema } from '../schema/index.js';
import { backupRoute } from './backup-route.js';
import { guardOperation } from './guard.js';
import { describeListenError } from './listen.js';
import { auditPlugin, guardPlugin, loggingPlugin } from './plugins.js';
import type { PubSub } from './pubsub.js';
import { createLocalRateLimiter, type RateLimiter } from './rate-limit.js';

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
    createAuthenticator(database.prisma, { adminApiKey: config.adminApiKey, onError: (err) => log.warn({ err }, 'could not record API key use') });
  const clock = () => (deps.now ? deps.now() : new Date()).getTime();
  const rateLimiter = deps.rateLimiter ?? createLocalRateLimiter(config.rateLimits, clock);
  // In-process even when scaled out: each instance lets an address fail a few times a minute.
  const authFailures = createLocalRateLimiter({ requestsPerMinute: config.authFailuresPerMinute, costPerMinute: Number.MAX_SAFE_INTEGER }, clock);
  const schema = buildSchema();
  const limits = config.queryLimits;
  const app = express();
  app.disable('x-powered-by');
  // Behind N load balancers, the client address is the N-th from the right in X-Forwarded-For.
  if (config.trustedProxies > 0) app.set('trust proxy', config.trustedProxies);
  const httpServer: Server = createServer(app);

  const contextFor = (requestId: string, viewer: Viewer | null, transport: 'http' | 'ws'): Context => ({
    requestId,
    viewer,
    prisma: database.prisma,
    pubsub,
    log: log.child({ requestId, transport }),
    now: deps.now ?? (() => new Date()),
  });

  // ---- WebSocket (graphql-ws) ----
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.wsMaxMessageBytes,
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) => originAllowed(config, origin || undefined, req.headers.host),
  });
  type SocketExtra = { viewer?: Viewer | null; active?: Set<string> };
  const wsCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const viewer = await authenticator.viewerFor(typeof authorization === 'string' ? authorization : undefined);
        if (!viewer) return false; // graphql-ws closes the socket with 4403 Forbidden
        ctx.extra.viewer = viewer;
        ctx.extra.active = new Set();
        return true;
      },
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const active = ctx.extra.active!;
        if (active.size >= config.wsMaxSubscriptions) {
          return [new GraphQLError(`Too many operations on this connection; the limit is ${config.wsMaxSubscriptions}.`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } })];
        }
        // Reserve the slot before anything async, so a burst of subscribes cannot pass the cap together.
        active.add(id);
        const refuse = (errors: readonly GraphQLError[]) => {
          active.delete(id);
          return errors;
        };
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return refuse([error instanceof GraphQLError ? error : new GraphQLError('Could not parse the document.')]);
        }
        const errors = validate(schema, document, specifiedRules);
        if (errors.length) return refuse(errors);
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refuse([new GraphQLError('No operation to run: name one with operationName.')]);
        const contextValue = contextFor(randomUUID(), ctx.extra.viewer ?? null, 'ws');
        try {
          await guardOperation(schema, limits, rateLimiter, contextValue, document, operation, payload.variables ?? undefined);
        } catch (error) {
          return refuse([error instanceof GraphQLError ? error : new GraphQLError('Internal server error')]);
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onComplete: (ctx, id) => {
        ctx.extra.active?.delete(id);
      },
    },
    wsServer,
  );

  // ---- HTTP (Apollo) ----
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM and SIGINT. Apollo's own handler (on outside NODE_ENV=test) raced it:
    // it stops the server, then re-sends the signal, and stops hung or skipped closing the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      config.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
      loggingPlugin(),
      guardPlugin(schema, limits, rateLimiter),
      auditPlugin(),
    ],
    formatError: (formatted) => {
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
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

  const corsOptions: cors.CorsOptions = {
    origin: (origin, callback) => callback(null, !!origin && (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin))),
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  };
  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return jsonError(res, 413, `Request body is larger than ${config.maxBodyBytes} bytes.`, 'PAYLOAD_TOO_LARGE');
    if (type === 'entity.parse.failed') return jsonError(res, 400, 'Request body is not valid JSON.', 'BAD_REQUEST');
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') return jsonError(res, 415, 'Send the body as UTF-8 JSON.', 'BAD_REQUEST');
    next(error);
  };

  /** The viewer behind an Authorization header, or a GraphQLError with the HTTP status to answer. */
  const authenticate = async (authorization: string | undefined, clientAddress: string): Promise<Viewer> => {
    const viewer = await authenticator.viewerFor(authorization);
    if (viewer) return viewer;
    // Someone without a valid key gets a few tries a minute per address, not a key-guessing loop.
    const failures = await authFailures.consume(clientAddress, 0);
    if (!failures.allowed) {
      throw new GraphQLError(`Too many requests without a valid API key from this address. Retry after ${failures.retryAfterSeconds} s.`, {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: failures.retryAfterSeconds,
          http: { status: 429, headers: new Map([['retry-after', String(failures.retryAfterSeconds)]]) },
        },
      });
    }
    throw new GraphQLError('Authentication required: send Authorization: Bearer <API key> with a valid, unrevoked key.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  };

  app.post('/backup', backupRoute({ database, authenticate, log }));

  app.use(
    '/graphql',
    cors(corsOptions),
    express.json({ limit: config.maxBodyBytes }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const viewer = await authenticate(req.get('authorization'), req.ip ?? 'unknown');
        return contextFor(res.locals.requestId as string, viewer, 'http');
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
