import { pino } from 'pino';
import type { Context } from '../src/context.js';
import type { PaymentMethod, PrismaClient } from '../src/generated/prisma/client.js';
import { addPrices, createItem, savePriceList, updateCompanySettings } from '../src/modules/catalog/catalog.service.js';
import { activateContract, createContract } from '../src/modules/contracts/contracts.service.js';
import { issueCreditNote } from '../src/modules/credits/credits.service.js';
import { logCommunication } from '../src/modules/communications/communications.service.js';
import { searchTextOf } from '../src/modules/customers/customers.service.js';
import { createDraft, issueInvoice, voidInvoice } from '../src/modules/invoices/invoices.service.js';
import { markInvoicePaid, recordPayment } from '../src/modules/payments/payments.service.js';
import { Decimal } from '../src/money/money.js';
import { createLocalPubSub } from '../src/server/pubsub.js';
import { foldForSearch } from '../src/shared/text.js';

// The demo book: customers, a catalog, contracts and documents in every state, written through
// the services (with plain row ids) as the API would. Loaded into an empty database when
// SEED_DEMO_DATA is on (the default); never into a book that has customers.

interface DemoCustomer {
  code: string;
  displayName: string;
  legalName: string;
  kind: 'COMPANY' | 'PERSON';
  taxId: string | null;
  city: string;
  region: string | null;
  street: string;
  postalCode: string;
  country: string;
  currency: string;
  phone: string;
  domain: string | null;
  contacts: [name: string, role: string][];
  terms: string;
  method: PaymentMethod;
  creditLimit: string | null;
  tags: string[];
}

const romanian: [string, string, string, string, string, string, string, [string, string][]][] = [
  [
    'Ionescu Construct',
    'SRL',
    'București',
    'București',
    'Str. Polonă 12',
    '010494',
    '+40213101234',
    [
      ['Andrei Ionescu', 'Director general'],
      ['Maria Popa', 'Contabil șef'],
    ],
  ],
  [
    'Ștefănescu Distribuție',
    'SRL',
    'Cluj-Napoca',
    'Cluj',
    'Str. Memorandumului 28',
    '400114',
    '+40264591022',
    [['Ștefan Ștefănescu', 'Administrator']],
  ],
  [
    'Țara Bună Agro',
    'SA',
    'Iași',
    'Iași',
    'Bd. Ștefan cel Mare 4',
    '700063',
    '+40232215500',
    [
      ['Ioana Țurcanu', 'Director financiar'],
      ['Mihai Lungu', 'Achiziții'],
    ],
  ],
  [
    'Brașov Tech Solutions',
    'SRL',
    'Brașov',
    'Brașov',
    'Str. Republicii 45',
    '500030',
    '+40268412877',
    [['Radu Mureșan', 'CTO']],
  ],
  [
    'Dunărea Logistic',
    'SRL',
    'Galați',
    'Galați',
    'Str. Domnească 101',
    '800008',
    '+40236460312',
    [['Elena Dumitrescu', 'Manager operațiuni']],
  ],
  [
    'Carpați Mobila',
    'SRL',
    'Suceava',
    'Suceava',
    'Str. Ana Ipătescu 9',
    '720004',
    '+40230523411',
    [
      ['Vasile Hrițcu', 'Administrator'],
      ['Dana Hrițcu', 'Contabil'],
    ],
  ],
  [
    'Timiș Farm',
    'SRL',
    'Timișoara',
    'Timiș',
    'Bd. Revoluției 1989 nr. 7',
    '300054',
    '+40256200410',
    [['Gheorghe Bălan', 'Director']],
  ],
  [
    'Constanța Marine Services',
    'SRL',
    'Constanța',
    'Constanța',
    'Str. Traian 36',
    '900178',
    '+40241612300',
    [['Cristina Neagu', 'Director comercial']],
  ],
  [
    'Oltenia Energie Verde',
    'SA',
    'Craiova',
    'Dolj',
    'Calea București 51',
    '200440',
    '+40251414900',
    [
      ['Marius Oprea', 'Director achiziții'],
      ['Alina Stan', 'Contabilitate'],
    ],
  ],
  [
    'Sibiu Print',
    'SRL',
    'Sibiu',
    'Sibiu',
    'Str. Nicolae Bălcescu 17',
    '550159',
    '+40269210433',
    [['Hans Schuster', 'Administrator']],
  ],
  [
    'Mureș Lactate',
    'SRL',
    'Târgu Mureș',
    'Mureș',
    'Str. Gheorghe Doja 64',
    '540146',
    '+40265260789',
    [['Attila Kovács', 'Director general']],
  ],
  [
    'Bihor Transport',
    'SRL',
    'Oradea',
    'Bihor',
    'Str. Republicii 3',
    '410159',
    '+40259412233',
    [['Florin Crișan', 'Dispecerat']],
  ],
  [
    'Argeș Auto Piese',
    'SRL',
    'Pitești',
    'Argeș',
    'Bd. Republicii 118',
    '110050',
    '+40248211456',
    [['Cătălin Vlad', 'Achiziții']],
  ],
  [
    'Prahova Petrochim Service',
    'SA',
    'Ploiești',
    'Prahova',
    'Str. Mihai Bravu 235',
    '100410',
    '+40244522900',
    [['Adriana Georgescu', 'Director financiar']],
  ],
  [
    'Bacău Textile',
    'SRL',
    'Bacău',
    'Bacău',
    'Str. Mărășești 12',
    '600017',
    '+40234510876',
    [['Irina Rusu', 'Administrator']],
  ],
  ['Banat Horeca', 'SRL', 'Arad', 'Arad', 'Bd. Revoluției 84', '310025', '+40257280123', [['Darius Pop', 'Manager']]],
  [
    'Vâlcea Băi și Turism',
    'SA',
    'Râmnicu Vâlcea',
    'Vâlcea',
    'Str. General Praporgescu 2',
    '240200',
    '+40250735600',
    [['Simona Vâlceanu', 'Director vânzări']],
  ],
  [
    'Alba Vinuri',
    'SRL',
    'Alba Iulia',
    'Alba',
    'Str. Vasile Goldiș 7',
    '510009',
    '+40258811345',
    [['Nicolae Jinga', 'Oenolog șef']],
  ],
  [
    'Maramureș Lemn',
    'SRL',
    'Baia Mare',
    'Maramureș',
    'Bd. București 10',
    '430012',
    '+40262221789',
    [['Ion Pleș', 'Administrator']],
  ],
  [
    'Buzău Cereale',
    'SRL',
    'Buzău',
    'Buzău',
    'Str. Unirii 150',
    '120181',
    '+40238710456',
    [['Costel Enache', 'Director']],
  ],
  [
    'Hunedoara Metal',
    'SA',
    'Deva',
    'Hunedoara',
    'Str. 1 Decembrie 35',
    '330025',
    '+40254212900',
    [
      ['Liviu Barbu', 'Achiziții'],
      ['Corina Barbu', 'Contabil'],
    ],
  ],
  [
    'Neamț Apicola',
    'SRL',
    'Piatra Neamț',
    'Neamț',
    'Str. Ștefan cel Mare 11',
    '610004',
    '+40233218765',
    [['Petru Ungureanu', 'Apicultor șef']],
  ],
  [
    'Ilfov Retail',
    'SRL',
    'Voluntari',
    'Ilfov',
    'Bd. Pipera 1',
    '077190',
    '+40213332211',
    [['Roxana Marin', 'Category manager']],
  ],
  [
    'Dâmbovița Sere',
    'SRL',
    'Târgoviște',
    'Dâmbovița',
    'Calea Domnească 180',
    '130011',
    '+40245611234',
    [['Aurel Tudor', 'Administrator']],
  ],
  [
    'Satu Mare Panificație',
    'SRL',
    'Satu Mare',
    'Satu Mare',
    'Str. Mihai Viteazul 5',
    '440014',
    '+40261710987',
    [['Zoltán Szabó', 'Director producție']],
  ],
];

const persons: [string, string, string, string, string, string][] = [
  ['Popescu Ana-Maria', 'București', 'București', 'Str. Lipscani 25', '030031', '+40722123456'],
  ['Georgescu Ștefan', 'Cluj-Napoca', 'Cluj', 'Str. Horea 3', '400174', '+40744987654'],
  ['Dumitru Ioana', 'Iași', 'Iași', 'Str. Lăpușneanu 14', '700057', '+40733111222'],
  ['Constantinescu Mihai', 'Timișoara', 'Timiș', 'Str. Alba Iulia 2', '300077', '+40755444333'],
  ['Țăranu Bogdan', 'Brașov', 'Brașov', 'Str. Mureșenilor 8', '500030', '+40766222111'],
];

// [display name, legal name, city, region, street, postal code, country, currency, phone, tax id, contacts]
const international: [
  string,
  string,
  string,
  string | null,
  string,
  string,
  string,
  string,
  string,
  string,
  [string, string][],
][] = [
  [
    'Müller Maschinenbau',
    'Müller Maschinenbau GmbH',
    'München',
    'Bayern',
    'Leopoldstraße 42',
    '80802',
    'DE',
    'EUR',
    '+4989123456',
    'DE129273398',
    [
      ['Jürgen Müller', 'Geschäftsführer'],
      ['Petra Wagner', 'Buchhaltung'],
    ],
  ],
  [
    'Société Générale de Fromages',
    'Société Générale de Fromages SAS',
    'Lyon',
    'Auvergne-Rhône-Alpes',
    '12 Rue de la République',
    '69002',
    'FR',
    'EUR',
    '+33472001122',
    'FR40303265045',
    [['Émilie Durand', 'Directrice financière']],
  ],
  [
    'Rossi Arredamenti',
    'Rossi Arredamenti S.r.l.',
    'Milano',
    'Lombardia',
    'Via Torino 61',
    '20123',
    'IT',
    'EUR',
    '+390287654321',
    'IT12345670961',
    [['Giulia Rossi', 'Amministratore']],
  ],
  [
    'Thames Analytics',
    'Thames Analytics Ltd',
    'London',
    null,
    '221 Baker Street',
    'NW1 6XE',
    'GB',
    'GBP',
    '+442079460000',
    'GB123456789',
    [
      ['Oliver Smith', 'Finance Director'],
      ['Amelia Jones', 'Accounts Payable'],
    ],
  ],
  [
    'Acme Corporation',
    'Acme Corporation Inc.',
    'Austin',
    'TX',
    '500 Congress Ave',
    '78701',
    'US',
    'USD',
    '+15125550100',
    '74-1234567',
    [['John Doe', 'Controller']],
  ],
  [
    'Nagy és Társa',
    'Nagy és Társa Kft.',
    'Budapest',
    null,
    'Andrássy út 23',
    '1061',
    'HU',
    'HUF',
    '+3613214567',
    'HU12345678',
    [['Nagy Péter', 'Ügyvezető']],
  ],
  [
    'Sofia Trade House',
    'Sofia Trade House EOOD',
    'Sofia',
    null,
    'bul. Vitosha 15',
    '1000',
    'BG',
    'EUR',
    '+35929876543',
    'BG123456789',
    [['Georgi Ivanov', 'Manager']],
  ],
  [
    'Van der Berg Logistics',
    'Van der Berg Logistics B.V.',
    'Rotterdam',
    'Zuid-Holland',
    'Coolsingel 40',
    '3011 AD',
    'NL',
    'EUR',
    '+31104567890',
    'NL123456789B01',
    [['Sanne de Vries', 'Financieel directeur']],
  ],
  [
    'Kowalski Budownictwo',
    'Kowalski Budownictwo Sp. z o.o.',
    'Kraków',
    'Małopolskie',
    'ul. Floriańska 10',
    '31-019',
    'PL',
    'PLN',
    '+48124221234',
    'PL6762345678',
    [['Łukasz Kowalski', 'Prezes']],
  ],
  [
    'Chișinău Agro Export',
    'Chișinău Agro Export SRL',
    'Chișinău',
    null,
    'Bd. Ștefan cel Mare 134',
    'MD-2012',
    'MD',
    'EUR',
    '+37322123456',
    '1003600012345',
    [['Vlad Ciobanu', 'Director']],
  ],
  [
    'Wiener Kaffeehaus Bedarf',
    'Wiener Kaffeehaus Bedarf GmbH',
    'Wien',
    null,
    'Graben 19',
    '1010',
    'AT',
    'EUR',
    '+4315123456',
    'ATU12345678',
    [['Katharina Huber', 'Einkauf']],
  ],
  [
    'Madrid Solar',
    'Madrid Solar S.L.',
    'Madrid',
    'Madrid',
    'Calle de Alcalá 50',
    '28014',
    'ES',
    'EUR',
    '+34915551234',
    'ESB12345674',
    [['Javier García', 'Director financiero']],
  ],
  [
    'Nordic Fjord Seafood',
    'Nordic Fjord Seafood AS',
    'Bergen',
    null,
    'Bryggen 5',
    '5003',
    'NO',
    'EUR',
    '+4755123456',
    'NO923456789MVA',
    [['Ingrid Hansen', 'CFO']],
  ],
  [
    'Tokyo Precision Parts',
    'Tokyo Precision Parts K.K.',
    'Tokyo',
    null,
    '1-1 Marunouchi, Chiyoda-ku',
    '100-0005',
    'JP',
    'JPY',
    '+81312345678',
    'T1234567890123',
    [['Sato Haruki', 'Purchasing Manager']],
  ],
  [
    'Zürich Medtech',
    'Zürich Medtech AG',
    'Zürich',
    'ZH',
    'Bahnhofstrasse 70',
    '8001',
    'CH',
    'CHF',
    '+41441234567',
    'CHE-123.456.789',
    [['Lukas Meier', 'Finanzchef']],
  ],
  [
    'Athens Olive Co',
    'Athens Olive Co S.A.',
    'Athens',
    null,
    'Ermou 30',
    '105 63',
    'GR',
    'EUR',
    '+302101234567',
    'EL123456789',
    [['Eleni Papadopoulou', 'Managing Director']],
  ],
  [
    'Praha Sklo',
    'Praha Sklo s.r.o.',
    'Praha',
    null,
    'Václavské náměstí 12',
    '110 00',
    'CZ',
    'EUR',
    '+420221234567',
    'CZ12345678',
    [['Tomáš Dvořák', 'Jednatel']],
  ],
  [
    'Lisboa Cortiça',
    'Lisboa Cortiça Lda',
    'Lisboa',
    null,
    'Rua Augusta 100',
    '1100-053',
    'PT',
    'EUR',
    '+351213456789',
    'PT123456789',
    [['João Silva', 'Diretor financeiro']],
  ],
  [
    'Dublin Software Labs',
    'Dublin Software Labs Ltd',
    'Dublin',
    null,
    '1 Grand Canal Square',
    'D02 P820',
    'IE',
    'EUR',
    '+35315551234',
    'IE1234567T',
    [['Siobhán Murphy', 'Head of Finance']],
  ],
  [
    'Belgrade Furniture',
    'Belgrade Furniture d.o.o.',
    'Beograd',
    null,
    'Knez Mihailova 20',
    '11000',
    'RS',
    'EUR',
    '+381111234567',
    '101234567',
    [['Milica Jovanović', 'Direktor']],
  ],
];

function slug(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '');
}

function demoCustomers(): DemoCustomer[] {
  const termsCycle = ['NET_30', 'NET_15', 'EOM_15', 'NET_45', 'NET_60', 'DUE_ON_RECEIPT'];
  const methods: PaymentMethod[] = ['BANK_TRANSFER', 'BANK_TRANSFER', 'DIRECT_DEBIT', 'CARD', 'CHEQUE'];
  const list: DemoCustomer[] = [];
  romanian.forEach(([name, suffix, city, county, street, postal, phone, contacts], i) => {
    list.push({
      code: `RO-${String(i + 1).padStart(4, '0')}`,
      displayName: name,
      legalName: `${name} ${suffix}`,
      kind: 'COMPANY',
      taxId: `RO${String(10_000_000 + i * 7_919_113).slice(0, 8)}`,
      city,
      region: county,
      street,
      postalCode: postal,
      country: 'RO',
      currency: 'RON',
      phone,
      domain: `${slug(name)}.ro`,
      contacts,
      terms: termsCycle[i % termsCycle.length],
      method: methods[i % methods.length],
      creditLimit: i % 4 === 3 ? null : String(25_000 * ((i % 5) + 1)),
      tags: [i % 3 === 0 ? 'key-account' : 'smb', ...(i % 5 === 0 ? ['export'] : [])],
    });
  });
  persons.forEach(([name, city, county, street, postal, phone], i) => {
    list.push({
      code: `PF-${String(i + 1).padStart(4, '0')}`,
      displayName: name,
      legalName: name,
      kind: 'PERSON',
      taxId: null,
      city,
      region: county,
      street,
      postalCode: postal,
      country: 'RO',
      currency: 'RON',
      phone,
      domain: null,
      contacts: [],
      terms: 'DUE_ON_RECEIPT',
      method: i % 2 ? 'CARD' : 'CASH',
      creditLimit: '2000',
      tags: ['retail'],
    });
  });
  international.forEach(([name, legal, city, region, street, postal, country, currency, phone, taxId, contacts], i) => {
    list.push({
      code: `EX-${String(i + 1).padStart(4, '0')}`,
      displayName: name,
      legalName: legal,
      kind: 'COMPANY',
      taxId,
      city,
      region,
      street,
      postalCode: postal,
      country,
      currency,
      phone,
      domain: `${slug(name)}.${country.toLowerCase() === 'gb' ? 'co.uk' : country.toLowerCase()}`,
      contacts,
      terms: ['NET_30', 'EOM_30', 'NET_60'][i % 3],
      method: 'BANK_TRANSFER',
      creditLimit: currency === 'JPY' ? '5000000' : currency === 'HUF' ? '20000000' : String(50_000 * ((i % 3) + 1)),
      tags: ['export', ...(i % 4 === 0 ? ['key-account'] : [])],
    });
  });
  return list;
}

/** About fifty customers for trying the API; only written into an empty database. */
export async function seedDemoData(prisma: PrismaClient): Promise<number> {
  if ((await prisma.customer.count()) > 0) return 0;
  const terms = new Map((await prisma.paymentTerms.findMany()).map((t) => [t.code, t.id]));
  const customers = demoCustomers();
  await prisma.$transaction(async (tx) => {
    for (const c of customers) {
      const email = c.domain ? `facturi@${c.domain}` : `${slug(c.displayName)}@example.com`;
      await tx.customer.create({
        data: {
          code: c.code,
          displayName: c.displayName,
          legalName: c.legalName,
          kind: c.kind,
          taxId: c.taxId,
          email,
          phone: c.phone,
          website: c.domain ? `https://www.${c.domain}/` : null,
          billingStreet: c.street,
          billingCity: c.city,
          billingRegion: c.region,
          billingPostalCode: c.postalCode,
          billingCountry: c.country,
          currency: c.currency,
          tags: c.tags,
          paymentTermsId: terms.get(c.terms),
          defaultPaymentMethod: c.method,
          creditLimit: c.creditLimit,
          defaultTaxTreatment:
            c.country === 'RO'
              ? 'STANDARD'
              : ['MD', 'US', 'JP', 'CH', 'NO', 'GB', 'RS'].includes(c.country)
                ? 'EXEMPT'
                : 'REVERSE_CHARGE',
          searchText: searchTextOf({ ...c, email }),
          contacts: {
            create: c.contacts.map(([name, role], position) => ({
              name,
              role,
              position,
              isPrimary: position === 0,
              email: c.domain ? `${slug(name.split(' ')[0])}@${c.domain}` : null,
            })),
          },
        },
      });
    }
  });
  return customers.length;
}

/** Items, price lists, contracts, invoices in every state, payments and a credit note, made through the services. */
export async function seedDemoDocuments(prisma: PrismaClient, now: Date = new Date()): Promise<number> {
  if ((await prisma.invoice.count()) > 0) return 0;
  const ctx: Context = {
    requestId: 'seed',
    viewer: { id: 'seed', name: 'Demo data', role: 'ADMIN' },
    prisma,
    pubsub: createLocalPubSub(),
    log: pino({ level: 'silent' }),
    now: () => now,
  };
  const rates = new Map((await prisma.taxRate.findMany()).map((r) => [r.code, r.id]));
  const settings = await prisma.companySettings.findUniqueOrThrow({ where: { id: 1 } });
  await updateCompanySettings(ctx, {
    name: 'Clientela Demo',
    legalName: 'Clientela Demo SRL',
    taxId: 'RO40000001',
    street: 'Bd. Unirii 1',
    city: 'București',
    postalCode: '030167',
    country: 'RO',
    bankName: 'Banca Transilvania',
    bankAccount: 'RO49BTRL0000000000000001',
  });

  const catalogItems = [
    ['CONS-H', 'Consultanță (oră)', 'h', '350.00', 'RO_19'],
    ['DEV-H', 'Dezvoltare software (oră)', 'h', '280.00', 'RO_19'],
    ['LIC-Y', 'Licență anuală Clientela', 'pcs', '4800.00', 'RO_19'],
    ['SUP-M', 'Suport lunar', 'month', '1200.00', 'RO_19'],
    ['TRAIN', 'Curs de instruire (zi)', 'day', '2500.00', 'RO_9'],
    ['BOOK', 'Manual de utilizare tipărit', 'pcs', '120.00', 'RO_5'],
    ['HW-TAB', 'Tabletă pentru teren', 'pcs', '1899.99', 'RO_19'],
    ['SHIP', 'Transport', 'pcs', '45.00', 'RO_19'],
  ] as const;
  const items = new Map<string, string>();
  for (const [sku, name, unit, price, rate] of catalogItems) {
    const { itemId } = await createItem(ctx, {
      sku,
      name,
      unit,
      basePrice: new Decimal(price),
      currency: 'RON',
      defaultTaxRateId: rates.get(rate)!,
    });
    items.set(sku, itemId);
  }
  await addPrices(ctx, settings.defaultPriceListId!, [
    { itemId: items.get('CONS-H')!, price: new Decimal('330.00') },
    { itemId: items.get('LIC-Y')!, price: new Decimal('4500.00') },
  ]);
  const { priceListId: wholesale } = await savePriceList(ctx, null, { name: 'Parteneri 2026', currency: 'RON' });
  await addPrices(ctx, wholesale, [
    { itemId: items.get('LIC-Y')!, price: new Decimal('3900.00') },
    { itemId: items.get('SUP-M')!, price: new Decimal('950.00') },
  ]);
  const { priceListId: eur } = await savePriceList(ctx, null, { name: 'Export EUR', currency: 'EUR' });
  await addPrices(ctx, eur, [
    { itemId: items.get('LIC-Y')!, price: new Decimal('950.00') },
    { itemId: items.get('CONS-H')!, price: new Decimal('75.00') },
  ]);

  const customer = async (code: string) => prisma.customer.findUniqueOrThrow({ where: { code } });
  const ionescu = await customer('RO-0001');
  const stefanescu = await customer('RO-0002');
  const muller = await customer('EX-0001');
  await prisma.customer.update({ where: { id: stefanescu.id }, data: { priceListId: wholesale } });
  await prisma.customer.update({ where: { id: muller.id }, data: { priceListId: eur } });

  const year = now.getUTCFullYear();
  const { contractId } = await createContract(ctx, {
    customerId: ionescu.id,
    number: `CTR-${year}-001`,
    title: 'Contract cadru servicii IT',
    startDate: new Date(Date.UTC(year, 0, 1)),
    endDate: new Date(Date.UTC(year, 11, 31)),
    terms: [
      { kind: 'ITEM_PRICE', itemId: items.get('DEV-H')!, price: new Decimal('240.00') },
      { kind: 'CONTRACT_DISCOUNT', discountPercent: new Decimal('5') },
    ],
  });
  await activateContract(ctx, contractId);
  const { contractId: eduContract } = await createContract(ctx, {
    customerId: stefanescu.id,
    number: `CTR-${year}-002`,
    title: 'Program de instruire',
    startDate: new Date(Date.UTC(year, 0, 1)),
    terms: [
      {
        kind: 'TAX_TREATMENT',
        itemId: items.get('TRAIN')!,
        taxRateId: rates.get('EXEMPT')!,
        taxReason: 'Formare profesională scutită, art. 292 alin. (1) lit. a)',
      },
    ],
  });
  await activateContract(ctx, eduContract);

  const day = (offset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset));
  const line = (sku: string, quantity: string) => ({
    itemId: items.get(sku)!,
    quantity: new Decimal(quantity),
  });
  const invoices: {
    customerId: string;
    issueDate: Date;
    lines: ReturnType<typeof line>[];
    after?: 'issue' | 'void';
  }[] = [
    // In date order: a series' numbers follow its dates.
    { customerId: ionescu.id, issueDate: day(-75), lines: [line('DEV-H', '40'), line('CONS-H', '6')], after: 'issue' },
    {
      customerId: stefanescu.id,
      issueDate: day(-40),
      lines: [line('LIC-Y', '3'), line('TRAIN', '2'), line('BOOK', '10')],
      after: 'issue',
    },
    { customerId: ionescu.id, issueDate: day(-20), lines: [line('SUP-M', '1')], after: 'issue' },
    { customerId: muller.id, issueDate: day(-10), lines: [line('LIC-Y', '2'), line('CONS-H', '12')], after: 'issue' },
    {
      customerId: (await customer('RO-0004')).id,
      issueDate: day(-5),
      lines: [line('HW-TAB', '4'), line('SHIP', '1')],
      after: 'void',
    },
    { customerId: (await customer('RO-0007')).id, issueDate: day(0), lines: [line('CONS-H', '2.5')] },
  ];
  const ids: string[] = [];
  for (const invoice of invoices) {
    const { invoiceId } = await createDraft(ctx, {
      customerId: invoice.customerId,
      issueDate: invoice.issueDate,
      lines: invoice.lines,
    });
    if (invoice.after) await issueInvoice(ctx, invoiceId);
    if (invoice.after === 'void') await voidInvoice(ctx, invoiceId, 'Comandă anulată de client');
    ids.push(invoiceId);
  }
  // Paid, partly paid and credited invoices, and some unapplied credit.
  await markInvoicePaid(ctx, { invoiceId: ids[2], receivedOn: day(-3), method: 'DIRECT_DEBIT', reference: 'DD-0001' });
  await recordPayment(ctx, {
    customerId: stefanescu.id,
    amount: new Decimal('10000.00'),
    receivedOn: day(-15),
    method: 'BANK_TRANSFER',
    reference: 'OP 4471',
  });
  await issueCreditNote(ctx, {
    invoiceId: ids[1],
    reason: 'Manuale returnate (2 buc.)',
    amount: new Decimal('252.00'),
    issueDate: day(-12),
  });
  await recordPayment(ctx, {
    customerId: muller.id,
    amount: new Decimal('3000.00'),
    currency: 'EUR',
    receivedOn: day(-2),
    method: 'BANK_TRANSFER',
    reference: 'SEPA 88213',
  });
  // What was said: a call about the oldest invoice (overdue), and a note after the partial payment.
  await logCommunication(ctx, {
    customerId: ionescu.id,
    channel: 'PHONE',
    direction: 'OUTBOUND',
    subject: 'Factura restantă',
    body: 'Am sunat la contabilitate; plata va fi făcută săptămâna aceasta.',
    invoiceId: ids[0],
    occurredAt: day(-3),
  });
  await logCommunication(ctx, {
    customerId: stefanescu.id,
    channel: 'NOTE',
    direction: 'INBOUND',
    subject: 'Manuale returnate',
    body: 'Clientul a returnat 2 manuale; emisă notă de credit.',
    invoiceId: ids[1],
    occurredAt: day(-12),
  });
  await prisma.customer.update({ where: { id: muller.id }, data: { language: 'en' } });
  return invoices.length;
}
