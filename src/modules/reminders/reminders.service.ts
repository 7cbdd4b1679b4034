import type { Context } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import { rowLocks } from '../../db/locks.js';
import { inTransaction } from '../../db/transaction.js';
import type {
  Customer,
  Invoice,
  LateInterestKind,
  Prisma,
  ReminderPolicy,
  ReminderStep,
} from '../../generated/prisma/client.js';
import { toDecimal } from '../../money/money.js';
import { daysBetween, utcDay } from '../../shared/dates.js';
import { announceAlerts, raiseAlert } from '../alerts/alerts.service.js';
import { queueEmail } from '../communications/communications.service.js';
import { amountDue, isUnpaid, unpaidSql, unpaidStatuses } from '../invoices/invoice-state.js';
import { chargeHistoryOf, lateInterestToCharge } from './late-interest.js';
import { type ReminderLine, type ReminderTone, reminderText } from './templates.js';

/**
 * The reminder scan, run by the scheduler (or by a test that moves the clock):
 * - every invoice past its due date raises one INVOICE_OVERDUE alert;
 * - every unpaid invoice that reached a step of its customer's policy (or the default one) gets
 *   that step's reminder, once: the latest step reached, never an earlier one after a later one;
 * - a partial payment left open `partialFollowUpDays` gets one follow-up.
 * "Once" is kept by unique keys in the database (alerts by dedupe key, reminders by invoice and
 * step), so the scan may run as often as it likes, on as many instances as there are.
 */

export type SchedulerContext = Pick<Context, 'prisma' | 'pubsub' | 'now' | 'log'>;

export interface ScanReport {
  overdueAlerts: number;
  reminders: number;
}

type Policy = ReminderPolicy & { steps: ReminderStep[] };
type Candidate = Invoice & {
  customer: Pick<Customer, 'id' | 'displayName' | 'email' | 'language' | 'reminderPolicyId' | 'remindersEnabled'>;
  reminders: { stepKey: string; createdAt: Date }[];
  /** Every allocation, taken back or not: the base of late interest day by day. */
  allocations: { id: string; amount: Prisma.Decimal; appliedOn: Date; createdAt: Date; reversedAt: Date | null }[];
  lateInterestCharges: { toDay: Date; kind: LateInterestKind }[];
  /** Set when the invoice itself charges late interest. */
  chargeFor: { id: string } | null;
};

interface Due {
  invoice: Candidate;
  policy: Policy;
  stepKey: string;
  stepId: string | null;
  tone: ReminderTone;
  daysFromDue: number;
}

const severity: Record<ReminderTone, number> = { COURTESY: 0, PARTIAL_FOLLOW_UP: 1, REMINDER: 2, FINAL_NOTICE: 3 };

/** What the scan reads of an invoice to decide on a reminder and write it. */
const candidateInclude = {
  customer: {
    select: {
      id: true,
      displayName: true,
      email: true,
      language: true,
      reminderPolicyId: true,
      remindersEnabled: true,
    },
  },
  reminders: { select: { stepKey: true, createdAt: true } },
  allocations: {
    select: { id: true, amount: true, appliedOn: true, createdAt: true, reversedAt: true },
    orderBy: [{ appliedOn: 'desc' }, { createdAt: 'desc' }],
  },
  lateInterestCharges: { select: { toDay: true, kind: true } },
  chargeFor: { select: { id: true } },
} satisfies Prisma.InvoiceInclude;

export async function scanReminders(ctx: SchedulerContext): Promise<ScanReport> {
  const today = utcDay(ctx.now());
  const overdueAlerts = await raiseOverdueAlerts(ctx, today);
  const policies = await ctx.prisma.reminderPolicy.findMany({ include: { steps: { orderBy: { offsetDays: 'asc' } } } });
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  const fallback = policies.find((policy) => policy.isDefault);
  const earliestStep = Math.min(0, ...policies.flatMap((policy) => policy.steps.map((step) => step.offsetDays)));
  const candidates: Candidate[] = await ctx.prisma.invoice.findMany({
    where: {
      status: { in: [...unpaidStatuses] },
      dueDate: { lte: new Date(today.getTime() - earliestStep * 86_400_000) },
      customer: { remindersEnabled: true, status: 'ACTIVE' },
    },
    include: candidateInclude,
    orderBy: [{ customerId: 'asc' }, { dueDate: 'asc' }, { id: 'asc' }],
  });
  const due: Due[] = [];
  for (const invoice of candidates) {
    const policy = (invoice.customer.reminderPolicyId && byId.get(invoice.customer.reminderPolicyId)) || fallback;
    if (!policy) continue;
    const next = nextReminder(invoice, policy, today);
    if (next) due.push(next);
  }
  // One email per invoice, or per customer where the policy combines them: one for what is
  // overdue, another for courtesy notes about what falls due soon.
  const groups = new Map<string, Due[]>();
  for (const item of due) {
    const key = item.policy.combineInvoices
      ? `${item.invoice.customerId}:${item.tone === 'COURTESY' ? 'courtesy' : 'overdue'}`
      : `${item.invoice.customerId}:${item.invoice.id}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  let reminders = 0;
  const company = await ctx.prisma.companySettings.findUnique({
    where: { id: 1 },
    select: { name: true, legalName: true },
  });
  for (const group of groups.values()) {
    if (await sendReminder(ctx, group, company?.legalName ?? company?.name ?? 'Clientela', today)) reminders += 1;
  }
  return { overdueAlerts, reminders };
}

/** A reminder about money already late (a step on or after the due date, or a follow-up), not a courtesy note. */
function isOverdueNotice(stepKey: string): boolean {
  return stepKey.startsWith('partial:') || Number(stepKey.slice('day:'.length)) >= 0;
}

/** The reminder an invoice is due for today, if any. */
function nextReminder(invoice: Candidate, policy: Policy, today: Date): Due | null {
  const daysFromDue = daysBetween(invoice.dueDate, today);
  const done = new Set(invoice.reminders.map((reminder) => reminder.stepKey));
  const daysDone = invoice.reminders.flatMap((r) => (r.stepKey.startsWith('day:') ? [Number(r.stepKey.slice(4))] : []));
  const latestDone = Math.max(-Infinity, ...daysDone);
  const step = policy.steps.filter((s) => s.offsetDays <= daysFromDue).at(-1);
  if (step && !done.has(`day:${step.offsetDays}`) && step.offsetDays > latestDone) {
    return { invoice, policy, stepKey: `day:${step.offsetDays}`, stepId: step.id, tone: step.kind, daysFromDue };
  }
  // A partial payment left open: one follow-up per payment, `partialFollowUpDays` after it,
  // unless a reminder sent since the payment already said what is left.
  const lastApplied = invoice.allocations.find((allocation) => !allocation.reversedAt);
  const remindedSince = lastApplied && invoice.reminders.some((r) => r.createdAt > lastApplied.createdAt);
  if (invoice.status === 'PARTIALLY_PAID' && policy.partialFollowUpDays != null && lastApplied && !remindedSince) {
    const key = `partial:${lastApplied.id}`;
    if (!done.has(key) && daysBetween(lastApplied.appliedOn, today) >= policy.partialFollowUpDays) {
      return { invoice, policy, stepKey: key, stepId: null, tone: 'PARTIAL_FOLLOW_UP', daysFromDue };
    }
  }
  return null;
}

/**
 * Queues one reminder email for the invoices of a group and records the steps as done, in one
 * transaction; if another instance recorded one of them first, this one writes nothing.
 */
async function sendReminder(ctx: SchedulerContext, group: Due[], companyName: string, today: Date): Promise<boolean> {
  const raised: string[] = [];
  try {
    const queued = await inTransaction(ctx.prisma, async (tx) => {
      // A payment or credit note may have come since the scan read the invoices: lock them (in
      // the one order) and read them again, and remind only of what is still unpaid, as it is now.
      const locks = rowLocks(tx);
      await locks.customer(group[0].invoice.customerId);
      const ids = group.map((item) => item.invoice.id);
      await locks.invoices(ids);
      const fresh = new Map(
        (await tx.invoice.findMany({ where: { id: { in: ids } }, include: candidateInclude })).map((row) => [
          row.id,
          row,
        ]),
      );
      const still = group.flatMap((item) => {
        const invoice = fresh.get(item.invoice.id);
        return invoice && isUnpaid(invoice.status) && invoice.customer.remindersEnabled ? [{ ...item, invoice }] : [];
      });
      if (!still.length) return false;
      const { customer } = still[0].invoice;
      const text = reminderFor(still, companyName, today);
      const communication = await queueEmail(
        tx,
        {
          customerId: customer.id,
          kind: 'REMINDER',
          to: customer.email,
          subject: text.subject,
          body: text.body,
          invoiceId: still.length === 1 ? still[0].invoice.id : null,
        },
        ctx.now(),
      );
      await tx.reminderDispatch.createMany({
        data: still.map((item) => ({
          invoiceId: item.invoice.id,
          stepId: item.stepId,
          stepKey: item.stepKey,
          communicationId: communication.id,
        })),
      });
      if (communication.deliveryStatus === 'FAILED') {
        await raiseAlert(
          tx,
          {
            kind: 'SEND_FAILED',
            dedupeKey: `send-failed:${communication.id}`,
            customerId: customer.id,
            invoiceId: communication.invoiceId,
            communicationId: communication.id,
            message: `Reminder "${text.subject}" not sent: ${customer.displayName} has no email address.`,
          },
          raised,
        );
      }
      return true;
    });
    if (!queued) return false;
  } catch (error) {
    if (isUniqueViolation(error)) return false; // another instance sent it
    throw error;
  }
  await announceAlerts(ctx, raised);
  return true;
}

/** The text of one reminder about the invoices of `group`, in the customer's language. */
function reminderFor(group: Due[], companyName: string, today: Date) {
  const { customer } = group[0].invoice;
  const tone = group.reduce<ReminderTone>(
    (worst, item) => (severity[item.tone] > severity[worst] ? item.tone : worst),
    'COURTESY',
  );
  const lines: ReminderLine[] = group.map(({ invoice, policy, daysFromDue }) => ({
    number: invoice.number!,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    total: toDecimal(invoice.total),
    due: amountDue(invoice),
    currency: invoice.currency,
    daysOverdue: Math.max(0, daysFromDue),
    lateInterest: lateInterestToCharge(
      policy,
      {
        total: invoice.total,
        dueDate: invoice.dueDate,
        settlements: invoice.allocations,
        ...chargeHistoryOf(invoice.lateInterestCharges, invoice.chargeFor !== null),
      },
      today,
      invoice.currency,
    ).amount,
  }));
  return reminderText(customer.language, tone, {
    customerName: customer.displayName,
    companyName,
    lines,
    earlierReminders: group.some(({ invoice }) => invoice.reminders.some((r) => isOverdueNotice(r.stepKey))),
  });
}

/** One INVOICE_OVERDUE alert per invoice past its due date. */
async function raiseOverdueAlerts(ctx: SchedulerContext, today: Date): Promise<number> {
  const fresh = await ctx.prisma.$queryRaw<{ id: string }[]>`
    SELECT i.id FROM "Invoice" i
    WHERE ${unpaidSql('i')} AND i."dueDate" < ${today}
      AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."dedupeKey" = 'overdue:' || i.id::text)`;
  if (!fresh.length) return 0;
  const invoices = await ctx.prisma.invoice.findMany({ where: { id: { in: fresh.map((row) => row.id) } } });
  const raised: string[] = [];
  await inTransaction(ctx.prisma, async (tx) => {
    for (const invoice of invoices) {
      await raiseAlert(
        tx,
        {
          kind: 'INVOICE_OVERDUE',
          dedupeKey: `overdue:${invoice.id}`,
          customerId: invoice.customerId,
          invoiceId: invoice.id,
          message: `Invoice ${invoice.number} is overdue since ${invoice.dueDate.toISOString().slice(0, 10)}: ${amountDue(invoice).toFixed(2)} ${invoice.currency} due.`,
        },
        raised,
      );
    }
  });
  await announceAlerts(ctx, raised);
  return raised.length;
}
