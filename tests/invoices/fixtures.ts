import type { ContractTermInput, InvoiceLineInput, PriceInput } from '../gql/graphql.js';
import type { GqlClient } from '../support/test-server.js';
import {
  ActivateContract,
  AddPrices,
  Catalog,
  CreateContract,
  CreateDraft,
  CreateItem,
  CreatePriceList,
  IssueInvoice,
} from './operations.js';

function must<T>(value: T | null | undefined, what: string, problems: unknown): T {
  if (value == null) throw new Error(`${what} failed: ${JSON.stringify(problems)}`);
  return value;
}

/** Builds catalog data through the API, as a user would. */
export async function catalog(api: GqlClient) {
  const { data } = await api.gql(Catalog);
  const rates = data!.taxRates;
  const rate = (code: string) => rates.find((r) => r.code === code)!.id;
  let sku = 0;
  return {
    rate,
    defaultPriceListId: data!.companySettings.defaultPriceList!.id,
    async item(basePrice: string, options: { taxCode?: string; currency?: string; name?: string } = {}) {
      sku += 1;
      const result = await api.gql(CreateItem, {
        input: {
          sku: `SKU-${Date.now().toString(36)}-${sku}`,
          name: options.name ?? `Item ${sku}`,
          basePrice,
          currency: options.currency ?? 'RON',
          defaultTaxRateId: rate(options.taxCode ?? 'RO_19'),
        },
      });
      return must(result.data?.itemCreate.item, 'itemCreate', result.errors ?? result.data?.itemCreate.userErrors).id;
    },
    async priceList(name: string, currency = 'RON') {
      const result = await api.gql(CreatePriceList, { input: { name, currency } });
      return must(
        result.data?.priceListCreate.priceList,
        'priceListCreate',
        result.errors ?? result.data?.priceListCreate.userErrors,
      ).id;
    },
    async prices(priceListId: string, prices: PriceInput[]) {
      const result = await api.gql(AddPrices, { input: { priceListId, prices } });
      must(
        result.data?.priceListAddPrices.priceList,
        'priceListAddPrices',
        result.errors ?? result.data?.priceListAddPrices.userErrors,
      );
    },
    async contract(
      customerId: string,
      number: string,
      startDate: string,
      endDate: string | null,
      terms: ContractTermInput[],
      activate = true,
    ) {
      const created = await api.gql(CreateContract, {
        input: { customerId, number, title: `Contract ${number}`, startDate, endDate, terms },
      });
      const contract = must(
        created.data?.contractCreate.contract,
        'contractCreate',
        created.errors ?? created.data?.contractCreate.userErrors,
      );
      if (activate) {
        const activated = await api.gql(ActivateContract, { id: contract.id });
        must(
          activated.data?.contractActivate.contract,
          'contractActivate',
          activated.errors ?? activated.data?.contractActivate.userErrors,
        );
      }
      return contract;
    },
    async draft(
      customerId: string,
      lines: InvoiceLineInput[],
      extra: { issueDate?: string; paymentTermsId?: string } = {},
    ) {
      const result = await api.gql(CreateDraft, { input: { customerId, lines, ...extra } });
      return must(
        result.data?.invoiceCreateDraft.invoice,
        'invoiceCreateDraft',
        result.errors ?? result.data?.invoiceCreateDraft.userErrors,
      );
    },
    async issued(
      customerId: string,
      lines: InvoiceLineInput[],
      extra: { issueDate?: string; paymentTermsId?: string } = {},
    ) {
      const draft = await this.draft(customerId, lines, extra);
      const result = await api.gql(IssueInvoice, { input: { id: draft.id } });
      return must(
        result.data?.invoiceIssue.invoice,
        'invoiceIssue',
        result.errors ?? result.data?.invoiceIssue.userErrors,
      );
    },
  };
}
