import type { PrismaClient } from '../src/generated/prisma/client.js';

/**
 * Reference data every book needs: payment terms, tax rates, the invoice and credit-note series
 * and the company's defaults. Loaded at every start (it only adds what is missing); production
 * gets it with SEED_DEMO_DATA=false too.
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  const terms = [
    { code: 'DUE_ON_RECEIPT', name: 'Due on receipt', kind: 'DUE_ON_RECEIPT', days: 0 },
    { code: 'NET_7', name: 'Net 7 days', kind: 'NET_DAYS', days: 7 },
    { code: 'NET_15', name: 'Net 15 days', kind: 'NET_DAYS', days: 15 },
    { code: 'NET_30', name: 'Net 30 days', kind: 'NET_DAYS', days: 30 },
    { code: 'NET_45', name: 'Net 45 days', kind: 'NET_DAYS', days: 45 },
    { code: 'NET_60', name: 'Net 60 days', kind: 'NET_DAYS', days: 60 },
    { code: 'EOM', name: 'End of month', kind: 'END_OF_MONTH_PLUS_DAYS', days: 0 },
    { code: 'EOM_15', name: 'End of month + 15 days', kind: 'END_OF_MONTH_PLUS_DAYS', days: 15 },
    { code: 'EOM_30', name: 'End of month + 30 days', kind: 'END_OF_MONTH_PLUS_DAYS', days: 30 },
  ] as const;
  for (const term of terms) {
    await prisma.paymentTerms.upsert({ where: { code: term.code }, create: term, update: {} });
  }

  const taxRates = [
    { code: 'RO_19', name: 'TVA 19%', kind: 'STANDARD', rate: '19', legalMention: null },
    { code: 'RO_9', name: 'TVA 9%', kind: 'STANDARD', rate: '9', legalMention: null },
    { code: 'RO_5', name: 'TVA 5%', kind: 'STANDARD', rate: '5', legalMention: null },
    { code: 'RO_0', name: 'TVA 0%', kind: 'STANDARD', rate: '0', legalMention: null },
    {
      code: 'EXEMPT',
      name: 'Scutit de TVA',
      kind: 'EXEMPT',
      rate: '0',
      legalMention: 'Scutit de TVA conform art. 292 din Codul fiscal (Legea 227/2015).',
    },
    {
      code: 'REVERSE_CHARGE',
      name: 'Taxare inversă',
      kind: 'REVERSE_CHARGE',
      rate: '0',
      legalMention:
        'Taxare inversă conform art. 331 din Codul fiscal / Reverse charge, art. 196 Directive 2006/112/EC.',
    },
    {
      code: 'OUT_OF_SCOPE',
      name: 'În afara sferei TVA',
      kind: 'OUT_OF_SCOPE',
      rate: '0',
      legalMention:
        'Penalitățile de întârziere nu intră în baza de impozitare a TVA (art. 286 alin. (4) lit. b) Cod fiscal).',
    },
  ] as const;
  for (const rate of taxRates) {
    await prisma.taxRate.upsert({ where: { code: rate.code }, create: rate, update: {} });
  }

  const series = await prisma.invoiceSeries.upsert({
    where: { code: 'INV' },
    create: { code: 'INV', prefix: 'INV' },
    update: {},
  });
  await prisma.invoiceSeries.upsert({ where: { code: 'CN' }, create: { code: 'CN', prefix: 'CN' }, update: {} });
  if (!(await prisma.companySettings.findUnique({ where: { id: 1 } }))) {
    const standard = await prisma.taxRate.findUniqueOrThrow({ where: { code: 'RO_19' } });
    const net30 = await prisma.paymentTerms.findUniqueOrThrow({ where: { code: 'NET_30' } });
    const priceList = await prisma.priceList.upsert({
      where: { name: 'Standard RON' },
      create: { name: 'Standard RON', currency: 'RON', isDefault: true },
      update: {},
    });
    await prisma.companySettings.create({
      data: {
        id: 1,
        name: 'My company',
        defaultCurrency: 'RON',
        defaultPaymentTermsId: net30.id,
        defaultPriceListId: priceList.id,
        defaultSeriesId: series.id,
        defaultTaxRateId: standard.id,
        country: 'RO',
      },
    });
  }

  // The default reminder policy: a courtesy note 3 days before the due date, reminders 1 and 15
  // days after it, a final notice at 30, and a follow-up a week after a partial payment.
  if (!(await prisma.reminderPolicy.findFirst({ where: { isDefault: true } }))) {
    await prisma.reminderPolicy.create({
      data: {
        name: 'Standard',
        isDefault: true,
        partialFollowUpDays: 7,
        steps: {
          create: [
            { offsetDays: -3, kind: 'COURTESY' },
            { offsetDays: 1, kind: 'REMINDER' },
            { offsetDays: 15, kind: 'REMINDER' },
            { offsetDays: 30, kind: 'FINAL_NOTICE' },
          ],
        },
      },
    });
  }
}
