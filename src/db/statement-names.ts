/**
 * Names for PostgreSQL prepared statements, so that a statement the API sends again and again is
 * parsed and planned once per connection instead of on every request (planning was about a third
 * of PostgreSQL's time on the customer list).
 *
 * A SQL text is named once it has been seen `timesBeforeNaming` times, and at most `maxNamed`
 * texts are ever named: each name is kept by each of the pool's connections for its life, so a
 * stream of one-off texts (an `IN` list of another length, a report's rare filter) must not fill
 * them. Beyond the bound a text goes unnamed, parsed and planned each time as without this.
 * The count of texts seen but not yet named is bounded too: it starts over when it grows past
 * `maxNamed * 100`.
 */
export interface StatementNaming {
  maxNamed: number;
  timesBeforeNaming: number;
}

/** Returns the name for a statement's SQL text, or `undefined` to send it unnamed. */
export type StatementNamer = (query: { sql: string }) => string | undefined;

export function statementNames({ maxNamed, timesBeforeNaming }: StatementNaming): StatementNamer {
  const named = new Map<string, string>();
  let seen = new Map<string, number>();
  return ({ sql }) => {
    const name = named.get(sql);
    if (name !== undefined || named.size >= maxNamed) return name;
    const times = (seen.get(sql) ?? 0) + 1;
    if (times < timesBeforeNaming) {
      if (seen.size >= maxNamed * 100) seen = new Map();
      seen.set(sql, times);
      return undefined;
    }
    seen.delete(sql);
    const newName = `clientela_${named.size + 1}`;
    named.set(sql, newName);
    return newName;
  };
}
