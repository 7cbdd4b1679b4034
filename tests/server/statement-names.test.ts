import { describe, expect, it } from 'vitest';
import { statementNames } from '../../src/db/statement-names.js';
import { sqlLimit, sqlOffset } from '../../src/shared/paging.js';

describe('names of prepared statements', () => {
  it('names a SQL text from its third sighting on, always with the same name', () => {
    const name = statementNames({ maxNamed: 10, timesBeforeNaming: 3 });
    const list = { sql: 'SELECT 1' };
    expect([name(list), name(list)]).toEqual([undefined, undefined]);
    const third = name(list);
    expect(third).toMatch(/^clientela_\d+$/);
    expect([name(list), name({ sql: 'SELECT 1' })]).toEqual([third, third]);
  });

  it('gives different texts different names', () => {
    const name = statementNames({ maxNamed: 10, timesBeforeNaming: 1 });
    const names = ['SELECT 1', 'SELECT 2', 'SELECT 3'].map((sql) => name({ sql }));
    expect(new Set(names).size).toBe(3);
    expect(names.every((n) => n !== undefined)).toBe(true);
  });

  it('names no more than its bound: texts beyond it go unnamed, the named keep their names', () => {
    const name = statementNames({ maxNamed: 2, timesBeforeNaming: 1 });
    const first = name({ sql: 'SELECT 1' });
    const second = name({ sql: 'SELECT 2' });
    expect(name({ sql: 'SELECT 3' })).toBeUndefined();
    expect(name({ sql: 'SELECT 3' })).toBeUndefined();
    expect([name({ sql: 'SELECT 1' }), name({ sql: 'SELECT 2' })]).toEqual([first, second]);
  });

  it('forgets the texts it has counted once they grow past a hundred times its bound', () => {
    const name = statementNames({ maxNamed: 1, timesBeforeNaming: 2 });
    name({ sql: 'SELECT 0' });
    for (let i = 1; i <= 100; i++) name({ sql: `SELECT ${i}` });
    // The count of 'SELECT 0' was forgotten when the 101st text came: seen once more, not named.
    expect(name({ sql: 'SELECT 0' })).toBeUndefined();
    expect(name({ sql: 'SELECT 0' })).toMatch(/^clientela_/);
  });
});

describe('a page in the SQL text', () => {
  it('writes the limit into the text, so a prepared statement is planned for it', () => {
    expect(sqlLimit(51).sql).toBe('LIMIT 51');
    expect(sqlLimit(51).values).toEqual([]);
  });

  it('refuses a limit that is not a count of rows rather than writing it into SQL', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => sqlLimit(bad)).toThrow(RangeError);
  });

  it('sends an offset as a parameter, and none for the first page', () => {
    expect(sqlOffset(0).sql).toBe('');
    expect(sqlOffset(40).sql).toBe('OFFSET ?');
    expect(sqlOffset(40).values).toEqual([40]);
  });
});
