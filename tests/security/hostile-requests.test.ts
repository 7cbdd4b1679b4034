import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData, seedDemoDocuments } from '../../prisma/demo-data.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { hostileRequests, type HostileRequest } from './hostile-corpus.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  await seedDemoData(api.prisma);
  await seedDemoDocuments(api.prisma);
});
afterAll(() => api?.close());

/** Every business table, row by row; the audit trail is left out since it records these attempts. */
async function databaseFingerprint(): Promise<string> {
  const rows = await api.prisma.$queryRawUnsafe<{ table: string; digest: string }[]>(`
    SELECT 'Customer' AS table, md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS digest FROM "Customer" t
    UNION ALL SELECT 'Contact', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Contact" t
    UNION ALL SELECT 'PaymentTerms', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "PaymentTerms" t
    UNION ALL SELECT 'PriceList', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "PriceList" t
    UNION ALL SELECT 'Item', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Item" t
    UNION ALL SELECT 'PriceListEntry', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "PriceListEntry" t
    UNION ALL SELECT 'Contract', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Contract" t
    UNION ALL SELECT 'ContractTerm', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "ContractTerm" t
    UNION ALL SELECT 'Invoice', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Invoice" t
    UNION ALL SELECT 'InvoiceLine', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "InvoiceLine" t
    UNION ALL SELECT 'LedgerEntry', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "LedgerEntry" t
    UNION ALL SELECT 'Payment', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Payment" t
    UNION ALL SELECT 'CreditNote', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "CreditNote" t
    UNION ALL SELECT 'Refund', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Refund" t
    UNION ALL SELECT 'CreditNoteLine', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "CreditNoteLine" t
    UNION ALL SELECT 'Allocation', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Allocation" t
    UNION ALL SELECT 'CompanySettings', md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "CompanySettings" t
    UNION ALL SELECT 'ApiKey', md5(coalesce(string_agg(t.id::text || t.role::text || coalesce(t."revokedAt"::text, ''), '|' ORDER BY t.id), '')) FROM "ApiKey" t`);
  return JSON.stringify(rows);
}

async function send(request: HostileRequest) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(request.anonymous ? {} : { authorization: `Bearer ${api.adminKey}` }),
    ...request.headers,
  };
  const response = await fetch(api.url + (request.query ?? ''), {
    method: request.method ?? 'POST',
    headers,
    body:
      request.method === 'GET'
        ? undefined
        : typeof request.body === 'string'
          ? request.body
          : JSON.stringify(request.body),
  });
  return { status: response.status, text: await response.text() };
}

function isClearError(status: number, text: string): boolean {
  let body: { errors?: { message?: string }[]; data?: Record<string, unknown> | null };
  try {
    body = JSON.parse(text);
  } catch {
    // Apollo answers a few transport-level problems (CSRF, batching) in plain text.
    return status >= 400 && status < 500 && text.trim().length > 0;
  }
  if (body.errors?.length)
    return body.errors.every((error) => typeof error.message === 'string' && error.message.length > 0);
  const payloads = Object.values(body.data ?? {}) as { userErrors?: unknown[] }[];
  return payloads.some((payload) => (payload?.userErrors?.length ?? 0) > 0);
}

describe('hostile and malformed requests', () => {
  const corpus = hostileRequests();

  it('the corpus holds at least 200 requests', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it('each gets a clear error, none a 5xx or a stack trace, and the database is unchanged', async () => {
    const before = await databaseFingerprint();
    const failures: string[] = [];
    for (const request of corpus) {
      const { status, text } = await send(request);
      if (status >= 500) failures.push(`${request.name}: HTTP ${status} ${text.slice(0, 200)}`);
      else if (!isClearError(status, text))
        failures.push(`${request.name}: no clear error (HTTP ${status}) ${text.slice(0, 200)}`);
      if (/\bat .+\.(ts|js):\d+|stacktrace|node_modules/.test(text))
        failures.push(`${request.name}: leaks internals ${text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(await databaseFingerprint()).toBe(before);
    const health = await fetch(api.url.replace('/graphql', '/readyz'));
    expect(health.status).toBe(200);
  });
});
