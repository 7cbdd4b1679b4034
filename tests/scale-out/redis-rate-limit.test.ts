// Runs when REDIS_URL is set: instances that share a Redis share each key's budget.
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisRateLimiter } from '../../src/server/rate-limit.js';

const redisA = new Redis(process.env.REDIS_URL!);
const redisB = new Redis(process.env.REDIS_URL!);
afterAll(() => {
  redisA.disconnect();
  redisB.disconnect();
});

describe('scaled out: rate limits through Redis', () => {
  it('two instances draw on one budget per key', async () => {
    const prefix = `clientela-test-rate-${process.pid}-${Date.now()}:`;
    const limits = { requestsPerMinute: 4, costPerMinute: 1000 };
    const instanceA = createRedisRateLimiter(redisA, limits, prefix);
    const instanceB = createRedisRateLimiter(redisB, limits, prefix);
    const decisions = [];
    for (let i = 0; i < 3; i++) {
      decisions.push((await instanceA.consume('key-1', 1)).allowed, (await instanceB.consume('key-1', 1)).allowed);
    }
    expect(decisions).toEqual([true, true, true, true, false, false]);
    expect((await instanceB.consume('key-2', 1)).allowed).toBe(true);
  });
});
