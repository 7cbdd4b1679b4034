/**
 * The operations the benchmark measures: each a GraphQL document sent to the API and the
 * hand-written SQL the floor server runs to answer with the same `data` (one statement, JSON
 * built by PostgreSQL). The floor is what a careful engineer would write with `pg` alone; the
 * API is measured against it.
 */

export interface BenchOperation {
  name: string;
  /** What the benchmark table calls it. */
  title: string;
  query: string;
  /** Variables for the document; the floor gets the same. */
  variables: (book: BookFacts) => Record<string, unknown>;
  /** One SQL statement returning one row with a `data` column (json); `$1…` from `floorParams`. */
  floorSql?: string;
  floorParams?: (variables: Record<string, unknown>) => unknown[];
}

/** What the operations need to know about the book. */
export interface BookFacts {
  /** The global id of the customer with the most invoices. */
  largestCustomerId: string;
}

const globalId = (type: string, column: string) => `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;
const money = (expression: string) => `json_build_object('amount', round(${expression}, 2)::text)`;
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const todayUtc = `(now() AT TIME ZONE 'UTC')::date`;

export const baseline: BenchOperation = {
  name: 'viewer',
  title: '`{ viewer { role } }`',
  query: '{ viewer { role } }',
  variables: () => ({}),
};

export const customerList: BenchOperation = {
  name: 'customer-list',
  title: '50 customers with contacts, terms, balances (sorted by name)',
  query: `query BenchCustomerList {
  customers(first: 50, orderBy: { field: DISPLAY_NAME, direction: ASC }) {
    edges {
      node {
        id code displayName email phone
        contacts { name email phone }
        purchaseTerms { paymentTerms { code name } }
        balances { currency outstanding { amount } overdue { amount } netBalance { amount } }
      }
    }
  }
}`,
  variables: () => ({}),
  floorSql: `
WITH page AS (
  SELECT id, code, "displayName", email, phone, currency, "paymentTermsId"
  FROM "Customer" WHERE status = 'ACTIVE' ORDER BY "displayName", id LIMIT 50
)
SELECT json_build_object('customers', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
  'id', ${globalId('Customer', 'p.id')},
  'code', p.code, 'displayName', p."displayName", 'email', p.email, 'phone', p.phone,
  'contacts', (SELECT coalesce(json_agg(json_build_object('name', ct.name, 'email', ct.email, 'phone', ct.phone)
                 ORDER BY ct.position, ct.id), '[]') FROM "Contact" ct WHERE ct."customerId" = p.id),
  'purchaseTerms', json_build_object('paymentTerms',
    (SELECT json_build_object('code', t.code, 'name', t.name) FROM "PaymentTerms" t WHERE t.id = p."paymentTermsId")),
  'balances', (
    SELECT json_agg(json_build_object(
      'currency', b.currency,
      'outstanding', ${money('b.outstanding')},
      'overdue', ${money('b.overdue')},
      'netBalance', ${money('b.net')}) ORDER BY b.zero DESC, b.currency)
    FROM (
      SELECT cur.currency, cur.zero, cur.net,
        coalesce((SELECT sum(i.total - i."amountPaid" - i."amountCredited") FROM "Invoice" i
          WHERE i."customerId" = p.id AND i.currency = cur.currency AND i.status IN ('OPEN', 'PARTIALLY_PAID')), 0) AS outstanding,
        coalesce((SELECT sum(i.total - i."amountPaid" - i."amountCredited") FROM "Invoice" i
          WHERE i."customerId" = p.id AND i.currency = cur.currency AND i.status IN ('OPEN', 'PARTIALLY_PAID')
            AND i."dueDate" < ${todayUtc}), 0) AS overdue
      FROM (
        SELECT l.currency, false AS zero, sum(l.amount) AS net FROM "LedgerEntry" l WHERE l."customerId" = p.id GROUP BY l.currency
        UNION ALL
        SELECT p.currency, true, 0 WHERE NOT EXISTS (
          SELECT 1 FROM "LedgerEntry" l WHERE l."customerId" = p.id AND l.currency = p.currency)
      ) cur
    ) b)
)) ORDER BY p."displayName", p.id), '[]'))) AS data
FROM page p`,
};

export const customerDetail: BenchOperation = {
  name: 'customer-detail',
  title: 'one customer (1% of the invoices): 20 invoices with lines, 20 transactions',
  query: `query BenchCustomerDetail($id: ID!) {
  customer(id: $id) {
    code displayName
    invoices(first: 20) {
      totalCount
      edges {
        node {
          number status issueDate dueDate total { amount } amountDue { amount }
          lines { description quantity unitPrice { amount } totalAmount { amount } }
        }
      }
    }
    transactions(first: 20) {
      totalCount
      edges { node { kind occurredOn amount { amount } runningBalance { amount } } }
    }
  }
}`,
  variables: (book) => ({ id: book.largestCustomerId }),
  floorParams: (variables) => [Buffer.from(String(variables.id), 'base64').toString('utf8').slice('Customer:'.length)],
  floorSql: `
WITH customer AS (SELECT id, code, "displayName" FROM "Customer" WHERE id = $1::uuid),
invoices AS (
  SELECT * FROM "Invoice" WHERE "customerId" = $1::uuid ORDER BY "issueDate" DESC, id DESC LIMIT 20
),
entries AS (
  SELECT * FROM "LedgerEntry" WHERE "customerId" = $1::uuid ORDER BY "occurredOn", "createdAt", id LIMIT 20
)
SELECT json_build_object('customer', (
  SELECT json_build_object(
    'code', c.code, 'displayName', c."displayName",
    'invoices', json_build_object(
      'totalCount', (SELECT count(*) FROM "Invoice" WHERE "customerId" = $1::uuid),
      'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'number', i.number, 'status', i.status, 'issueDate', ${day('i."issueDate"')}, 'dueDate', ${day('i."dueDate"')},
        'total', ${money('i.total')},
        'amountDue', ${money(`CASE WHEN i.status IN ('VOID', 'DRAFT') THEN 0 ELSE i.total - i."amountPaid" - i."amountCredited" END`)},
        'lines', (SELECT coalesce(json_agg(json_build_object(
            'description', l.description, 'quantity', trim_scale(l.quantity)::text,
            'unitPrice', ${money('l."unitPrice"')}, 'totalAmount', ${money('l."totalAmount"')}) ORDER BY l.position), '[]')
          FROM "InvoiceLine" l WHERE l."invoiceId" = i.id)
      )) ORDER BY i."issueDate" DESC, i.id DESC), '[]') FROM invoices i)),
    'transactions', json_build_object(
      'totalCount', (SELECT count(*) FROM "LedgerEntry" WHERE "customerId" = $1::uuid),
      'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'kind', e.kind, 'occurredOn', ${day('e."occurredOn"')}, 'amount', ${money('e.amount')},
        'runningBalance', ${money('e.running')})) ORDER BY e."occurredOn", e."createdAt", e.id), '[]')
        FROM (SELECT entries.*, sum(amount) OVER (PARTITION BY currency ORDER BY "occurredOn", "createdAt", id) AS running
              FROM entries) e))
  ) FROM customer c)) AS data`,
};

export const overdueInvoices: BenchOperation = {
  name: 'overdue-invoices',
  title: '50 overdue invoices by due date, with customer',
  query: `query BenchOverdue {
  invoices(first: 50, filter: { overdue: true }, orderBy: { field: DUE_DATE, direction: ASC }) {
    totalCount
    edges {
      node {
        number dueDate daysOverdue amountDue { amount }
        customer { code displayName }
      }
    }
  }
}`,
  variables: () => ({}),
  floorSql: `
WITH overdue AS (
  SELECT * FROM "Invoice" WHERE status IN ('OPEN', 'PARTIALLY_PAID') AND "dueDate" < ${todayUtc}
)
SELECT json_build_object('invoices', json_build_object(
  'totalCount', (SELECT count(*) FROM overdue),
  'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
    'number', i.number, 'dueDate', ${day('i."dueDate"')},
    'daysOverdue', greatest(0, ${todayUtc} - i."dueDate"),
    'amountDue', ${money('i.total - i."amountPaid" - i."amountCredited"')},
    'customer', json_build_object('code', c.code, 'displayName', c."displayName")
  )) ORDER BY i."dueDate", i.id), '[]')
  FROM (SELECT * FROM overdue ORDER BY "dueDate", id LIMIT 50) i JOIN "Customer" c ON c.id = i."customerId")
)) AS data`,
};

export const reads = [customerList, customerDetail, overdueInvoices];

/** Reports: measured without a floor (the API runs one hand-written statement per section already). */
export const receivablesAgeing: BenchOperation = {
  name: 'ageing',
  title: 'receivables ageing of the whole book: totals per currency and the 20 largest debtors',
  query: `query BenchAgeing {
  receivablesAgeing {
    totals { currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount } over90 { amount } total { amount } customerCount }
    customers(first: 20) { totalCount edges { node { customer { code displayName } currency total { amount } over90 { amount } } } }
  }
}`,
  variables: () => ({}),
};

export const dashboard: BenchOperation = {
  name: 'dashboard',
  title: 'the dashboard: positions per currency, 5 top debtors, 10 customers at risk, open alerts',
  query: `query BenchDashboard {
  dashboard {
    currencies { currency outstanding { amount } overdue { amount } collectedThisMonth { amount } collectedLastMonth { amount } }
    topDebtors(first: 5) { customer { code displayName } currency outstanding { amount } }
    customersAtRisk(first: 10) { customer { code displayName } currency overdue { amount } reasons }
    openAlerts
  }
}`,
  variables: () => ({}),
};

export const insights: BenchOperation = {
  name: 'insights',
  title: 'customer insights of the whole book, ranked by overdue: the first 20 with their last 12 months',
  query: `query BenchInsights {
  customerInsights(first: 20, orderBy: OVERDUE) {
    totalCount
    edges { node {
      customer { code displayName } currency outstanding { amount } overdue { amount } averageDaysToPay medianDaysToPay
      averageDaysLate onTimeShare daysSalesOutstanding riskReasons largestUnpaidInvoice { number }
      trend { start invoiced { amount } collected { amount } averageDaysLate }
    } }
  }
}`,
  variables: () => ({}),
};

export const forecast: BenchOperation = {
  name: 'forecast',
  title: 'the cash-collection forecast of the whole book (12 weeks) and the payment patterns of 12 months',
  query: `query BenchForecast {
  cashForecast(weeks: 12) { currency weeks { weekStart expected { amount } invoices } pastExpected { expected { amount } } }
  paymentPatterns { paidInvoices averageDaysLate daysLate { bucket invoices { count } } weekdays { weekday payments { count } } atDueDate { partiallyPaid { share } } }
}`,
  variables: () => ({}),
};

export const reports = [receivablesAgeing, dashboard, insights, forecast];
