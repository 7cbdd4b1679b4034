import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';

export { encodeGlobalID };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside a global ID of the given type, or null for anything else. */
export function idOfType(globalId: string, typename: string): string | null {
  try {
    const { typename: actual, id } = decodeGlobalID(globalId);
    return actual === typename && uuidPattern.test(id) ? id : null;
  } catch {
    return null;
  }
}
