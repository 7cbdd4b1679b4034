import { graphql } from '../gql/index.js';

export const RecordPayment = graphql(`
  mutation RecordPayment($input: PaymentRecordInput!) {
    paymentRecord(input: $input) {
      payment { id amount { amount currency } unapplied { amount } status allocations { id amount { amount } invoice { id number } } }
      userErrors { field code message }
    }
  }
`);

export const MarkPaid = graphql(`
  mutation MarkPaid($input: InvoiceMarkPaidInput!) {
    invoiceMarkPaid(input: $input) { payment { id amount { amount } } userErrors { field code message } }
  }
`);

export const ApplyCredit = graphql(`
  mutation ApplyCredit($input: CreditApplyInput!) {
    creditApply(input: $input) { payment { id unapplied { amount } } creditNote { id unapplied { amount } } userErrors { field code message } }
  }
`);

export const MoveAllocation = graphql(`
  mutation MoveAllocation($input: AllocationMoveInput!) {
    allocationMove(input: $input) { invoices { id status amountDue { amount } } userErrors { field code message } }
  }
`);

export const VoidPayment = graphql(`
  mutation VoidPayment($input: PaymentVoidInput!) {
    paymentVoid(input: $input) { payment { id status voidReason unapplied { amount } } userErrors { field code message } }
  }
`);

export const IssueCreditNote = graphql(`
  mutation IssueCreditNote($input: CreditNoteIssueInput!) {
    creditNoteIssue(input: $input) { creditNote { id number amount { amount currency } unapplied { amount } invoice { id status amountDue { amount } amountCredited { amount } } } userErrors { field code message } }
  }
`);

export const RecordRefund = graphql(`
  mutation RecordRefund($input: RefundRecordInput!) {
    refundRecord(input: $input) { refund { id amount { amount currency } sources { amount { amount } payment { id } creditNote { id } } } userErrors { field code message } }
  }
`);

export const InvoiceMoney = graphql(`
  query InvoiceMoney($id: ID!) {
    node(id: $id) { ... on Invoice { id number status total { amount } amountPaid { amount } amountCredited { amount } amountDue { amount } allocations { id amount { amount } } } }
  }
`);

export const CustomerAccount = graphql(`
  query CustomerAccount($id: ID!, $from: Date!, $to: Date!, $asOf: Date!) {
    customer(id: $id) {
      balances { currency outstanding { amount } overdue { amount } unappliedCredit { amount } netBalance { amount } }
      credit { limit { amount } used { amount } available { amount } isOverLimit }
      transactions(first: 100) { totalCount edges { node { kind occurredOn amount { amount } appliedAmount { amount } runningBalance { amount } invoice { number } } } }
      statement(from: $from, to: $to) { openingBalance { amount } entries { kind amount { amount } } closingBalance { amount } }
      balanceAsOf(date: $asOf) { amount currency }
    }
  }
`);
