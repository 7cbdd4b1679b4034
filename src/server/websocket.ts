import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import type { Viewer } from '../context.js';
import { apiKeyRevokedTopic, type ApiKeyRevoked } from '../modules/access/api-keys.service.js';
import type { OperationPipeline } from './pipeline.js';
import type { PubSub } from './pubsub.js';

/**
 * graphql-ws on the API's own path: subscriptions only (queries and mutations go over HTTP, where
 * each request carries its key, its status code and its audit entry). Every subscribe goes
 * through the same pipeline as an HTTP request: parse limits, validation rules, a fresh check of
 * the key, the guard, and the same error masking. A revoked key loses its sockets at once on
 * every instance (the revocation travels through pub/sub), and a periodic re-check catches
 * anything a lost message would miss.
 */

// graphql-ws reserves 4400-4499 for its own; these say why we closed.
export const closeCodes = { forbidden: 4403, revoked: 4401, tooManyConnections: 4429 } as const;

interface SocketState {
  authorization?: string;
  viewer?: Viewer;
}

export interface SocketServer {
  /** Closes every socket and stops listening for new ones. */
  dispose(): Promise<void>;
}

export function startSocketServer(options: {
  httpServer: Server;
  config: Config;
  pipeline: OperationPipeline;
  pubsub: PubSub;
  log: Logger;
  originAllowed: (origin: string | undefined, host: string | undefined) => boolean;
  /** How often open sockets' keys are checked again (a backstop to the revocation event). */
  recheckEveryMs?: number;
}): SocketServer {
  const { httpServer, config, pipeline, pubsub, log } = options;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.wsMaxMessageBytes,
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) =>
      options.originAllowed(origin || undefined, req.headers.host),
  });

  const open = new Map<WebSocket, SocketState>();
  const socketsOf = (viewerId: string) =>
    [...open].filter(([, state]) => state.viewer?.id === viewerId).map(([socket]) => socket);
  const closeSocketsOf = (viewerId: string, reason: string) => {
    for (const socket of socketsOf(viewerId)) socket.close(closeCodes.revoked, reason);
  };

  const revocations = new AbortController();
  void (async () => {
    try {
      for await (const event of pubsub.subscribe<ApiKeyRevoked>(apiKeyRevokedTopic, revocations.signal))
        closeSocketsOf(event.apiKeyId, 'API key revoked');
    } catch (error) {
      log.error({ err: error }, 'stopped listening for API key revocations');
    }
  })();
  const recheck = setInterval(async () => {
    for (const [socket, state] of open) {
      if (!state.viewer) continue;
      const viewer = await pipeline.reauthenticate(state.authorization).catch(() => state.viewer);
      if (!viewer) socket.close(closeCodes.revoked, 'API key revoked');
    }
  }, options.recheckEveryMs ?? 30_000);
  recheck.unref();

  const formatErrors = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => {
      const formatted = pipeline.formatError(error.toJSON(), error);
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR')
        log.error({ err: error.originalError ?? error, path: error.path }, 'internal error');
      // `http` tells Apollo the HTTP status to answer with (it takes it out of the body); a socket has none.
      if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
      const { http: _status, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    });

  const cleanup = useServer<Record<string, unknown>, { state: SocketState }>(
    {
      schema: pipeline.schema,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const authorization = typeof raw === 'string' ? raw : undefined;
        let viewer: Viewer;
        try {
          viewer = await pipeline.authenticate(authorization, pipeline.clientAddress(request));
        } catch (error) {
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          if (code === 'RATE_LIMITED')
            socket.close(closeCodes.tooManyConnections, 'Too many requests without a valid API key');
          return false; // graphql-ws closes with 4403 Forbidden
        }
        if (socketsOf(viewer.id).length >= config.wsMaxConnectionsPerKey) {
          socket.close(
            closeCodes.tooManyConnections,
            `Too many sockets for this API key; the limit is ${config.wsMaxConnectionsPerKey}`,
          );
          return false;
        }
        const state: SocketState = { authorization, viewer };
        ctx.extra.state = state;
        open.set(socket, state);
        socket.once('close', () => open.delete(socket));
        return true;
      },

      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const state = ctx.extra.state!;
        // graphql-ws's own table of this socket's operations: it holds this one already (so a burst of
        // subscribes cannot pass the cap together) and drops an entry the moment the client completes it.
        const othersRunning = Object.keys(ctx.subscriptions).length - 1;
        if (othersRunning >= config.wsMaxSubscriptions) {
          return [
            new GraphQLError(`Too many operations on this connection; the limit is ${config.wsMaxSubscriptions}.`, {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
            }),
          ];
        }
        const viewer = await pipeline.reauthenticate(state.authorization);
        if (!viewer) {
          ctx.extra.socket.close(closeCodes.revoked, 'API key revoked');
          return [new GraphQLError('This API key was revoked.', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, pipeline.parseOptions);
        } catch (error) {
          await pipeline.chargeRefused(viewer);
          return [
            error instanceof GraphQLError
              ? withCode(error, 'GRAPHQL_PARSE_FAILED')
              : new GraphQLError('Could not parse the document.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
          ];
        }
        const invalid = validate(pipeline.schema, document, [...specifiedRules, ...pipeline.validationRules]);
        if (invalid.length) {
          await pipeline.chargeRefused(viewer);
          return [...invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'))];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [
            new GraphQLError('No operation to run: name one with operationName.', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        if (operation.operation !== 'subscription') {
          return [
            new GraphQLError(
              `Only subscriptions run over WebSocket; send this ${operation.operation} as an HTTP POST to the same path.`,
              {
                extensions: { code: 'OPERATION_NOT_SUPPORTED' },
              },
            ),
          ];
        }
        const variables = getVariableValues(
          pipeline.schema,
          operation.variableDefinitions ?? [],
          payload.variables ?? {},
        );
        if (variables.errors) return [...variables.errors.map((error) => withCode(error, 'BAD_USER_INPUT'))];
        const contextValue = pipeline.contextFor(randomUUID(), viewer, 'ws');
        try {
          await pipeline.guard(contextValue, document, operation, payload.variables ?? undefined);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Internal server error')];
        }
        contextValue.log.info({ operationName: payload.operationName ?? null }, 'subscription started');
        return {
          schema: pipeline.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },

      onNext: (_ctx, _id, _payload, _args, result) => {
        const { errors, ...rest } = result as ExecutionResult;
        return errors?.length ? { ...rest, errors: formatErrors(errors) } : undefined;
      },
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
    },
    wsServer,
  );

  return {
    async dispose() {
      clearInterval(recheck);
      revocations.abort();
      await cleanup.dispose();
    },
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}
