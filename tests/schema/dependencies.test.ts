// The direction of dependencies drawn in the README's layout section, checked on every import:
//   server → schema (and each area's *.schema.ts) → services → db / shared / money
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const graphqlPackages = /^(graphql|graphql-ws|graphql-scalars|@pothos\/.*|@apollo\/.*|@as-integrations\/.*)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : filesUnder(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

interface Import {
  file: string;
  /** A path inside the repository, relative to its root, or a package name. */
  target: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
  return specifiers.map((specifier) => ({
    file: path.relative(root, file),
    target: specifier.startsWith('.')
      ? path.relative(root, path.resolve(path.dirname(file), specifier)).replace(/\.js$/, '.ts')
      : specifier,
  }));
}

const all = filesUnder(path.join(root, 'src')).flatMap(importsOf);
const isSchemaFile = (file: string) => file.startsWith('src/schema/') || file.endsWith('.schema.ts');
const isService = (file: string) => file.startsWith('src/modules/') && !isSchemaFile(file);
const isFoundation = (file: string) => /^src\/(db|shared|money)\//.test(file);
const areaOf = (file: string) => /^src\/modules\/([^/]+)\//.exec(file)?.[1];

describe('dependency direction', () => {
  it('services (everything in an area but its *.schema.ts) know nothing of GraphQL, the schema or the server', () => {
    const wrong = all.filter(
      ({ file, target }) =>
        isService(file) && (graphqlPackages.test(target) || isSchemaFile(target) || target.startsWith('src/server/')),
    );
    expect(wrong).toEqual([]);
  });

  it('db, shared and money depend on nothing above them', () => {
    const wrong = all.filter(
      ({ file, target }) =>
        isFoundation(file) &&
        (graphqlPackages.test(target) || /^src\/(modules|schema|server)\//.test(target) || target === 'src/main.ts'),
    );
    expect(wrong).toEqual([]);
  });

  it('the schema layer never reaches into the server', () => {
    expect(all.filter(({ file, target }) => isSchemaFile(file) && target.startsWith('src/server/'))).toEqual([]);
  });

  it('areas depend on each other in one direction: no loop between two areas, or round several', () => {
    const edges = new Map<string, Set<string>>();
    for (const { file, target } of all) {
      const from = areaOf(file);
      const to = areaOf(target);
      if (from && to && from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    const loops: string[] = [];
    const visit = (area: string, trail: string[]) => {
      if (trail.includes(area)) {
        loops.push([...trail.slice(trail.indexOf(area)), area].join(' → '));
        return;
      }
      for (const next of edges.get(area) ?? []) visit(next, [...trail, area]);
    };
    for (const area of edges.keys()) visit(area, []);
    expect(loops).toEqual([]);
    // The checks above read real imports: an empty graph would pass them all.
    expect(edges.get('credits')).toContain('payments');
  });
});
