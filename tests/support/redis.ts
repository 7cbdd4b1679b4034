import { Redis } from 'ioredis';

/** Waits until Redis counts a subscriber on the channel: an instance is then listening. */
export async function untilRedisSubscribers(channel: string, redisUrl = process.env.REDIS_URL!): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    for (;;) {
      const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(count) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    redis.disconnect();
  }
}
