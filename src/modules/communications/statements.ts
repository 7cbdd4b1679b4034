import { quoted } from '../../shared/text.js';
import type { Context } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { formatMoney } from '../../money/money.js';
import { normalizeCurrency } from '../../shared/contact-formats.js';
import { utcDay } from '../../shared/dates.js';
import { UserInputError } from '../../shared/user-errors.js';
import { type HistoryEntry, statementOf } from '../ledger/history.js';
import { queueEmail } from './communications.service.js';

const kindNames: Record<string, { ro: string; en: string }> = {
  INVOICE_ISSUED: { ro: 'Factură', en: 'Invoice' },
  INVOICE_VOIDED: { ro: 'Factură anulată', en: 'Invoice voided' },
  PAYMENT_RECEIVED: { ro: 'Plată primită', en: 'Payment received' },
  PAYMENT_VOIDED: { ro: 'Plată anulată', en: 'Payment voided' },
  CREDIT_NOTE_ISSUED: { ro: 'Notă de credit', en: 'Credit note' },
  REFUND_PAID: { ro: 'Rambursare', en: 'Refund' },
  APPLIED: { ro: 'Alocare', en: 'Applied' },
  UNAPPLIED: { ro: 'Alocare anulată', en: 'Unapplied' },
};

/** Queues an email with the customer's statement of account for a period, in their language. */
export async function emailStatement(
  ctx: Context,
  input: { customerId: string; from: Date; to: Date; currency?: string | null },
): Promise<{ communicationId: string }> {
  const customer = await ctx.prisma.customer.findUnique({ where: { id: input.customerId } });
  if (!customer)
    throw new UserInputError([{ field: ['customerId'], code: 'NOT_FOUND', message: 'No customer has this id.' }]);
  const currency = input.currency ? normalizeCurrency(input.currency) : customer.currency;
  if (!currency) {
    throw new UserInputError([
      {
        field: ['currency'],
        code: 'INVALID_CURRENCY',
        message: `${quoted(input.currency)} is not an ISO 4217 currency code.`,
      },
    ]);
  }
  if (!customer.email) {
    throw new UserInputError([
      { field: ['customerId'], code: 'INVALID_STATE', message: `${customer.displayName} has no email address.` },
    ]);
  }
  const today = utcDay(ctx.now());
  if (utcDay(input.to) > today) {
    throw new UserInputError([
      {
        field: ['to'],
        code: 'INVALID',
        message: `A statement sent to a customer ends today (${today.toISOString().slice(0, 10)}) at the latest.`,
      },
    ]);
  }
  if (
    currency !== customer.currency &&
    !(await ctx.prisma.ledgerEntry.count({ where: { customerId: customer.id, currency } }))
  ) {
    throw new UserInputError([
      { field: ['currency'], code: 'INVALID', message: `${customer.displayName} has no transactions in ${currency}.` },
    ]);
  }
  const statement = await statementOf(ctx.prisma, customer.id, currency, input.from, input.to);
  const documents = await documentNames(ctx, statement.entries);
  const en = customer.language === 'en';
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const money = (amount: Parameters<typeof formatMoney>[0]) => `${formatMoney(amount, currency)} ${currency}`;
  const company = await ctx.prisma.companySettings.findUnique({
    where: { id: 1 },
    select: { name: true, legalName: true },
  });
  const rows = statement.entries
    .filter((entry) => entry.kind !== 'APPLIED' && entry.kind !== 'UNAPPLIED')
    .map(
      (entry) =>
        `${day(entry.occurredOn)}  ${[(en ? kindNames[entry.kind]?.en : kindNames[entry.kind]?.ro) ?? entry.kind, documents(entry)].filter(Boolean).join(' ')}  ${money(entry.amount)}`,
    );
  const subject = en
    ? `Statement of account ${day(statement.from)} – ${day(statement.to)}`
    : `Extras de cont ${day(statement.from)} – ${day(statement.to)}`;
  const body = [
    en ? `Dear ${customer.displayName},` : `Stimate client ${customer.displayName},`,
    '',
    en
      ? `Your statement of account from ${day(statement.from)} to ${day(statement.to)}:`
      : `Extrasul de cont de la ${day(statement.from)} la ${day(statement.to)}:`,
    '',
    `${en ? 'Opening balance' : 'Sold inițial'}: ${money(statement.openingBalance)}`,
    ...rows,
    `${en ? 'Closing balance' : 'Sold final'}: ${money(statement.closingBalance)}`,
    '',
    en ? 'Kind regards,' : 'Cu stimă,',
    company?.legalName ?? company?.name ?? 'Clientela',
  ].join('\n');
  return inTransaction(ctx.prisma, async (tx) => {
    const communication = await queueEmail(
      tx,
      { customerId: customer.id, kind: 'STATEMENT', to: customer.email, subject, body, createdBy: ctx.viewer?.name },
      ctx.now(),
    );
    return { communicationId: communication.id };
  });
}

/** What each statement line is about: the invoice or credit note number, the payment or refund reference. */
async function documentNames(ctx: Context, entries: HistoryEntry[]): Promise<(entry: HistoryEntry) => string> {
  const ids = (pick: (entry: HistoryEntry) => string | null) => [
    ...new Set(entries.map(pick).filter((id): id is string => !!id)),
  ];
  const [invoices, payments, creditNotes, refunds] = await Promise.all([
    ctx.prisma.invoice.findMany({ where: { id: { in: ids((e) => e.invoiceId) } }, select: { id: true, number: true } }),
    ctx.prisma.payment.findMany({
      where: { id: { in: ids((e) => e.paymentId) } },
      select: { id: true, reference: true },
    }),
    ctx.prisma.creditNote.findMany({
      where: { id: { in: ids((e) => e.creditNoteId) } },
      select: { id: true, number: true },
    }),
    ctx.prisma.refund.findMany({
      where: { id: { in: ids((e) => e.refundId) } },
      select: { id: true, reference: true },
    }),
  ]);
  const names = new Map<string, string | null>([
    ...invoices.map((invoice) => [invoice.id, invoice.number] as const),
    ...payments.map((payment) => [payment.id, payment.reference && `(${payment.reference})`] as const),
    ...creditNotes.map((note) => [note.id, note.number] as const),
    ...refunds.map((refund) => [refund.id, refund.reference && `(${refund.reference})`] as const),
  ]);
  return (entry) => {
    const id = entry.creditNoteId ?? entry.refundId ?? entry.paymentId ?? entry.invoiceId;
    return (id && names.get(id)) || '';
  };
}
