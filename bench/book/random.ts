/** A small seeded generator (mulberry32): the same seed gives the same book. */
export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(values: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (values) => values[Math.floor(next() * values.length)],
  };
}

/** A UUID version 7 for the moment `ms`, its random bits drawn from `random` (so ids sort by time, as the app's do). */
export function uuidV7(ms: number, random: Random): string {
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  const time = hex(Math.max(0, Math.floor(ms)), 12);
  const randomHex = (digits: number) => {
    let text = '';
    while (text.length < digits) text += hex(Math.floor(random.next() * 0x10000), 4);
    return text.slice(0, digits);
  };
  const variant = hex(0x8 | Math.floor(random.next() * 4), 1);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randomHex(3)}-${variant}${randomHex(3)}-${randomHex(12)}`;
}

export const names = {
  companyFirst: [
    'Alfa',
    'Carpați',
    'Dunărea',
    'Nord',
    'Agro',
    'Tehno',
    'Bucovina',
    'Transilvania',
    'Delta',
    'Olt',
    'Mureș',
    'Prahova',
    'Banat',
    'Crișana',
    'Argeș',
    'Siret',
    'Carpatica',
    'Ștefănești',
    'Măgura',
    'Făget',
  ],
  companySecond: [
    'Construct',
    'Logistic',
    'Soft',
    'Distribuție',
    'Comerț',
    'Servicii',
    'Industrie',
    'Consulting',
    'Transport',
    'Farm',
    'Energie',
    'Design',
    'Media',
    'Tech',
    'Grup',
  ],
  cities: [
    'București',
    'Cluj-Napoca',
    'Iași',
    'Timișoara',
    'Constanța',
    'Brașov',
    'Craiova',
    'Galați',
    'Oradea',
    'Sibiu',
  ],
  streets: ['Mihai Eminescu', 'Unirii', 'Republicii', 'Libertății', 'Victoriei', 'Florilor', 'Morii', 'Zorilor'],
  firstNames: ['Andrei', 'Ioana', 'Mihai', 'Elena', 'Ștefan', 'Maria', 'Radu', 'Ana', 'Cristina', 'Vlad', 'Irina'],
  lastNames: ['Popescu', 'Ionescu', 'Constantinescu', 'Stan', 'Dumitru', 'Țăranu', 'Munteanu', 'Georgescu', 'Marin'],
  products: [
    ['Consultanță', 'h'],
    ['Dezvoltare software', 'h'],
    ['Licență anuală', 'pcs'],
    ['Suport lunar', 'month'],
    ['Curs de instruire', 'day'],
    ['Manual tipărit', 'pcs'],
    ['Tabletă', 'pcs'],
    ['Transport', 'pcs'],
    ['Mentenanță', 'month'],
    ['Audit', 'day'],
  ],
} as const satisfies Record<string, readonly unknown[]>;
