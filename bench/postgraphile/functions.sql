-- What PostGraphile cannot derive from the tables, as SQL functions it exposes: computed columns
-- (a function named <Table>_<field> taking the row) and a root query. Written as the floor's SQL
-- is, so both baselines answer the same question. Loaded into the bench database only.
DROP TYPE IF EXISTS bench_balance CASCADE;
CREATE TYPE bench_balance AS (currency text, outstanding numeric, overdue numeric, "netBalance" numeric);

CREATE OR REPLACE FUNCTION "Customer_balances"(c "Customer") RETURNS SETOF bench_balance LANGUAGE sql STABLE AS $$
  SELECT cur.currency,
    coalesce((SELECT sum(i.total - i."amountPaid" - i."amountCredited") FROM "Invoice" i
      WHERE i."customerId" = c.id AND i.currency = cur.currency AND i.status IN ('OPEN', 'PARTIALLY_PAID')), 0),
    coalesce((SELECT sum(i.total - i."amountPaid" - i."amountCredited") FROM "Invoice" i
      WHERE i."customerId" = c.id AND i.currency = cur.currency AND i.status IN ('OPEN', 'PARTIALLY_PAID')
        AND i."dueDate" < (now() AT TIME ZONE 'UTC')::date), 0),
    cur.net
  FROM (
    SELECT l.currency, false AS zero, sum(l.amount) AS net FROM "LedgerEntry" l WHERE l."customerId" = c.id GROUP BY l.currency
    UNION ALL
    SELECT c.currency, true, 0 WHERE NOT EXISTS (
      SELECT 1 FROM "LedgerEntry" l WHERE l."customerId" = c.id AND l.currency = c.currency)
  ) cur
  ORDER BY cur.zero DESC, cur.currency
$$;
COMMENT ON FUNCTION "Customer_balances"("Customer") IS E'@behavior -connection +list';

CREATE OR REPLACE FUNCTION "Invoice_amountDue"(i "Invoice") RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN i.status IN ('VOID', 'DRAFT') THEN 0 ELSE i.total - i."amountPaid" - i."amountCredited" END
$$;

CREATE OR REPLACE FUNCTION "Invoice_daysOverdue"(i "Invoice") RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT greatest(0, (now() AT TIME ZONE 'UTC')::date - i."dueDate")
$$;

CREATE OR REPLACE FUNCTION "LedgerEntry_runningBalance"(e "LedgerEntry") RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT sum(x.amount) FROM "LedgerEntry" x
  WHERE x."customerId" = e."customerId" AND x.currency = e.currency
    AND (x."occurredOn", x."createdAt", x.id) <= (e."occurredOn", e."createdAt", e.id)
$$;

CREATE OR REPLACE FUNCTION bench_overdue_invoices() RETURNS SETOF "Invoice" LANGUAGE sql STABLE AS $$
  SELECT * FROM "Invoice"
  WHERE status IN ('OPEN', 'PARTIALLY_PAID') AND "dueDate" < (now() AT TIME ZONE 'UTC')::date
  ORDER BY "dueDate", id
$$;
