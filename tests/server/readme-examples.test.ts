import { readFile } from 'node:fs/promises';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData, seedDemoDocuments } from '../../prisma/demo-data.js';
import { buildSchema } from '../../src/schema/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const readme = await readFile('README.md', 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  await seedDemoData(api.prisma);
  await seedDemoDocuments(api.prisma);
});
afterAll(() => api?.close());

describe('README examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.split('\n')[0], example]))(
    '%s is valid against the schema',
    (_title, example) => {
      expect(validate(buildSchema(), parse(example))).toEqual([]);
    },
  );

  const runnable = examples.filter((example) => !example.includes('$') && !example.startsWith('subscription'));
  it.each(runnable.map((example) => [example.split('\n')[0], example]))(
    '%s runs without errors',
    async (_title, example) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminKey}` },
        body: JSON.stringify({ query: example }),
      });
      const body = (await response.json()) as { data?: Record<string, { userErrors?: unknown[] }>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      for (const field of Object.values(body.data ?? {})) {
        if (field && typeof field === 'object' && 'userErrors' in field) expect(field.userErrors).toEqual([]);
      }
    },
  );
});
