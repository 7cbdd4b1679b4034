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
    "\n  query AuditTrail($filter: AuditFilter) {\n    auditEntries(first: 50, filter: $filter) {\n      totalCount\n      edges { node { at requestId actorName actorRole operation operationName arguments result errors subjectId } }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "mutation CreateKeyForAudit { apiKeyCreate(input: { name: \"audited\", role: VIEWER }) { secret } }": typeof types.CreateKeyForAuditDocument,
    "\n  mutation LogDatedCall($customerId: ID!, $occurredAt: DateTime!) {\n    communicationLog(input: { customerId: $customerId, channel: PHONE, direction: INBOUND, body: \"Will pay\", occurredAt: $occurredAt }) {\n      userErrors { code }\n    }\n  }\n": typeof types.LogDatedCallDocument,
    "query WhoAmI { viewer { name role } customers(first: 1) { totalCount } }": typeof types.WhoAmIDocument,
    "\n  query ListKeys($includeRevoked: Boolean) {\n    apiKeys(first: 100, includeRevoked: $includeRevoked) { totalCount edges { node { id name role lastUsedAt revokedAt } } }\n  }\n": typeof types.ListKeysDocument,
    "\n  mutation CreateKey($name: String!, $role: Role!) {\n    apiKeyCreate(input: { name: $name, role: $role }) {\n      apiKey { id name role prefix createdBy lastUsedAt revokedAt }\n      secret\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) { apiKey { id revokedAt } userErrors { field code message } }\n  }\n": typeof types.RevokeKeyDocument,
    "query MatrixViewer { viewer { role } }": typeof types.MatrixViewerDocument,
    "query MatrixNode($id: ID!) { node(id: $id) { id } }": typeof types.MatrixNodeDocument,
    "query MatrixNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.MatrixNodesDocument,
    "query MatrixCustomer($id: ID!) { customer(id: $id) { id } }": typeof types.MatrixCustomerDocument,
    "query MatrixCustomers { customers(first: 1) { totalCount } }": typeof types.MatrixCustomersDocument,
    "query MatrixPaymentTerms { paymentTerms(first: 1) { totalCount } }": typeof types.MatrixPaymentTermsDocument,
    "mutation MatrixCreate($code: String!) { customerCreate(input: { code: $code, displayName: \"Matrix\", currency: \"RON\" }) { userErrors { code } } }": typeof types.MatrixCreateDocument,
    "mutation MatrixUpdate($id: ID!) { customerUpdate(input: { id: $id, notes: \"matrix\" }) { userErrors { code } } }": typeof types.MatrixUpdateDocument,
    "mutation MatrixArchive($id: ID!) { customerArchive(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixArchiveDocument,
    "mutation MatrixRestore($id: ID!) { customerRestore(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixRestoreDocument,
    "mutation MatrixDelete($id: ID!) { customerDelete(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixDeleteDocument,
    "query MatrixApiKeys { apiKeys(first: 1) { totalCount } }": typeof types.MatrixApiKeysDocument,
    "mutation MatrixKeyCreate { apiKeyCreate(input: { name: \"matrix\", role: VIEWER }) { secret userErrors { code } } }": typeof types.MatrixKeyCreateDocument,
    "mutation MatrixKeyRevoke($id: ID!) { apiKeyRevoke(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixKeyRevokeDocument,
    "query MatrixAudit { auditEntries(first: 1) { totalCount } }": typeof types.MatrixAuditDocument,
    "subscription MatrixChanged { customerChanged { change } }": typeof types.MatrixChangedDocument,
    "query MatrixCompany { companySettings { name } }": typeof types.MatrixCompanyDocument,
    "query MatrixTaxRates { taxRates { code } }": typeof types.MatrixTaxRatesDocument,
    "query MatrixItems { items(first: 1) { totalCount } }": typeof types.MatrixItemsDocument,
    "query MatrixPriceLists { priceLists(first: 1) { totalCount } }": typeof types.MatrixPriceListsDocument,
    "query MatrixContracts { contracts(first: 1) { totalCount } }": typeof types.MatrixContractsDocument,
    "query MatrixInvoices { invoices(first: 1) { totalCount } }": typeof types.MatrixInvoicesDocument,
    "query MatrixQuote($customerId: ID!) { priceQuote(input: { customerId: $customerId, lines: [{ description: \"x\", quantity: \"1\", unitPrice: \"1\" }] }) { quote { total { amount } } } }": typeof types.MatrixQuoteDocument,
    "mutation MatrixItemCreate($sku: String!, $rate: ID!) { itemCreate(input: { sku: $sku, name: \"m\", basePrice: \"1\", currency: \"RON\", defaultTaxRateId: $rate }) { userErrors { code } } }": typeof types.MatrixItemCreateDocument,
    "mutation MatrixItemUpdate($id: ID!) { itemUpdate(input: { id: $id, name: \"renamed\" }) { userErrors { code } } }": typeof types.MatrixItemUpdateDocument,
    "mutation MatrixListCreate($name: String!) { priceListCreate(input: { name: $name, currency: \"RON\" }) { userErrors { code } } }": typeof types.MatrixListCreateDocument,
    "mutation MatrixListUpdate($id: ID!) { priceListUpdate(input: { id: $id, isActive: true }) { userErrors { code } } }": typeof types.MatrixListUpdateDocument,
    "mutation MatrixAddPrices($id: ID!, $item: ID!) { priceListAddPrices(input: { priceListId: $id, prices: [{ itemId: $item, price: \"1\" }] }) { userErrors { code } } }": typeof types.MatrixAddPricesDocument,
    "mutation MatrixRemovePrice($id: ID!) { priceListRemovePrice(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixRemovePriceDocument,
    "mutation MatrixCompanyUpdate { companySettingsUpdate(input: { bankName: \"Matrix Bank\" }) { userErrors { code } } }": typeof types.MatrixCompanyUpdateDocument,
    "mutation MatrixContractCreate($customerId: ID!, $number: String!) { contractCreate(input: { customerId: $customerId, number: $number, title: \"m\", startDate: \"2026-01-01\" }) { userErrors { code } } }": typeof types.MatrixContractCreateDocument,
    "mutation MatrixContractActivate($id: ID!) { contractActivate(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixContractActivateDocument,
    "mutation MatrixContractAmend($id: ID!) { contractAmend(input: { id: $id, effectiveFrom: \"2026-06-01\", terms: [] }) { userErrors { code } } }": typeof types.MatrixContractAmendDocument,
    "mutation MatrixContractTerminate($id: ID!) { contractTerminate(input: { id: $id, lastDay: \"2026-06-30\", reason: \"m\" }) { userErrors { code } } }": typeof types.MatrixContractTerminateDocument,
    "mutation MatrixDraft($customerId: ID!) { invoiceCreateDraft(input: { customerId: $customerId }) { userErrors { code } } }": typeof types.MatrixDraftDocument,
    "mutation MatrixDraftUpdate($id: ID!) { invoiceUpdateDraft(input: { id: $id, notes: \"m\" }) { userErrors { code } } }": typeof types.MatrixDraftUpdateDocument,
    "mutation MatrixDraftDelete($id: ID!) { invoiceDeleteDraft(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixDraftDeleteDocument,
    "mutation MatrixLineAdd($id: ID!) { invoiceLineAdd(input: { invoiceId: $id, line: { description: \"m\", quantity: \"1\", unitPrice: \"1\" } }) { userErrors { code } } }": typeof types.MatrixLineAddDocument,
    "mutation MatrixLineUpdate($id: ID!, $lineId: ID!) { invoiceLineUpdate(input: { invoiceId: $id, lineId: $lineId, quantity: \"2\" }) { userErrors { code } } }": typeof types.MatrixLineUpdateDocument,
    "mutation MatrixLineRemove($id: ID!, $lineId: ID!) { invoiceLineRemove(input: { invoiceId: $id, lineId: $lineId }) { userErrors { code } } }": typeof types.MatrixLineRemoveDocument,
    "mutation MatrixIssue($id: ID!) { invoiceIssue(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixIssueDocument,
    "mutation MatrixVoid($id: ID!) { invoiceVoid(input: { id: $id, reason: \"m\" }) { userErrors { code } } }": typeof types.MatrixVoidDocument,
    "query MatrixPayments { payments(first: 1) { totalCount } }": typeof types.MatrixPaymentsDocument,
    "mutation MatrixPay($customerId: ID!) { paymentRecord(input: { customerId: $customerId, amount: \"5\", method: CASH }) { userErrors { code } } }": typeof types.MatrixPayDocument,
    "mutation MatrixMarkPaid($id: ID!) { invoiceMarkPaid(input: { invoiceId: $id }) { userErrors { code } } }": typeof types.MatrixMarkPaidDocument,
    "mutation MatrixPayVoid($id: ID!) { paymentVoid(input: { paymentId: $id, reason: \"m\" }) { userErrors { code } } }": typeof types.MatrixPayVoidDocument,
    "mutation MatrixApply($source: ID!, $invoice: ID!) { creditApply(input: { sourceId: $source, allocations: [{ invoiceId: $invoice, amount: \"1\" }] }) { userErrors { code } } }": typeof types.MatrixApplyDocument,
    "mutation MatrixMove($allocation: ID!, $invoice: ID!) { allocationMove(input: { allocationId: $allocation, toInvoiceId: $invoice }) { userErrors { code } } }": typeof types.MatrixMoveDocument,
    "mutation MatrixCreditNote($id: ID!) { creditNoteIssue(input: { invoiceId: $id, reason: \"m\", amount: \"1\" }) { userErrors { code } } }": typeof types.MatrixCreditNoteDocument,
    "mutation MatrixRefund($customerId: ID!) { refundRecord(input: { customerId: $customerId, amount: \"1\", method: CASH }) { userErrors { code } } }": typeof types.MatrixRefundDocument,
    "mutation MatrixLog($customerId: ID!) { communicationLog(input: { customerId: $customerId, channel: PHONE, direction: OUTBOUND, body: \"called\" }) { userErrors { code } } }": typeof types.MatrixLogDocument,
    "mutation MatrixStatement($customerId: ID!) { statementSend(input: { customerId: $customerId, from: \"2026-01-01\", to: \"2026-12-31\" }) { userErrors { code } } }": typeof types.MatrixStatementDocument,
    "query MatrixAlerts { alerts(first: 1) { totalCount } }": typeof types.MatrixAlertsDocument,
    "mutation MatrixAcknowledge($id: ID!) { alertAcknowledge(input: { id: $id }) { userErrors { code } } }": typeof types.MatrixAcknowledgeDocument,
    "mutation MatrixSnooze($id: ID!) { alertSnooze(input: { id: $id, until: \"2099-01-01T00:00:00Z\" }) { userErrors { code } } }": typeof types.MatrixSnoozeDocument,
    "subscription MatrixAlertRaised { alertRaised { kind } }": typeof types.MatrixAlertRaisedDocument,
    "subscription MatrixPaymentReceived { paymentReceived { id } }": typeof types.MatrixPaymentReceivedDocument,
    "query MatrixPolicies { reminderPolicies { name } }": typeof types.MatrixPoliciesDocument,
    "query MatrixAgeing { receivablesAgeing { totals { currency } } }": typeof types.MatrixAgeingDocument,
    "query MatrixDashboard { dashboard { openAlerts } }": typeof types.MatrixDashboardDocument,
    "query MatrixInsights { customerInsights(first: 1) { totalCount } }": typeof types.MatrixInsightsDocument,
    "query MatrixPatterns { paymentPatterns { paidInvoices } }": typeof types.MatrixPatternsDocument,
    "query MatrixForecast { cashForecast { currency } }": typeof types.MatrixForecastDocument,
    "query MatrixAccuracy { forecastAccuracy(currency: \"RON\", weeks: 1) { weekStart } }": typeof types.MatrixAccuracyDocument,
    "query MatrixRevenue { revenue(from: \"2026-01-01\", to: \"2026-01-31\") { totals { currency } } }": typeof types.MatrixRevenueDocument,
    "mutation MatrixPolicyCreate($name: String!) { reminderPolicyCreate(input: { name: $name, steps: [{ offsetDays: 5, kind: REMINDER }] }) { userErrors { code } } }": typeof types.MatrixPolicyCreateDocument,
    "mutation MatrixLateInterest($id: ID!) { lateInterestCharge(input: { invoiceId: $id }) { userErrors { code } } }": typeof types.MatrixLateInterestDocument,
    "mutation MatrixPolicyUpdate($id: ID!, $name: String!) { reminderPolicyUpdate(input: { id: $id, name: $name, steps: [] }) { userErrors { code } } }": typeof types.MatrixPolicyUpdateDocument,
    "mutation MatrixKeyToRevoke { apiKeyCreate(input: { name: \"to revoke\", role: VIEWER }) { apiKey { id } } }": typeof types.MatrixKeyToRevokeDocument,
    "mutation MatrixKeyForNode { apiKeyCreate(input: { name: \"node probe\", role: VIEWER }) { apiKey { id } } }": typeof types.MatrixKeyForNodeDocument,
    "\n  mutation LogCommunication($input: CommunicationLogInput!) {\n    communicationLog(input: $input) {\n      communication { id channel direction subject body occurredAt createdBy invoice { number } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.LogCommunicationDocument,
    "\n  query PaymentsOf($customerId: ID) { payments(customerId: $customerId, first: 5) { totalCount } }\n": typeof types.PaymentsOfDocument,
    "\n  query CommunicationHistory($id: ID!, $filter: CommunicationFilter) {\n    customer(id: $id) { communications(first: 10, filter: $filter) { totalCount edges { node { subject channel } } } }\n  }\n": typeof types.CommunicationHistoryDocument,
    "\n  query InvoiceHistory($id: ID!) {\n    node(id: $id) { ... on Invoice { communications(first: 10) { totalCount edges { node { subject } } } } }\n  }\n": typeof types.InvoiceHistoryDocument,
    "\n  query OpenAlerts($filter: AlertFilter) {\n    alerts(first: 50, filter: $filter) { totalCount edges { node { id kind status message handledBy snoozedUntil } } }\n  }\n": typeof types.OpenAlertsDocument,
    "\n  mutation Acknowledge($id: ID!) {\n    alertAcknowledge(input: { id: $id }) { alert { id status handledBy handledAt } userErrors { field code message } }\n  }\n": typeof types.AcknowledgeDocument,
    "\n  mutation Snooze($id: ID!, $until: DateTime!) {\n    alertSnooze(input: { id: $id, until: $until }) { alert { id status snoozedUntil } userErrors { field code message } }\n  }\n": typeof types.SnoozeDocument,
    "\n  mutation SendStatement($input: StatementSendInput!) {\n    statementSend(input: $input) { communication { kind subject toAddress deliveryStatus } userErrors { field code message } }\n  }\n": typeof types.SendStatementDocument,
    "\n  subscription AlertFeed($customerId: ID, $kinds: [AlertKind!]) {\n    alertRaised(customerId: $customerId, kinds: $kinds) { kind customer { code } message }\n  }\n": typeof types.AlertFeedDocument,
    "\n  subscription PaymentFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount currency } customer { code } }\n  }\n": typeof types.PaymentFeedDocument,
    "\n  query DeliveryHistory($id: ID!) {\n    customer(id: $id) {\n      communications(first: 5) {\n        edges { node { deliveryStatus attempts deliveryAttempts { number outcome error startedAt finishedAt } } }\n      }\n    }\n  }\n": typeof types.DeliveryHistoryDocument,
    "\n  query CustomerAlerts($customerId: ID!) {\n    alerts(first: 50, filter: { customerId: $customerId, status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      totalCount\n      edges { node { kind message invoice { number } } }\n    }\n  }\n": typeof types.CustomerAlertsDocument,
    "\n  query CustomerCommunications($id: ID!) {\n    customer(id: $id) {\n      communications(first: 20) {\n        totalCount\n        edges { node { kind channel direction subject body toAddress deliveryStatus attempts invoice { number } } }\n      }\n    }\n  }\n": typeof types.CustomerCommunicationsDocument,
    "\n  query InvoiceCommunications($id: ID!) {\n    node(id: $id) {\n      ... on Invoice {\n        communications(first: 10) { totalCount edges { node { kind invoice { number } invoices { number } } } }\n      }\n    }\n  }\n": typeof types.InvoiceCommunicationsDocument,
    "\n  query CommunicationInvoices($id: ID!) {\n    customer(id: $id) { communications(first: 20) { edges { node { subject invoices { number } } } } }\n  }\n": typeof types.CommunicationInvoicesDocument,
    "\n  mutation CreatePolicy($input: ReminderPolicyInput!) {\n    reminderPolicyCreate(input: $input) { reminderPolicy { id name steps { offsetDays kind } } userErrors { field code message } }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($input: ReminderPolicyUpdateInput!) {\n    reminderPolicyUpdate(input: $input) {\n      reminderPolicy { name partialFollowUpDays lateInterestKind lateInterestValue steps { offsetDays kind } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  mutation ChargeInterest($invoiceId: ID!) {\n    lateInterestCharge(input: { invoiceId: $invoiceId }) {\n      invoice { id number status issueDate total { amount } legalMentions lines { description unitPrice { amount } manualPriceReason taxSource taxRate { code } explanation } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ChargeInterestDocument,
    "\n  query InvoiceAlerts($customerId: ID!) {\n    alerts(first: 10, filter: { customerId: $customerId, kinds: [INVOICE_OVERDUE], status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      edges { node { status handledBy } }\n    }\n  }\n": typeof types.InvoiceAlertsDocument,
    "\n  query BookBalances($after: String) {\n    customers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id code balances { netBalance { amount } outstanding { amount } } } }\n    }\n  }\n": typeof types.BookBalancesDocument,
    "\n  query BookOverdue {\n    invoices(first: 1, filter: { overdue: true }) { totalCount }\n  }\n": typeof types.BookOverdueDocument,
    "\n  query BookCustomer($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 1, status: [OPEN]) { totalCount edges { node { id total { amount } } } }\n      balanceAsOf(date: \"2026-06-15\") { amount }\n      transactions(first: 100, filter: { from: \"2026-06-15\" }) { edges { node { kind runningBalance { amount } } } }\n      balances { netBalance { amount } outstanding { amount } }\n    }\n  }\n": typeof types.BookCustomerDocument,
    "\n  query ContactsOfPage($search: String!) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code contacts { id name role email phone isPrimary }\n          purchaseTerms { paymentTerms { id code name kind days isActive } }\n          balances { currency outstanding { amount } overdue { amount } netBalance { amount } }\n        }\n      }\n    }\n  }\n": typeof types.ContactsOfPageDocument,
    "\n  query CustomerListPage(\n    $filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $last: Int, $after: String, $before: String\n  ) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n": typeof types.CustomerListPageDocument,
    "\n  query CustomersBeyondTheirColumns($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code displayName status email phone currency legalName kind tags\n          billingAddress { city country } createdAt\n          purchaseTerms {\n            defaultPaymentMethod creditLimit { amount currency } defaultTaxTreatment creditLimitPolicy\n            remindersEnabled paymentTerms { code } priceList { id } reminderPolicy { id }\n          }\n          credit { limit { amount } used { amount } }\n        }\n      }\n    }\n  }\n": typeof types.CustomersBeyondTheirColumnsDocument,
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
    "\n  mutation UpdatePriceList($input: PriceListUpdateInput!) {\n    priceListUpdate(input: $input) { priceList { id isDefault currency } userErrors { field code message } }\n  }\n": typeof types.UpdatePriceListDocument,
    "query PriceListsDefault { priceLists(first: 50) { edges { node { id name isDefault } } } }": typeof types.PriceListsDefaultDocument,
    "\n  mutation UpdateCompany($input: CompanySettingsUpdateInput!) {\n    companySettingsUpdate(input: $input) { companySettings { name taxId bankAccount defaultCurrency defaultPaymentTerms { code } } userErrors { field code message } }\n  }\n": typeof types.UpdateCompanyDocument,
    "query ContractsOf($customerId: ID!, $status: [ContractStatus!]) { contracts(first: 10, customerId: $customerId, status: $status) { totalCount edges { node { number status endDate terminationReason } } } }": typeof types.ContractsOfDocument,
    "\n      query EffectiveTerms($id: ID!) {\n        customer(id: $id) { effectivePurchaseTerms { paymentTerms { code } paymentTermsSource paymentMethod paymentMethodSource priceList { name } priceListSource } }\n      }\n    ": typeof types.EffectiveTermsDocument,
    "\n  query InvoicesWithDetails($first: Int) {\n    invoices(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          customer { displayName purchaseTerms { paymentTerms { name } } }\n          paymentTerms { code }\n          lines { description item { sku } taxRate { code } priceContractTerm { contract { number } } totalAmount { amount } }\n          taxes { taxPercent taxAmount { amount } }\n          legalMentions\n          total { amount }\n        }\n      }\n    }\n  }\n": typeof types.InvoicesWithDetailsDocument,
    "\n  query CustomerWithLines($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 10) {\n        edges {\n          node {\n            id\n            lines {\n              id position description quantity unit unitPrice { amount currency } totalAmount { amount currency }\n              netAmount { amount } taxRate { code } item { sku }\n            }\n          }\n        }\n      }\n      transactions(first: 10) { totalCount edges { node { id kind occurredOn amount { amount } runningBalance { amount } } } }\n    }\n  }\n": typeof types.CustomerWithLinesDocument,
    "\n  query BenchLikeDetail($id: ID!) {\n    customer(id: $id) {\n      code displayName\n      invoices(first: 20) { edges { node { number lines { description quantity unitPrice { amount } totalAmount { amount } } } } }\n      transactions(first: 20) { totalCount edges { node { kind amount { amount } runningBalance { amount } } } }\n    }\n  }\n": typeof types.BenchLikeDetailDocument,
    "\n  query CustomerInvoicePage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(first: $first, last: $last, after: $after, before: $before, status: $status) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { id number status } }\n      }\n    }\n  }\n": typeof types.CustomerInvoicePageDocument,
    "\n  query InvoicePage($filter: InvoiceFilter, $first: Int, $last: Int, $after: String, $before: String) {\n    invoices(filter: $filter, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id number status } }\n    }\n  }\n": typeof types.InvoicePageDocument,
    "\n  query InvoicesBeyondTheirColumns($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 5) {\n        edges {\n          node {\n            id number customer { code } billTo { name } subtotal { amount } taxTotal { amount }\n            paymentTerms { code } notes amountDue { amount } isOverdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvoicesBeyondTheirColumnsDocument,
    "\n  query CustomerPagesAhead($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    customer(id: $id) {\n      code displayName contacts { name } balances { currency outstanding { amount } }\n      newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n      ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n      ...LedgerPage\n      skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n      included: transactions(first: 1) @include(if: $skip) { totalCount }\n    }\n  }\n  fragment LedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n": typeof types.CustomerPagesAheadDocument,
    "\n  query NodePagesOneByOne($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    node(id: $id) {\n      ... on Customer {\n        code displayName contacts { name } balances { currency outstanding { amount } }\n        newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n        ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n        ...NodeLedgerPage\n        skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n        included: transactions(first: 1) @include(if: $skip) { totalCount }\n      }\n    }\n  }\n  fragment NodeLedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n": typeof types.NodePagesOneByOneDocument,
    "\n  query CustomerBeyondItsColumns($id: ID!) {\n    customer(id: $id) {\n      code legalName billingAddress { city } credit { limit { amount } used { amount } }\n      invoices(last: 1) { edges { node { number } } }\n      transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n    }\n    node(id: $id) {\n      ... on Customer {\n        code legalName billingAddress { city } credit { limit { amount } used { amount } }\n        invoices(last: 1) { edges { node { number } } }\n        transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n      }\n    }\n  }\n": typeof types.CustomerBeyondItsColumnsDocument,
    "\n  query Catalog {\n    taxRates { id code kind rate legalMention }\n    companySettings { defaultCurrency defaultPriceList { id name } defaultPaymentTerms { code } defaultTaxRate { code } }\n  }\n": typeof types.CatalogDocument,
    "\n  mutation CreateItem($input: ItemCreateInput!) {\n    itemCreate(input: $input) { item { id sku basePrice { amount currency } } userErrors { field code message } }\n  }\n": typeof types.CreateItemDocument,
    "\n  mutation CreatePriceList($input: PriceListCreateInput!) {\n    priceListCreate(input: $input) { priceList { id name currency isDefault } userErrors { field code message } }\n  }\n": typeof types.CreatePriceListDocument,
    "\n  mutation AddPrices($input: PriceListAddPricesInput!) {\n    priceListAddPrices(input: $input) {\n      priceList { id prices(first: 50) { totalCount edges { node { id item { sku } price { amount } validFrom validTo } } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.AddPricesDocument,
    "\n  mutation CreateContract($input: ContractCreateInput!) {\n    contractCreate(input: $input) { contract { id number status terms { id kind } } userErrors { field code message } }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation ActivateContract($id: ID!) {\n    contractActivate(input: { id: $id }) { contract { id status } userErrors { field code message } }\n  }\n": typeof types.ActivateContractDocument,
    "\n  mutation AmendContract($input: ContractAmendInput!) {\n    contractAmend(input: $input) { contract { id terms { id kind validFrom validTo price { amount } } } userErrors { field code message } }\n  }\n": typeof types.AmendContractDocument,
    "\n  mutation TerminateContract($input: ContractTerminateInput!) {\n    contractTerminate(input: $input) { contract { id status endDate } userErrors { field code message } }\n  }\n": typeof types.TerminateContractDocument,
    "\n  query Quote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      quote {\n        currency\n        date\n        lines {\n          description\n          unitPrice { amount }\n          priceSource\n          priceContractTerm { id contract { number } }\n          priceListEntry { id }\n          discountPercent\n          discountSource\n          discountContractTerm { id }\n          taxRate { code }\n          taxSource\n          taxReason\n          explanation\n          lineAmount { amount }\n          discountAmount { amount }\n          netAmount { amount }\n          taxAmount { amount }\n          totalAmount { amount }\n        }\n        subtotal { amount }\n        discountTotal { amount }\n        taxTotal { amount }\n        total { amount currency }\n        taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n      }\n      userErrors { field code message }\n    }\n  }\n": typeof types.QuoteDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    currency\n    paymentMethod\n    paymentTerms { code }\n    priceList { name }\n    sources { currency paymentTerms paymentMethod priceList }\n    billTo { name legalName taxId street city country }\n    lines {\n      id\n      position\n      description\n      quantity\n      unitPrice { amount }\n      priceSource\n      priceContractTerm { id }\n      discountPercent\n      taxRate { code }\n      taxSource\n      explanation\n      netAmount { amount }\n      taxAmount { amount }\n      totalAmount { amount }\n    }\n    subtotal { amount }\n    discountTotal { amount }\n    taxTotal { amount }\n    total { amount currency }\n    taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n    legalMentions\n    amountDue { amount }\n    isOverdue\n    daysOverdue\n    voidReason\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  mutation CreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": typeof types.CreateDraftDocument,
    "\n  mutation DraftLineCurrencies($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) {\n      invoice { currency lines { unitPrice { amount currency } totalAmount { amount currency } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.DraftLineCurrenciesDocument,
    "\n  mutation UpdateDraft($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": typeof types.UpdateDraftDocument,
    "\n  mutation AddLine($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": typeof types.AddLineDocument,
    "\n  mutation UpdateLine($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": typeof types.UpdateLineDocument,
    "\n  mutation RemoveLine($input: InvoiceLineRemoveInput!) {\n    invoiceLineRemove(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": typeof types.RemoveLineDocument,
    "\n  mutation IssueInvoice($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation VoidInvoice($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  mutation DeleteDraft($id: ID!) {\n    invoiceDeleteDraft(input: { id: $id }) { deletedInvoiceId userErrors { field code message } }\n  }\n": typeof types.DeleteDraftDocument,
    "\n  query ListInvoices($filter: InvoiceFilter, $orderBy: InvoiceOrder, $first: Int) {\n    invoices(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id number status total { amount } dueDate isOverdue } } }\n  }\n": typeof types.ListInvoicesDocument,
    "\n  query BackwardsStatement($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { closingBalance { amount } } }\n  }\n": typeof types.BackwardsStatementDocument,
    "\n  query CustomersWithBalances($first: Int) {\n    customers(first: $first) { edges { node { code balances { currency outstanding { amount } unappliedCredit { amount } netBalance { amount } } credit { used { amount } } } } }\n  }\n": typeof types.CustomersWithBalancesDocument,
    "\n  query History($id: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { kind occurredOn amount { amount } runningBalance { amount } } }\n      }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  query LatestHistory($id: ID!, $last: Int, $before: String) {\n    customer(id: $id) {\n      transactions(last: $last, before: $before) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage startCursor }\n        edges { node { kind runningBalance { amount } } }\n      }\n    }\n  }\n": typeof types.LatestHistoryDocument,
    "\n  query StatementOf($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { from to openingBalance { amount } entries { kind occurredOn amount { amount } } closingBalance { amount } } }\n  }\n": typeof types.StatementOfDocument,
    "\n  query HistoryWithDocuments($id: ID!, $first: Int) {\n    customer(id: $id) { transactions(first: $first) { edges { node { kind invoice { number total { amount } } payment { reference amount { amount } } } } } }\n  }\n": typeof types.HistoryWithDocumentsDocument,
    "\n  fragment HistoryLength on LedgerEntryConnection { totalCount }\n": typeof types.HistoryLengthFragmentDoc,
    "\n  query HistoryLengthWithPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after) { ...HistoryLength edges { node { kind } } }\n    }\n  }\n": typeof types.HistoryLengthWithPageDocument,
    "\n  mutation RecordPayment($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) {\n      payment { id amount { amount currency } unapplied { amount } status allocations { id amount { amount } invoice { id number } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation MarkPaid($input: InvoiceMarkPaidInput!) {\n    invoiceMarkPaid(input: $input) { payment { id amount { amount } } userErrors { field code message } }\n  }\n": typeof types.MarkPaidDocument,
    "\n  mutation ApplyCredit($input: CreditApplyInput!) {\n    creditApply(input: $input) { payment { id unapplied { amount } } creditNote { id unapplied { amount } } userErrors { field code message } }\n  }\n": typeof types.ApplyCreditDocument,
    "\n  mutation MoveAllocation($input: AllocationMoveInput!) {\n    allocationMove(input: $input) { invoices { id status amountDue { amount } } userErrors { field code message } }\n  }\n": typeof types.MoveAllocationDocument,
    "\n  mutation VoidPayment($input: PaymentVoidInput!) {\n    paymentVoid(input: $input) { payment { id status voidReason unapplied { amount } } userErrors { field code message } }\n  }\n": typeof types.VoidPaymentDocument,
    "\n  mutation IssueCreditNote($input: CreditNoteIssueInput!) {\n    creditNoteIssue(input: $input) { creditNote { id number amount { amount currency } unapplied { amount } invoice { id status amountDue { amount } amountCredited { amount } } } userErrors { field code message } }\n  }\n": typeof types.IssueCreditNoteDocument,
    "\n  mutation RecordRefund($input: RefundRecordInput!) {\n    refundRecord(input: $input) { refund { id amount { amount currency } sources { amount { amount } payment { id } creditNote { id } } } userErrors { field code message } }\n  }\n": typeof types.RecordRefundDocument,
    "\n  query InvoiceMoney($id: ID!) {\n    node(id: $id) { ... on Invoice { id number status total { amount } amountPaid { amount } amountCredited { amount } amountDue { amount } allocations { id amount { amount } } } }\n  }\n": typeof types.InvoiceMoneyDocument,
    "\n  query CustomerAccount($id: ID!, $from: Date!, $to: Date!, $asOf: Date!) {\n    customer(id: $id) {\n      balances { currency outstanding { amount } overdue { amount } unappliedCredit { amount } netBalance { amount } }\n      credit { limit { amount } used { amount } available { amount } isOverLimit }\n      transactions(first: 100) { totalCount edges { node { kind occurredOn amount { amount } appliedAmount { amount } runningBalance { amount } invoice { number } } } }\n      statement(from: $from, to: $to) { openingBalance { amount } entries { kind amount { amount } } closingBalance { amount } }\n      balanceAsOf(date: $asOf) { amount currency }\n    }\n  }\n": typeof types.CustomerAccountDocument,
    "\n  query Ageing($asOf: Date, $basis: AgeingBasis, $customerId: ID, $currency: Currency, $bucket: AgeingBucket) {\n    receivablesAgeing(asOf: $asOf, basis: $basis, customerId: $customerId, currency: $currency) {\n      asOf\n      basis\n      totals {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount customerCount unappliedCredit { amount } balance { amount }\n      }\n      customers(first: 10) {\n        totalCount\n        edges {\n          node {\n            customer { code }\n            currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n            over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n          }\n        }\n      }\n      invoices(bucket: $bucket, first: 20) {\n        totalCount\n        edges { node { invoice { number } outstanding { amount } days bucket } }\n      }\n    }\n  }\n": typeof types.AgeingDocument,
    "\n  query CustomerAgeingField($id: ID!, $asOf: Date) {\n    customer(id: $id) {\n      ageing(asOf: $asOf) {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n      }\n    }\n  }\n": typeof types.CustomerAgeingFieldDocument,
    "\n  query AgeingBalances($asOf: Date) {\n    receivablesAgeing(asOf: $asOf) {\n      customers(first: 100) { edges { node { customer { id } currency balance { amount } } } }\n    }\n  }\n": typeof types.AgeingBalancesDocument,
    "\n  query LastAgedInvoices($customerId: ID, $bucket: AgeingBucket, $last: Int) {\n    receivablesAgeing(customerId: $customerId) {\n      invoices(bucket: $bucket, last: $last) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage }\n        edges { node { invoice { number } days } }\n      }\n    }\n  }\n": typeof types.LastAgedInvoicesDocument,
    "\n  query LedgerBalance($id: ID!, $date: Date!, $currency: Currency!) {\n    customer(id: $id) { balanceAsOf(date: $date, currency: $currency) { amount } }\n  }\n": typeof types.LedgerBalanceDocument,
    "\n  query PageFigures {\n    dashboard {\n      currencies { currency outstanding { amount } overdue { amount } }\n      topDebtors(first: 5) { customer { displayName } }\n      openAlerts\n    }\n    receivablesAgeing { totals { currency total { amount } } }\n  }\n": typeof types.PageFiguresDocument,
    "\n  query Dashboard($debtors: Int!) {\n    dashboard {\n      asOf\n      currencies { currency outstanding { amount } overdue { amount } collectedThisMonth { amount } collectedLastMonth { amount } }\n      topDebtors(first: $debtors) { customer { code } currency outstanding { amount } overdue { amount } overdueInvoices }\n      customersAtRisk { customer { code } currency overdue { amount } overdueInvoices reasons }\n      openAlerts\n    }\n    alerts(first: 1) { totalCount }\n    receivablesAgeing { totals { currency current { amount } total { amount } } }\n  }\n": typeof types.DashboardDocument,
    "\n  query Revenue($from: Date!, $to: Date!, $first: Int) {\n    revenue(from: $from, to: $to) {\n      totals { currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount customerCount }\n      customers(first: $first) {\n        totalCount\n        edges { node { customer { code } currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount share } }\n      }\n    }\n  }\n": typeof types.RevenueDocument,
    "\n  query Insights($orderBy: CustomerInsightOrder!, $currency: Currency, $atRiskOnly: Boolean!) {\n    customerInsights(first: 10, orderBy: $orderBy, currency: $currency, atRiskOnly: $atRiskOnly) {\n      totalCount\n      edges { node { ...InsightFields } }\n    }\n  }\n  fragment InsightFields on CustomerInsight {\n    customer { code }\n    currency\n    outstanding { amount }\n    overdue { amount }\n    openInvoices\n    overdueInvoices\n    largestUnpaidInvoice { number amountDue { amount } }\n    invoicedLast12Months { amount }\n    collectedLast12Months { amount }\n    paidInvoices\n    averageDaysToPay\n    medianDaysToPay\n    averageDaysLate\n    onTimeShare\n    daysSalesOutstanding\n    balance { amount }\n    creditLimit { amount }\n    atRisk\n    riskReasons\n  }\n": typeof types.InsightsDocument,
    "\n  query CustomerInsights($id: ID!, $unit: SeriesUnit!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Customer {\n        insights {\n          ...InsightFields\n          trend { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n          activity(unit: $unit, from: $from, to: $to) { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n        }\n      }\n    }\n  }\n": typeof types.CustomerInsightsDocument,
    "\n  query SettledOn($id: ID!) { node(id: $id) { ... on Invoice { status settledOn } } }\n": typeof types.SettledOnDocument,
    "\n  query Expected($id: ID!) {\n    node(id: $id) { ... on Invoice { number expectedPayment { date amount { amount } basis typicalDaysLate basedOnInvoices } } }\n  }\n": typeof types.ExpectedDocument,
    "\n  query Forecast($weeks: Int!) {\n    cashForecast(weeks: $weeks) {\n      currency\n      weeks { weekStart expected { amount } invoices }\n      pastExpected { expected { amount } invoices }\n      later { expected { amount } invoices }\n    }\n  }\n": typeof types.ForecastDocument,
    "\n  query Accuracy($weeks: Int!, $leadWeeks: Int!) {\n    forecastAccuracy(currency: \"RON\", weeks: $weeks, leadWeeks: $leadWeeks) {\n      weekStart forecastMadeOn forecast { amount } collected { amount } difference { amount }\n    }\n  }\n": typeof types.AccuracyDocument,
    "\n  query Patterns($from: Date, $customerId: ID) {\n    paymentPatterns(from: $from, customerId: $customerId) {\n      from\n      to\n      paidInvoices\n      averageDaysLate\n      medianDaysLate\n      daysLate { bucket invoices { count share } }\n      methods { method payments { count share } amounts { amount currency } }\n      weekdays { weekday payments { count share } }\n      atDueDate { invoices paidInFull { count share } partiallyPaid { count share } unpaid { count share } }\n      reminders { sent followedByPayment { count share } }\n    }\n  }\n": typeof types.PatternsDocument,
    "\n  subscription PaymentAlertsAcrossInstances($customerId: ID) {\n    alertRaised(customerId: $customerId, kinds: [PAYMENT_RECEIVED]) { kind customer { code } }\n  }\n": typeof types.PaymentAlertsAcrossInstancesDocument,
    "\n  subscription PaymentsAcrossInstances($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } }\n  }\n": typeof types.PaymentsAcrossInstancesDocument,
    "\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n": typeof types.CustomerChangedAcrossInstancesDocument,
    "\n  subscription PaymentsOnAnotherProcess($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { code } }\n  }\n": typeof types.PaymentsOnAnotherProcessDocument,
    "\n  mutation TwoPayments($first: PaymentRecordInput!, $second: PaymentRecordInput!) {\n    first: paymentRecord(input: $first) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n    second: paymentRecord(input: $second) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n  }\n": typeof types.TwoPaymentsDocument,
    "\n  subscription BalanceFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { balances { netBalance { amount } } } }\n  }\n": typeof types.BalanceFeedDocument,
    "\n  mutation PayOnce($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) { userErrors { code } }\n  }\n": typeof types.PayOnceDocument,
};
const documents: Documents = {
    "\n  query AuditTrail($filter: AuditFilter) {\n    auditEntries(first: 50, filter: $filter) {\n      totalCount\n      edges { node { at requestId actorName actorRole operation operationName arguments result errors subjectId } }\n    }\n  }\n": types.AuditTrailDocument,
    "mutation CreateKeyForAudit { apiKeyCreate(input: { name: \"audited\", role: VIEWER }) { secret } }": types.CreateKeyForAuditDocument,
    "\n  mutation LogDatedCall($customerId: ID!, $occurredAt: DateTime!) {\n    communicationLog(input: { customerId: $customerId, channel: PHONE, direction: INBOUND, body: \"Will pay\", occurredAt: $occurredAt }) {\n      userErrors { code }\n    }\n  }\n": types.LogDatedCallDocument,
    "query WhoAmI { viewer { name role } customers(first: 1) { totalCount } }": types.WhoAmIDocument,
    "\n  query ListKeys($includeRevoked: Boolean) {\n    apiKeys(first: 100, includeRevoked: $includeRevoked) { totalCount edges { node { id name role lastUsedAt revokedAt } } }\n  }\n": types.ListKeysDocument,
    "\n  mutation CreateKey($name: String!, $role: Role!) {\n    apiKeyCreate(input: { name: $name, role: $role }) {\n      apiKey { id name role prefix createdBy lastUsedAt revokedAt }\n      secret\n      userErrors { field code message }\n    }\n  }\n": types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) { apiKey { id revokedAt } userErrors { field code message } }\n  }\n": types.RevokeKeyDocument,
    "query MatrixViewer { viewer { role } }": types.MatrixViewerDocument,
    "query MatrixNode($id: ID!) { node(id: $id) { id } }": types.MatrixNodeDocument,
    "query MatrixNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.MatrixNodesDocument,
    "query MatrixCustomer($id: ID!) { customer(id: $id) { id } }": types.MatrixCustomerDocument,
    "query MatrixCustomers { customers(first: 1) { totalCount } }": types.MatrixCustomersDocument,
    "query MatrixPaymentTerms { paymentTerms(first: 1) { totalCount } }": types.MatrixPaymentTermsDocument,
    "mutation MatrixCreate($code: String!) { customerCreate(input: { code: $code, displayName: \"Matrix\", currency: \"RON\" }) { userErrors { code } } }": types.MatrixCreateDocument,
    "mutation MatrixUpdate($id: ID!) { customerUpdate(input: { id: $id, notes: \"matrix\" }) { userErrors { code } } }": types.MatrixUpdateDocument,
    "mutation MatrixArchive($id: ID!) { customerArchive(input: { id: $id }) { userErrors { code } } }": types.MatrixArchiveDocument,
    "mutation MatrixRestore($id: ID!) { customerRestore(input: { id: $id }) { userErrors { code } } }": types.MatrixRestoreDocument,
    "mutation MatrixDelete($id: ID!) { customerDelete(input: { id: $id }) { userErrors { code } } }": types.MatrixDeleteDocument,
    "query MatrixApiKeys { apiKeys(first: 1) { totalCount } }": types.MatrixApiKeysDocument,
    "mutation MatrixKeyCreate { apiKeyCreate(input: { name: \"matrix\", role: VIEWER }) { secret userErrors { code } } }": types.MatrixKeyCreateDocument,
    "mutation MatrixKeyRevoke($id: ID!) { apiKeyRevoke(input: { id: $id }) { userErrors { code } } }": types.MatrixKeyRevokeDocument,
    "query MatrixAudit { auditEntries(first: 1) { totalCount } }": types.MatrixAuditDocument,
    "subscription MatrixChanged { customerChanged { change } }": types.MatrixChangedDocument,
    "query MatrixCompany { companySettings { name } }": types.MatrixCompanyDocument,
    "query MatrixTaxRates { taxRates { code } }": types.MatrixTaxRatesDocument,
    "query MatrixItems { items(first: 1) { totalCount } }": types.MatrixItemsDocument,
    "query MatrixPriceLists { priceLists(first: 1) { totalCount } }": types.MatrixPriceListsDocument,
    "query MatrixContracts { contracts(first: 1) { totalCount } }": types.MatrixContractsDocument,
    "query MatrixInvoices { invoices(first: 1) { totalCount } }": types.MatrixInvoicesDocument,
    "query MatrixQuote($customerId: ID!) { priceQuote(input: { customerId: $customerId, lines: [{ description: \"x\", quantity: \"1\", unitPrice: \"1\" }] }) { quote { total { amount } } } }": types.MatrixQuoteDocument,
    "mutation MatrixItemCreate($sku: String!, $rate: ID!) { itemCreate(input: { sku: $sku, name: \"m\", basePrice: \"1\", currency: \"RON\", defaultTaxRateId: $rate }) { userErrors { code } } }": types.MatrixItemCreateDocument,
    "mutation MatrixItemUpdate($id: ID!) { itemUpdate(input: { id: $id, name: \"renamed\" }) { userErrors { code } } }": types.MatrixItemUpdateDocument,
    "mutation MatrixListCreate($name: String!) { priceListCreate(input: { name: $name, currency: \"RON\" }) { userErrors { code } } }": types.MatrixListCreateDocument,
    "mutation MatrixListUpdate($id: ID!) { priceListUpdate(input: { id: $id, isActive: true }) { userErrors { code } } }": types.MatrixListUpdateDocument,
    "mutation MatrixAddPrices($id: ID!, $item: ID!) { priceListAddPrices(input: { priceListId: $id, prices: [{ itemId: $item, price: \"1\" }] }) { userErrors { code } } }": types.MatrixAddPricesDocument,
    "mutation MatrixRemovePrice($id: ID!) { priceListRemovePrice(input: { id: $id }) { userErrors { code } } }": types.MatrixRemovePriceDocument,
    "mutation MatrixCompanyUpdate { companySettingsUpdate(input: { bankName: \"Matrix Bank\" }) { userErrors { code } } }": types.MatrixCompanyUpdateDocument,
    "mutation MatrixContractCreate($customerId: ID!, $number: String!) { contractCreate(input: { customerId: $customerId, number: $number, title: \"m\", startDate: \"2026-01-01\" }) { userErrors { code } } }": types.MatrixContractCreateDocument,
    "mutation MatrixContractActivate($id: ID!) { contractActivate(input: { id: $id }) { userErrors { code } } }": types.MatrixContractActivateDocument,
    "mutation MatrixContractAmend($id: ID!) { contractAmend(input: { id: $id, effectiveFrom: \"2026-06-01\", terms: [] }) { userErrors { code } } }": types.MatrixContractAmendDocument,
    "mutation MatrixContractTerminate($id: ID!) { contractTerminate(input: { id: $id, lastDay: \"2026-06-30\", reason: \"m\" }) { userErrors { code } } }": types.MatrixContractTerminateDocument,
    "mutation MatrixDraft($customerId: ID!) { invoiceCreateDraft(input: { customerId: $customerId }) { userErrors { code } } }": types.MatrixDraftDocument,
    "mutation MatrixDraftUpdate($id: ID!) { invoiceUpdateDraft(input: { id: $id, notes: \"m\" }) { userErrors { code } } }": types.MatrixDraftUpdateDocument,
    "mutation MatrixDraftDelete($id: ID!) { invoiceDeleteDraft(input: { id: $id }) { userErrors { code } } }": types.MatrixDraftDeleteDocument,
    "mutation MatrixLineAdd($id: ID!) { invoiceLineAdd(input: { invoiceId: $id, line: { description: \"m\", quantity: \"1\", unitPrice: \"1\" } }) { userErrors { code } } }": types.MatrixLineAddDocument,
    "mutation MatrixLineUpdate($id: ID!, $lineId: ID!) { invoiceLineUpdate(input: { invoiceId: $id, lineId: $lineId, quantity: \"2\" }) { userErrors { code } } }": types.MatrixLineUpdateDocument,
    "mutation MatrixLineRemove($id: ID!, $lineId: ID!) { invoiceLineRemove(input: { invoiceId: $id, lineId: $lineId }) { userErrors { code } } }": types.MatrixLineRemoveDocument,
    "mutation MatrixIssue($id: ID!) { invoiceIssue(input: { id: $id }) { userErrors { code } } }": types.MatrixIssueDocument,
    "mutation MatrixVoid($id: ID!) { invoiceVoid(input: { id: $id, reason: \"m\" }) { userErrors { code } } }": types.MatrixVoidDocument,
    "query MatrixPayments { payments(first: 1) { totalCount } }": types.MatrixPaymentsDocument,
    "mutation MatrixPay($customerId: ID!) { paymentRecord(input: { customerId: $customerId, amount: \"5\", method: CASH }) { userErrors { code } } }": types.MatrixPayDocument,
    "mutation MatrixMarkPaid($id: ID!) { invoiceMarkPaid(input: { invoiceId: $id }) { userErrors { code } } }": types.MatrixMarkPaidDocument,
    "mutation MatrixPayVoid($id: ID!) { paymentVoid(input: { paymentId: $id, reason: \"m\" }) { userErrors { code } } }": types.MatrixPayVoidDocument,
    "mutation MatrixApply($source: ID!, $invoice: ID!) { creditApply(input: { sourceId: $source, allocations: [{ invoiceId: $invoice, amount: \"1\" }] }) { userErrors { code } } }": types.MatrixApplyDocument,
    "mutation MatrixMove($allocation: ID!, $invoice: ID!) { allocationMove(input: { allocationId: $allocation, toInvoiceId: $invoice }) { userErrors { code } } }": types.MatrixMoveDocument,
    "mutation MatrixCreditNote($id: ID!) { creditNoteIssue(input: { invoiceId: $id, reason: \"m\", amount: \"1\" }) { userErrors { code } } }": types.MatrixCreditNoteDocument,
    "mutation MatrixRefund($customerId: ID!) { refundRecord(input: { customerId: $customerId, amount: \"1\", method: CASH }) { userErrors { code } } }": types.MatrixRefundDocument,
    "mutation MatrixLog($customerId: ID!) { communicationLog(input: { customerId: $customerId, channel: PHONE, direction: OUTBOUND, body: \"called\" }) { userErrors { code } } }": types.MatrixLogDocument,
    "mutation MatrixStatement($customerId: ID!) { statementSend(input: { customerId: $customerId, from: \"2026-01-01\", to: \"2026-12-31\" }) { userErrors { code } } }": types.MatrixStatementDocument,
    "query MatrixAlerts { alerts(first: 1) { totalCount } }": types.MatrixAlertsDocument,
    "mutation MatrixAcknowledge($id: ID!) { alertAcknowledge(input: { id: $id }) { userErrors { code } } }": types.MatrixAcknowledgeDocument,
    "mutation MatrixSnooze($id: ID!) { alertSnooze(input: { id: $id, until: \"2099-01-01T00:00:00Z\" }) { userErrors { code } } }": types.MatrixSnoozeDocument,
    "subscription MatrixAlertRaised { alertRaised { kind } }": types.MatrixAlertRaisedDocument,
    "subscription MatrixPaymentReceived { paymentReceived { id } }": types.MatrixPaymentReceivedDocument,
    "query MatrixPolicies { reminderPolicies { name } }": types.MatrixPoliciesDocument,
    "query MatrixAgeing { receivablesAgeing { totals { currency } } }": types.MatrixAgeingDocument,
    "query MatrixDashboard { dashboard { openAlerts } }": types.MatrixDashboardDocument,
    "query MatrixInsights { customerInsights(first: 1) { totalCount } }": types.MatrixInsightsDocument,
    "query MatrixPatterns { paymentPatterns { paidInvoices } }": types.MatrixPatternsDocument,
    "query MatrixForecast { cashForecast { currency } }": types.MatrixForecastDocument,
    "query MatrixAccuracy { forecastAccuracy(currency: \"RON\", weeks: 1) { weekStart } }": types.MatrixAccuracyDocument,
    "query MatrixRevenue { revenue(from: \"2026-01-01\", to: \"2026-01-31\") { totals { currency } } }": types.MatrixRevenueDocument,
    "mutation MatrixPolicyCreate($name: String!) { reminderPolicyCreate(input: { name: $name, steps: [{ offsetDays: 5, kind: REMINDER }] }) { userErrors { code } } }": types.MatrixPolicyCreateDocument,
    "mutation MatrixLateInterest($id: ID!) { lateInterestCharge(input: { invoiceId: $id }) { userErrors { code } } }": types.MatrixLateInterestDocument,
    "mutation MatrixPolicyUpdate($id: ID!, $name: String!) { reminderPolicyUpdate(input: { id: $id, name: $name, steps: [] }) { userErrors { code } } }": types.MatrixPolicyUpdateDocument,
    "mutation MatrixKeyToRevoke { apiKeyCreate(input: { name: \"to revoke\", role: VIEWER }) { apiKey { id } } }": types.MatrixKeyToRevokeDocument,
    "mutation MatrixKeyForNode { apiKeyCreate(input: { name: \"node probe\", role: VIEWER }) { apiKey { id } } }": types.MatrixKeyForNodeDocument,
    "\n  mutation LogCommunication($input: CommunicationLogInput!) {\n    communicationLog(input: $input) {\n      communication { id channel direction subject body occurredAt createdBy invoice { number } }\n      userErrors { field code message }\n    }\n  }\n": types.LogCommunicationDocument,
    "\n  query PaymentsOf($customerId: ID) { payments(customerId: $customerId, first: 5) { totalCount } }\n": types.PaymentsOfDocument,
    "\n  query CommunicationHistory($id: ID!, $filter: CommunicationFilter) {\n    customer(id: $id) { communications(first: 10, filter: $filter) { totalCount edges { node { subject channel } } } }\n  }\n": types.CommunicationHistoryDocument,
    "\n  query InvoiceHistory($id: ID!) {\n    node(id: $id) { ... on Invoice { communications(first: 10) { totalCount edges { node { subject } } } } }\n  }\n": types.InvoiceHistoryDocument,
    "\n  query OpenAlerts($filter: AlertFilter) {\n    alerts(first: 50, filter: $filter) { totalCount edges { node { id kind status message handledBy snoozedUntil } } }\n  }\n": types.OpenAlertsDocument,
    "\n  mutation Acknowledge($id: ID!) {\n    alertAcknowledge(input: { id: $id }) { alert { id status handledBy handledAt } userErrors { field code message } }\n  }\n": types.AcknowledgeDocument,
    "\n  mutation Snooze($id: ID!, $until: DateTime!) {\n    alertSnooze(input: { id: $id, until: $until }) { alert { id status snoozedUntil } userErrors { field code message } }\n  }\n": types.SnoozeDocument,
    "\n  mutation SendStatement($input: StatementSendInput!) {\n    statementSend(input: $input) { communication { kind subject toAddress deliveryStatus } userErrors { field code message } }\n  }\n": types.SendStatementDocument,
    "\n  subscription AlertFeed($customerId: ID, $kinds: [AlertKind!]) {\n    alertRaised(customerId: $customerId, kinds: $kinds) { kind customer { code } message }\n  }\n": types.AlertFeedDocument,
    "\n  subscription PaymentFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount currency } customer { code } }\n  }\n": types.PaymentFeedDocument,
    "\n  query DeliveryHistory($id: ID!) {\n    customer(id: $id) {\n      communications(first: 5) {\n        edges { node { deliveryStatus attempts deliveryAttempts { number outcome error startedAt finishedAt } } }\n      }\n    }\n  }\n": types.DeliveryHistoryDocument,
    "\n  query CustomerAlerts($customerId: ID!) {\n    alerts(first: 50, filter: { customerId: $customerId, status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      totalCount\n      edges { node { kind message invoice { number } } }\n    }\n  }\n": types.CustomerAlertsDocument,
    "\n  query CustomerCommunications($id: ID!) {\n    customer(id: $id) {\n      communications(first: 20) {\n        totalCount\n        edges { node { kind channel direction subject body toAddress deliveryStatus attempts invoice { number } } }\n      }\n    }\n  }\n": types.CustomerCommunicationsDocument,
    "\n  query InvoiceCommunications($id: ID!) {\n    node(id: $id) {\n      ... on Invoice {\n        communications(first: 10) { totalCount edges { node { kind invoice { number } invoices { number } } } }\n      }\n    }\n  }\n": types.InvoiceCommunicationsDocument,
    "\n  query CommunicationInvoices($id: ID!) {\n    customer(id: $id) { communications(first: 20) { edges { node { subject invoices { number } } } } }\n  }\n": types.CommunicationInvoicesDocument,
    "\n  mutation CreatePolicy($input: ReminderPolicyInput!) {\n    reminderPolicyCreate(input: $input) { reminderPolicy { id name steps { offsetDays kind } } userErrors { field code message } }\n  }\n": types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($input: ReminderPolicyUpdateInput!) {\n    reminderPolicyUpdate(input: $input) {\n      reminderPolicy { name partialFollowUpDays lateInterestKind lateInterestValue steps { offsetDays kind } }\n      userErrors { field code message }\n    }\n  }\n": types.UpdatePolicyDocument,
    "\n  mutation ChargeInterest($invoiceId: ID!) {\n    lateInterestCharge(input: { invoiceId: $invoiceId }) {\n      invoice { id number status issueDate total { amount } legalMentions lines { description unitPrice { amount } manualPriceReason taxSource taxRate { code } explanation } }\n      userErrors { field code message }\n    }\n  }\n": types.ChargeInterestDocument,
    "\n  query InvoiceAlerts($customerId: ID!) {\n    alerts(first: 10, filter: { customerId: $customerId, kinds: [INVOICE_OVERDUE], status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      edges { node { status handledBy } }\n    }\n  }\n": types.InvoiceAlertsDocument,
    "\n  query BookBalances($after: String) {\n    customers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id code balances { netBalance { amount } outstanding { amount } } } }\n    }\n  }\n": types.BookBalancesDocument,
    "\n  query BookOverdue {\n    invoices(first: 1, filter: { overdue: true }) { totalCount }\n  }\n": types.BookOverdueDocument,
    "\n  query BookCustomer($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 1, status: [OPEN]) { totalCount edges { node { id total { amount } } } }\n      balanceAsOf(date: \"2026-06-15\") { amount }\n      transactions(first: 100, filter: { from: \"2026-06-15\" }) { edges { node { kind runningBalance { amount } } } }\n      balances { netBalance { amount } outstanding { amount } }\n    }\n  }\n": types.BookCustomerDocument,
    "\n  query ContactsOfPage($search: String!) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code contacts { id name role email phone isPrimary }\n          purchaseTerms { paymentTerms { id code name kind days isActive } }\n          balances { currency outstanding { amount } overdue { amount } netBalance { amount } }\n        }\n      }\n    }\n  }\n": types.ContactsOfPageDocument,
    "\n  query CustomerListPage(\n    $filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $last: Int, $after: String, $before: String\n  ) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n": types.CustomerListPageDocument,
    "\n  query CustomersBeyondTheirColumns($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code displayName status email phone currency legalName kind tags\n          billingAddress { city country } createdAt\n          purchaseTerms {\n            defaultPaymentMethod creditLimit { amount currency } defaultTaxTreatment creditLimitPolicy\n            remindersEnabled paymentTerms { code } priceList { id } reminderPolicy { id }\n          }\n          credit { limit { amount } used { amount } }\n        }\n      }\n    }\n  }\n": types.CustomersBeyondTheirColumnsDocument,
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
    "\n  mutation UpdatePriceList($input: PriceListUpdateInput!) {\n    priceListUpdate(input: $input) { priceList { id isDefault currency } userErrors { field code message } }\n  }\n": types.UpdatePriceListDocument,
    "query PriceListsDefault { priceLists(first: 50) { edges { node { id name isDefault } } } }": types.PriceListsDefaultDocument,
    "\n  mutation UpdateCompany($input: CompanySettingsUpdateInput!) {\n    companySettingsUpdate(input: $input) { companySettings { name taxId bankAccount defaultCurrency defaultPaymentTerms { code } } userErrors { field code message } }\n  }\n": types.UpdateCompanyDocument,
    "query ContractsOf($customerId: ID!, $status: [ContractStatus!]) { contracts(first: 10, customerId: $customerId, status: $status) { totalCount edges { node { number status endDate terminationReason } } } }": types.ContractsOfDocument,
    "\n      query EffectiveTerms($id: ID!) {\n        customer(id: $id) { effectivePurchaseTerms { paymentTerms { code } paymentTermsSource paymentMethod paymentMethodSource priceList { name } priceListSource } }\n      }\n    ": types.EffectiveTermsDocument,
    "\n  query InvoicesWithDetails($first: Int) {\n    invoices(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          customer { displayName purchaseTerms { paymentTerms { name } } }\n          paymentTerms { code }\n          lines { description item { sku } taxRate { code } priceContractTerm { contract { number } } totalAmount { amount } }\n          taxes { taxPercent taxAmount { amount } }\n          legalMentions\n          total { amount }\n        }\n      }\n    }\n  }\n": types.InvoicesWithDetailsDocument,
    "\n  query CustomerWithLines($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 10) {\n        edges {\n          node {\n            id\n            lines {\n              id position description quantity unit unitPrice { amount currency } totalAmount { amount currency }\n              netAmount { amount } taxRate { code } item { sku }\n            }\n          }\n        }\n      }\n      transactions(first: 10) { totalCount edges { node { id kind occurredOn amount { amount } runningBalance { amount } } } }\n    }\n  }\n": types.CustomerWithLinesDocument,
    "\n  query BenchLikeDetail($id: ID!) {\n    customer(id: $id) {\n      code displayName\n      invoices(first: 20) { edges { node { number lines { description quantity unitPrice { amount } totalAmount { amount } } } } }\n      transactions(first: 20) { totalCount edges { node { kind amount { amount } runningBalance { amount } } } }\n    }\n  }\n": types.BenchLikeDetailDocument,
    "\n  query CustomerInvoicePage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(first: $first, last: $last, after: $after, before: $before, status: $status) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { id number status } }\n      }\n    }\n  }\n": types.CustomerInvoicePageDocument,
    "\n  query InvoicePage($filter: InvoiceFilter, $first: Int, $last: Int, $after: String, $before: String) {\n    invoices(filter: $filter, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id number status } }\n    }\n  }\n": types.InvoicePageDocument,
    "\n  query InvoicesBeyondTheirColumns($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 5) {\n        edges {\n          node {\n            id number customer { code } billTo { name } subtotal { amount } taxTotal { amount }\n            paymentTerms { code } notes amountDue { amount } isOverdue\n          }\n        }\n      }\n    }\n  }\n": types.InvoicesBeyondTheirColumnsDocument,
    "\n  query CustomerPagesAhead($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    customer(id: $id) {\n      code displayName contacts { name } balances { currency outstanding { amount } }\n      newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n      ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n      ...LedgerPage\n      skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n      included: transactions(first: 1) @include(if: $skip) { totalCount }\n    }\n  }\n  fragment LedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n": types.CustomerPagesAheadDocument,
    "\n  query NodePagesOneByOne($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    node(id: $id) {\n      ... on Customer {\n        code displayName contacts { name } balances { currency outstanding { amount } }\n        newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n        ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n        ...NodeLedgerPage\n        skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n        included: transactions(first: 1) @include(if: $skip) { totalCount }\n      }\n    }\n  }\n  fragment NodeLedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n": types.NodePagesOneByOneDocument,
    "\n  query CustomerBeyondItsColumns($id: ID!) {\n    customer(id: $id) {\n      code legalName billingAddress { city } credit { limit { amount } used { amount } }\n      invoices(last: 1) { edges { node { number } } }\n      transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n    }\n    node(id: $id) {\n      ... on Customer {\n        code legalName billingAddress { city } credit { limit { amount } used { amount } }\n        invoices(last: 1) { edges { node { number } } }\n        transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n      }\n    }\n  }\n": types.CustomerBeyondItsColumnsDocument,
    "\n  query Catalog {\n    taxRates { id code kind rate legalMention }\n    companySettings { defaultCurrency defaultPriceList { id name } defaultPaymentTerms { code } defaultTaxRate { code } }\n  }\n": types.CatalogDocument,
    "\n  mutation CreateItem($input: ItemCreateInput!) {\n    itemCreate(input: $input) { item { id sku basePrice { amount currency } } userErrors { field code message } }\n  }\n": types.CreateItemDocument,
    "\n  mutation CreatePriceList($input: PriceListCreateInput!) {\n    priceListCreate(input: $input) { priceList { id name currency isDefault } userErrors { field code message } }\n  }\n": types.CreatePriceListDocument,
    "\n  mutation AddPrices($input: PriceListAddPricesInput!) {\n    priceListAddPrices(input: $input) {\n      priceList { id prices(first: 50) { totalCount edges { node { id item { sku } price { amount } validFrom validTo } } } }\n      userErrors { field code message }\n    }\n  }\n": types.AddPricesDocument,
    "\n  mutation CreateContract($input: ContractCreateInput!) {\n    contractCreate(input: $input) { contract { id number status terms { id kind } } userErrors { field code message } }\n  }\n": types.CreateContractDocument,
    "\n  mutation ActivateContract($id: ID!) {\n    contractActivate(input: { id: $id }) { contract { id status } userErrors { field code message } }\n  }\n": types.ActivateContractDocument,
    "\n  mutation AmendContract($input: ContractAmendInput!) {\n    contractAmend(input: $input) { contract { id terms { id kind validFrom validTo price { amount } } } userErrors { field code message } }\n  }\n": types.AmendContractDocument,
    "\n  mutation TerminateContract($input: ContractTerminateInput!) {\n    contractTerminate(input: $input) { contract { id status endDate } userErrors { field code message } }\n  }\n": types.TerminateContractDocument,
    "\n  query Quote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      quote {\n        currency\n        date\n        lines {\n          description\n          unitPrice { amount }\n          priceSource\n          priceContractTerm { id contract { number } }\n          priceListEntry { id }\n          discountPercent\n          discountSource\n          discountContractTerm { id }\n          taxRate { code }\n          taxSource\n          taxReason\n          explanation\n          lineAmount { amount }\n          discountAmount { amount }\n          netAmount { amount }\n          taxAmount { amount }\n          totalAmount { amount }\n        }\n        subtotal { amount }\n        discountTotal { amount }\n        taxTotal { amount }\n        total { amount currency }\n        taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n      }\n      userErrors { field code message }\n    }\n  }\n": types.QuoteDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    currency\n    paymentMethod\n    paymentTerms { code }\n    priceList { name }\n    sources { currency paymentTerms paymentMethod priceList }\n    billTo { name legalName taxId street city country }\n    lines {\n      id\n      position\n      description\n      quantity\n      unitPrice { amount }\n      priceSource\n      priceContractTerm { id }\n      discountPercent\n      taxRate { code }\n      taxSource\n      explanation\n      netAmount { amount }\n      taxAmount { amount }\n      totalAmount { amount }\n    }\n    subtotal { amount }\n    discountTotal { amount }\n    taxTotal { amount }\n    total { amount currency }\n    taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n    legalMentions\n    amountDue { amount }\n    isOverdue\n    daysOverdue\n    voidReason\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  mutation CreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": types.CreateDraftDocument,
    "\n  mutation DraftLineCurrencies($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) {\n      invoice { currency lines { unitPrice { amount currency } totalAmount { amount currency } } }\n      userErrors { field code message }\n    }\n  }\n": types.DraftLineCurrenciesDocument,
    "\n  mutation UpdateDraft($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": types.UpdateDraftDocument,
    "\n  mutation AddLine($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": types.AddLineDocument,
    "\n  mutation UpdateLine($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": types.UpdateLineDocument,
    "\n  mutation RemoveLine($input: InvoiceLineRemoveInput!) {\n    invoiceLineRemove(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": types.RemoveLineDocument,
    "\n  mutation IssueInvoice($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation VoidInvoice($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n": types.VoidInvoiceDocument,
    "\n  mutation DeleteDraft($id: ID!) {\n    invoiceDeleteDraft(input: { id: $id }) { deletedInvoiceId userErrors { field code message } }\n  }\n": types.DeleteDraftDocument,
    "\n  query ListInvoices($filter: InvoiceFilter, $orderBy: InvoiceOrder, $first: Int) {\n    invoices(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id number status total { amount } dueDate isOverdue } } }\n  }\n": types.ListInvoicesDocument,
    "\n  query BackwardsStatement($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { closingBalance { amount } } }\n  }\n": types.BackwardsStatementDocument,
    "\n  query CustomersWithBalances($first: Int) {\n    customers(first: $first) { edges { node { code balances { currency outstanding { amount } unappliedCredit { amount } netBalance { amount } } credit { used { amount } } } } }\n  }\n": types.CustomersWithBalancesDocument,
    "\n  query History($id: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { kind occurredOn amount { amount } runningBalance { amount } } }\n      }\n    }\n  }\n": types.HistoryDocument,
    "\n  query LatestHistory($id: ID!, $last: Int, $before: String) {\n    customer(id: $id) {\n      transactions(last: $last, before: $before) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage startCursor }\n        edges { node { kind runningBalance { amount } } }\n      }\n    }\n  }\n": types.LatestHistoryDocument,
    "\n  query StatementOf($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { from to openingBalance { amount } entries { kind occurredOn amount { amount } } closingBalance { amount } } }\n  }\n": types.StatementOfDocument,
    "\n  query HistoryWithDocuments($id: ID!, $first: Int) {\n    customer(id: $id) { transactions(first: $first) { edges { node { kind invoice { number total { amount } } payment { reference amount { amount } } } } } }\n  }\n": types.HistoryWithDocumentsDocument,
    "\n  fragment HistoryLength on LedgerEntryConnection { totalCount }\n": types.HistoryLengthFragmentDoc,
    "\n  query HistoryLengthWithPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after) { ...HistoryLength edges { node { kind } } }\n    }\n  }\n": types.HistoryLengthWithPageDocument,
    "\n  mutation RecordPayment($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) {\n      payment { id amount { amount currency } unapplied { amount } status allocations { id amount { amount } invoice { id number } } }\n      userErrors { field code message }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation MarkPaid($input: InvoiceMarkPaidInput!) {\n    invoiceMarkPaid(input: $input) { payment { id amount { amount } } userErrors { field code message } }\n  }\n": types.MarkPaidDocument,
    "\n  mutation ApplyCredit($input: CreditApplyInput!) {\n    creditApply(input: $input) { payment { id unapplied { amount } } creditNote { id unapplied { amount } } userErrors { field code message } }\n  }\n": types.ApplyCreditDocument,
    "\n  mutation MoveAllocation($input: AllocationMoveInput!) {\n    allocationMove(input: $input) { invoices { id status amountDue { amount } } userErrors { field code message } }\n  }\n": types.MoveAllocationDocument,
    "\n  mutation VoidPayment($input: PaymentVoidInput!) {\n    paymentVoid(input: $input) { payment { id status voidReason unapplied { amount } } userErrors { field code message } }\n  }\n": types.VoidPaymentDocument,
    "\n  mutation IssueCreditNote($input: CreditNoteIssueInput!) {\n    creditNoteIssue(input: $input) { creditNote { id number amount { amount currency } unapplied { amount } invoice { id status amountDue { amount } amountCredited { amount } } } userErrors { field code message } }\n  }\n": types.IssueCreditNoteDocument,
    "\n  mutation RecordRefund($input: RefundRecordInput!) {\n    refundRecord(input: $input) { refund { id amount { amount currency } sources { amount { amount } payment { id } creditNote { id } } } userErrors { field code message } }\n  }\n": types.RecordRefundDocument,
    "\n  query InvoiceMoney($id: ID!) {\n    node(id: $id) { ... on Invoice { id number status total { amount } amountPaid { amount } amountCredited { amount } amountDue { amount } allocations { id amount { amount } } } }\n  }\n": types.InvoiceMoneyDocument,
    "\n  query CustomerAccount($id: ID!, $from: Date!, $to: Date!, $asOf: Date!) {\n    customer(id: $id) {\n      balances { currency outstanding { amount } overdue { amount } unappliedCredit { amount } netBalance { amount } }\n      credit { limit { amount } used { amount } available { amount } isOverLimit }\n      transactions(first: 100) { totalCount edges { node { kind occurredOn amount { amount } appliedAmount { amount } runningBalance { amount } invoice { number } } } }\n      statement(from: $from, to: $to) { openingBalance { amount } entries { kind amount { amount } } closingBalance { amount } }\n      balanceAsOf(date: $asOf) { amount currency }\n    }\n  }\n": types.CustomerAccountDocument,
    "\n  query Ageing($asOf: Date, $basis: AgeingBasis, $customerId: ID, $currency: Currency, $bucket: AgeingBucket) {\n    receivablesAgeing(asOf: $asOf, basis: $basis, customerId: $customerId, currency: $currency) {\n      asOf\n      basis\n      totals {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount customerCount unappliedCredit { amount } balance { amount }\n      }\n      customers(first: 10) {\n        totalCount\n        edges {\n          node {\n            customer { code }\n            currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n            over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n          }\n        }\n      }\n      invoices(bucket: $bucket, first: 20) {\n        totalCount\n        edges { node { invoice { number } outstanding { amount } days bucket } }\n      }\n    }\n  }\n": types.AgeingDocument,
    "\n  query CustomerAgeingField($id: ID!, $asOf: Date) {\n    customer(id: $id) {\n      ageing(asOf: $asOf) {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n      }\n    }\n  }\n": types.CustomerAgeingFieldDocument,
    "\n  query AgeingBalances($asOf: Date) {\n    receivablesAgeing(asOf: $asOf) {\n      customers(first: 100) { edges { node { customer { id } currency balance { amount } } } }\n    }\n  }\n": types.AgeingBalancesDocument,
    "\n  query LastAgedInvoices($customerId: ID, $bucket: AgeingBucket, $last: Int) {\n    receivablesAgeing(customerId: $customerId) {\n      invoices(bucket: $bucket, last: $last) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage }\n        edges { node { invoice { number } days } }\n      }\n    }\n  }\n": types.LastAgedInvoicesDocument,
    "\n  query LedgerBalance($id: ID!, $date: Date!, $currency: Currency!) {\n    customer(id: $id) { balanceAsOf(date: $date, currency: $currency) { amount } }\n  }\n": types.LedgerBalanceDocument,
    "\n  query PageFigures {\n    dashboard {\n      currencies { currency outstanding { amount } overdue { amount } }\n      topDebtors(first: 5) { customer { displayName } }\n      openAlerts\n    }\n    receivablesAgeing { totals { currency total { amount } } }\n  }\n": types.PageFiguresDocument,
    "\n  query Dashboard($debtors: Int!) {\n    dashboard {\n      asOf\n      currencies { currency outstanding { amount } overdue { amount } collectedThisMonth { amount } collectedLastMonth { amount } }\n      topDebtors(first: $debtors) { customer { code } currency outstanding { amount } overdue { amount } overdueInvoices }\n      customersAtRisk { customer { code } currency overdue { amount } overdueInvoices reasons }\n      openAlerts\n    }\n    alerts(first: 1) { totalCount }\n    receivablesAgeing { totals { currency current { amount } total { amount } } }\n  }\n": types.DashboardDocument,
    "\n  query Revenue($from: Date!, $to: Date!, $first: Int) {\n    revenue(from: $from, to: $to) {\n      totals { currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount customerCount }\n      customers(first: $first) {\n        totalCount\n        edges { node { customer { code } currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount share } }\n      }\n    }\n  }\n": types.RevenueDocument,
    "\n  query Insights($orderBy: CustomerInsightOrder!, $currency: Currency, $atRiskOnly: Boolean!) {\n    customerInsights(first: 10, orderBy: $orderBy, currency: $currency, atRiskOnly: $atRiskOnly) {\n      totalCount\n      edges { node { ...InsightFields } }\n    }\n  }\n  fragment InsightFields on CustomerInsight {\n    customer { code }\n    currency\n    outstanding { amount }\n    overdue { amount }\n    openInvoices\n    overdueInvoices\n    largestUnpaidInvoice { number amountDue { amount } }\n    invoicedLast12Months { amount }\n    collectedLast12Months { amount }\n    paidInvoices\n    averageDaysToPay\n    medianDaysToPay\n    averageDaysLate\n    onTimeShare\n    daysSalesOutstanding\n    balance { amount }\n    creditLimit { amount }\n    atRisk\n    riskReasons\n  }\n": types.InsightsDocument,
    "\n  query CustomerInsights($id: ID!, $unit: SeriesUnit!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Customer {\n        insights {\n          ...InsightFields\n          trend { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n          activity(unit: $unit, from: $from, to: $to) { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n        }\n      }\n    }\n  }\n": types.CustomerInsightsDocument,
    "\n  query SettledOn($id: ID!) { node(id: $id) { ... on Invoice { status settledOn } } }\n": types.SettledOnDocument,
    "\n  query Expected($id: ID!) {\n    node(id: $id) { ... on Invoice { number expectedPayment { date amount { amount } basis typicalDaysLate basedOnInvoices } } }\n  }\n": types.ExpectedDocument,
    "\n  query Forecast($weeks: Int!) {\n    cashForecast(weeks: $weeks) {\n      currency\n      weeks { weekStart expected { amount } invoices }\n      pastExpected { expected { amount } invoices }\n      later { expected { amount } invoices }\n    }\n  }\n": types.ForecastDocument,
    "\n  query Accuracy($weeks: Int!, $leadWeeks: Int!) {\n    forecastAccuracy(currency: \"RON\", weeks: $weeks, leadWeeks: $leadWeeks) {\n      weekStart forecastMadeOn forecast { amount } collected { amount } difference { amount }\n    }\n  }\n": types.AccuracyDocument,
    "\n  query Patterns($from: Date, $customerId: ID) {\n    paymentPatterns(from: $from, customerId: $customerId) {\n      from\n      to\n      paidInvoices\n      averageDaysLate\n      medianDaysLate\n      daysLate { bucket invoices { count share } }\n      methods { method payments { count share } amounts { amount currency } }\n      weekdays { weekday payments { count share } }\n      atDueDate { invoices paidInFull { count share } partiallyPaid { count share } unpaid { count share } }\n      reminders { sent followedByPayment { count share } }\n    }\n  }\n": types.PatternsDocument,
    "\n  subscription PaymentAlertsAcrossInstances($customerId: ID) {\n    alertRaised(customerId: $customerId, kinds: [PAYMENT_RECEIVED]) { kind customer { code } }\n  }\n": types.PaymentAlertsAcrossInstancesDocument,
    "\n  subscription PaymentsAcrossInstances($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } }\n  }\n": types.PaymentsAcrossInstancesDocument,
    "\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n": types.CustomerChangedAcrossInstancesDocument,
    "\n  subscription PaymentsOnAnotherProcess($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { code } }\n  }\n": types.PaymentsOnAnotherProcessDocument,
    "\n  mutation TwoPayments($first: PaymentRecordInput!, $second: PaymentRecordInput!) {\n    first: paymentRecord(input: $first) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n    second: paymentRecord(input: $second) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n  }\n": types.TwoPaymentsDocument,
    "\n  subscription BalanceFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { balances { netBalance { amount } } } }\n  }\n": types.BalanceFeedDocument,
    "\n  mutation PayOnce($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) { userErrors { code } }\n  }\n": types.PayOnceDocument,
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
export function graphql(source: "\n  query AuditTrail($filter: AuditFilter) {\n    auditEntries(first: 50, filter: $filter) {\n      totalCount\n      edges { node { at requestId actorName actorRole operation operationName arguments result errors subjectId } }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditFilter) {\n    auditEntries(first: 50, filter: $filter) {\n      totalCount\n      edges { node { at requestId actorName actorRole operation operationName arguments result errors subjectId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateKeyForAudit { apiKeyCreate(input: { name: \"audited\", role: VIEWER }) { secret } }"): (typeof documents)["mutation CreateKeyForAudit { apiKeyCreate(input: { name: \"audited\", role: VIEWER }) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogDatedCall($customerId: ID!, $occurredAt: DateTime!) {\n    communicationLog(input: { customerId: $customerId, channel: PHONE, direction: INBOUND, body: \"Will pay\", occurredAt: $occurredAt }) {\n      userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation LogDatedCall($customerId: ID!, $occurredAt: DateTime!) {\n    communicationLog(input: { customerId: $customerId, channel: PHONE, direction: INBOUND, body: \"Will pay\", occurredAt: $occurredAt }) {\n      userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmI { viewer { name role } customers(first: 1) { totalCount } }"): (typeof documents)["query WhoAmI { viewer { name role } customers(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListKeys($includeRevoked: Boolean) {\n    apiKeys(first: 100, includeRevoked: $includeRevoked) { totalCount edges { node { id name role lastUsedAt revokedAt } } }\n  }\n"): (typeof documents)["\n  query ListKeys($includeRevoked: Boolean) {\n    apiKeys(first: 100, includeRevoked: $includeRevoked) { totalCount edges { node { id name role lastUsedAt revokedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKey($name: String!, $role: Role!) {\n    apiKeyCreate(input: { name: $name, role: $role }) {\n      apiKey { id name role prefix createdBy lastUsedAt revokedAt }\n      secret\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKey($name: String!, $role: Role!) {\n    apiKeyCreate(input: { name: $name, role: $role }) {\n      apiKey { id name role prefix createdBy lastUsedAt revokedAt }\n      secret\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) { apiKey { id revokedAt } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(input: { id: $id }) { apiKey { id revokedAt } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixViewer { viewer { role } }"): (typeof documents)["query MatrixViewer { viewer { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query MatrixNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query MatrixNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCustomer($id: ID!) { customer(id: $id) { id } }"): (typeof documents)["query MatrixCustomer($id: ID!) { customer(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCustomers { customers(first: 1) { totalCount } }"): (typeof documents)["query MatrixCustomers { customers(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPaymentTerms { paymentTerms(first: 1) { totalCount } }"): (typeof documents)["query MatrixPaymentTerms { paymentTerms(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCreate($code: String!) { customerCreate(input: { code: $code, displayName: \"Matrix\", currency: \"RON\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixCreate($code: String!) { customerCreate(input: { code: $code, displayName: \"Matrix\", currency: \"RON\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixUpdate($id: ID!) { customerUpdate(input: { id: $id, notes: \"matrix\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixUpdate($id: ID!) { customerUpdate(input: { id: $id, notes: \"matrix\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixArchive($id: ID!) { customerArchive(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixArchive($id: ID!) { customerArchive(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixRestore($id: ID!) { customerRestore(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixRestore($id: ID!) { customerRestore(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixDelete($id: ID!) { customerDelete(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixDelete($id: ID!) { customerDelete(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixApiKeys { apiKeys(first: 1) { totalCount } }"): (typeof documents)["query MatrixApiKeys { apiKeys(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixKeyCreate { apiKeyCreate(input: { name: \"matrix\", role: VIEWER }) { secret userErrors { code } } }"): (typeof documents)["mutation MatrixKeyCreate { apiKeyCreate(input: { name: \"matrix\", role: VIEWER }) { secret userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixKeyRevoke($id: ID!) { apiKeyRevoke(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixKeyRevoke($id: ID!) { apiKeyRevoke(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixAudit { auditEntries(first: 1) { totalCount } }"): (typeof documents)["query MatrixAudit { auditEntries(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MatrixChanged { customerChanged { change } }"): (typeof documents)["subscription MatrixChanged { customerChanged { change } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCompany { companySettings { name } }"): (typeof documents)["query MatrixCompany { companySettings { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixTaxRates { taxRates { code } }"): (typeof documents)["query MatrixTaxRates { taxRates { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixItems { items(first: 1) { totalCount } }"): (typeof documents)["query MatrixItems { items(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPriceLists { priceLists(first: 1) { totalCount } }"): (typeof documents)["query MatrixPriceLists { priceLists(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixContracts { contracts(first: 1) { totalCount } }"): (typeof documents)["query MatrixContracts { contracts(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixInvoices { invoices(first: 1) { totalCount } }"): (typeof documents)["query MatrixInvoices { invoices(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixQuote($customerId: ID!) { priceQuote(input: { customerId: $customerId, lines: [{ description: \"x\", quantity: \"1\", unitPrice: \"1\" }] }) { quote { total { amount } } } }"): (typeof documents)["query MatrixQuote($customerId: ID!) { priceQuote(input: { customerId: $customerId, lines: [{ description: \"x\", quantity: \"1\", unitPrice: \"1\" }] }) { quote { total { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixItemCreate($sku: String!, $rate: ID!) { itemCreate(input: { sku: $sku, name: \"m\", basePrice: \"1\", currency: \"RON\", defaultTaxRateId: $rate }) { userErrors { code } } }"): (typeof documents)["mutation MatrixItemCreate($sku: String!, $rate: ID!) { itemCreate(input: { sku: $sku, name: \"m\", basePrice: \"1\", currency: \"RON\", defaultTaxRateId: $rate }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixItemUpdate($id: ID!) { itemUpdate(input: { id: $id, name: \"renamed\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixItemUpdate($id: ID!) { itemUpdate(input: { id: $id, name: \"renamed\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixListCreate($name: String!) { priceListCreate(input: { name: $name, currency: \"RON\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixListCreate($name: String!) { priceListCreate(input: { name: $name, currency: \"RON\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixListUpdate($id: ID!) { priceListUpdate(input: { id: $id, isActive: true }) { userErrors { code } } }"): (typeof documents)["mutation MatrixListUpdate($id: ID!) { priceListUpdate(input: { id: $id, isActive: true }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixAddPrices($id: ID!, $item: ID!) { priceListAddPrices(input: { priceListId: $id, prices: [{ itemId: $item, price: \"1\" }] }) { userErrors { code } } }"): (typeof documents)["mutation MatrixAddPrices($id: ID!, $item: ID!) { priceListAddPrices(input: { priceListId: $id, prices: [{ itemId: $item, price: \"1\" }] }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixRemovePrice($id: ID!) { priceListRemovePrice(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixRemovePrice($id: ID!) { priceListRemovePrice(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCompanyUpdate { companySettingsUpdate(input: { bankName: \"Matrix Bank\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixCompanyUpdate { companySettingsUpdate(input: { bankName: \"Matrix Bank\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixContractCreate($customerId: ID!, $number: String!) { contractCreate(input: { customerId: $customerId, number: $number, title: \"m\", startDate: \"2026-01-01\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixContractCreate($customerId: ID!, $number: String!) { contractCreate(input: { customerId: $customerId, number: $number, title: \"m\", startDate: \"2026-01-01\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixContractActivate($id: ID!) { contractActivate(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixContractActivate($id: ID!) { contractActivate(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixContractAmend($id: ID!) { contractAmend(input: { id: $id, effectiveFrom: \"2026-06-01\", terms: [] }) { userErrors { code } } }"): (typeof documents)["mutation MatrixContractAmend($id: ID!) { contractAmend(input: { id: $id, effectiveFrom: \"2026-06-01\", terms: [] }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixContractTerminate($id: ID!) { contractTerminate(input: { id: $id, lastDay: \"2026-06-30\", reason: \"m\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixContractTerminate($id: ID!) { contractTerminate(input: { id: $id, lastDay: \"2026-06-30\", reason: \"m\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixDraft($customerId: ID!) { invoiceCreateDraft(input: { customerId: $customerId }) { userErrors { code } } }"): (typeof documents)["mutation MatrixDraft($customerId: ID!) { invoiceCreateDraft(input: { customerId: $customerId }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixDraftUpdate($id: ID!) { invoiceUpdateDraft(input: { id: $id, notes: \"m\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixDraftUpdate($id: ID!) { invoiceUpdateDraft(input: { id: $id, notes: \"m\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixDraftDelete($id: ID!) { invoiceDeleteDraft(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixDraftDelete($id: ID!) { invoiceDeleteDraft(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixLineAdd($id: ID!) { invoiceLineAdd(input: { invoiceId: $id, line: { description: \"m\", quantity: \"1\", unitPrice: \"1\" } }) { userErrors { code } } }"): (typeof documents)["mutation MatrixLineAdd($id: ID!) { invoiceLineAdd(input: { invoiceId: $id, line: { description: \"m\", quantity: \"1\", unitPrice: \"1\" } }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixLineUpdate($id: ID!, $lineId: ID!) { invoiceLineUpdate(input: { invoiceId: $id, lineId: $lineId, quantity: \"2\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixLineUpdate($id: ID!, $lineId: ID!) { invoiceLineUpdate(input: { invoiceId: $id, lineId: $lineId, quantity: \"2\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixLineRemove($id: ID!, $lineId: ID!) { invoiceLineRemove(input: { invoiceId: $id, lineId: $lineId }) { userErrors { code } } }"): (typeof documents)["mutation MatrixLineRemove($id: ID!, $lineId: ID!) { invoiceLineRemove(input: { invoiceId: $id, lineId: $lineId }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixIssue($id: ID!) { invoiceIssue(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixIssue($id: ID!) { invoiceIssue(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixVoid($id: ID!) { invoiceVoid(input: { id: $id, reason: \"m\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixVoid($id: ID!) { invoiceVoid(input: { id: $id, reason: \"m\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPayments { payments(first: 1) { totalCount } }"): (typeof documents)["query MatrixPayments { payments(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPay($customerId: ID!) { paymentRecord(input: { customerId: $customerId, amount: \"5\", method: CASH }) { userErrors { code } } }"): (typeof documents)["mutation MatrixPay($customerId: ID!) { paymentRecord(input: { customerId: $customerId, amount: \"5\", method: CASH }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixMarkPaid($id: ID!) { invoiceMarkPaid(input: { invoiceId: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixMarkPaid($id: ID!) { invoiceMarkPaid(input: { invoiceId: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPayVoid($id: ID!) { paymentVoid(input: { paymentId: $id, reason: \"m\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixPayVoid($id: ID!) { paymentVoid(input: { paymentId: $id, reason: \"m\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixApply($source: ID!, $invoice: ID!) { creditApply(input: { sourceId: $source, allocations: [{ invoiceId: $invoice, amount: \"1\" }] }) { userErrors { code } } }"): (typeof documents)["mutation MatrixApply($source: ID!, $invoice: ID!) { creditApply(input: { sourceId: $source, allocations: [{ invoiceId: $invoice, amount: \"1\" }] }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixMove($allocation: ID!, $invoice: ID!) { allocationMove(input: { allocationId: $allocation, toInvoiceId: $invoice }) { userErrors { code } } }"): (typeof documents)["mutation MatrixMove($allocation: ID!, $invoice: ID!) { allocationMove(input: { allocationId: $allocation, toInvoiceId: $invoice }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCreditNote($id: ID!) { creditNoteIssue(input: { invoiceId: $id, reason: \"m\", amount: \"1\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixCreditNote($id: ID!) { creditNoteIssue(input: { invoiceId: $id, reason: \"m\", amount: \"1\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixRefund($customerId: ID!) { refundRecord(input: { customerId: $customerId, amount: \"1\", method: CASH }) { userErrors { code } } }"): (typeof documents)["mutation MatrixRefund($customerId: ID!) { refundRecord(input: { customerId: $customerId, amount: \"1\", method: CASH }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixLog($customerId: ID!) { communicationLog(input: { customerId: $customerId, channel: PHONE, direction: OUTBOUND, body: \"called\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixLog($customerId: ID!) { communicationLog(input: { customerId: $customerId, channel: PHONE, direction: OUTBOUND, body: \"called\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixStatement($customerId: ID!) { statementSend(input: { customerId: $customerId, from: \"2026-01-01\", to: \"2026-12-31\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixStatement($customerId: ID!) { statementSend(input: { customerId: $customerId, from: \"2026-01-01\", to: \"2026-12-31\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixAlerts { alerts(first: 1) { totalCount } }"): (typeof documents)["query MatrixAlerts { alerts(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixAcknowledge($id: ID!) { alertAcknowledge(input: { id: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixAcknowledge($id: ID!) { alertAcknowledge(input: { id: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSnooze($id: ID!) { alertSnooze(input: { id: $id, until: \"2099-01-01T00:00:00Z\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixSnooze($id: ID!) { alertSnooze(input: { id: $id, until: \"2099-01-01T00:00:00Z\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MatrixAlertRaised { alertRaised { kind } }"): (typeof documents)["subscription MatrixAlertRaised { alertRaised { kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MatrixPaymentReceived { paymentReceived { id } }"): (typeof documents)["subscription MatrixPaymentReceived { paymentReceived { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPolicies { reminderPolicies { name } }"): (typeof documents)["query MatrixPolicies { reminderPolicies { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixAgeing { receivablesAgeing { totals { currency } } }"): (typeof documents)["query MatrixAgeing { receivablesAgeing { totals { currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixDashboard { dashboard { openAlerts } }"): (typeof documents)["query MatrixDashboard { dashboard { openAlerts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixInsights { customerInsights(first: 1) { totalCount } }"): (typeof documents)["query MatrixInsights { customerInsights(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPatterns { paymentPatterns { paidInvoices } }"): (typeof documents)["query MatrixPatterns { paymentPatterns { paidInvoices } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixForecast { cashForecast { currency } }"): (typeof documents)["query MatrixForecast { cashForecast { currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixAccuracy { forecastAccuracy(currency: \"RON\", weeks: 1) { weekStart } }"): (typeof documents)["query MatrixAccuracy { forecastAccuracy(currency: \"RON\", weeks: 1) { weekStart } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixRevenue { revenue(from: \"2026-01-01\", to: \"2026-01-31\") { totals { currency } } }"): (typeof documents)["query MatrixRevenue { revenue(from: \"2026-01-01\", to: \"2026-01-31\") { totals { currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPolicyCreate($name: String!) { reminderPolicyCreate(input: { name: $name, steps: [{ offsetDays: 5, kind: REMINDER }] }) { userErrors { code } } }"): (typeof documents)["mutation MatrixPolicyCreate($name: String!) { reminderPolicyCreate(input: { name: $name, steps: [{ offsetDays: 5, kind: REMINDER }] }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixLateInterest($id: ID!) { lateInterestCharge(input: { invoiceId: $id }) { userErrors { code } } }"): (typeof documents)["mutation MatrixLateInterest($id: ID!) { lateInterestCharge(input: { invoiceId: $id }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPolicyUpdate($id: ID!, $name: String!) { reminderPolicyUpdate(input: { id: $id, name: $name, steps: [] }) { userErrors { code } } }"): (typeof documents)["mutation MatrixPolicyUpdate($id: ID!, $name: String!) { reminderPolicyUpdate(input: { id: $id, name: $name, steps: [] }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixKeyToRevoke { apiKeyCreate(input: { name: \"to revoke\", role: VIEWER }) { apiKey { id } } }"): (typeof documents)["mutation MatrixKeyToRevoke { apiKeyCreate(input: { name: \"to revoke\", role: VIEWER }) { apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixKeyForNode { apiKeyCreate(input: { name: \"node probe\", role: VIEWER }) { apiKey { id } } }"): (typeof documents)["mutation MatrixKeyForNode { apiKeyCreate(input: { name: \"node probe\", role: VIEWER }) { apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCommunication($input: CommunicationLogInput!) {\n    communicationLog(input: $input) {\n      communication { id channel direction subject body occurredAt createdBy invoice { number } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LogCommunication($input: CommunicationLogInput!) {\n    communicationLog(input: $input) {\n      communication { id channel direction subject body occurredAt createdBy invoice { number } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsOf($customerId: ID) { payments(customerId: $customerId, first: 5) { totalCount } }\n"): (typeof documents)["\n  query PaymentsOf($customerId: ID) { payments(customerId: $customerId, first: 5) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunicationHistory($id: ID!, $filter: CommunicationFilter) {\n    customer(id: $id) { communications(first: 10, filter: $filter) { totalCount edges { node { subject channel } } } }\n  }\n"): (typeof documents)["\n  query CommunicationHistory($id: ID!, $filter: CommunicationFilter) {\n    customer(id: $id) { communications(first: 10, filter: $filter) { totalCount edges { node { subject channel } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceHistory($id: ID!) {\n    node(id: $id) { ... on Invoice { communications(first: 10) { totalCount edges { node { subject } } } } }\n  }\n"): (typeof documents)["\n  query InvoiceHistory($id: ID!) {\n    node(id: $id) { ... on Invoice { communications(first: 10) { totalCount edges { node { subject } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAlerts($filter: AlertFilter) {\n    alerts(first: 50, filter: $filter) { totalCount edges { node { id kind status message handledBy snoozedUntil } } }\n  }\n"): (typeof documents)["\n  query OpenAlerts($filter: AlertFilter) {\n    alerts(first: 50, filter: $filter) { totalCount edges { node { id kind status message handledBy snoozedUntil } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Acknowledge($id: ID!) {\n    alertAcknowledge(input: { id: $id }) { alert { id status handledBy handledAt } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation Acknowledge($id: ID!) {\n    alertAcknowledge(input: { id: $id }) { alert { id status handledBy handledAt } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Snooze($id: ID!, $until: DateTime!) {\n    alertSnooze(input: { id: $id, until: $until }) { alert { id status snoozedUntil } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation Snooze($id: ID!, $until: DateTime!) {\n    alertSnooze(input: { id: $id, until: $until }) { alert { id status snoozedUntil } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendStatement($input: StatementSendInput!) {\n    statementSend(input: $input) { communication { kind subject toAddress deliveryStatus } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation SendStatement($input: StatementSendInput!) {\n    statementSend(input: $input) { communication { kind subject toAddress deliveryStatus } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertFeed($customerId: ID, $kinds: [AlertKind!]) {\n    alertRaised(customerId: $customerId, kinds: $kinds) { kind customer { code } message }\n  }\n"): (typeof documents)["\n  subscription AlertFeed($customerId: ID, $kinds: [AlertKind!]) {\n    alertRaised(customerId: $customerId, kinds: $kinds) { kind customer { code } message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount currency } customer { code } }\n  }\n"): (typeof documents)["\n  subscription PaymentFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount currency } customer { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryHistory($id: ID!) {\n    customer(id: $id) {\n      communications(first: 5) {\n        edges { node { deliveryStatus attempts deliveryAttempts { number outcome error startedAt finishedAt } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliveryHistory($id: ID!) {\n    customer(id: $id) {\n      communications(first: 5) {\n        edges { node { deliveryStatus attempts deliveryAttempts { number outcome error startedAt finishedAt } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAlerts($customerId: ID!) {\n    alerts(first: 50, filter: { customerId: $customerId, status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      totalCount\n      edges { node { kind message invoice { number } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAlerts($customerId: ID!) {\n    alerts(first: 50, filter: { customerId: $customerId, status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      totalCount\n      edges { node { kind message invoice { number } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCommunications($id: ID!) {\n    customer(id: $id) {\n      communications(first: 20) {\n        totalCount\n        edges { node { kind channel direction subject body toAddress deliveryStatus attempts invoice { number } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCommunications($id: ID!) {\n    customer(id: $id) {\n      communications(first: 20) {\n        totalCount\n        edges { node { kind channel direction subject body toAddress deliveryStatus attempts invoice { number } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceCommunications($id: ID!) {\n    node(id: $id) {\n      ... on Invoice {\n        communications(first: 10) { totalCount edges { node { kind invoice { number } invoices { number } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceCommunications($id: ID!) {\n    node(id: $id) {\n      ... on Invoice {\n        communications(first: 10) { totalCount edges { node { kind invoice { number } invoices { number } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunicationInvoices($id: ID!) {\n    customer(id: $id) { communications(first: 20) { edges { node { subject invoices { number } } } } }\n  }\n"): (typeof documents)["\n  query CommunicationInvoices($id: ID!) {\n    customer(id: $id) { communications(first: 20) { edges { node { subject invoices { number } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: ReminderPolicyInput!) {\n    reminderPolicyCreate(input: $input) { reminderPolicy { id name steps { offsetDays kind } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreatePolicy($input: ReminderPolicyInput!) {\n    reminderPolicyCreate(input: $input) { reminderPolicy { id name steps { offsetDays kind } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($input: ReminderPolicyUpdateInput!) {\n    reminderPolicyUpdate(input: $input) {\n      reminderPolicy { name partialFollowUpDays lateInterestKind lateInterestValue steps { offsetDays kind } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePolicy($input: ReminderPolicyUpdateInput!) {\n    reminderPolicyUpdate(input: $input) {\n      reminderPolicy { name partialFollowUpDays lateInterestKind lateInterestValue steps { offsetDays kind } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChargeInterest($invoiceId: ID!) {\n    lateInterestCharge(input: { invoiceId: $invoiceId }) {\n      invoice { id number status issueDate total { amount } legalMentions lines { description unitPrice { amount } manualPriceReason taxSource taxRate { code } explanation } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ChargeInterest($invoiceId: ID!) {\n    lateInterestCharge(input: { invoiceId: $invoiceId }) {\n      invoice { id number status issueDate total { amount } legalMentions lines { description unitPrice { amount } manualPriceReason taxSource taxRate { code } explanation } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceAlerts($customerId: ID!) {\n    alerts(first: 10, filter: { customerId: $customerId, kinds: [INVOICE_OVERDUE], status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      edges { node { status handledBy } }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceAlerts($customerId: ID!) {\n    alerts(first: 10, filter: { customerId: $customerId, kinds: [INVOICE_OVERDUE], status: [OPEN, ACKNOWLEDGED, SNOOZED] }) {\n      edges { node { status handledBy } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookBalances($after: String) {\n    customers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id code balances { netBalance { amount } outstanding { amount } } } }\n    }\n  }\n"): (typeof documents)["\n  query BookBalances($after: String) {\n    customers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id code balances { netBalance { amount } outstanding { amount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookOverdue {\n    invoices(first: 1, filter: { overdue: true }) { totalCount }\n  }\n"): (typeof documents)["\n  query BookOverdue {\n    invoices(first: 1, filter: { overdue: true }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookCustomer($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 1, status: [OPEN]) { totalCount edges { node { id total { amount } } } }\n      balanceAsOf(date: \"2026-06-15\") { amount }\n      transactions(first: 100, filter: { from: \"2026-06-15\" }) { edges { node { kind runningBalance { amount } } } }\n      balances { netBalance { amount } outstanding { amount } }\n    }\n  }\n"): (typeof documents)["\n  query BookCustomer($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 1, status: [OPEN]) { totalCount edges { node { id total { amount } } } }\n      balanceAsOf(date: \"2026-06-15\") { amount }\n      transactions(first: 100, filter: { from: \"2026-06-15\" }) { edges { node { kind runningBalance { amount } } } }\n      balances { netBalance { amount } outstanding { amount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsOfPage($search: String!) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code contacts { id name role email phone isPrimary }\n          purchaseTerms { paymentTerms { id code name kind days isActive } }\n          balances { currency outstanding { amount } overdue { amount } netBalance { amount } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactsOfPage($search: String!) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code contacts { id name role email phone isPrimary }\n          purchaseTerms { paymentTerms { id code name kind days isActive } }\n          balances { currency outstanding { amount } overdue { amount } netBalance { amount } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerListPage(\n    $filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $last: Int, $after: String, $before: String\n  ) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerListPage(\n    $filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $last: Int, $after: String, $before: String\n  ) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersBeyondTheirColumns($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code displayName status email phone currency legalName kind tags\n          billingAddress { city country } createdAt\n          purchaseTerms {\n            defaultPaymentMethod creditLimit { amount currency } defaultTaxTreatment creditLimitPolicy\n            remindersEnabled paymentTerms { code } priceList { id } reminderPolicy { id }\n          }\n          credit { limit { amount } used { amount } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersBeyondTheirColumns($filter: CustomerFilter) {\n    customers(first: 50, filter: $filter, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id code displayName status email phone currency legalName kind tags\n          billingAddress { city country } createdAt\n          purchaseTerms {\n            defaultPaymentMethod creditLimit { amount currency } defaultTaxTreatment creditLimitPolicy\n            remindersEnabled paymentTerms { code } priceList { id } reminderPolicy { id }\n          }\n          credit { limit { amount } used { amount } }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdatePriceList($input: PriceListUpdateInput!) {\n    priceListUpdate(input: $input) { priceList { id isDefault currency } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdatePriceList($input: PriceListUpdateInput!) {\n    priceListUpdate(input: $input) { priceList { id isDefault currency } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PriceListsDefault { priceLists(first: 50) { edges { node { id name isDefault } } } }"): (typeof documents)["query PriceListsDefault { priceLists(first: 50) { edges { node { id name isDefault } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: CompanySettingsUpdateInput!) {\n    companySettingsUpdate(input: $input) { companySettings { name taxId bankAccount defaultCurrency defaultPaymentTerms { code } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($input: CompanySettingsUpdateInput!) {\n    companySettingsUpdate(input: $input) { companySettings { name taxId bankAccount defaultCurrency defaultPaymentTerms { code } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractsOf($customerId: ID!, $status: [ContractStatus!]) { contracts(first: 10, customerId: $customerId, status: $status) { totalCount edges { node { number status endDate terminationReason } } } }"): (typeof documents)["query ContractsOf($customerId: ID!, $status: [ContractStatus!]) { contracts(first: 10, customerId: $customerId, status: $status) { totalCount edges { node { number status endDate terminationReason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EffectiveTerms($id: ID!) {\n        customer(id: $id) { effectivePurchaseTerms { paymentTerms { code } paymentTermsSource paymentMethod paymentMethodSource priceList { name } priceListSource } }\n      }\n    "): (typeof documents)["\n      query EffectiveTerms($id: ID!) {\n        customer(id: $id) { effectivePurchaseTerms { paymentTerms { code } paymentTermsSource paymentMethod paymentMethodSource priceList { name } priceListSource } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesWithDetails($first: Int) {\n    invoices(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          customer { displayName purchaseTerms { paymentTerms { name } } }\n          paymentTerms { code }\n          lines { description item { sku } taxRate { code } priceContractTerm { contract { number } } totalAmount { amount } }\n          taxes { taxPercent taxAmount { amount } }\n          legalMentions\n          total { amount }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesWithDetails($first: Int) {\n    invoices(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          customer { displayName purchaseTerms { paymentTerms { name } } }\n          paymentTerms { code }\n          lines { description item { sku } taxRate { code } priceContractTerm { contract { number } } totalAmount { amount } }\n          taxes { taxPercent taxAmount { amount } }\n          legalMentions\n          total { amount }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerWithLines($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 10) {\n        edges {\n          node {\n            id\n            lines {\n              id position description quantity unit unitPrice { amount currency } totalAmount { amount currency }\n              netAmount { amount } taxRate { code } item { sku }\n            }\n          }\n        }\n      }\n      transactions(first: 10) { totalCount edges { node { id kind occurredOn amount { amount } runningBalance { amount } } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerWithLines($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 10) {\n        edges {\n          node {\n            id\n            lines {\n              id position description quantity unit unitPrice { amount currency } totalAmount { amount currency }\n              netAmount { amount } taxRate { code } item { sku }\n            }\n          }\n        }\n      }\n      transactions(first: 10) { totalCount edges { node { id kind occurredOn amount { amount } runningBalance { amount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchLikeDetail($id: ID!) {\n    customer(id: $id) {\n      code displayName\n      invoices(first: 20) { edges { node { number lines { description quantity unitPrice { amount } totalAmount { amount } } } } }\n      transactions(first: 20) { totalCount edges { node { kind amount { amount } runningBalance { amount } } } }\n    }\n  }\n"): (typeof documents)["\n  query BenchLikeDetail($id: ID!) {\n    customer(id: $id) {\n      code displayName\n      invoices(first: 20) { edges { node { number lines { description quantity unitPrice { amount } totalAmount { amount } } } } }\n      transactions(first: 20) { totalCount edges { node { kind amount { amount } runningBalance { amount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInvoicePage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(first: $first, last: $last, after: $after, before: $before, status: $status) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { id number status } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInvoicePage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $status: [InvoiceStatus!]) {\n    customer(id: $id) {\n      invoices(first: $first, last: $last, after: $after, before: $before, status: $status) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { id number status } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePage($filter: InvoiceFilter, $first: Int, $last: Int, $after: String, $before: String) {\n    invoices(filter: $filter, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id number status } }\n    }\n  }\n"): (typeof documents)["\n  query InvoicePage($filter: InvoiceFilter, $first: Int, $last: Int, $after: String, $before: String) {\n    invoices(filter: $filter, first: $first, last: $last, after: $after, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id number status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesBeyondTheirColumns($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 5) {\n        edges {\n          node {\n            id number customer { code } billTo { name } subtotal { amount } taxTotal { amount }\n            paymentTerms { code } notes amountDue { amount } isOverdue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesBeyondTheirColumns($id: ID!) {\n    customer(id: $id) {\n      invoices(first: 5) {\n        edges {\n          node {\n            id number customer { code } billTo { name } subtotal { amount } taxTotal { amount }\n            paymentTerms { code } notes amountDue { amount } isOverdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPagesAhead($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    customer(id: $id) {\n      code displayName contacts { name } balances { currency outstanding { amount } }\n      newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n      ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n      ...LedgerPage\n      skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n      included: transactions(first: 1) @include(if: $skip) { totalCount }\n    }\n  }\n  fragment LedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n"): (typeof documents)["\n  query CustomerPagesAhead($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    customer(id: $id) {\n      code displayName contacts { name } balances { currency outstanding { amount } }\n      newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n      ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n      ...LedgerPage\n      skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n      included: transactions(first: 1) @include(if: $skip) { totalCount }\n    }\n  }\n  fragment LedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodePagesOneByOne($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    node(id: $id) {\n      ... on Customer {\n        code displayName contacts { name } balances { currency outstanding { amount } }\n        newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n        ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n        ...NodeLedgerPage\n        skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n        included: transactions(first: 1) @include(if: $skip) { totalCount }\n      }\n    }\n  }\n  fragment NodeLedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n"): (typeof documents)["\n  query NodePagesOneByOne($id: ID!, $status: [InvoiceStatus!], $ledger: TransactionFilter, $skip: Boolean!) {\n    node(id: $id) {\n      ... on Customer {\n        code displayName contacts { name } balances { currency outstanding { amount } }\n        newest: invoices(first: 1) { totalCount edges { cursor node { number } } }\n        ... on Customer { issued: invoices(first: 5, status: $status) { edges { node { number lines { description } } } } }\n        ...NodeLedgerPage\n        skipped: transactions(first: 1) @skip(if: $skip) { totalCount }\n        included: transactions(first: 1) @include(if: $skip) { totalCount }\n      }\n    }\n  }\n  fragment NodeLedgerPage on Customer {\n    transactions(first: 2, filter: $ledger) { totalCount edges { cursor node { kind amount { amount } runningBalance { amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBeyondItsColumns($id: ID!) {\n    customer(id: $id) {\n      code legalName billingAddress { city } credit { limit { amount } used { amount } }\n      invoices(last: 1) { edges { node { number } } }\n      transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n    }\n    node(id: $id) {\n      ... on Customer {\n        code legalName billingAddress { city } credit { limit { amount } used { amount } }\n        invoices(last: 1) { edges { node { number } } }\n        transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerBeyondItsColumns($id: ID!) {\n    customer(id: $id) {\n      code legalName billingAddress { city } credit { limit { amount } used { amount } }\n      invoices(last: 1) { edges { node { number } } }\n      transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n    }\n    node(id: $id) {\n      ... on Customer {\n        code legalName billingAddress { city } credit { limit { amount } used { amount } }\n        invoices(last: 1) { edges { node { number } } }\n        transactions(last: 1) { totalCount edges { node { runningBalance { amount } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    taxRates { id code kind rate legalMention }\n    companySettings { defaultCurrency defaultPriceList { id name } defaultPaymentTerms { code } defaultTaxRate { code } }\n  }\n"): (typeof documents)["\n  query Catalog {\n    taxRates { id code kind rate legalMention }\n    companySettings { defaultCurrency defaultPriceList { id name } defaultPaymentTerms { code } defaultTaxRate { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateItem($input: ItemCreateInput!) {\n    itemCreate(input: $input) { item { id sku basePrice { amount currency } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateItem($input: ItemCreateInput!) {\n    itemCreate(input: $input) { item { id sku basePrice { amount currency } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriceList($input: PriceListCreateInput!) {\n    priceListCreate(input: $input) { priceList { id name currency isDefault } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreatePriceList($input: PriceListCreateInput!) {\n    priceListCreate(input: $input) { priceList { id name currency isDefault } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPrices($input: PriceListAddPricesInput!) {\n    priceListAddPrices(input: $input) {\n      priceList { id prices(first: 50) { totalCount edges { node { id item { sku } price { amount } validFrom validTo } } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPrices($input: PriceListAddPricesInput!) {\n    priceListAddPrices(input: $input) {\n      priceList { id prices(first: 50) { totalCount edges { node { id item { sku } price { amount } validFrom validTo } } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: ContractCreateInput!) {\n    contractCreate(input: $input) { contract { id number status terms { id kind } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateContract($input: ContractCreateInput!) {\n    contractCreate(input: $input) { contract { id number status terms { id kind } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateContract($id: ID!) {\n    contractActivate(input: { id: $id }) { contract { id status } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ActivateContract($id: ID!) {\n    contractActivate(input: { id: $id }) { contract { id status } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendContract($input: ContractAmendInput!) {\n    contractAmend(input: $input) { contract { id terms { id kind validFrom validTo price { amount } } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AmendContract($input: ContractAmendInput!) {\n    contractAmend(input: $input) { contract { id terms { id kind validFrom validTo price { amount } } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateContract($input: ContractTerminateInput!) {\n    contractTerminate(input: $input) { contract { id status endDate } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation TerminateContract($input: ContractTerminateInput!) {\n    contractTerminate(input: $input) { contract { id status endDate } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      quote {\n        currency\n        date\n        lines {\n          description\n          unitPrice { amount }\n          priceSource\n          priceContractTerm { id contract { number } }\n          priceListEntry { id }\n          discountPercent\n          discountSource\n          discountContractTerm { id }\n          taxRate { code }\n          taxSource\n          taxReason\n          explanation\n          lineAmount { amount }\n          discountAmount { amount }\n          netAmount { amount }\n          taxAmount { amount }\n          totalAmount { amount }\n        }\n        subtotal { amount }\n        discountTotal { amount }\n        taxTotal { amount }\n        total { amount currency }\n        taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n      }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  query Quote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      quote {\n        currency\n        date\n        lines {\n          description\n          unitPrice { amount }\n          priceSource\n          priceContractTerm { id contract { number } }\n          priceListEntry { id }\n          discountPercent\n          discountSource\n          discountContractTerm { id }\n          taxRate { code }\n          taxSource\n          taxReason\n          explanation\n          lineAmount { amount }\n          discountAmount { amount }\n          netAmount { amount }\n          taxAmount { amount }\n          totalAmount { amount }\n        }\n        subtotal { amount }\n        discountTotal { amount }\n        taxTotal { amount }\n        total { amount currency }\n        taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n      }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    currency\n    paymentMethod\n    paymentTerms { code }\n    priceList { name }\n    sources { currency paymentTerms paymentMethod priceList }\n    billTo { name legalName taxId street city country }\n    lines {\n      id\n      position\n      description\n      quantity\n      unitPrice { amount }\n      priceSource\n      priceContractTerm { id }\n      discountPercent\n      taxRate { code }\n      taxSource\n      explanation\n      netAmount { amount }\n      taxAmount { amount }\n      totalAmount { amount }\n    }\n    subtotal { amount }\n    discountTotal { amount }\n    taxTotal { amount }\n    total { amount currency }\n    taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n    legalMentions\n    amountDue { amount }\n    isOverdue\n    daysOverdue\n    voidReason\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    status\n    issueDate\n    dueDate\n    currency\n    paymentMethod\n    paymentTerms { code }\n    priceList { name }\n    sources { currency paymentTerms paymentMethod priceList }\n    billTo { name legalName taxId street city country }\n    lines {\n      id\n      position\n      description\n      quantity\n      unitPrice { amount }\n      priceSource\n      priceContractTerm { id }\n      discountPercent\n      taxRate { code }\n      taxSource\n      explanation\n      netAmount { amount }\n      taxAmount { amount }\n      totalAmount { amount }\n    }\n    subtotal { amount }\n    discountTotal { amount }\n    taxTotal { amount }\n    total { amount currency }\n    taxes { taxRate { code } netAmount { amount } taxAmount { amount } }\n    legalMentions\n    amountDue { amount }\n    isOverdue\n    daysOverdue\n    voidReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation CreateDraft($input: InvoiceCreateDraftInput!) {\n    invoiceCreateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftLineCurrencies($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) {\n      invoice { currency lines { unitPrice { amount currency } totalAmount { amount currency } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DraftLineCurrencies($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) {\n      invoice { currency lines { unitPrice { amount currency } totalAmount { amount currency } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDraft($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateDraft($input: InvoiceUpdateDraftInput!) {\n    invoiceUpdateDraft(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLine($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation AddLine($input: InvoiceLineAddInput!) {\n    invoiceLineAdd(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLine($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation UpdateLine($input: InvoiceLineUpdateInput!) {\n    invoiceLineUpdate(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLine($input: InvoiceLineRemoveInput!) {\n    invoiceLineRemove(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RemoveLine($input: InvoiceLineRemoveInput!) {\n    invoiceLineRemove(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($input: InvoiceIssueInput!) {\n    invoiceIssue(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($input: InvoiceVoidInput!) {\n    invoiceVoid(input: $input) { invoice { ...InvoiceFields } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDraft($id: ID!) {\n    invoiceDeleteDraft(input: { id: $id }) { deletedInvoiceId userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteDraft($id: ID!) {\n    invoiceDeleteDraft(input: { id: $id }) { deletedInvoiceId userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListInvoices($filter: InvoiceFilter, $orderBy: InvoiceOrder, $first: Int) {\n    invoices(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id number status total { amount } dueDate isOverdue } } }\n  }\n"): (typeof documents)["\n  query ListInvoices($filter: InvoiceFilter, $orderBy: InvoiceOrder, $first: Int) {\n    invoices(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id number status total { amount } dueDate isOverdue } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackwardsStatement($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { closingBalance { amount } } }\n  }\n"): (typeof documents)["\n  query BackwardsStatement($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { closingBalance { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersWithBalances($first: Int) {\n    customers(first: $first) { edges { node { code balances { currency outstanding { amount } unappliedCredit { amount } netBalance { amount } } credit { used { amount } } } } }\n  }\n"): (typeof documents)["\n  query CustomersWithBalances($first: Int) {\n    customers(first: $first) { edges { node { code balances { currency outstanding { amount } unappliedCredit { amount } netBalance { amount } } credit { used { amount } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($id: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { kind occurredOn amount { amount } runningBalance { amount } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query History($id: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { kind occurredOn amount { amount } runningBalance { amount } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestHistory($id: ID!, $last: Int, $before: String) {\n    customer(id: $id) {\n      transactions(last: $last, before: $before) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage startCursor }\n        edges { node { kind runningBalance { amount } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestHistory($id: ID!, $last: Int, $before: String) {\n    customer(id: $id) {\n      transactions(last: $last, before: $before) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage startCursor }\n        edges { node { kind runningBalance { amount } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementOf($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { from to openingBalance { amount } entries { kind occurredOn amount { amount } } closingBalance { amount } } }\n  }\n"): (typeof documents)["\n  query StatementOf($id: ID!, $from: Date!, $to: Date!) {\n    customer(id: $id) { statement(from: $from, to: $to) { from to openingBalance { amount } entries { kind occurredOn amount { amount } } closingBalance { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryWithDocuments($id: ID!, $first: Int) {\n    customer(id: $id) { transactions(first: $first) { edges { node { kind invoice { number total { amount } } payment { reference amount { amount } } } } } }\n  }\n"): (typeof documents)["\n  query HistoryWithDocuments($id: ID!, $first: Int) {\n    customer(id: $id) { transactions(first: $first) { edges { node { kind invoice { number total { amount } } payment { reference amount { amount } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryLength on LedgerEntryConnection { totalCount }\n"): (typeof documents)["\n  fragment HistoryLength on LedgerEntryConnection { totalCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryLengthWithPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after) { ...HistoryLength edges { node { kind } } }\n    }\n  }\n"): (typeof documents)["\n  query HistoryLengthWithPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      transactions(first: $first, after: $after) { ...HistoryLength edges { node { kind } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) {\n      payment { id amount { amount currency } unapplied { amount } status allocations { id amount { amount } invoice { id number } } }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) {\n      payment { id amount { amount currency } unapplied { amount } status allocations { id amount { amount } invoice { id number } } }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPaid($input: InvoiceMarkPaidInput!) {\n    invoiceMarkPaid(input: $input) { payment { id amount { amount } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation MarkPaid($input: InvoiceMarkPaidInput!) {\n    invoiceMarkPaid(input: $input) { payment { id amount { amount } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyCredit($input: CreditApplyInput!) {\n    creditApply(input: $input) { payment { id unapplied { amount } } creditNote { id unapplied { amount } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation ApplyCredit($input: CreditApplyInput!) {\n    creditApply(input: $input) { payment { id unapplied { amount } } creditNote { id unapplied { amount } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAllocation($input: AllocationMoveInput!) {\n    allocationMove(input: $input) { invoices { id status amountDue { amount } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation MoveAllocation($input: AllocationMoveInput!) {\n    allocationMove(input: $input) { invoices { id status amountDue { amount } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidPayment($input: PaymentVoidInput!) {\n    paymentVoid(input: $input) { payment { id status voidReason unapplied { amount } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation VoidPayment($input: PaymentVoidInput!) {\n    paymentVoid(input: $input) { payment { id status voidReason unapplied { amount } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCreditNote($input: CreditNoteIssueInput!) {\n    creditNoteIssue(input: $input) { creditNote { id number amount { amount currency } unapplied { amount } invoice { id status amountDue { amount } amountCredited { amount } } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation IssueCreditNote($input: CreditNoteIssueInput!) {\n    creditNoteIssue(input: $input) { creditNote { id number amount { amount currency } unapplied { amount } invoice { id status amountDue { amount } amountCredited { amount } } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRefund($input: RefundRecordInput!) {\n    refundRecord(input: $input) { refund { id amount { amount currency } sources { amount { amount } payment { id } creditNote { id } } } userErrors { field code message } }\n  }\n"): (typeof documents)["\n  mutation RecordRefund($input: RefundRecordInput!) {\n    refundRecord(input: $input) { refund { id amount { amount currency } sources { amount { amount } payment { id } creditNote { id } } } userErrors { field code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceMoney($id: ID!) {\n    node(id: $id) { ... on Invoice { id number status total { amount } amountPaid { amount } amountCredited { amount } amountDue { amount } allocations { id amount { amount } } } }\n  }\n"): (typeof documents)["\n  query InvoiceMoney($id: ID!) {\n    node(id: $id) { ... on Invoice { id number status total { amount } amountPaid { amount } amountCredited { amount } amountDue { amount } allocations { id amount { amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAccount($id: ID!, $from: Date!, $to: Date!, $asOf: Date!) {\n    customer(id: $id) {\n      balances { currency outstanding { amount } overdue { amount } unappliedCredit { amount } netBalance { amount } }\n      credit { limit { amount } used { amount } available { amount } isOverLimit }\n      transactions(first: 100) { totalCount edges { node { kind occurredOn amount { amount } appliedAmount { amount } runningBalance { amount } invoice { number } } } }\n      statement(from: $from, to: $to) { openingBalance { amount } entries { kind amount { amount } } closingBalance { amount } }\n      balanceAsOf(date: $asOf) { amount currency }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAccount($id: ID!, $from: Date!, $to: Date!, $asOf: Date!) {\n    customer(id: $id) {\n      balances { currency outstanding { amount } overdue { amount } unappliedCredit { amount } netBalance { amount } }\n      credit { limit { amount } used { amount } available { amount } isOverLimit }\n      transactions(first: 100) { totalCount edges { node { kind occurredOn amount { amount } appliedAmount { amount } runningBalance { amount } invoice { number } } } }\n      statement(from: $from, to: $to) { openingBalance { amount } entries { kind amount { amount } } closingBalance { amount } }\n      balanceAsOf(date: $asOf) { amount currency }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ageing($asOf: Date, $basis: AgeingBasis, $customerId: ID, $currency: Currency, $bucket: AgeingBucket) {\n    receivablesAgeing(asOf: $asOf, basis: $basis, customerId: $customerId, currency: $currency) {\n      asOf\n      basis\n      totals {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount customerCount unappliedCredit { amount } balance { amount }\n      }\n      customers(first: 10) {\n        totalCount\n        edges {\n          node {\n            customer { code }\n            currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n            over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n          }\n        }\n      }\n      invoices(bucket: $bucket, first: 20) {\n        totalCount\n        edges { node { invoice { number } outstanding { amount } days bucket } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ageing($asOf: Date, $basis: AgeingBasis, $customerId: ID, $currency: Currency, $bucket: AgeingBucket) {\n    receivablesAgeing(asOf: $asOf, basis: $basis, customerId: $customerId, currency: $currency) {\n      asOf\n      basis\n      totals {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount customerCount unappliedCredit { amount } balance { amount }\n      }\n      customers(first: 10) {\n        totalCount\n        edges {\n          node {\n            customer { code }\n            currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n            over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n          }\n        }\n      }\n      invoices(bucket: $bucket, first: 20) {\n        totalCount\n        edges { node { invoice { number } outstanding { amount } days bucket } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAgeingField($id: ID!, $asOf: Date) {\n    customer(id: $id) {\n      ageing(asOf: $asOf) {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAgeingField($id: ID!, $asOf: Date) {\n    customer(id: $id) {\n      ageing(asOf: $asOf) {\n        currency current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount }\n        over90 { amount } total { amount } invoiceCount unappliedCredit { amount } balance { amount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgeingBalances($asOf: Date) {\n    receivablesAgeing(asOf: $asOf) {\n      customers(first: 100) { edges { node { customer { id } currency balance { amount } } } }\n    }\n  }\n"): (typeof documents)["\n  query AgeingBalances($asOf: Date) {\n    receivablesAgeing(asOf: $asOf) {\n      customers(first: 100) { edges { node { customer { id } currency balance { amount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastAgedInvoices($customerId: ID, $bucket: AgeingBucket, $last: Int) {\n    receivablesAgeing(customerId: $customerId) {\n      invoices(bucket: $bucket, last: $last) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage }\n        edges { node { invoice { number } days } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LastAgedInvoices($customerId: ID, $bucket: AgeingBucket, $last: Int) {\n    receivablesAgeing(customerId: $customerId) {\n      invoices(bucket: $bucket, last: $last) {\n        totalCount\n        pageInfo { hasPreviousPage hasNextPage }\n        edges { node { invoice { number } days } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerBalance($id: ID!, $date: Date!, $currency: Currency!) {\n    customer(id: $id) { balanceAsOf(date: $date, currency: $currency) { amount } }\n  }\n"): (typeof documents)["\n  query LedgerBalance($id: ID!, $date: Date!, $currency: Currency!) {\n    customer(id: $id) { balanceAsOf(date: $date, currency: $currency) { amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageFigures {\n    dashboard {\n      currencies { currency outstanding { amount } overdue { amount } }\n      topDebtors(first: 5) { customer { displayName } }\n      openAlerts\n    }\n    receivablesAgeing { totals { currency total { amount } } }\n  }\n"): (typeof documents)["\n  query PageFigures {\n    dashboard {\n      currencies { currency outstanding { amount } overdue { amount } }\n      topDebtors(first: 5) { customer { displayName } }\n      openAlerts\n    }\n    receivablesAgeing { totals { currency total { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($debtors: Int!) {\n    dashboard {\n      asOf\n      currencies { currency outstanding { amount } overdue { amount } collectedThisMonth { amount } collectedLastMonth { amount } }\n      topDebtors(first: $debtors) { customer { code } currency outstanding { amount } overdue { amount } overdueInvoices }\n      customersAtRisk { customer { code } currency overdue { amount } overdueInvoices reasons }\n      openAlerts\n    }\n    alerts(first: 1) { totalCount }\n    receivablesAgeing { totals { currency current { amount } total { amount } } }\n  }\n"): (typeof documents)["\n  query Dashboard($debtors: Int!) {\n    dashboard {\n      asOf\n      currencies { currency outstanding { amount } overdue { amount } collectedThisMonth { amount } collectedLastMonth { amount } }\n      topDebtors(first: $debtors) { customer { code } currency outstanding { amount } overdue { amount } overdueInvoices }\n      customersAtRisk { customer { code } currency overdue { amount } overdueInvoices reasons }\n      openAlerts\n    }\n    alerts(first: 1) { totalCount }\n    receivablesAgeing { totals { currency current { amount } total { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Revenue($from: Date!, $to: Date!, $first: Int) {\n    revenue(from: $from, to: $to) {\n      totals { currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount customerCount }\n      customers(first: $first) {\n        totalCount\n        edges { node { customer { code } currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount share } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Revenue($from: Date!, $to: Date!, $first: Int) {\n    revenue(from: $from, to: $to) {\n      totals { currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount customerCount }\n      customers(first: $first) {\n        totalCount\n        edges { node { customer { code } currency invoiced { amount } credited { amount } net { amount } collected { amount } invoiceCount share } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insights($orderBy: CustomerInsightOrder!, $currency: Currency, $atRiskOnly: Boolean!) {\n    customerInsights(first: 10, orderBy: $orderBy, currency: $currency, atRiskOnly: $atRiskOnly) {\n      totalCount\n      edges { node { ...InsightFields } }\n    }\n  }\n  fragment InsightFields on CustomerInsight {\n    customer { code }\n    currency\n    outstanding { amount }\n    overdue { amount }\n    openInvoices\n    overdueInvoices\n    largestUnpaidInvoice { number amountDue { amount } }\n    invoicedLast12Months { amount }\n    collectedLast12Months { amount }\n    paidInvoices\n    averageDaysToPay\n    medianDaysToPay\n    averageDaysLate\n    onTimeShare\n    daysSalesOutstanding\n    balance { amount }\n    creditLimit { amount }\n    atRisk\n    riskReasons\n  }\n"): (typeof documents)["\n  query Insights($orderBy: CustomerInsightOrder!, $currency: Currency, $atRiskOnly: Boolean!) {\n    customerInsights(first: 10, orderBy: $orderBy, currency: $currency, atRiskOnly: $atRiskOnly) {\n      totalCount\n      edges { node { ...InsightFields } }\n    }\n  }\n  fragment InsightFields on CustomerInsight {\n    customer { code }\n    currency\n    outstanding { amount }\n    overdue { amount }\n    openInvoices\n    overdueInvoices\n    largestUnpaidInvoice { number amountDue { amount } }\n    invoicedLast12Months { amount }\n    collectedLast12Months { amount }\n    paidInvoices\n    averageDaysToPay\n    medianDaysToPay\n    averageDaysLate\n    onTimeShare\n    daysSalesOutstanding\n    balance { amount }\n    creditLimit { amount }\n    atRisk\n    riskReasons\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInsights($id: ID!, $unit: SeriesUnit!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Customer {\n        insights {\n          ...InsightFields\n          trend { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n          activity(unit: $unit, from: $from, to: $to) { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInsights($id: ID!, $unit: SeriesUnit!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on Customer {\n        insights {\n          ...InsightFields\n          trend { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n          activity(unit: $unit, from: $from, to: $to) { start invoiced { amount } collected { amount } invoicesPaid averageDaysLate }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettledOn($id: ID!) { node(id: $id) { ... on Invoice { status settledOn } } }\n"): (typeof documents)["\n  query SettledOn($id: ID!) { node(id: $id) { ... on Invoice { status settledOn } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Expected($id: ID!) {\n    node(id: $id) { ... on Invoice { number expectedPayment { date amount { amount } basis typicalDaysLate basedOnInvoices } } }\n  }\n"): (typeof documents)["\n  query Expected($id: ID!) {\n    node(id: $id) { ... on Invoice { number expectedPayment { date amount { amount } basis typicalDaysLate basedOnInvoices } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Forecast($weeks: Int!) {\n    cashForecast(weeks: $weeks) {\n      currency\n      weeks { weekStart expected { amount } invoices }\n      pastExpected { expected { amount } invoices }\n      later { expected { amount } invoices }\n    }\n  }\n"): (typeof documents)["\n  query Forecast($weeks: Int!) {\n    cashForecast(weeks: $weeks) {\n      currency\n      weeks { weekStart expected { amount } invoices }\n      pastExpected { expected { amount } invoices }\n      later { expected { amount } invoices }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accuracy($weeks: Int!, $leadWeeks: Int!) {\n    forecastAccuracy(currency: \"RON\", weeks: $weeks, leadWeeks: $leadWeeks) {\n      weekStart forecastMadeOn forecast { amount } collected { amount } difference { amount }\n    }\n  }\n"): (typeof documents)["\n  query Accuracy($weeks: Int!, $leadWeeks: Int!) {\n    forecastAccuracy(currency: \"RON\", weeks: $weeks, leadWeeks: $leadWeeks) {\n      weekStart forecastMadeOn forecast { amount } collected { amount } difference { amount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Patterns($from: Date, $customerId: ID) {\n    paymentPatterns(from: $from, customerId: $customerId) {\n      from\n      to\n      paidInvoices\n      averageDaysLate\n      medianDaysLate\n      daysLate { bucket invoices { count share } }\n      methods { method payments { count share } amounts { amount currency } }\n      weekdays { weekday payments { count share } }\n      atDueDate { invoices paidInFull { count share } partiallyPaid { count share } unpaid { count share } }\n      reminders { sent followedByPayment { count share } }\n    }\n  }\n"): (typeof documents)["\n  query Patterns($from: Date, $customerId: ID) {\n    paymentPatterns(from: $from, customerId: $customerId) {\n      from\n      to\n      paidInvoices\n      averageDaysLate\n      medianDaysLate\n      daysLate { bucket invoices { count share } }\n      methods { method payments { count share } amounts { amount currency } }\n      weekdays { weekday payments { count share } }\n      atDueDate { invoices paidInFull { count share } partiallyPaid { count share } unpaid { count share } }\n      reminders { sent followedByPayment { count share } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentAlertsAcrossInstances($customerId: ID) {\n    alertRaised(customerId: $customerId, kinds: [PAYMENT_RECEIVED]) { kind customer { code } }\n  }\n"): (typeof documents)["\n  subscription PaymentAlertsAcrossInstances($customerId: ID) {\n    alertRaised(customerId: $customerId, kinds: [PAYMENT_RECEIVED]) { kind customer { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentsAcrossInstances($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } }\n  }\n"): (typeof documents)["\n  subscription PaymentsAcrossInstances($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n"): (typeof documents)["\n  subscription CustomerChangedAcrossInstances {\n    customerChanged { change code customer { displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentsOnAnotherProcess($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { code } }\n  }\n"): (typeof documents)["\n  subscription PaymentsOnAnotherProcess($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoPayments($first: PaymentRecordInput!, $second: PaymentRecordInput!) {\n    first: paymentRecord(input: $first) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n    second: paymentRecord(input: $second) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoPayments($first: PaymentRecordInput!, $second: PaymentRecordInput!) {\n    first: paymentRecord(input: $first) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n    second: paymentRecord(input: $second) {\n      payment { customer { balances { netBalance { amount } } } }\n      userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BalanceFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { balances { netBalance { amount } } } }\n  }\n"): (typeof documents)["\n  subscription BalanceFeed($customerId: ID) {\n    paymentReceived(customerId: $customerId) { amount { amount } customer { balances { netBalance { amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOnce($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PayOnce($input: PaymentRecordInput!) {\n    paymentRecord(input: $input) { userErrors { code } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;