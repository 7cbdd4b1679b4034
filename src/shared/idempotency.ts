import { createHash } from 'node:crypto';
import { Prisma } from '../generated/prisma/client.js';
import { UserInputError } from './user-errors.js';

/** A stable digest of a request's input: the same input always gives the same hash. */
export function requestHash(operation: string, input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'object' && typeof (value as { toFixed?: unknown }).toFixed === 'function') return (value as { toFixed(): string }).toFixed();
    if (Array.isArray(value)) return value.map(canonical);
    if (typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value as object)
          .sort()
          .filter((key) => key !== 'idempotencyKey' && (value as Record<string, unknown>)[key] !== undefined)
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256').update(operation).update(JSON.stringify(canonical(input))).digest('hex');
}

/**
 * Runs `create` once per idempotency key. A retry with the same key and the same input gets the
 * first result again; the same key with other input is a user error. When two copies race, the
 * unique index on the key lets one insert; the other finds its row and answers with it.
 */
export async function once<T>(
  key: string | null | undefined,
  hash: string,
  find: (key: string) => Promise<{ requestHash: string | null; result: T } | null>,
  create: () => Promise<T>,
): Promise<T> {
  if (!key) return create();
  if (key.length > 200) throw new UserInputError([{ field: ['idempotencyKey'], code: 'TOO_LONG', message: 'An idempotency key has at most 200 characters.' }]);
  const replay = async () => {
    const existing = await find(key);
    if (!existing) return null;
    if (existing.requestHash !== hash) {
      throw new UserInputError([{ field: ['idempotencyKey'], code: 'DUPLICATE', message: 'This idempotency key was already used with different input.' }]);
    }
    return existing.result;
  };
  const earlier = await replay();
  if (earlier !== null) return earlier;
  try {
    return await create();
  } catch (error) {
    const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
    if (!raced) throw error;
    const winner = await replay();
    if (winner === null) throw error;
    return winner;
  }
}
