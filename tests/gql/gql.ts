/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription CustomerChanged {\n    customerChanged { change customerId code customer { displayName status } }\n  }\n": typeof types.CustomerChangedDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    code\n    displayName\n    legalName\n    kind\n    status\n    taxId\n    email\n    phone\n    website\n    currency\n    notes\n    tags\n    archivedAt\n    billingAddress { street city region postalCode country }\n    shippingAddress { street city region postalCode country }\n    contacts { id name role email phone isPrimary }\n    purchaseTerms {\n      paymentTerms { id code name kind days }\n      defaultPaymentMethod\n      priceList { id name }\n      creditLimit { amount currency }\n      defaultTaxTreatment\n    }\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ArchiveCustomerDocument,
    "\n  mutation RestoreCustomer($id: ID!) {\n    customerRestore(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n": typeof types.RestoreCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    customerDelete(input: { id: $id }) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": typeof types.GetCustomerDocument,
    "\n  query GetNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { code }\n    }\n  }\n": typeof types.GetNodeDocument,
    "\n  query ListCustomers($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id code displayName status tags billingAddress { country } } }\n    }\n  }\n": typeof types.ListCustomersDocument,
    "\n  query ListCustomersWithDetails($first: Int) {\n    customers(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          contacts { name email isPrimary }\n          purchaseTerms { paymentTerms { code name } priceList { name } creditLimit { amount currency } }\n        }\n      }\n    }\n  }\n": typeof types.ListCustomersWithDetailsDocument,
    "\n  query ListPaymentTerms {\n    paymentTerms(first: 50) { totalCount edges { node { id code name kind days } } }\n  }\n": typeof types.ListPaymentTermsDocument,
    "\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n": typeof types.CustomerChangedAcrossInstancesDocument,
};
const documents: Documents = {
    "\n  subscription CustomerChanged {\n    customerChanged { change customerId code customer { displayName status } }\n  }\n": types.CustomerChangedDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    code\n    displayName\n    legalName\n    kind\n    status\n    taxId\n    email\n    phone\n    website\n    currency\n    notes\n    tags\n    archivedAt\n    billingAddress { street city region postalCode country }\n    shippingAddress { street city region postalCode country }\n    contacts { id name role email phone isPrimary }\n    purchaseTerms {\n      paymentTerms { id code name kind days }\n      defaultPaymentMethod\n      priceList { id name }\n      creditLimit { amount currency }\n      defaultTaxTreatment\n    }\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n": types.ArchiveCustomerDocument,
    "\n  mutation RestoreCustomer($id: ID!) {\n    customerRestore(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n": types.RestoreCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    customerDelete(input: { id: $id }) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n": types.DeleteCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": types.GetCustomerDocument,
    "\n  query GetNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { code }\n    }\n  }\n": types.GetNodeDocument,
    "\n  query ListCustomers($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id code displayName status tags billingAddress { country } } }\n    }\n  }\n": types.ListCustomersDocument,
    "\n  query ListCustomersWithDetails($first: Int) {\n    customers(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          contacts { name email isPrimary }\n          purchaseTerms { paymentTerms { code name } priceList { name } creditLimit { amount currency } }\n        }\n      }\n    }\n  }\n": types.ListCustomersWithDetailsDocument,
    "\n  query ListPaymentTerms {\n    paymentTerms(first: 50) { totalCount edges { node { id code name kind days } } }\n  }\n": types.ListPaymentTermsDocument,
    "\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n": types.CustomerChangedAcrossInstancesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerChanged {\n    customerChanged { change customerId code customer { displayName status } }\n  }\n"): (typeof documents)["\n  subscription CustomerChanged {\n    customerChanged { change customerId code customer { displayName status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    code\n    displayName\n    legalName\n    kind\n    status\n    taxId\n    email\n    phone\n    website\n    currency\n    notes\n    tags\n    archivedAt\n    billingAddress { street city region postalCode country }\n    shippingAddress { street city region postalCode country }\n    contacts { id name role email phone isPrimary }\n    purchaseTerms {\n      paymentTerms { id code name kind days }\n      defaultPaymentMethod\n      priceList { id name }\n      creditLimit { amount currency }\n      defaultTaxTreatment\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id\n    code\n    displayName\n    legalName\n    kind\n    status\n    taxId\n    email\n    phone\n    website\n    currency\n    notes\n    tags\n    archivedAt\n    billingAddress { street city region postalCode country }\n    shippingAddress { street city region postalCode country }\n    contacts { id name role email phone isPrimary }\n    purchaseTerms {\n      paymentTerms { id code name kind days }\n      defaultPaymentMethod\n      priceList { id name }\n      creditLimit { amount currency }\n      defaultTaxTreatment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer { ...CustomerFields }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCustomer($id: ID!) {\n    customerRestore(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCustomer($id: ID!) {\n    customerRestore(input: { id: $id }) {\n      customer { id status archivedAt }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!) {\n    customerDelete(input: { id: $id }) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCustomer($id: ID!) {\n    customerDelete(input: { id: $id }) {\n      deletedCustomerId\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { code }\n    }\n  }\n"): (typeof documents)["\n  query GetNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCustomers($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id code displayName status tags billingAddress { country } } }\n    }\n  }\n"): (typeof documents)["\n  query ListCustomers($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id code displayName status tags billingAddress { country } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCustomersWithDetails($first: Int) {\n    customers(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          contacts { name email isPrimary }\n          purchaseTerms { paymentTerms { code name } priceList { name } creditLimit { amount currency } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCustomersWithDetails($first: Int) {\n    customers(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          contacts { name email isPrimary }\n          purchaseTerms { paymentTerms { code name } priceList { name } creditLimit { amount currency } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListPaymentTerms {\n    paymentTerms(first: 50) { totalCount edges { node { id code name kind days } } }\n  }\n"): (typeof documents)["\n  query ListPaymentTerms {\n    paymentTerms(first: 50) { totalCount edges { node { id code name kind days } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n"): (typeof documents)["\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;