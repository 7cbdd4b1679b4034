import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/context.js';
import { buildSchema } from '../../src/schema/index.js';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { customerChangedTopic } from '../../src/modules/customers/customers.service.js';
import { collect, connected, observedPubSub, subscriptionClient } from '../support/subscriptions.js';

const observed = observedPubSub();
import { catalog } from '../invoices/fixtures.js';
import { dbId, startTestServer, type TestServer } from '../support/test-server.js';

// Given the README's role table, when every operation runs as every role, then each is allowed
// exactly where the table says "yes", and the table names every operation the schema has.

const roles: Role[] = ['ADMIN', 'ACCOUNTANT', 'SALES', 'VIEWER'];

async function readTable(): Promise<Map<string, Record<Role, boolean>>> {
  const readme = await readFile('README.md', 'utf8');
  const block = /<!-- role-matrix:start -->([\s\S]*?)<!-- role-matrix:end -->/.exec(readme)?.[1];
  if (!block) throw new Error('README has no role matrix');
  const table = new Map<string, Record<Role, boolean>>();
  const [header, , ...rows] = block.trim().split('\n');
  const columns = header
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean)
    .slice(1) as Role[];
  for (const row of rows) {
    const [operations, ...cells] = row
      .split('|')
      .map((cell) => cell.trim())
      .filter(Boolean);
    const allowed = Object.fromEntries(columns.map((role, i) => [role, cells[i] === 'yes'])) as Record<Role, boolean>;
    for (const name of operations.matchAll(/`(\w+)`/g)) table.set(name[1], allowed);
  }
  return table;
}

const ops = {
  viewer: graphql(`query MatrixViewer { viewer { role } }`),
  node: graphql(`query MatrixNode($id: ID!) { node(id: $id) { id } }`),
  nodes: graphql(`query MatrixNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
  customer: graphql(`query MatrixCustomer($id: ID!) { customer(id: $id) { id } }`),
  customers: graphql(`query MatrixCustomers { customers(first: 1) { totalCount } }`),
  paymentTerms: graphql(`query MatrixPaymentTerms { paymentTerms(first: 1) { totalCount } }`),
  customerCreate: graphql(
    `mutation MatrixCreate($code: String!) { customerCreate(input: { code: $code, displayName: "Matrix", currency: "RON" }) { userErrors { code } } }`,
  ),
  customerUpdate: graphql(
    `mutation MatrixUpdate($id: ID!) { customerUpdate(input: { id: $id, notes: "matrix" }) { userErrors { code } } }`,
  ),
  customerArchive: graphql(
    `mutation MatrixArchive($id: ID!) { customerArchive(input: { id: $id }) { userErrors { code } } }`,
  ),
  customerRestore: graphql(
    `mutation MatrixRestore($id: ID!) { customerRestore(input: { id: $id }) { userErrors { code } } }`,
  ),
  customerDelete: graphql(
    `mutation MatrixDelete($id: ID!) { customerDelete(input: { id: $id }) { userErrors { code } } }`,
  ),
  apiKeys: graphql(`query MatrixApiKeys { apiKeys(first: 1) { totalCount } }`),
  apiKeyCreate: graphql(
    `mutation MatrixKeyCreate { apiKeyCreate(input: { name: "matrix", role: VIEWER }) { secret userErrors { code } } }`,
  ),
  apiKeyRevoke: graphql(
    `mutation MatrixKeyRevoke($id: ID!) { apiKeyRevoke(input: { id: $id }) { userErrors { code } } }`,
  ),
  auditEntries: graphql(`query MatrixAudit { auditEntries(first: 1) { totalCount } }`),
  customerChanged: graphql(`subscription MatrixChanged { customerChanged { change } }`),
  companySettings: graphql(`query MatrixCompany { companySettings { name } }`),
  taxRates: graphql(`query MatrixTaxRates { taxRates { code } }`),
  items: graphql(`query MatrixItems { items(first: 1) { totalCount } }`),
  priceLists: graphql(`query MatrixPriceLists { priceLists(first: 1) { totalCount } }`),
  contracts: graphql(`query MatrixContracts { contracts(first: 1) { totalCount } }`),
  invoices: graphql(`query MatrixInvoices { invoices(first: 1) { totalCount } }`),
  priceQuote: graphql(
    `query MatrixQuote($customerId: ID!) { priceQuote(input: { customerId: $customerId, lines: [{ description: "x", quantity: "1", unitPrice: "1" }] }) { quote { total { amount } } } }`,
  ),
  itemCreate: graphql(
    `mutation MatrixItemCreate($sku: String!, $rate: ID!) { itemCreate(input: { sku: $sku, name: "m", basePrice: "1", currency: "RON", defaultTaxRateId: $rate }) { userErrors { code } } }`,
  ),
  itemUpdate: graphql(
    `mutation MatrixItemUpdate($id: ID!) { itemUpdate(input: { id: $id, name: "renamed" }) { userErrors { code } } }`,
  ),
  priceListCreate: graphql(
    `mutation MatrixListCreate($name: String!) { priceListCreate(input: { name: $name, currency: "RON" }) { userErrors { code } } }`,
  ),
  priceListUpdate: graphql(
    `mutation MatrixListUpdate($id: ID!) { priceListUpdate(input: { id: $id, isActive: true }) { userErrors { code } } }`,
  ),
  priceListAddPrices: graphql(
    `mutation MatrixAddPrices($id: ID!, $item: ID!) { priceListAddPrices(input: { priceListId: $id, prices: [{ itemId: $item, price: "1" }] }) { userErrors { code } } }`,
  ),
  priceListRemovePrice: graphql(
    `mutation MatrixRemovePrice($id: ID!) { priceListRemovePrice(input: { id: $id }) { userErrors { code } } }`,
  ),
  companySettingsUpdate: graphql(
    `mutation MatrixCompanyUpdate { companySettingsUpdate(input: { bankName: "Matrix Bank" }) { userErrors { code } } }`,
  ),
  contractCreate: graphql(
    `mutation MatrixContractCreate($customerId: ID!, $number: String!) { contractCreate(input: { customerId: $customerId, number: $number, title: "m", startDate: "2026-01-01" }) { userErrors { code } } }`,
  ),
  contractActivate: graphql(
    `mutation MatrixContractActivate($id: ID!) { contractActivate(input: { id: $id }) { userErrors { code } } }`,
  ),
  contractAmend: graphql(
    `mutation MatrixContractAmend($id: ID!) { contractAmend(input: { id: $id, effectiveFrom: "2026-06-01", terms: [] }) { userErrors { code } } }`,
  ),
  contractTerminate: graphql(
    `mutation MatrixContractTerminate($id: ID!) { contractTerminate(input: { id: $id, lastDay: "2026-06-30", reason: "m" }) { userErrors { code } } }`,
  ),
  invoiceCreateDraft: graphql(
    `mutation MatrixDraft($customerId: ID!) { invoiceCreateDraft(input: { customerId: $customerId }) { userErrors { code } } }`,
  ),
  invoiceUpdateDraft: graphql(
    `mutation MatrixDraftUpdate($id: ID!) { invoiceUpdateDraft(input: { id: $id, notes: "m" }) { userErrors { code } } }`,
  ),
  invoiceDeleteDraft: graphql(
    `mutation MatrixDraftDelete($id: ID!) { invoiceDeleteDraft(input: { id: $id }) { userErrors { code } } }`,
  ),
  invoiceLineAdd: graphql(
    `mutation MatrixLineAdd($id: ID!) { invoiceLineAdd(input: { invoiceId: $id, line: { description: "m", quantity: "1", unitPrice: "1" } }) { userErrors { code } } }`,
  ),
  invoiceLineUpdate: graphql(
    `mutation MatrixLineUpdate($id: ID!, $lineId: ID!) { invoiceLineUpdate(input: { invoiceId: $id, lineId: $lineId, quantity: "2" }) { userErrors { code } } }`,
  ),
  invoiceLineRemove: graphql(
    `mutation MatrixLineRemove($id: ID!, $lineId: ID!) { invoiceLineRemove(input: { invoiceId: $id, lineId: $lineId }) { userErrors { code } } }`,
  ),
  invoiceIssue: graphql(`mutation MatrixIssue($id: ID!) { invoiceIssue(input: { id: $id }) { userErrors { code } } }`),
  invoiceVoid: graphql(
    `mutation MatrixVoid($id: ID!) { invoiceVoid(input: { id: $id, reason: "m" }) { userErrors { code } } }`,
  ),
  payments: graphql(`query MatrixPayments { payments(first: 1) { totalCount } }`),
  paymentRecord: graphql(
    `mutation MatrixPay($customerId: ID!) { paymentRecord(input: { customerId: $customerId, amount: "5", method: CASH }) { userErrors { code } } }`,
  ),
  invoiceMarkPaid: graphql(
    `mutation MatrixMarkPaid($id: ID!) { invoiceMarkPaid(input: { invoiceId: $id }) { userErrors { code } } }`,
  ),
  paymentVoid: graphql(
    `mutation MatrixPayVoid($id: ID!) { paymentVoid(input: { paymentId: $id, reason: "m" }) { userErrors { code } } }`,
  ),
  creditApply: graphql(
    `mutation MatrixApply($source: ID!, $invoice: ID!) { creditApply(input: { sourceId: $source, allocations: [{ invoiceId: $invoice, amount: "1" }] }) { userErrors { code } } }`,
  ),
  allocationMove: graphql(
    `mutation MatrixMove($allocation: ID!, $invoice: ID!) { allocationMove(input: { allocationId: $allocation, toInvoiceId: $invoice }) { userErrors { code } } }`,
  ),
  creditNoteIssue: graphql(
    `mutation MatrixCreditNote($id: ID!) { creditNoteIssue(input: { invoiceId: $id, reason: "m", amount: "1" }) { userErrors { code } } }`,
  ),
  refundRecord: graphql(
    `mutation MatrixRefund($customerId: ID!) { refundRecord(input: { customerId: $customerId, amount: "1", method: CASH }) { userErrors { code } } }`,
  ),
  communicationLog: graphql(
    `mutation MatrixLog($customerId: ID!) { communicationLog(input: { customerId: $customerId, channel: PHONE, direction: OUTBOUND, body: "called" }) { userErrors { code } } }`,
  ),
  statementSend: graphql(
    `mutation MatrixStatement($customerId: ID!) { statementSend(input: { customerId: $customerId, from: "2026-01-01", to: "2026-12-31" }) { userErrors { code } } }`,
  ),
  alerts: graphql(`query MatrixAlerts { alerts(first: 1) { totalCount } }`),
  alertAcknowledge: graphql(
    `mutation MatrixAcknowledge($id: ID!) { alertAcknowledge(input: { id: $id }) { userErrors { code } } }`,
  ),
  alertSnooze: graphql(
    `mutation MatrixSnooze($id: ID!) { alertSnooze(input: { id: $id, until: "2099-01-01T00:00:00Z" }) { userErrors { code } } }`,
  ),
  alertRaised: graphql(`subscription MatrixAlertRaised { alertRaised { kind } }`),
  paymentReceived: graphql(`subscription MatrixPaymentReceived { paymentReceived { id } }`),
  reminderPolicies: graphql(`query MatrixPolicies { reminderPolicies { name } }`),
  receivablesAgeing: graphql(`query MatrixAgeing { receivablesAgeing { totals { currency } } }`),
  dashboard: graphql(`query MatrixDashboard { dashboard { openAlerts } }`),
  customerInsights: graphql(`query MatrixInsights { customerInsights(first: 1) { totalCount } }`),
  paymentPatterns: graphql(`query MatrixPatterns { paymentPatterns { paidInvoices } }`),
  cashForecast: graphql(`query MatrixForecast { cashForecast { currency } }`),
  forecastAccuracy: graphql(`query MatrixAccuracy { forecastAccuracy(currency: "RON", weeks: 1) { weekStart } }`),
  revenue: graphql(`query MatrixRevenue { revenue(from: "2026-01-01", to: "2026-01-31") { totals { currency } } }`),
  reminderPolicyCreate: graphql(
    `mutation MatrixPolicyCreate($name: String!) { reminderPolicyCreate(input: { name: $name, steps: [{ offsetDays: 5, kind: REMINDER }] }) { userErrors { code } } }`,
  ),
  lateInterestCharge: graphql(
    `mutation MatrixLateInterest($id: ID!) { lateInterestCharge(input: { invoiceId: $id }) { userErrors { code } } }`,
  ),
  reminderPolicyUpdate: graphql(
    `mutation MatrixPolicyUpdate($id: ID!, $name: String!) { reminderPolicyUpdate(input: { id: $id, name: $name, steps: [] }) { userErrors { code } } }`,
  ),
};

const matrix = await readTable();

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
const keys = {} as Record<Role, string>;
beforeAll(async () => {
  api = await startTestServer({ pubsub: observed.pubsub });
  given = await catalog(api);
  for (const role of roles) keys[role] = await api.keyFor(role);
});
afterAll(() => api?.close());

let sequence = 0;
/** Runs one operation as `role`; true when it was allowed (no FORBIDDEN error). */
async function run(operation: keyof typeof ops, role: Role): Promise<boolean> {
  const key = keys[role];
  const customerId = async () => (await createCustomer(api, { code: `MX-${++sequence}` })).id;
  const send = async (document: (typeof ops)[keyof typeof ops], variables?: Record<string, unknown>) => {
    const result = await api.gql(document as never, variables as never, { key });
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.filter((code) => code !== 'FORBIDDEN')).toEqual([]);
    return !codes.includes('FORBIDDEN');
  };
  switch (operation) {
    case 'node':
      return send(ops.node, { id: await customerId() });
    case 'nodes':
      return send(ops.nodes, { ids: [await customerId()] });
    case 'customer':
    case 'customerUpdate':
    case 'customerArchive':
    case 'customerDelete':
      return send(ops[operation], { id: await customerId() });
    case 'customerRestore': {
      const id = await customerId();
      await api.gql(ops.customerArchive, { id });
      return send(ops.customerRestore, { id });
    }
    case 'customerCreate':
      return send(ops.customerCreate, { code: `MXC-${++sequence}` });
    case 'priceQuote':
    case 'invoiceCreateDraft':
      return send(ops[operation], { customerId: await customerId() });
    case 'contractCreate':
      return send(ops.contractCreate, { customerId: await customerId(), number: `MXK-${++sequence}` });
    case 'contractActivate':
      return send(ops.contractActivate, {
        id: (await given.contract(await customerId(), `MXA-${++sequence}`, '2026-01-01', null, [], false)).id,
      });
    case 'contractAmend':
    case 'contractTerminate':
      return send(ops[operation], {
        id: (await given.contract(await customerId(), `MXT-${++sequence}`, '2026-01-01', null, [])).id,
      });
    case 'itemCreate':
      return send(ops.itemCreate, { sku: `MXI-${++sequence}`, rate: given.rate('RO_19') });
    case 'itemUpdate':
      return send(ops.itemUpdate, { id: await given.item('1.00') });
    case 'priceListCreate':
      return send(ops.priceListCreate, { name: `Matrix ${++sequence}` });
    case 'priceListUpdate':
      return send(ops.priceListUpdate, { id: await given.priceList(`Matrix ${++sequence}`) });
    case 'priceListAddPrices':
      return send(ops.priceListAddPrices, {
        id: await given.priceList(`Matrix ${++sequence}`),
        item: await given.item('1.00'),
      });
    case 'priceListRemovePrice': {
      const list = await given.priceList(`Matrix ${++sequence}`);
      await given.prices(list, [{ itemId: await given.item('1.00'), price: '1' }]);
      const entry = await api.prisma.priceListEntry.findFirstOrThrow({ where: { priceListId: dbId(list) } });
      return send(ops.priceListRemovePrice, { id: Buffer.from(`PriceListEntry:${entry.id}`).toString('base64') });
    }
    case 'invoiceUpdateDraft':
    case 'invoiceDeleteDraft':
    case 'invoiceLineAdd':
    case 'invoiceIssue':
      return send(ops[operation], {
        id: (await given.draft(await customerId(), [{ description: 'm', quantity: '1', unitPrice: '1' }])).id,
      });
    case 'invoiceLineUpdate':
    case 'invoiceLineRemove': {
      const draft = await given.draft(await customerId(), [{ description: 'm', quantity: '1', unitPrice: '1' }]);
      return send(ops[operation], { id: draft.id, lineId: draft.lines[0].id });
    }
    case 'paymentRecord':
      return send(ops.paymentRecord, { customerId: await customerId() });
    case 'invoiceMarkPaid':
    case 'creditNoteIssue':
      return send(ops[operation], {
        id: (await given.issued(await customerId(), [{ description: 'm', quantity: '1', unitPrice: '10' }])).id,
      });
    case 'paymentVoid':
    case 'creditApply':
    case 'allocationMove':
    case 'refundRecord': {
      const customer = await customerId();
      const invoice = await given.issued(customer, [{ description: 'm', quantity: '1', unitPrice: '10' }]);
      const other = await given.issued(customer, [{ description: 'm', quantity: '1', unitPrice: '10' }]);
      await api.gql(ops.paymentRecord, { customerId: customer });
      const payment = await api.prisma.payment.findFirstOrThrow({ where: { customerId: dbId(customer) } });
      const paymentId = Buffer.from(`Payment:${payment.id}`).toString('base64');
      if (operation === 'paymentVoid') return send(ops.paymentVoid, { id: paymentId });
      if (operation === 'refundRecord') return send(ops.refundRecord, { customerId: customer });
      const allocation = await api.prisma.allocation.findFirstOrThrow({ where: { paymentId: payment.id } });
      if (operation === 'allocationMove')
        return send(ops.allocationMove, {
          allocation: Buffer.from(`Allocation:${allocation.id}`).toString('base64'),
          invoice: other.id,
        });
      return send(ops.creditApply, { source: paymentId, invoice: invoice.id });
    }
    case 'invoiceVoid':
      return send(ops.invoiceVoid, {
        id: (await given.issued(await customerId(), [{ description: 'm', quantity: '1', unitPrice: '1' }])).id,
      });
    case 'apiKeyRevoke': {
      const created = await api.gql(
        graphql(
          `mutation MatrixKeyToRevoke { apiKeyCreate(input: { name: "to revoke", role: VIEWER }) { apiKey { id } } }`,
        ),
      );
      return send(ops.apiKeyRevoke, { id: created.data!.apiKeyCreate.apiKey!.id });
    }
    case 'communicationLog':
    case 'statementSend':
      return send(ops[operation], { customerId: await customerId() });
    case 'alertAcknowledge':
    case 'alertSnooze': {
      const customer = await customerId();
      await api.gql(ops.paymentRecord, { customerId: customer });
      const alert = await api.prisma.alert.findFirstOrThrow({ where: { customerId: dbId(customer) } });
      return send(ops[operation], { id: Buffer.from(`Alert:${alert.id}`).toString('base64') });
    }
    case 'lateInterestCharge':
      return send(ops.lateInterestCharge, {
        id: (await given.issued(await customerId(), [{ description: 'm', quantity: '1', unitPrice: '10' }])).id,
      });
    case 'reminderPolicyCreate':
      return send(ops.reminderPolicyCreate, { name: `Matrix ${++sequence}` });
    case 'reminderPolicyUpdate': {
      const policy = await api.prisma.reminderPolicy.create({ data: { name: `Matrix ${++sequence}` } });
      return send(ops.reminderPolicyUpdate, {
        id: Buffer.from(`ReminderPolicy:${policy.id}`).toString('base64'),
        name: policy.name,
      });
    }
    case 'alertRaised':
    case 'paymentReceived': {
      const topic = operation === 'alertRaised' ? 'alert.raised' : 'payment.received';
      const customerIdForEvent = await customerId();
      const client = subscriptionClient(api.url, key);
      const ready = connected(client);
      const listening = observed.listening(topic, observed.started(topic) + 1);
      const events = collect(client, ops[operation] as typeof ops.alertRaised);
      await ready;
      return subscriptionAnswered(client, events, listening, () =>
        api.gql(ops.paymentRecord, { customerId: customerIdForEvent }),
      );
    }
    case 'customerChanged': {
      const client = subscriptionClient(api.url, key);
      const ready = connected(client);
      const listening = observed.listening(customerChangedTopic, observed.started(customerChangedTopic) + 1);
      const events = collect(client, ops.customerChanged);
      await ready;
      return subscriptionAnswered(client, events, listening, () => createCustomer(api, { code: `MXS-${++sequence}` }));
    }
    default:
      return send(ops[operation]);
  }
}

/**
 * Whether a subscription delivered its event. An allowed one starts listening on its topic; a
 * refused one answers at once with an error: whichever comes first, then the event is caused.
 */
async function subscriptionAnswered(
  client: { dispose(): unknown },
  events: { next(): Promise<unknown>; error?: unknown },
  listening: Promise<unknown>,
  cause: () => Promise<unknown>,
): Promise<boolean> {
  const first = events.next().catch((error: unknown) => ({ errors: [{ message: String(error) }] }));
  await Promise.race([listening, first]);
  await cause();
  const event = await first;
  await client.dispose();
  const errors = (event as { errors?: { extensions?: { code?: string } }[] }).errors;
  return !errors?.length && !events.error;
}

describe('role matrix', () => {
  it('the README table names every query, mutation and subscription, and nothing else', async () => {
    const schema = buildSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect([...(await readTable()).keys()].sort()).toEqual(rootFields.sort());
    expect(Object.keys(ops).sort()).toEqual(rootFields.sort());
  });

  // One test per operation, each running it as every role.
  it.each([...matrix.entries()])('%s: allowed exactly for the roles the table says', async (operation, expected) => {
    const differences: string[] = [];
    for (const role of roles) {
      const allowed = await run(operation as keyof typeof ops, role);
      if (allowed !== expected[role])
        differences.push(
          `${operation} as ${role}: ${allowed ? 'allowed' : 'denied'}, table says ${expected[role] ? 'yes' : 'no'}`,
        );
    }
    expect(differences).toEqual([]);
  });

  it('a viewer cannot read admin-only objects through node(id), nor learn that they exist', async () => {
    const created = await api.gql(
      graphql(
        `mutation MatrixKeyForNode { apiKeyCreate(input: { name: "node probe", role: VIEWER }) { apiKey { id } } }`,
      ),
    );
    const id = created.data!.apiKeyCreate.apiKey!.id;
    const asViewer = await api.gql(ops.node, { id }, { key: keys.VIEWER });
    const madeUp = await api.gql(
      ops.node,
      { id: Buffer.from('ApiKey:00000000-0000-7000-8000-000000000000').toString('base64') },
      { key: keys.VIEWER },
    );
    // The same answer for a key that exists and one that does not.
    expect(asViewer).toMatchObject({ data: { node: null } });
    expect(asViewer.errors).toBeUndefined();
    expect(madeUp).toMatchObject({ data: { node: null } });
    expect(madeUp.errors).toBeUndefined();
    const asAdmin = await api.gql(ops.node, { id });
    expect(asAdmin.data?.node).toEqual({ id });
  });
});
