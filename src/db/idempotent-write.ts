import { createHash } from 'node:crypto';
import { UserInputError } from '../shared/user-errors.js';
import type { Db } from './database.js';
import { isUniqueViolation } from './errors.js';
import { inTransaction, type Tx } from './transaction.js';

/** A stable digest of a client's input: the same input always gives the same hash. */
export function requestHash(operation: string, input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'object' && typeof (value as { toFixed?: unknown }).toFixed === 'function')
      return (value as { toFixed(): string }).toFixed();
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
  return createHash('sha256')
    .update(operation)
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}

export const maxIdempotencyKeyLength = 200;

export interface IdempotentRequest {
  /** Names the operation: a key reused for another operation is refused as a duplicate. */
  operation: string;
  key: string | null | undefined;
  /** What the client sent (not what was derived from it): a retry must send the same. */
  input: unknown;
  /** The API key that sent it: keys are the client's, so each API key has its own. */
  actorId?: string | null;
}

/**
 * Runs a write once per idempotency key of one API key, in one transaction (see `inTransaction`); another
 * API key's same key is another request. Without a key
 * it simply runs. With one, the key is looked up first: a retry with the same input gets the
 * first result again, with other input a DUPLICATE user error. A first request records its key
 * before anything else in its transaction, so a copy sent at the same moment waits on that row
 * and then answers with the winner's result; a request refused with user errors records nothing,
 * and may be sent again.
 */
export async function idempotentWrite<T extends Record<string, string>>(
  prisma: Db,
  request: IdempotentRequest,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const key = request.key?.trim();
  if (!key) return inTransaction(prisma, work);
  if (key.length > maxIdempotencyKeyLength) {
    throw new UserInputError([
      {
        field: ['idempotencyKey'],
        code: 'TOO_LONG',
        message: `An idempotency key has at most ${maxIdempotencyKeyLength} characters.`,
      },
    ]);
  }
  const hash = requestHash(request.operation, request.input);
  const scope = request.actorId ?? 'system';
  const where = { scope_key: { scope, key } };
  const replay = async (): Promise<T | null> => {
    const earlier = await prisma.idempotentRequest.findUnique({ where });
    if (!earlier?.result) return null;
    if (earlier.requestHash !== hash) {
      throw new UserInputError([
        {
          field: ['idempotencyKey'],
          code: 'DUPLICATE',
          message: 'This idempotency key was already used with different input.',
        },
      ]);
    }
    return earlier.result as T;
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await inTransaction(prisma, async (tx) => {
      await tx.idempotentRequest.create({
        data: { scope, key, operation: request.operation, requestHash: hash, actorId: request.actorId ?? null },
      });
      const result = await work(tx);
      await tx.idempotentRequest.update({ where, data: { result } });
      return result;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await replay();
    if (!winner) throw error;
    return winner;
  }
}
