import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createCustomer, customerInput, paymentTermsId } from './factory.js';
import {
  ArchiveCustomer,
  CreateCustomer,
  DeleteCustomer,
  GetCustomer,
  RestoreCustomer,
  UpdateCustomer,
} from './operations.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

describe('customerCreate', () => {
  it('stores every field and returns the customer as saved', async () => {
    const net30 = await paymentTermsId(api, 'NET_30');
    const { data } = await api.gql(CreateCustomer, {
      input: {
        code: 'ACME-1',
        displayName: '  Ștefănescu Impex ',
        legalName: 'Ștefănescu Impex SRL',
        kind: 'COMPANY',
        taxId: 'RO12345678',
        email: 'facturi@stefanescu.ro',
        phone: '+40 (21) 310-1234',
        website: 'stefanescu.ro',
        billingAddress: { street: 'Str. Polonă 12', city: 'București', postalCode: '010494', country: 'ro' },
        shippingAddress: { street: 'Depozit 3', city: 'Chitila', country: 'RO' },
        currency: 'ron',
        notes: 'Pays on time.',
        tags: ['Key-Account', 'key-account', ' export '],
        contacts: [
          { name: 'Maria Popa', role: 'Contabil', email: 'maria@stefanescu.ro', phone: '0040 722 123 456' },
          { name: 'Ion Ene', role: 'Director', isPrimary: true },
        ],
        purchaseTerms: {
          paymentTermsId: net30,
          defaultPaymentMethod: 'BANK_TRANSFER',
          creditLimit: '15000.50',
          defaultTaxTreatment: 'STANDARD',
        },
      },
    });
    expect(data?.customerCreate.userErrors).toEqual([]);
    const customer = data!.customerCreate.customer!;
    expect(customer).toMatchObject({
      code: 'ACME-1',
      displayName: 'Ștefănescu Impex',
      status: 'ACTIVE',
      email: 'facturi@stefanescu.ro',
      phone: '+40213101234',
      website: 'https://stefanescu.ro/',
      currency: 'RON',
      tags: ['key-account', 'export'],
      billingAddress: {
        street: 'Str. Polonă 12',
        city: 'București',
        region: null,
        postalCode: '010494',
        country: 'RO',
      },
      shippingAddress: { street: 'Depozit 3', city: 'Chitila', country: 'RO' },
      purchaseTerms: {
        paymentTerms: { code: 'NET_30', kind: 'NET_DAYS', days: 30 },
        defaultPaymentMethod: 'BANK_TRANSFER',
        creditLimit: { amount: '15000.50', currency: 'RON' },
        defaultTaxTreatment: 'STANDARD',
      },
    });
    expect(customer.contacts).toMatchObject([
      { name: 'Maria Popa', phone: '+40722123456', isPrimary: false },
      { name: 'Ion Ene', isPrimary: true },
    ]);

    const stored = await api.prisma.customer.findUniqueOrThrow({
      where: { code: 'ACME-1' },
      include: { contacts: true },
    });
    expect(stored.creditLimit?.toFixed(2)).toBe('15000.50');
    expect(stored.contacts).toHaveLength(2);
  });

  it('makes the first contact primary when none is marked', async () => {
    const customer = await createCustomer(api, { contacts: [{ name: 'First' }, { name: 'Second' }] });
    expect(customer.contacts.map((c) => c.isPrimary)).toEqual([true, false]);
  });

  it.each([
    ['email', { email: 'not-an-email' }, ['email'], 'INVALID_EMAIL'],
    ['email without a domain dot', { email: 'a@b' }, ['email'], 'INVALID_EMAIL'],
    ['phone', { phone: '12345' }, ['phone'], 'INVALID_PHONE'],
    ['country', { billingAddress: { country: 'XX' } }, ['billingAddress', 'country'], 'INVALID_COUNTRY'],
    ['currency', { currency: 'RONN' }, ['currency'], 'INVALID_CURRENCY'],
    ['website', { website: 'ftp://files' }, ['website'], 'INVALID_URL'],
    [
      'credit limit below zero',
      { purchaseTerms: { creditLimit: '-1' } },
      ['purchaseTerms', 'creditLimit'],
      'NEGATIVE_AMOUNT',
    ],
    [
      'credit limit with more decimals than the currency',
      { purchaseTerms: { creditLimit: '10.001' } },
      ['purchaseTerms', 'creditLimit'],
      'TOO_MANY_DECIMALS',
    ],
    [
      'unknown payment terms',
      { purchaseTerms: { paymentTermsId: 'UGF5bWVudFRlcm1zOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==' } },
      ['purchaseTerms', 'paymentTermsId'],
      'NOT_FOUND',
    ],
    ['empty display name', { displayName: '   ' }, ['displayName'], 'REQUIRED'],
    ['code with spaces', { code: 'A B' }, ['code'], 'INVALID'],
    [
      'contact email',
      { contacts: [{ name: 'Ok' }, { name: 'Bad', email: 'x@' }] },
      ['contacts', '1', 'email'],
      'INVALID_EMAIL',
    ],
    [
      'two primary contacts',
      {
        contacts: [
          { name: 'A', isPrimary: true },
          { name: 'B', isPrimary: true },
        ],
      },
      ['contacts'],
      'INVALID',
    ],
  ])('refuses a bad %s with a user error and writes nothing', async (_label, overrides, field, code) => {
    const before = await api.prisma.customer.count();
    const { data, errors } = await api.gql(CreateCustomer, { input: customerInput(overrides as never) });
    expect(errors).toBeUndefined();
    expect(data?.customerCreate.customer).toBeNull();
    expect(data?.customerCreate.userErrors).toContainEqual(
      expect.objectContaining({ field, code, message: expect.any(String) }),
    );
    expect(await api.prisma.customer.count()).toBe(before);
  });

  it('reports every problem of one input at once', async () => {
    const { data } = await api.gql(CreateCustomer, {
      input: customerInput({ email: 'bad', phone: 'bad', currency: 'ZZZ' }),
    });
    expect(data?.customerCreate.userErrors.map((e) => e.code).sort()).toEqual([
      'INVALID_CURRENCY',
      'INVALID_EMAIL',
      'INVALID_PHONE',
    ]);
  });

  it('refuses a duplicate customer code, also when both arrive at once', async () => {
    await createCustomer(api, { code: 'DUP-1' });
    const { data } = await api.gql(CreateCustomer, { input: customerInput({ code: 'DUP-1' }) });
    expect(data?.customerCreate.userErrors).toEqual([expect.objectContaining({ field: ['code'], code: 'DUPLICATE' })]);

    const results = await Promise.all(
      Array.from({ length: 8 }, () => api.gql(CreateCustomer, { input: customerInput({ code: 'RACE-1' }) })),
    );
    const created = results.filter((r) => r.data?.customerCreate.customer);
    expect(created).toHaveLength(1);
    for (const r of results.filter((r) => !r.data?.customerCreate.customer)) {
      expect(r.data?.customerCreate.userErrors[0]).toMatchObject({ field: ['code'], code: 'DUPLICATE' });
    }
    expect(await api.prisma.customer.count({ where: { code: 'RACE-1' } })).toBe(1);
  });

  it('reads decimals exactly: a credit limit of "0.10" is not 0.1000000000000000055', async () => {
    const customer = await createCustomer(api, { purchaseTerms: { creditLimit: '0.10' } });
    expect(customer.purchaseTerms.creditLimit).toEqual({ amount: '0.10', currency: 'RON' });
    const big = await createCustomer(api, { purchaseTerms: { creditLimit: '999999999999.99' } });
    expect(big.purchaseTerms.creditLimit?.amount).toBe('999999999999.99');
  });
});

describe('customerUpdate', () => {
  it('changes only the fields given, clears fields set to null and replaces contacts', async () => {
    const customer = await createCustomer(api, {
      email: 'old@example.ro',
      phone: '+40721000000',
      notes: 'keep me',
      contacts: [{ name: 'Old Contact' }],
    });
    const { data } = await api.gql(UpdateCustomer, {
      input: {
        id: customer.id,
        email: 'new@example.ro',
        phone: null,
        contacts: [{ name: 'New A' }, { name: 'New B', isPrimary: true }],
      },
    });
    expect(data?.customerUpdate.userErrors).toEqual([]);
    expect(data?.customerUpdate.customer).toMatchObject({ email: 'new@example.ro', phone: null, notes: 'keep me' });
    expect(data?.customerUpdate.customer?.contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ['New A', false],
      ['New B', true],
    ]);
    expect(await api.prisma.contact.count({ where: { name: 'Old Contact' } })).toBe(0);
  });

  it('changes nothing when any field is bad', async () => {
    const customer = await createCustomer(api, { displayName: 'Unchanged', contacts: [{ name: 'Stays' }] });
    const { data } = await api.gql(UpdateCustomer, {
      input: { id: customer.id, displayName: 'Changed', contacts: [{ name: 'Replaced' }], email: 'broken' },
    });
    expect(data?.customerUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['email'], code: 'INVALID_EMAIL' }),
    ]);
    const after = await api.gql(GetCustomer, { id: customer.id });
    expect(after.data?.customer).toMatchObject({ displayName: 'Unchanged', contacts: [{ name: 'Stays' }] });
  });

  it('refuses another customer’s code and an unknown id', async () => {
    await createCustomer(api, { code: 'TAKEN-1' });
    const customer = await createCustomer(api);
    const taken = await api.gql(UpdateCustomer, { input: { id: customer.id, code: 'TAKEN-1' } });
    expect(taken.data?.customerUpdate.userErrors[0]).toMatchObject({ field: ['code'], code: 'DUPLICATE' });

    const unknown = await api.gql(UpdateCustomer, { input: { id: 'Q3VzdG9tZXI6bm9wZQ==', displayName: 'x' } });
    expect(unknown.data?.customerUpdate.userErrors[0]).toMatchObject({ field: ['id'], code: 'NOT_FOUND' });
  });

  it('sets and clears purchase terms', async () => {
    const eom15 = await paymentTermsId(api, 'EOM_15');
    const customer = await createCustomer(api);
    const set = await api.gql(UpdateCustomer, {
      input: {
        id: customer.id,
        purchaseTerms: { paymentTermsId: eom15, creditLimit: '500', defaultPaymentMethod: 'CARD' },
      },
    });
    expect(set.data?.customerUpdate.customer?.purchaseTerms).toMatchObject({
      paymentTerms: { code: 'EOM_15' },
      creditLimit: { amount: '500.00' },
      defaultPaymentMethod: 'CARD',
    });
    const cleared = await api.gql(UpdateCustomer, {
      input: { id: customer.id, purchaseTerms: { paymentTermsId: null, creditLimit: null } },
    });
    expect(cleared.data?.customerUpdate.customer?.purchaseTerms).toMatchObject({
      paymentTerms: null,
      creditLimit: null,
      defaultPaymentMethod: 'CARD',
    });
  });
});

describe('archive, restore and delete', () => {
  it('archives and restores, refusing to repeat either', async () => {
    const customer = await createCustomer(api);
    const archived = await api.gql(ArchiveCustomer, { id: customer.id });
    expect(archived.data?.customerArchive.customer).toMatchObject({
      status: 'ARCHIVED',
      archivedAt: expect.any(String),
    });
    const again = await api.gql(ArchiveCustomer, { id: customer.id });
    expect(again.data?.customerArchive.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

    const restored = await api.gql(RestoreCustomer, { id: customer.id });
    expect(restored.data?.customerRestore.customer).toMatchObject({ status: 'ACTIVE', archivedAt: null });
    const restoreAgain = await api.gql(RestoreCustomer, { id: customer.id });
    expect(restoreAgain.data?.customerRestore.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('deletes a customer with no documents, with its contacts', async () => {
    const customer = await createCustomer(api, { contacts: [{ name: 'Gone' }] });
    const { data } = await api.gql(DeleteCustomer, { id: customer.id });
    expect(data?.customerDelete).toEqual({ deletedCustomerId: customer.id, userErrors: [] });
    expect((await api.gql(GetCustomer, { id: customer.id })).data?.customer).toBeNull();
    expect(await api.prisma.contact.count({ where: { name: 'Gone' } })).toBe(0);

    const twice = await api.gql(DeleteCustomer, { id: customer.id });
    expect(twice.data?.customerDelete.userErrors[0]).toMatchObject({ field: ['id'], code: 'NOT_FOUND' });
  });
});
