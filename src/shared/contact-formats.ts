// Checks for contact data a user types in. Each returns the stored form, or null when invalid.

const emailPattern =
  /^[^\s@"(),:;<>[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function normalizeEmail(value: string): string | null {
  const email = value.trim();
  return email.length <= 254 && emailPattern.test(email) ? email : null;
}

/** International (E.164) form: "+40 (721) 234-567" and "0040721234567" become "+40721234567". */
export function normalizePhone(value: string): string | null {
  let phone = value.trim().replace(/[\s().\-/]/g, '');
  if (phone.startsWith('00')) phone = `+${phone.slice(2)}`;
  return /^\+[1-9]\d{6,14}$/.test(phone) ? phone : null;
}

/** An http(s) address; "example.ro" is taken as "https://example.ro". */
export function normalizeWebsite(value: string): string | null {
  const text = value.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) return null;
    return url.toString();
  } catch {
    return null;
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Region codes Intl knows that are not ISO 3166-1 countries: reserved, withdrawn, or groupings.
const notCountries = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);
const currencies = new Set(Intl.supportedValuesOf('currency'));

/** ISO 3166-1 alpha-2, upper-cased. */
export function normalizeCountry(value: string): string | null {
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && !notCountries.has(code) && regionNames.of(code) ? code : null;
}

/** ISO 4217, upper-cased. */
export function normalizeCurrency(value: string): string | null {
  const code = value.trim().toUpperCase();
  return currencies.has(code) ? code : null;
}
