import { type CsvExport, csvParameter } from './csv-route.js';

interface AmountField {
  amount: string;
}

interface AgeingRowNode {
  customer: { code: string; displayName: string };
  currency: string;
  current: AmountField;
  days1To30: AmountField;
  days31To60: AmountField;
  days61To90: AmountField;
  over90: AmountField;
  total: AmountField;
  unappliedCredit: AmountField;
  balance: AmountField;
  invoiceCount: number;
}

/** `GET /reports/ageing.csv`: receivablesAgeing's customer rows, A to Z, with the same figures. */
export const ageingCsv: CsvExport = {
  filename: 'receivables-ageing.csv',
  query: `query AgeingCsv($asOf: Date, $basis: AgeingBasis, $currency: Currency, $first: Int, $after: String) {
  receivablesAgeing(asOf: $asOf, basis: $basis, currency: $currency) {
    customers(first: $first, after: $after, orderBy: DISPLAY_NAME) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          customer { code displayName }
          currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }
          over90 { amount } total { amount } unappliedCredit { amount } balance { amount } invoiceCount
        }
      }
    }
  }
}`,
  parameters: {
    asOf: csvParameter.date('asOf'),
    basis: csvParameter.oneOf('basis', ['DUE_DATE', 'INVOICE_DATE']),
    currency: csvParameter.currency('currency'),
  },
  header: [
    'customer_code',
    'customer_name',
    'currency',
    'current',
    'days_1_30',
    'days_31_60',
    'days_61_90',
    'over_90',
    'total',
    'unapplied_credit',
    'balance',
    'open_invoices',
  ],
  connection: (data) => (data.receivablesAgeing as { customers: ReturnType<CsvExport['connection']> }).customers,
  row: (node: AgeingRowNode) => [
    node.customer.code,
    node.customer.displayName,
    node.currency,
    node.current.amount,
    node.days1To30.amount,
    node.days31To60.amount,
    node.days61To90.amount,
    node.over90.amount,
    node.total.amount,
    node.unappliedCredit.amount,
    node.balance.amount,
    node.invoiceCount,
  ],
  textColumns: [0, 1],
};
