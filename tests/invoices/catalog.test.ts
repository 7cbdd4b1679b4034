import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { catalog } from './fixtures.js';
import { AddPrices, CreateItem, CreatePriceList, TerminateContract } from './operations.js';

const UpdatePriceList = graphql(`
  mutation UpdatePriceList($input: PriceListUpdateInput!) {
    priceListUpdate(input: $input) { priceList { id isDefault currency } userErrors { field code message } }
  }
`);
const PriceLists = graphql(
  `query PriceListsDefault { priceLists(first: 50) { edges { node { id name isDefault } } } }`,
);
const UpdateCompany = graphql(`
  mutation UpdateCompany($input: CompanySettingsUpdateInput!) {
    companySettingsUpdate(input: $input) { companySettings { name taxId bankAccount defaultCurrency defaultPaymentTerms { code } } userErrors { field code message } }
  }
`);
const Contracts = graphql(
  `query ContractsOf($customerId: ID!, $status: [ContractStatus!]) { contracts(first: 10, customerId: $customerId, status: $status) { totalCount edges { node { number status endDate terminationReason } } } }`,
);

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-15T08:00:00Z') });
  given = await catalog(api);
});
afterAll(() => api?.close());

describe('items', () => {
  it('refuses a duplicate SKU, an unknown tax rate, a negative or too precise price, and writes nothing', async () => {
    const base = { name: 'Widget', basePrice: '10.00', currency: 'RON', defaultTaxRateId: given.rate('RO_19') };
    expect((await api.gql(CreateItem, { input: { ...base, sku: 'W-1' } })).data?.itemCreate.userErrors).toEqual([]);
    const before = await api.prisma.item.count();
    const cases: [object, string[], string][] = [
      [{ sku: 'W-1' }, ['sku'], 'DUPLICATE'],
      [
        {
          sku: 'W-2',
          defaultTaxRateId: Buffer.from('TaxRate:00000000-0000-7000-8000-000000000000').toString('base64'),
        },
        ['defaultTaxRateId'],
        'NOT_FOUND',
      ],
      [{ sku: 'W-3', basePrice: '-1' }, ['basePrice'], 'NEGATIVE_AMOUNT'],
      [{ sku: 'W-4', basePrice: '1.00001' }, ['basePrice'], 'TOO_MANY_DECIMALS'],
      [{ sku: 'W-5', currency: 'XYZ' }, ['currency'], 'INVALID_CURRENCY'],
    ];
    for (const [override, field, code] of cases) {
      const { data } = await api.gql(CreateItem, { input: { ...base, ...override } as never });
      expect(data?.itemCreate.userErrors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(await api.prisma.item.count()).toBe(before);
  });
});

describe('price lists', () => {
  it('has one default at a time', async () => {
    const list = await given.priceList('Promo');
    const result = await api.gql(UpdatePriceList, { input: { id: list, isDefault: true } });
    expect(result.data?.priceListUpdate.priceList?.isDefault).toBe(true);
    const defaults = (await api.gql(PriceLists)).data!.priceLists.edges.filter((e) => e.node.isDefault);
    expect(defaults.map((e) => e.node.name)).toEqual(['Promo']);
    await api.gql(UpdatePriceList, { input: { id: given.defaultPriceListId, isDefault: true } });
  });

  it('refuses overlapping prices for one item, prices in an unknown item, and a currency change once priced', async () => {
    const item = await given.item('10.00');
    const list = await given.priceList('Seasonal');
    await given.prices(list, [{ itemId: item, price: '9.00', validFrom: '2026-01-01', validTo: '2026-06-30' }]);
    const overlap = await api.gql(AddPrices, {
      input: { priceListId: list, prices: [{ itemId: item, price: '8.00', validFrom: '2026-06-30' }] },
    });
    expect(overlap.data?.priceListAddPrices.userErrors[0]).toMatchObject({ field: ['prices', '0'], code: 'DUPLICATE' });
    const next = await api.gql(AddPrices, {
      input: { priceListId: list, prices: [{ itemId: item, price: '8.00', validFrom: '2026-07-01' }] },
    });
    expect(next.data?.priceListAddPrices.priceList?.prices.totalCount).toBe(2);
    const inverted = await api.gql(AddPrices, {
      input: {
        priceListId: list,
        prices: [{ itemId: await given.item('1.00'), price: '1', validFrom: '2026-05-01', validTo: '2026-04-01' }],
      },
    });
    expect(inverted.data?.priceListAddPrices.userErrors[0]).toMatchObject({ code: 'INVALID' });
    const currency = await api.gql(UpdatePriceList, { input: { id: list, currency: 'EUR' } });
    expect(currency.data?.priceListUpdate.userErrors[0]).toMatchObject({ field: ['currency'], code: 'INVALID_STATE' });
    const duplicateName = await api.gql(CreatePriceList, { input: { name: 'Seasonal', currency: 'RON' } });
    expect(duplicateName.data?.priceListCreate.userErrors[0]).toMatchObject({ field: ['name'], code: 'DUPLICATE' });
  });
});

describe('company settings', () => {
  it('are changed by an administrator and feed new invoices', async () => {
    const net15 = Buffer.from(
      `PaymentTerms:${(await api.prisma.paymentTerms.findUniqueOrThrow({ where: { code: 'NET_15' } })).id}`,
    ).toString('base64');
    const { data } = await api.gql(UpdateCompany, {
      input: {
        name: 'Seller SRL',
        taxId: 'RO999',
        bankAccount: 'RO49AAAA1B31007593840000',
        defaultPaymentTermsId: net15,
      },
    });
    expect(data?.companySettingsUpdate).toMatchObject({
      companySettings: { name: 'Seller SRL', taxId: 'RO999', defaultPaymentTerms: { code: 'NET_15' } },
      userErrors: [],
    });
    const customer = await createCustomer(api);
    expect(await given.draft(customer.id, [])).toMatchObject({
      paymentTerms: { code: 'NET_15' },
      dueDate: '2026-06-30',
      sources: { paymentTerms: 'COMPANY' },
    });
    const bad = await api.gql(UpdateCompany, { input: { name: ' ', defaultCurrency: 'ZZZ' } });
    expect(bad.data?.companySettingsUpdate.userErrors.map((e) => e.code).sort()).toEqual([
      'INVALID_CURRENCY',
      'REQUIRED',
    ]);
    for (const country of ['ZZ', '<script>', 'ROU']) {
      const wrong = await api.gql(UpdateCompany, { input: { country } });
      expect(wrong.data?.companySettingsUpdate.userErrors).toEqual([
        expect.objectContaining({ field: ['country'], code: 'INVALID_COUNTRY' }),
      ]);
    }
    expect((await api.prisma.companySettings.findUniqueOrThrow({ where: { id: 1 } })).country).not.toBe('ZZ');
  });
});

describe('contract status', () => {
  it('terminates, expires, and filters by status', async () => {
    const customer = await createCustomer(api);
    const running = await given.contract(customer.id, 'C-ST-1', '2026-01-01', null, []);
    await given.contract(customer.id, 'C-ST-2', '2025-01-01', '2025-12-31', []);
    await given.contract(customer.id, 'C-ST-3', '2026-07-01', null, [], false);
    const terminated = await api.gql(TerminateContract, {
      input: { id: running.id, lastDay: '2026-06-30', reason: 'Customer moved' },
    });
    expect(terminated.data?.contractTerminate.contract).toMatchObject({ status: 'TERMINATED', endDate: '2026-06-30' });
    const of = async (status?: ('ACTIVE' | 'EXPIRED' | 'DRAFT' | 'TERMINATED')[]) =>
      (await api.gql(Contracts, { customerId: customer.id, status })).data!.contracts.edges.map((e) => [
        e.node.number,
        e.node.status,
      ]);
    expect(await of(['EXPIRED'])).toEqual([['C-ST-2', 'EXPIRED']]);
    expect(await of(['DRAFT', 'TERMINATED'])).toEqual([
      ['C-ST-3', 'DRAFT'],
      ['C-ST-1', 'TERMINATED'],
    ]);
    const again = await api.gql(TerminateContract, { input: { id: running.id, lastDay: '2026-06-30', reason: 'x' } });
    expect(again.data?.contractTerminate.userErrors[0].code).toBe('INVALID_STATE');
  });
});

describe('effective purchase terms', () => {
  it('show what a new invoice would take, and from which level', async () => {
    const EffectiveTerms = graphql(`
      query EffectiveTerms($id: ID!) {
        customer(id: $id) { effectivePurchaseTerms { paymentTerms { code } paymentTermsSource paymentMethod paymentMethodSource priceList { name } priceListSource } }
      }
    `);
    const plain = await createCustomer(api);
    const own = await createCustomer(api, {
      purchaseTerms: { defaultPaymentMethod: 'CARD', priceListId: await given.priceList('Own list') },
    });
    const settings = await api.prisma.companySettings.findUniqueOrThrow({ where: { id: 1 } });
    const companyTerms = await api.prisma.paymentTerms.findUniqueOrThrow({
      where: { id: settings.defaultPaymentTermsId! },
    });
    expect((await api.gql(EffectiveTerms, { id: plain.id })).data?.customer?.effectivePurchaseTerms).toEqual({
      paymentTerms: { code: companyTerms.code },
      paymentTermsSource: 'COMPANY',
      paymentMethod: 'BANK_TRANSFER',
      paymentMethodSource: 'COMPANY',
      priceList: { name: 'Standard RON' },
      priceListSource: 'COMPANY',
    });
    expect((await api.gql(EffectiveTerms, { id: own.id })).data?.customer?.effectivePurchaseTerms).toMatchObject({
      paymentMethod: 'CARD',
      paymentMethodSource: 'CUSTOMER',
      priceList: { name: 'Own list' },
      priceListSource: 'CUSTOMER',
      paymentTermsSource: 'COMPANY',
    });
  });
});
