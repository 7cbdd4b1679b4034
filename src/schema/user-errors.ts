import { builder } from './builder.js';

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
  'DUPLICATE',
  'NOT_FOUND',
  'INVALID_STATE',
  'HAS_DOCUMENTS',
] as const;
export type UserErrorCode = (typeof userErrorCodes)[number];

export interface UserError {
  /** Path to the input field at fault, starting below `input`: ["contacts", "1", "email"]. */
  field: string[];
  code: UserErrorCode;
  message: string;
}

/** Thrown by a service to reject a request; aborts the transaction, so nothing is written. */
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

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', { values: userErrorCodes });

export const UserErrorType = builder.objectRef<UserError>('UserError').implement({
  description: 'Why a mutation was refused. Nothing was written when a payload carries one.',
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path to the input field at fault, below `input`.' }),
    code: t.expose('code', { type: UserErrorCodeEnum }),
    message: t.exposeString('message'),
  }),
});

/** What a mutation resolver hands its payload type: the service's result, or the user errors. */
export type Payload<T extends object> = Partial<T> & { userErrors: UserError[] };

/** Runs a service call for a mutation, turning a UserInputError into payload `userErrors`. */
export async function asPayload<T extends object>(run: () => Promise<T>): Promise<Payload<T>> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputError) return { userErrors: error.userErrors } as Payload<T>;
    throw error;
  }
}
