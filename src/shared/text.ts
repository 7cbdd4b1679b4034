const extraFolds: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

/** Lower-case, accent-free form used for search: "Ștefan Ţăranu" → "stefan taranu". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøßæœđı]/g, (c) => extraFolds[c] ?? c);
}

/** Trimmed text, or null when nothing is left. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A client's value quoted in a message, cut short: an error must not echo 10,000 characters back. */
export function quoted(value: string | null | undefined, max = 40): string {
  if (value == null) return 'nothing';
  const chars = [...value];
  return `"${chars.length > max ? `${chars.slice(0, max).join('')}…` : value}"`;
}

/** Limits of free text a client writes on documents: long enough for any real use, and no longer. */
export const textLimits = { reference: 100, reason: 500, note: 2_000, description: 500 } as const;

/** `cleanText(value)`, adding a TOO_LONG error to `errors` when it runs over `max` characters. */
export function limitedText(
  errors: { add(field: (string | number)[], code: 'TOO_LONG', message: string): void },
  field: (string | number)[],
  value: string | null | undefined,
  max: number,
): string | null {
  const text = cleanText(value);
  if (text && [...text].length > max) errors.add(field, 'TOO_LONG', `${field.at(-1)} has at most ${max} characters.`);
  return text;
}
