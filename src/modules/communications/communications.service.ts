import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import type {
  Communication,
  CommunicationChannel,
  CommunicationDirection,
  CommunicationKind,
  Invoice,
  Prisma,
} from '../../generated/prisma/client.js';
import { cleanText } from '../../shared/text.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';

/** What a person logs: a call, a letter, a meeting, a note, an email sent from elsewhere. */
export interface CommunicationInput {
  customerId: string;
  channel: CommunicationChannel;
  direction: CommunicationDirection;
  subject?: string | null;
  body: string;
  /** Defaults to now; never in the future. */
  occurredAt?: Date | null;
  invoiceId?: string | null;
  paymentId?: string | null;
  creditNoteId?: string | null;
}

const limits = { subject: 300, body: 20_000 };

/** Logs what was said to or heard from a customer; any linked document must be theirs. */
export async function logCommunication(ctx: Context, input: CommunicationInput): Promise<{ communicationId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const errors = new UserErrorList();
    const customer = await tx.customer.findUnique({ where: { id: input.customerId }, select: { id: true } });
    if (!customer)
      throw new UserInputError([{ field: ['customerId'], code: 'NOT_FOUND', message: 'No customer has this id.' }]);
    const subject = cleanText(input.subject);
    const body = cleanText(input.body);
    if (!body) errors.add(['body'], 'REQUIRED', 'Say what was said.');
    else if (body.length > limits.body)
      errors.add(['body'], 'TOO_LONG', `A body has at most ${limits.body} characters.`);
    if (subject && subject.length > limits.subject) {
      errors.add(['subject'], 'TOO_LONG', `A subject has at most ${limits.subject} characters.`);
    }
    const occurredAt = input.occurredAt ?? ctx.now();
    if (occurredAt.getTime() > ctx.now().getTime() + 60_000) {
      errors.add(['occurredAt'], 'INVALID', 'A communication cannot be logged in the future.');
    }
    const owned = async (field: string, row: { customerId: string } | null) => {
      if (!row || row.customerId !== customer.id)
        errors.add([field], 'NOT_FOUND', `No ${field.replace(/Id$/, '')} of this customer has this id.`);
    };
    const select = { customerId: true } as const;
    if (input.invoiceId)
      await owned('invoiceId', await tx.invoice.findUnique({ where: { id: input.invoiceId }, select }));
    if (input.paymentId)
      await owned('paymentId', await tx.payment.findUnique({ where: { id: input.paymentId }, select }));
    if (input.creditNoteId) {
      await owned('creditNoteId', await tx.creditNote.findUnique({ where: { id: input.creditNoteId }, select }));
    }
    errors.throwIfAny();
    const row = await tx.communication.create({
      data: {
        customerId: customer.id,
        channel: input.channel,
        direction: input.direction,
        kind: 'MANUAL',
        subject,
        body: body!,
        occurredAt,
        createdBy: ctx.viewer?.name ?? null,
        invoiceId: input.invoiceId ?? null,
        paymentId: input.paymentId ?? null,
        creditNoteId: input.creditNoteId ?? null,
      },
    });
    return { communicationId: row.id };
  });
}

export interface EmailToQueue {
  customerId: string;
  kind: CommunicationKind;
  to: string | null;
  subject: string;
  body: string;
  invoiceId?: string | null;
  createdBy?: string | null;
}

/**
 * Puts an email in the outbox inside the caller's transaction: it is logged as a communication,
 * QUEUED, and the delivery worker sends it. Without an address it is logged as FAILED at once,
 * never silently dropped.
 */
export async function queueEmail(tx: Tx, email: EmailToQueue, now: Date): Promise<Communication> {
  return tx.communication.create({
    data: {
      customerId: email.customerId,
      channel: 'EMAIL',
      direction: 'OUTBOUND',
      kind: email.kind,
      subject: email.subject,
      body: email.body,
      occurredAt: now,
      createdBy: email.createdBy ?? 'Clientela',
      invoiceId: email.invoiceId ?? null,
      toAddress: email.to,
      deliveryStatus: email.to ? 'QUEUED' : 'FAILED',
      deliveryError: email.to ? null : 'The customer has no email address.',
      nextAttemptAt: email.to ? now : null,
    },
  });
}

export interface CommunicationFilter {
  customerId?: string | null;
  invoiceId?: string | null;
  channels?: CommunicationChannel[] | null;
  kinds?: CommunicationKind[] | null;
  from?: Date | null;
  to?: Date | null;
}

export function communicationWhere(filter: CommunicationFilter | null | undefined): Prisma.CommunicationWhereInput {
  return {
    customerId: filter?.customerId ?? undefined,
    invoiceId: filter?.invoiceId ?? undefined,
    channel: filter?.channels?.length ? { in: filter.channels } : undefined,
    kind: filter?.kinds?.length ? { in: filter.kinds } : undefined,
    occurredAt: filter?.from || filter?.to ? { gte: filter.from ?? undefined, lt: filter.to ?? undefined } : undefined,
  };
}

/** Communications about an invoice: linked to it, or a combined reminder that lists it. */
export function aboutInvoice(invoiceId: string, filter: CommunicationFilter): Prisma.CommunicationWhereInput {
  return {
    AND: [communicationWhere(filter), { OR: [{ invoiceId }, { reminders: { some: { invoiceId } } }] }],
  };
}

/**
 * The invoices each communication is about (its own, or those a combined reminder lists), by due
 * date: three statements for any number of communications.
 */
export async function invoicesOfCommunications(prisma: Db, communicationIds: readonly string[]): Promise<Invoice[][]> {
  const ids = [...communicationIds];
  const [direct, dispatched] = await Promise.all([
    prisma.communication.findMany({
      where: { id: { in: ids }, invoiceId: { not: null } },
      select: { id: true, invoiceId: true },
    }),
    prisma.reminderDispatch.findMany({
      where: { communicationId: { in: ids } },
      select: { communicationId: true, invoiceId: true },
    }),
  ]);
  const links = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  for (const row of direct) links.get(row.id)!.add(row.invoiceId!);
  for (const row of dispatched) links.get(row.communicationId)!.add(row.invoiceId);
  const invoiceIds = [...new Set([...links.values()].flatMap((set) => [...set]))];
  const invoices = invoiceIds.length
    ? await prisma.invoice.findMany({ where: { id: { in: invoiceIds } }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] })
    : [];
  return ids.map((id) => invoices.filter((invoice) => links.get(id)!.has(invoice.id)));
}
