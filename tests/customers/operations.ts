import { graphql } from '../gql/index.js';

export const CustomerFields = graphql(`
  fragment CustomerFields on Customer {
    id
    code
    displayName
    legalName
    kind
    status
    taxId
    email
    phone
    website
    currency
    notes
    tags
    archivedAt
    billingAddress { street city region postalCode country }
    shippingAddress { street city region postalCode country }
    contacts { id name role email phone isPrimary }
    purchaseTerms {
      paymentTerms { id code name kind days }
      defaultPaymentMethod
      priceList { id name }
      creditLimit { amount currency }
      defaultTaxTreatment
    }
  }
`);

export const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer { ...CustomerFields }
      userErrors { field code message }
    }
  }
`);

export const UpdateCustomer = graphql(`
  mutation UpdateCustomer($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      customer { ...CustomerFields }
      userErrors { field code message }
    }
  }
`);

export const ArchiveCustomer = graphql(`
  mutation ArchiveCustomer($id: ID!) {
    customerArchive(input: { id: $id }) {
      customer { id status archivedAt }
      userErrors { field code message }
    }
  }
`);

export const RestoreCustomer = graphql(`
  mutation RestoreCustomer($id: ID!) {
    customerRestore(input: { id: $id }) {
      customer { id status archivedAt }
      userErrors { field code message }
    }
  }
`);

export const DeleteCustomer = graphql(`
  mutation DeleteCustomer($id: ID!) {
    customerDelete(input: { id: $id }) {
      deletedCustomerId
      userErrors { field code message }
    }
  }
`);

export const GetCustomer = graphql(`
  query GetCustomer($id: ID!) {
    customer(id: $id) { ...CustomerFields }
  }
`);

export const GetNode = graphql(`
  query GetNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Customer { code }
    }
  }
`);

export const ListCustomers = graphql(`
  query ListCustomers($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id code displayName status tags billingAddress { country } } }
    }
  }
`);

export const ListCustomersWithDetails = graphql(`
  query ListCustomersWithDetails($first: Int) {
    customers(first: $first) {
      totalCount
      edges {
        node {
          id
          displayName
          contacts { name email isPrimary }
          purchaseTerms { paymentTerms { code name } priceList { name } creditLimit { amount currency } }
        }
      }
    }
  }
`);

export const ListPaymentTerms = graphql(`
  query ListPaymentTerms {
    paymentTerms(first: 50) { totalCount edges { node { id code name kind days } } }
  }
`);
