// Why a request was refused, as services say it: plain data, no GraphQL.

/** Every code a `userErrors` entry can carry; clients branch on these, never on messages. */
export const userErrorCodes = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'INVALID_COUNTRY',
  'INVALID_CURRENCY',
  'INVALID_URL',
  'NEGATIVE_AMOUNT',
  'TOO_MANY_DECIMALS',
  'AMOUNT_TOO_LARGE',
  'DUPLICATE',
  'NOT_FOUND',
  'INVALID_STATE',
  'HAS_DOCUMENTS',
  'CREDIT_LIMIT_EXCEEDED',
] as const;
export type UserErrorCode = (typeof userErrorCodes)[number];

export interface UserError {
  /** Path to the input field at fault, starting below `input`: ["contacts", "1", "email"]. */
  field: string[];
  code: UserErrorCode;
  message: string;
}

/**
 * Thrown by a service to reject a request; aborts the transaction, so nothing is written. A
 * mutation answers with its `userErrors`; a query with a BAD_USER_INPUT error naming the field.
 */
export class UserInputError extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
  }
}

/** Collects problems while checking an input; `throwIfAny` rejects the whole request at once. */
export class UserErrorList {
  readonly errors: UserError[] = [];
  add(field: (string | number)[], code: UserErrorCode, message: string): void {
    this.errors.push({ field: field.map(String), code, message });
  }
  throwIfAny(): void {
    if (this.errors.length) throw new UserInputError(this.errors);
  }
}
