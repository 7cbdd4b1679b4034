import { userErrorCodes, UserInputError, type UserError } from '../shared/user-errors.js';
import { builder } from './builder.js';

export { UserErrorList, UserInputError, type UserError, type UserErrorCode } from '../shared/user-errors.js';

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
