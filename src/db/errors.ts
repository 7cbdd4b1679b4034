/**
 * What a database error means, whichever driver reported it: Prisma's own codes differ between
 * PGlite and PostgreSQL for the same failure, so the PostgreSQL SQLSTATE behind them decides.
 */

interface ErrorLike {
  code?: unknown;
  meta?: unknown;
  cause?: unknown;
}

/** The PostgreSQL SQLSTATE codes found in the error or its causes. */
function sqlStates(error: unknown): string[] {
  const states: string[] = [];
  for (
    let cause = error as ErrorLike | undefined;
    cause && typeof cause === 'object';
    cause = cause.cause as ErrorLike | undefined
  ) {
    if (typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code)) states.push(cause.code);
    for (const match of JSON.stringify(cause.meta ?? {}).matchAll(/"originalCode":"([0-9A-Z]{5})"/g))
      states.push(match[1]);
  }
  return states;
}

function prismaCode(error: unknown): string | undefined {
  const code = (error as ErrorLike | undefined)?.code;
  return typeof code === 'string' && code.startsWith('P') ? code : undefined;
}

/**
 * PostgreSQL aborted the transaction to break a deadlock (40P01) or a serialization conflict
 * (40001): nothing of it was written, and running it again is safe.
 */
export function isRetryableConflict(error: unknown): boolean {
  return prismaCode(error) === 'P2034' || sqlStates(error).some((state) => state === '40P01' || state === '40001');
}

/** A unique index refused the row (23505). */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002' || sqlStates(error).includes('23505');
}

/** A foreign key refused the change: the row is still referenced (23503, 23001) or refers to nothing. */
export function isForeignKeyViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2003' || sqlStates(error).some((state) => state === '23503' || state === '23001');
}
