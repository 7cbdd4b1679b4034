import type { CustomerCreateInput } from '../gql/graphql.js';
import type { GqlClient } from '../support/test-server.js';
import { CreateCustomer, ListPaymentTerms } from './operations.js';

let sequence = 0;

export function customerInput(overrides: Partial<CustomerCreateInput> = {}): CustomerCreateInput {
  sequence += 1;
  return {
    code: `T-${String(sequence).padStart(4, '0')}`,
    displayName: `Test Customer ${sequence}`,
    currency: 'RON',
    ...overrides,
  };
}

export async function paymentTermsId(api: GqlClient, code: string): Promise<string> {
  const { data } = await api.gql(ListPaymentTerms);
  const terms = data?.paymentTerms.edges.find((edge) => edge.node.code === code);
  if (!terms) throw new Error(`no payment terms ${code}`);
  return terms.node.id;
}

/** Creates a customer through the API and returns it; fails the test on any user error. */
export async function createCustomer(api: GqlClient, overrides: Partial<CustomerCreateInput> = {}) {
  const { data, errors } = await api.gql(CreateCustomer, { input: customerInput(overrides) });
  if (errors?.length || !data?.customerCreate.customer) {
    throw new Error(`customerCreate failed: ${JSON.stringify(errors ?? data?.customerCreate.userErrors)}`);
  }
  return data.customerCreate.customer;
}
