import { idOfType } from './global-id.js';

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
