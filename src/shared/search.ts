import { UserInputError } from './user-errors.js';

/** How much a search box may hold: each word is one more LIKE over the table. */
export const searchLimits = { maxLength: 200, maxWords: 8 } as const;

/** Text for Prisma's `contains` (a LIKE): its wildcards `%`, `_` and the escape `\` match themselves. */
export function likeContains(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Checks a search text against the limits; a UserInputError names `field` when it is over. */
export function checkSearchText(text: string | null | undefined, field: string[]): string {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > searchLimits.maxLength) {
    throw new UserInputError([
      { field, code: 'TOO_LONG', message: `A search has at most ${searchLimits.maxLength} characters.` },
    ]);
  }
  if (trimmed.split(/\s+/).filter(Boolean).length > searchLimits.maxWords) {
    throw new UserInputError([
      { field, code: 'INVALID', message: `A search has at most ${searchLimits.maxWords} words.` },
    ]);
  }
  return trimmed;
}
