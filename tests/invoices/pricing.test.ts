import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { UpdateCustomer } from '../customers/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { catalog } from './fixtures.js';
import { ActivateContract, AmendContract, CreateContract, Quote } from './operations.js';

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
  given = await catalog(api);
});
afterAll(() => api?.close());

async function quote(
  customerId: string,
  lines: { itemId?: string; quantity: string; unitPrice?: string; description?: string; manualPriceReason?: string }[],
  date = '2026-06-15',
) {
  const { data, errors } = await api.gql(Quote, { input: { customerId, date, lines } });
  expect(errors).toBeUndefined();
  return data!.priceQuote;
}

describe('price precedence: manual > contract > customer price list > default price list > item', () => {
  it('takes each source in turn as the ones above it are removed', async () => {
    const item = await given.item('100.00');
    const customerList = await given.priceList('Wholesale 2026');
    const customer = await createCustomer(api, { purchaseTerms: { priceListId: customerList } });
    const other = await createCustomer(api);

    // item base price
    expect((await quote(other.id, [{ itemId: item, quantity: '1' }])).quote!.lines[0]).toMatchObject({
      priceSource: 'ITEM',
      unitPrice: { amount: '100.00' },
    });
    // default price list beats the item
    await given.prices(given.defaultPriceListId, [{ itemId: item, price: '95.00' }]);
    expect((await quote(other.id, [{ itemId: item, quantity: '1' }])).quote!.lines[0]).toMatchObject({
      priceSource: 'DEFAULT_PRICE_LIST',
      unitPrice: { amount: '95.00' },
    });
    // the customer's list beats the default list
    await given.prices(customerList, [{ itemId: item, price: '90.00' }]);
    expect((await quote(customer.id, [{ itemId: item, quantity: '1' }])).quote!.lines[0]).toMatchObject({
      priceSource: 'CUSTOMER_PRICE_LIST',
      unitPrice: { amount: '90.00' },
    });
    // a contract beats both lists
    const contract = await given.contract(customer.id, 'C-PREC-1', '2026-01-01', '2026-12-31', [
      { kind: 'ITEM_PRICE', itemId: item, price: '80.00' },
    ]);
    const withContract = (await quote(customer.id, [{ itemId: item, quantity: '1' }])).quote!.lines[0];
    expect(withContract).toMatchObject({
      priceSource: 'CONTRACT',
      unitPrice: { amount: '80.00' },
      priceContractTerm: { contract: { number: 'C-PREC-1' } },
    });
    expect(withContract.explanation).toMatch(/80\.00 from contract C-PREC-1/);
    expect(withContract.explanation).toMatch(/base price is 100\.00/);
    expect(contract.terms[0].id).toBe(withContract.priceContractTerm!.id);
    // a manual price beats the contract
    const manual = (
      await quote(customer.id, [{ itemId: item, quantity: '1', unitPrice: '75.50', manualPriceReason: 'Damaged box' }])
    ).quote!.lines[0];
    expect(manual).toMatchObject({ priceSource: 'MANUAL', unitPrice: { amount: '75.50' }, discountSource: 'NONE' });
    expect(manual.explanation).toMatch(/set by hand: Damaged box/);
  });

  it('ignores a price list price outside its dates', async () => {
    const item = await given.item('50.00');
    await given.prices(given.defaultPriceListId, [{ itemId: item, price: '45.00', validFrom: '2026-07-01' }]);
    const customer = await createCustomer(api);
    expect(
      (await quote(customer.id, [{ itemId: item, quantity: '1' }], '2026-06-30')).quote!.lines[0].priceSource,
    ).toBe('ITEM');
    expect(
      (await quote(customer.id, [{ itemId: item, quantity: '1' }], '2026-07-01')).quote!.lines[0].priceSource,
    ).toBe('DEFAULT_PRICE_LIST');
  });
});

describe('unit prices with more decimals than the currency', () => {
  it('are shown as given, so quantity × the printed price rounds to the printed line amount', async () => {
    const customer = await createCustomer(api);
    const invoice = await given.issued(customer.id, [
      { description: 'Consultanță', quantity: '3', unitPrice: '33.335' },
      { description: 'Cablu', quantity: '7.5', unitPrice: '7.125' },
    ]);
    expect(invoice.lines.map((line) => [line.unitPrice.amount, line.netAmount.amount])).toEqual([
      ['33.335', '100.01'], // 3 × 33.335 = 100.005 → 100.01
      ['7.125', '53.44'], // 7.5 × 7.125 = 53.4375 → 53.44
    ]);
    expect(invoice.lines[0].explanation).toContain('Price 33.335 set by hand');
  });
});

describe('contract date windows', () => {
  it('applies a contract up to its last day; the day after takes the price list', async () => {
    const item = await given.item('200.00');
    await given.prices(given.defaultPriceListId, [{ itemId: item, price: '190.00' }]);
    const customer = await createCustomer(api);
    await given.contract(customer.id, 'C-WIN-1', '2026-03-01', '2026-05-31', [
      { kind: 'ITEM_PRICE', itemId: item, price: '150.00' },
    ]);
    const on = async (date: string) =>
      (await quote(customer.id, [{ itemId: item, quantity: '1' }], date)).quote!.lines[0];
    expect((await on('2026-02-28')).priceSource).toBe('DEFAULT_PRICE_LIST');
    expect((await on('2026-03-01')).unitPrice.amount).toBe('150.00');
    expect((await on('2026-05-31')).unitPrice.amount).toBe('150.00');
    expect(await on('2026-06-01')).toMatchObject({
      priceSource: 'DEFAULT_PRICE_LIST',
      unitPrice: { amount: '190.00' },
    });
  });

  it('applies contract prices only to invoices in the customer\u2019s currency', async () => {
    const item = await given.item('100.00');
    const eurList = await given.priceList('Contract currency EUR', 'EUR');
    await given.prices(eurList, [{ itemId: item, price: '21.00' }]);
    const customer = await createCustomer(api, { currency: 'RON' });
    await given.contract(customer.id, 'C-CUR-1', '2026-01-01', null, [
      { kind: 'ITEM_PRICE', itemId: item, price: '80.00' },
    ]);
    const inRon = (await quote(customer.id, [{ itemId: item, quantity: '1' }])).quote!.lines[0];
    expect(inRon).toMatchObject({ priceSource: 'CONTRACT', unitPrice: { amount: '80.00' } });
    const { data } = await api.gql(Quote, {
      input: {
        customerId: customer.id,
        date: '2026-06-15',
        currency: 'EUR',
        priceListId: eurList,
        lines: [{ itemId: item, quantity: '1' }],
      },
    });
    expect(data?.priceQuote.quote?.lines[0]).toMatchObject({
      priceSource: 'CUSTOMER_PRICE_LIST',
      unitPrice: { amount: '21.00' },
    });
  });

  it('invoices a customer in another currency without a list in it: lines by hand, items only where priced', async () => {
    const item = await given.item('100.00');
    const customer = await createCustomer(api, { currency: 'EUR' });
    const draft = await given.draft(customer.id, [
      { description: 'Consulting', quantity: '2', unitPrice: '150.00', manualPriceReason: 'Quoted in EUR' },
    ]);
    expect(draft).toMatchObject({ currency: 'EUR', total: { amount: '357.00', currency: 'EUR' } });
    const { data } = await api.gql(Quote, {
      input: { customerId: customer.id, date: '2026-06-15', lines: [{ itemId: item, quantity: '1' }] },
    });
    expect(data?.priceQuote.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', message: expect.stringMatching(/no price in EUR/) }),
    ]);
  });

  it('ignores a draft contract', async () => {
    const item = await given.item('10.00');
    const customer = await createCustomer(api);
    await given.contract(
      customer.id,
      'C-DRAFT-1',
      '2026-01-01',
      null,
      [{ kind: 'ITEM_PRICE', itemId: item, price: '1.00' }],
      false,
    );
    expect((await quote(customer.id, [{ itemId: item, quantity: '1' }])).quote!.lines[0].priceSource).toBe('ITEM');
  });

  it('refuses a second active contract that prices the same item over overlapping dates', async () => {
    const item = await given.item('10.00');
    const customer = await createCustomer(api);
    await given.contract(customer.id, 'C-OV-1', '2026-01-01', '2026-06-30', [
      { kind: 'ITEM_PRICE', itemId: item, price: '9.00' },
    ]);
    const second = await api.gql(CreateContract, {
      input: {
        customerId: customer.id,
        number: 'C-OV-2',
        title: 'Overlap',
        startDate: '2026-06-01',
        terms: [{ kind: 'ITEM_PRICE', itemId: item, price: '8.00' }],
      },
    });
    const activated = await api.gql(ActivateContract, { id: second.data!.contractCreate.contract!.id });
    expect(activated.data?.contractActivate.userErrors).toEqual([
      expect.objectContaining({
        field: ['terms'],
        code: 'DUPLICATE',
        message: expect.stringMatching(/Contract C-OV-1 already sets/),
      }),
    ]);
    expect((await quote(customer.id, [{ itemId: item, quantity: '1' }])).quote!.lines[0].unitPrice.amount).toBe('9.00');
    // the day after the first one ends is fine
    const third = await given.contract(customer.id, 'C-OV-3', '2026-07-01', null, [
      { kind: 'ITEM_PRICE', itemId: item, price: '7.00' },
    ]);
    expect(third.number).toBe('C-OV-3');
    expect(
      (await quote(customer.id, [{ itemId: item, quantity: '1' }], '2026-07-01')).quote!.lines[0].unitPrice.amount,
    ).toBe('7.00');
  });

  it('an amendment changes prices from its date and keeps the old term for earlier days', async () => {
    const item = await given.item('100.00');
    const customer = await createCustomer(api);
    const contract = await given.contract(customer.id, 'C-AM-1', '2026-01-01', null, [
      { kind: 'ITEM_PRICE', itemId: item, price: '90.00' },
    ]);
    const amended = await api.gql(AmendContract, {
      input: {
        id: contract.id,
        effectiveFrom: '2026-06-01',
        terms: [
          { kind: 'ITEM_PRICE', itemId: item, price: '85.00' },
          { kind: 'CONTRACT_DISCOUNT', discountPercent: '5' },
        ],
      },
    });
    expect(amended.data?.contractAmend.userErrors).toEqual([]);
    const terms = amended.data!.contractAmend.contract!.terms;
    expect(terms.map((t) => [t.kind, t.validFrom, t.validTo])).toEqual([
      ['ITEM_PRICE', '2026-01-01', '2026-05-31'],
      ['ITEM_PRICE', '2026-06-01', null],
      ['CONTRACT_DISCOUNT', '2026-06-01', null],
    ]);
    expect((await quote(customer.id, [{ itemId: item, quantity: '1' }], '2026-05-31')).quote!.lines[0]).toMatchObject({
      unitPrice: { amount: '90.00' },
      discountSource: 'NONE',
    });
    expect((await quote(customer.id, [{ itemId: item, quantity: '1' }], '2026-06-01')).quote!.lines[0]).toMatchObject({
      unitPrice: { amount: '85.00' },
      discountPercent: '5',
      discountSource: 'CONTRACT',
      netAmount: { amount: '80.75' },
    });
    const tooEarly = await api.gql(AmendContract, {
      input: { id: contract.id, effectiveFrom: '2026-05-01', terms: [] },
    });
    expect(tooEarly.data?.contractAmend.userErrors[0]).toMatchObject({ field: ['effectiveFrom'], code: 'INVALID' });
  });
});

describe('discounts and tax treatments', () => {
  it('an item discount beats a contract-wide one', async () => {
    const a = await given.item('100.00');
    const b = await given.item('100.00');
    const customer = await createCustomer(api);
    await given.contract(customer.id, 'C-DISC-1', '2026-01-01', null, [
      { kind: 'ITEM_DISCOUNT', itemId: a, discountPercent: '20' },
      { kind: 'CONTRACT_DISCOUNT', discountPercent: '10' },
    ]);
    const { quote: q } = await quote(customer.id, [
      { itemId: a, quantity: '2' },
      { itemId: b, quantity: '1' },
    ]);
    expect(q!.lines.map((l) => [l.discountSource, l.discountPercent, l.discountAmount.amount])).toEqual([
      ['CONTRACT_ITEM', '20', '40.00'],
      ['CONTRACT', '10', '10.00'],
    ]);
    expect(q!.discountTotal.amount).toBe('50.00');
  });

  it('contract tax treatment > customer treatment > item rate > company rate, with legal reasons', async () => {
    const food = await given.item('10.00', { taxCode: 'RO_9' });
    const books = await given.item('10.00', { taxCode: 'RO_5' });
    const standard = await createCustomer(api);
    const { quote: plain } = await quote(standard.id, [
      { itemId: food, quantity: '1' },
      { description: 'Consulting', quantity: '1', unitPrice: '100' },
    ]);
    expect(plain!.lines.map((l) => [l.taxRate.code, l.taxSource])).toEqual([
      ['RO_9', 'ITEM'],
      ['RO_19', 'COMPANY'],
    ]);

    const eu = await createCustomer(api, { purchaseTerms: { defaultTaxTreatment: 'REVERSE_CHARGE' } });
    const { quote: reverse } = await quote(eu.id, [{ itemId: food, quantity: '1' }]);
    expect(reverse!.lines[0]).toMatchObject({
      taxRate: { code: 'REVERSE_CHARGE' },
      taxSource: 'CUSTOMER',
      taxAmount: { amount: '0.00' },
    });

    await given.contract(standard.id, 'C-TAX-1', '2026-01-01', null, [
      {
        kind: 'TAX_TREATMENT',
        itemId: books,
        taxRateId: given.rate('EXEMPT'),
        taxReason: 'Educational material, art. 292',
      },
    ]);
    const { quote: exempt } = await quote(standard.id, [
      { itemId: books, quantity: '3' },
      { itemId: food, quantity: '1' },
    ]);
    expect(exempt!.lines[0]).toMatchObject({
      taxRate: { code: 'EXEMPT' },
      taxSource: 'CONTRACT',
      taxReason: 'Educational material, art. 292',
    });
    expect(exempt!.lines[1]).toMatchObject({ taxRate: { code: 'RO_9' }, taxSource: 'ITEM' });
    expect(exempt!.taxes.map((t) => [t.taxRate.code, t.netAmount.amount, t.taxAmount.amount])).toEqual([
      ['RO_9', '10.00', '0.90'],
      ['EXEMPT', '30.00', '0.00'],
    ]);
  });
});

describe('quote input checks', () => {
  it('refuses unknown items, negative quantities and free-text lines without a price', async () => {
    const customer = await createCustomer(api);
    const unknownItem = Buffer.from('Item:00000000-0000-7000-8000-000000000000').toString('base64');
    const { data } = await api.gql(Quote, {
      input: {
        customerId: customer.id,
        lines: [
          { itemId: unknownItem, quantity: '1' },
          { itemId: await given.item('1.00'), quantity: '-2' },
          { description: 'Service', quantity: '1' },
        ],
      },
    });
    expect(data?.priceQuote.quote).toBeNull();
    expect(data?.priceQuote.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['lines.0.itemId', 'NOT_FOUND'],
      ['lines.1.quantity', 'NEGATIVE_AMOUNT'],
      ['lines.2.unitPrice', 'REQUIRED'],
    ]);
  });

  it('refuses a price list in another currency than the invoice', async () => {
    const eurList = await given.priceList('Export EUR', 'EUR');
    const customer = await createCustomer(api, { currency: 'RON' });
    await api.gql(UpdateCustomer, { input: { id: customer.id, purchaseTerms: { priceListId: eurList } } });
    const { data } = await api.gql(Quote, {
      input: { customerId: customer.id, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] },
    });
    expect(data?.priceQuote.userErrors[0]).toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/is in EUR, the invoice in RON/),
    });
  });
});
