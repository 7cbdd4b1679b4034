import type { Redis } from 'ioredis';

/**
 * Per-API-key budgets over one-minute windows: a number of requests and a total query cost
 * (so a few expensive operations use up what many cheap ones would). In-process on the embedded
 * default; shared through Redis when scaled out, so N instances do not grant N budgets.
 */
export interface RateLimits {
  requestsPerMinute: number;
  costPerMinute: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Which budget ran out. */
  exceeded?: 'requests' | 'cost';
  retryAfterSeconds: number;
}

export interface RateLimiter {
  consume(keyId: string, cost: number): Promise<RateDecision>;
  /** Whether the budget is already spent, without spending any of it. */
  peek(keyId: string): Promise<RateDecision>;
}

const windowMs = 60_000;

function decide(limits: RateLimits, requests: number, cost: number, now: number): RateDecision {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowMs - (now % windowMs)) / 1000));
  if (requests > limits.requestsPerMinute) return { allowed: false, exceeded: 'requests', retryAfterSeconds };
  if (cost > limits.costPerMinute) return { allowed: false, exceeded: 'cost', retryAfterSeconds };
  return { allowed: true, retryAfterSeconds: 0 };
}

export function createLocalRateLimiter(limits: RateLimits, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { window: number; requests: number; cost: number }>();
  return {
    async consume(keyId, cost) {
      const time = now();
      const window = Math.floor(time / windowMs);
      let entry = windows.get(keyId);
      if (!entry || entry.window !== window) {
        if (windows.size > 10_000) windows.clear();
        entry = { window, requests: 0, cost: 0 };
        windows.set(keyId, entry);
      }
      entry.requests += 1;
      entry.cost += cost;
      return decide(limits, entry.requests, entry.cost, time);
    },
    async peek(keyId) {
      const time = now();
      const entry = windows.get(keyId);
      if (!entry || entry.window !== Math.floor(time / windowMs)) return decide(limits, 0, 0, time);
      // The next request would be one more than those counted.
      return decide(limits, entry.requests + 1, entry.cost, time);
    },
  };
}

export function createRedisRateLimiter(redis: Redis, limits: RateLimits, prefix = 'clientela:rate:'): RateLimiter {
  return {
    async consume(keyId, cost) {
      const time = Date.now();
      const key = `${prefix}${keyId}:${Math.floor(time / windowMs)}`;
      const results = await redis
        .multi()
        .hincrby(key, 'requests', 1)
        .hincrby(key, 'cost', cost)
        .pexpire(key, windowMs * 2)
        .exec();
      const requests = Number(results?.[0]?.[1] ?? 0);
      const total = Number(results?.[1]?.[1] ?? 0);
      return decide(limits, requests, total, time);
    },
    async peek(keyId) {
      const time = Date.now();
      const [requests, total] = await redis.hmget(
        `${prefix}${keyId}:${Math.floor(time / windowMs)}`,
        'requests',
        'cost',
      );
      return decide(limits, Number(requests ?? 0) + 1, Number(total ?? 0), time);
    },
  };
}
