import type { Customer, PaymentMethod, SettingSource } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { PaymentMethodEnum } from '../../schema/enums.js';
import { requestLoader } from '../../shared/loaders.js';
import { cascade } from './invoice-settings.js';
import { SettingSourceEnum } from './invoices.schema.js';

// What a new invoice for the customer would get, and from which level (company or customer).

interface EffectiveTerms {
  paymentTermsId: string | null;
  paymentTermsSource: SettingSource;
  paymentMethod: PaymentMethod;
  paymentMethodSource: SettingSource;
  priceListId: string | null;
  priceListSource: SettingSource;
}

const company = (ctx: Parameters<typeof requestLoader>[0]) =>
  requestLoader(ctx, 'company-settings', async (keys: readonly number[]) => {
    const settings = await ctx.prisma.companySettings.findUniqueOrThrow({ where: { id: 1 } });
    return keys.map(() => settings);
  }).load(1);

const EffectiveTermsType = builder.objectRef<EffectiveTerms>('EffectivePurchaseTerms').implement({
  description: "The terms a new invoice for this customer starts with: the customer's own, else the company's.",
  fields: (t) => ({
    paymentTerms: t.prismaField({
      type: 'PaymentTerms',
      nullable: true,
      resolve: (q, e, _a, ctx) =>
        e.paymentTermsId ? ctx.prisma.paymentTerms.findUnique({ ...q, where: { id: e.paymentTermsId } }) : null,
    }),
    paymentTermsSource: t.field({ type: SettingSourceEnum, resolve: (e) => e.paymentTermsSource }),
    paymentMethod: t.field({ type: PaymentMethodEnum, resolve: (e) => e.paymentMethod }),
    paymentMethodSource: t.field({ type: SettingSourceEnum, resolve: (e) => e.paymentMethodSource }),
    priceList: t.prismaField({
      type: 'PriceList',
      nullable: true,
      resolve: (q, e, _a, ctx) =>
        e.priceListId ? ctx.prisma.priceList.findUnique({ ...q, where: { id: e.priceListId } }) : null,
    }),
    priceListSource: t.field({ type: SettingSourceEnum, resolve: (e) => e.priceListSource }),
  }),
});

builder.prismaObjectField('Customer', 'effectivePurchaseTerms', (t) =>
  t.field({
    type: EffectiveTermsType,
    select: { paymentTermsId: true, defaultPaymentMethod: true, priceListId: true },
    resolve: async (
      customer: Pick<Customer, 'paymentTermsId' | 'defaultPaymentMethod' | 'priceListId'>,
      _args,
      ctx,
    ): Promise<EffectiveTerms> => {
      const settings = await company(ctx);
      const [paymentTermsId, paymentTermsSource] = cascade(
        null,
        customer.paymentTermsId,
        settings.defaultPaymentTermsId,
      );
      const [paymentMethod, paymentMethodSource] = cascade(
        null,
        customer.defaultPaymentMethod,
        settings.defaultPaymentMethod,
      );
      const [priceListId, priceListSource] = cascade(null, customer.priceListId, settings.defaultPriceListId);
      return { paymentTermsId, paymentTermsSource, paymentMethod, paymentMethodSource, priceListId, priceListSource };
    },
  }),
);
