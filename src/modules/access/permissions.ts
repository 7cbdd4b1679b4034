import type { Role } from '../../context.js';

/**
 * Who may do what. Every query and mutation names one of these through its `authScopes`
 * (`{ can: 'customers.write' }`); the README's role table is checked against this map and the
 * running API by tests/access/role-matrix.test.ts.
 */
export const permissions = {
  /** Read anything that is not admin-only: customers, documents, balances, reports. */
  read: ['ADMIN', 'ACCOUNTANT', 'SALES', 'VIEWER'],
  /** Create, change, archive and delete customers. */
  'customers.write': ['ADMIN', 'ACCOUNTANT', 'SALES'],
  /** Items, price lists and tax rates. */
  'catalog.write': ['ADMIN', 'ACCOUNTANT'],
  /** The company's own details and defaults. */
  'settings.write': ['ADMIN'],
  /** Create, amend and terminate contracts. */
  'contracts.write': ['ADMIN', 'ACCOUNTANT', 'SALES'],
  /** Create and change draft invoices. */
  'invoices.draft': ['ADMIN', 'ACCOUNTANT', 'SALES'],
  /** Issue and void invoices: financial documents. */
  'invoices.issue': ['ADMIN', 'ACCOUNTANT'],
  /** Payments, allocations, credit notes and refunds. */
  'payments.write': ['ADMIN', 'ACCOUNTANT'],
  /** Log communications and email statements. */
  'communications.write': ['ADMIN', 'ACCOUNTANT', 'SALES'],
  /** Acknowledge and snooze alerts. */
  'alerts.handle': ['ADMIN', 'ACCOUNTANT', 'SALES'],
  /** Reminder policies, a customer's reminder settings, and charging late interest. */
  'reminders.manage': ['ADMIN', 'ACCOUNTANT'],
  /** Create and revoke API keys; read the audit trail. */
  'access.manage': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function roleMay(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
