import { graphql } from '../gql/index.js';

export const Catalog = graphql(`
  query Catalog {
    taxRates { id code kind rate legalMention }
    companySettings { defaultCurrency defaultPriceList { id name } defaultPaymentTerms { code } defaultTaxRate { code } }
  }
`);

export const CreateItem = graphql(`
  mutation CreateItem($input: ItemCreateInput!) {
    itemCreate(input: $input) { item { id sku basePrice { amount currency } } userErrors { field code message } }
  }
`);

export const CreatePriceList = graphql(`
  mutation CreatePriceList($input: PriceListCreateInput!) {
    priceListCreate(input: $input) { priceList { id name currency isDefault } userErrors { field code message } }
  }
`);

export const AddPrices = graphql(`
  mutation AddPrices($input: PriceListAddPricesInput!) {
    priceListAddPrices(input: $input) {
      priceList { id prices(first: 50) { totalCount edges { node { id item { sku } price { amount } validFrom validTo } } } }
      userErrors { field code message }
    }
  }
`);

export const CreateContract = graphql(`
  mutation CreateContract($input: ContractCreateInput!) {
    contractCreate(input: $input) { contract { id number status terms { id kind } } userErrors { field code message } }
  }
`);

export const ActivateContract = graphql(`
  mutation ActivateContract($id: ID!) {
    contractActivate(input: { id: $id }) { contract { id status } userErrors { field code message } }
  }
`);

export const AmendContract = graphql(`
  mutation AmendContract($input: ContractAmendInput!) {
    contractAmend(input: $input) { contract { id terms { id kind validFrom validTo price { amount } } } userErrors { field code message } }
  }
`);

export const TerminateContract = graphql(`
  mutation TerminateContract($input: ContractTerminateInput!) {
    contractTerminate(input: $input) { contract { id status endDate } userErrors { field code message } }
  }
`);

export const Quote = graphql(`
  query Quote($input: PriceQuoteInput!) {
    priceQuote(input: $input) {
      quote {
        currency
        date
        lines {
          description
          unitPrice { amount }
          priceSource
          priceContractTerm { id contract { number } }
          priceListEntry { id }
          discountPercent
          discountSource
          discountContractTerm { id }
          taxRate { code }
          taxSource
          taxReason
          explanation
          lineAmount { amount }
          discountAmount { amount }
          netAmount { amount }
          taxAmount { amount }
          totalAmount { amount }
        }
        subtotal { amount }
        discountTotal { amount }
        taxTotal { amount }
        total { amount currency }
        taxes { taxRate { code } netAmount { amount } taxAmount { amount } }
      }
      userErrors { field code message }
    }
  }
`);

export const InvoiceFields = graphql(`
  fragment InvoiceFields on Invoice {
    id
    number
    status
    issueDate
    dueDate
    currency
    paymentMethod
    paymentTerms { code }
    priceList { name }
    sources { currency paymentTerms paymentMethod priceList }
    billTo { name legalName taxId street city country }
    lines {
      id
      position
      description
      quantity
      unitPrice { amount }
      priceSource
      priceContractTerm { id }
      discountPercent
      taxRate { code }
      taxSource
      explanation
      netAmount { amount }
      taxAmount { amount }
      totalAmount { amount }
    }
    subtotal { amount }
    discountTotal { amount }
    taxTotal { amount }
    total { amount currency }
    taxes { taxRate { code } netAmount { amount } taxAmount { amount } }
    legalMentions
    amountDue { amount }
    isOverdue
    daysOverdue
    voidReason
  }
`);

export const CreateDraft = graphql(`
  mutation CreateDraft($input: InvoiceCreateDraftInput!) {
    invoiceCreateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }
  }
`);

export const DraftLineCurrencies = graphql(`
  mutation DraftLineCurrencies($input: InvoiceUpdateDraftInput!) {
    invoiceUpdateDraft(input: $input) {
      invoice { currency lines { unitPrice { amount currency } totalAmount { amount currency } } }
      userErrors { field code message }
    }
  }
`);

export const UpdateDraft = graphql(`
  mutation UpdateDraft($input: InvoiceUpdateDraftInput!) {
    invoiceUpdateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }
  }
`);

export const AddLine = graphql(`
  mutation AddLine($input: InvoiceLineAddInput!) {
    invoiceLineAdd(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }
  }
`);

export const UpdateLine = graphql(`
  mutation UpdateLine($input: InvoiceLineUpdateInput!) {
    invoiceLineUpdate(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }
  }
`);

export const RemoveLine = graphql(`
  mutation RemoveLine($input: InvoiceLineRemoveInput!) {
    invoiceLineRemove(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }
  }
`);

export const IssueInvoice = graphql(`
  mutation IssueInvoice($input: InvoiceIssueInput!) {
    invoiceIssue(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }
  }
`);

export const VoidInvoice = graphql(`
  mutation VoidInvoice($input: InvoiceVoidInput!) {
    invoiceVoid(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }
  }
`);

export const DeleteDraft = graphql(`
  mutation DeleteDraft($id: ID!) {
    invoiceDeleteDraft(input: { id: $id }) { deletedInvoiceId userErrors { field code message } }
  }
`);

export const ListInvoices = graphql(`
  query ListInvoices($filter: InvoiceFilter, $orderBy: InvoiceOrder, $first: Int) {
    invoices(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id number status total { amount } dueDate isOverdue } } }
  }
`);
