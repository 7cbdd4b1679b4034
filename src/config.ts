import path from 'node:path';
import { pageSize } from './shared/paging.js';
import type { QueryLimits } from './server/limits.js';
import type { RateLimits } from './server/rate-limit.js';

/** Every setting Clientela reads, parsed and validated once at start. Documented in the README. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Set: PostgreSQL (scaled out). Unset: embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PostgreSQL: statements sent often are prepared under a name (off for PgBouncer's transaction mode). */
  preparedStatements: boolean;
  dataDir: string;
  /** Set: subscriptions fan out through Redis so every instance sees every event. */
  redisUrl: string | undefined;
  seedDemoData: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  shutdownTimeoutMs: number;
  /** Accepted as an administrator's API key, besides the keys in the database. */
  adminApiKey: string | undefined;
  /** Browser origins allowed to call the API (CORS) and open WebSockets; same-origin always is. */
  corsOrigins: string[];
  introspection: boolean;
  /** Serve Apollo Sandbox at GET /graphql. */
  sandbox: boolean;
  queryLimits: QueryLimits;
  maxBodyBytes: number;
  rateLimits: RateLimits;
  /** Requests without a valid key allowed per client address per minute (guessing keys). */
  authFailuresPerMinute: number;
  /** How many proxies in front set X-Forwarded-For honestly (0: use the TCP peer). */
  trustedProxies: number;
  wsMaxSubscriptions: number;
  /** Sockets one API key may hold open on one instance. */
  wsMaxConnectionsPerKey: number;
  wsMaxMessageBytes: number;
  /** Set: email goes out through this SMTP server. Unset: to DATA_DIR/outbox as .eml files. */
  smtpUrl: string | undefined;
  /** The From of every email Clientela sends. */
  mailFrom: string;
  /** How often the reminder scan runs (0: never by itself). */
  schedulerIntervalMs: number;
  /** How often queued email is delivered (0: only with the scan). */
  deliveryIntervalMs: number;
  /** Tries before an email is given up as FAILED. */
  deliveryMaxAttempts: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid environment variable ${variable}: ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `"${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(name, `"${value}" is not a whole number from ${min} to ${max}`);
  }
  return parsed;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, `"${env[name]}" is not a boolean (true/false)`);
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  return {
    env: nodeEnv,
    host: env.HOST?.trim() || '0.0.0.0',
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: url(env, 'DATABASE_URL', ['postgresql:', 'postgres:']),
    preparedStatements: boolean(env, 'DATABASE_PREPARED_STATEMENTS', true),
    dataDir: path.resolve(env.DATA_DIR?.trim() || 'data'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    seedDemoData: boolean(env, 'SEED_DEMO_DATA', nodeEnv !== 'production'),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    adminApiKey: adminKey(env),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    introspection: boolean(env, 'INTROSPECTION', nodeEnv !== 'production'),
    sandbox: boolean(env, 'SANDBOX', nodeEnv !== 'production'),
    queryLimits: {
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 1, 100),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 30, 0, 1000),
      maxCost: integer(env, 'MAX_QUERY_COST', 5_000, 1, 10_000_000),
      maxPageSize: pageSize.max,
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', 5_000, 100, 1_000_000),
    },
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 100_000, 1_000, 50_000_000),
    rateLimits: {
      requestsPerMinute: integer(env, 'RATE_LIMIT_REQUESTS_PER_MINUTE', 1_200, 1, 10_000_000),
      costPerMinute: integer(env, 'RATE_LIMIT_COST_PER_MINUTE', 100_000, 1, 1_000_000_000),
    },
    authFailuresPerMinute: integer(env, 'RATE_LIMIT_AUTH_FAILURES_PER_MINUTE', 30, 1, 1_000_000),
    trustedProxies: integer(env, 'TRUSTED_PROXIES', 0, 0, 10),
    wsMaxSubscriptions: integer(env, 'WS_MAX_SUBSCRIPTIONS', 20, 1, 10_000),
    wsMaxConnectionsPerKey: integer(env, 'WS_MAX_CONNECTIONS_PER_KEY', 10, 1, 10_000),
    wsMaxMessageBytes: integer(env, 'WS_MAX_MESSAGE_BYTES', 64 * 1024, 1_024, 10_000_000),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: mailFrom(env),
    schedulerIntervalMs: integer(env, 'SCHEDULER_INTERVAL_SECONDS', 60, 0, 86_400) * 1000,
    deliveryIntervalMs: integer(env, 'DELIVERY_INTERVAL_SECONDS', 5, 0, 3_600) * 1000,
    deliveryMaxAttempts: integer(env, 'DELIVERY_MAX_ATTEMPTS', 6, 1, 100),
  };
}

/** The sender of every email: `Name <address@domain>` or `address@domain`. */
function mailFrom(env: Env): string {
  const value = env.MAIL_FROM?.trim();
  if (!value) return 'Clientela <no-reply@localhost>';
  const address = /^(?:[^<>@]*<([^\s<>@]+@[^\s<>@]+)>|([^\s<>@"]+@[^\s<>@"]+))$/.exec(value);
  if (!address || value.length > 200)
    throw new ConfigError('MAIL_FROM', `"${value}" is not a sender like "Accounts <ar@example.com>" or ar@example.com`);
  return value;
}

function adminKey(env: Env): string | undefined {
  const value = env.ADMIN_API_KEY?.trim();
  if (!value) return undefined;
  if (value.length < 24) throw new ConfigError('ADMIN_API_KEY', 'must be at least 24 characters (use a random value)');
  return value;
}

function origins(env: Env, name: string): string[] {
  const value = env[name]?.trim();
  if (!value) return [];
  return value.split(',').map((origin) => {
    const trimmed = origin.trim();
    if (trimmed === '*') return trimmed;
    try {
      const url = new URL(trimmed);
      if (url.origin !== trimmed.replace(/\/$/, '')) throw new Error();
      return url.origin;
    } catch {
      throw new ConfigError(name, `"${trimmed}" is not an origin like https://app.example.com (or *)`);
    }
  });
}
