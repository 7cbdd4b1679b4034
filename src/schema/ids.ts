import { idOfType } from './global-id.js';
import { UserInputError } from '../shared/user-errors.js';

// Clients send global ids; services take the ids of rows. Resolvers turn one into the other here.

/** An id no row has: the service answers NOT_FOUND for it, as for a row that was deleted. */
const noRow = '00000000-0000-0000-0000-000000000000';

/** The row id inside a global id of `typename`; an id of another type, or no id at all, finds nothing. */
export function rowId(globalId: string, typename: string): string {
  return idOfType(globalId, typename) ?? noRow;
}

/** For optional inputs: null (clear it) and undefined (leave it) pass through. */
export function optionalRowId(globalId: string | null | undefined, typename: string): string | null | undefined {
  return globalId == null ? globalId : rowId(globalId, typename);
}

/**
 * For filters and subscription arguments: an id that is not a `typename` id at all is a
 * client's mistake (BAD_USER_INPUT naming `field`), not a filter that matches nothing.
 */
export function filterRowId(globalId: string, typename: string, field: string[]): string {
  const id = idOfType(globalId, typename);
  if (!id) throw new UserInputError([{ field, code: 'INVALID', message: `This is not the id of a ${typename}.` }]);
  return id;
}
