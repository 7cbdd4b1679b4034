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
    currency: csvParameter.asGiven,
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
  rows: (node: AgeingRowNode) => [
    [
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
  ],
  textColumns: [0, 1],
};

interface CustomerNode {
  code: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  status: string;
  balances: {
    currency: string;
    outstanding: AmountField;
    overdue: AmountField;
    unappliedCredit: AmountField;
    netBalance: AmountField;
  }[];
}

/** `GET /reports/customers.csv`: the customer list, A to Z, a line per currency of each one's balances. */
export const customersCsv: CsvExport = {
  filename: 'customers.csv',
  query: `query CustomersCsv($status: [CustomerStatus!], $first: Int, $after: String) {
  customers(first: $first, after: $after, filter: { status: $status }, orderBy: { field: DISPLAY_NAME, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        code displayName email phone status
        balances { currency outstanding { amount } overdue { amount } unappliedCredit { amount } netBalance { amount } }
      }
    }
  }
}`,
  parameters: {
    status: (value) => [csvParameter.oneOf('status', ['ACTIVE', 'ARCHIVED'])(value)],
  },
  header: [
    'customer_code',
    'customer_name',
    'email',
    'phone',
    'status',
    'currency',
    'outstanding',
    'overdue',
    'unapplied_credit',
    'balance',
  ],
  connection: (data) => data.customers as ReturnType<CsvExport['connection']>,
  rows: (node: CustomerNode) =>
    node.balances.map((balance) => [
      node.code,
      node.displayName,
      node.email,
      node.phone,
      node.status,
      balance.currency,
      balance.outstanding.amount,
      balance.overdue.amount,
      balance.unappliedCredit.amount,
      balance.netBalance.amount,
    ]),
  textColumns: [0, 1, 2, 3],
};

interface RevenueNode {
  customer: { code: string; displayName: string };
  currency: string;
  invoiced: AmountField;
  credited: AmountField;
  net: AmountField;
  collected: AmountField;
  invoiceCount: number;
  share: string | null;
}

/** `GET /reports/revenue.csv?from=…&to=…`: revenue per customer, largest net first. */
export const revenueCsv: CsvExport = {
  filename: 'revenue.csv',
  query: `query RevenueCsv($from: Date!, $to: Date!, $currency: Currency, $first: Int, $after: String) {
  revenue(from: $from, to: $to, currency: $currency) {
    customers(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          customer { code displayName }
          currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount share
        }
      }
    }
  }
}`,
  parameters: {
    from: csvParameter.date('from'),
    to: csvParameter.date('to'),
    currency: csvParameter.asGiven,
  },
  required: ['from', 'to'],
  header: [
    'customer_code',
    'customer_name',
    'currency',
    'invoiced',
    'credited',
    'net',
    'collected',
    'invoices',
    'share_percent',
  ],
  connection: (data) => (data.revenue as { customers: ReturnType<CsvExport['connection']> }).customers,
  rows: (node: RevenueNode) => [
    [
      node.customer.code,
      node.customer.displayName,
      node.currency,
      node.invoiced.amount,
      node.credited.amount,
      node.net.amount,
      node.collected.amount,
      node.invoiceCount,
      node.share,
    ],
  ],
  textColumns: [0, 1],
};
