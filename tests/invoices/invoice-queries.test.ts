import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/factory.js';
import { graphql } from '../gql/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { catalog } from './fixtures.js';
import { ListInvoices } from './operations.js';

const InvoicesWithDetails = graphql(`
  query InvoicesWithDetails($first: Int) {
    invoices(first: $first) {
      totalCount
      edges {
        node {
          number
          customer { displayName purchaseTerms { paymentTerms { name } } }
          paymentTerms { code }
          lines { description item { sku } taxRate { code } priceContractTerm { contract { number } } totalAmount { amount } }
          taxes { taxPercent taxAmount { amount } }
          legalMentions
          total { amount }
        }
      }
    }
  }
`);

let api: TestServer;
let given: Awaited<ReturnType<typeof catalog>>;
beforeAll(async () => {
  api = await startTestServer({ now: () => new Date('2026-09-30T12:00:00Z') });
  given = await catalog(api);
});
afterAll(() => api?.close());

describe('invoice lists', () => {
  it('filter by customer, status, dates, number and amount, and sort', async () => {
    const a = await createCustomer(api);
    const b = await createCustomer(api);
    // Issued in date order, as a series requires.
    const small = await given.issued(a.id, [{ description: 'small', quantity: '1', unitPrice: '10' }], {
      issueDate: '2026-09-01',
    });
    await given.issued(b.id, [{ description: 'other', quantity: '1', unitPrice: '500' }], { issueDate: '2026-09-05' });
    const big = await given.issued(a.id, [{ description: 'big', quantity: '1', unitPrice: '1000' }], {
      issueDate: '2026-09-10',
    });
    const draft = await given.draft(a.id, [{ description: 'draft', quantity: '1', unitPrice: '5' }]);
    const ids = async (filter: object, orderBy?: object) =>
      (await api.gql(ListInvoices, { first: 50, filter, orderBy: orderBy as never })).data!.invoices.edges.map(
        (e) => e.node.id,
      );

    expect(await ids({ customerId: a.id })).toEqual([draft.id, big.id, small.id]);
    expect(await ids({ customerId: a.id, status: ['OPEN'] })).toEqual([big.id, small.id]);
    expect(
      await ids({ customerId: a.id, issueDate: { from: '2026-09-02', to: '2026-09-30' }, status: ['OPEN'] }),
    ).toEqual([big.id]);
    expect(await ids({ customerId: a.id, total: { min: '100' } })).toEqual([big.id]);
    expect(await ids({ number: big.number!.slice(-6) })).toEqual([big.id]);
    expect(await ids({ customerId: a.id, status: ['OPEN'] }, { field: 'TOTAL', direction: 'ASC' })).toEqual([
      small.id,
      big.id,
    ]);
    expect(await ids({ customerId: a.id, dueDate: { to: '2026-10-01' } })).toEqual([small.id]);
  });

  it('lists invoices with customers, lines, taxes and contract terms in a constant number of statements', async () => {
    const item = await given.item('100.00');
    const exemptItem = await given.item('50.00');
    for (let i = 0; i < 6; i++) {
      const customer = await createCustomer(api);
      await given.contract(customer.id, `C-N1-${i}`, '2026-01-01', null, [
        { kind: 'ITEM_PRICE', itemId: item, price: '90.00' },
        { kind: 'TAX_TREATMENT', itemId: exemptItem, taxRateId: given.rate('EXEMPT'), taxReason: 'Exempt by contract' },
      ]);
      await given.issued(customer.id, [
        { itemId: item, quantity: '2' },
        { itemId: exemptItem, quantity: '1' },
      ]);
    }
    const count = async (first: number) => {
      api.queries.length = 0;
      const { data, errors } = await api.gql(InvoicesWithDetails, { first });
      expect(errors).toBeUndefined();
      expect(data!.invoices.edges.length).toBe(first);
      return api.queries.filter((sql) => /^\s*SELECT/i.test(sql)).length;
    };
    const few = await count(2);
    const many = await count(10);
    expect(many).toBe(few);
  });
});
