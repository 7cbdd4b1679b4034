import type { Context } from '../../context.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import type { AlertKind, AlertStatus, Prisma } from '../../generated/prisma/client.js';
import { UserInputError } from '../../shared/user-errors.js';

/**
 * Alerts: what a dashboard must notice (an invoice overdue, a payment received, a reminder that
 * could not be sent…). Each has a dedupe key, so the same fact raises one alert however often,
 * and on however many instances, it is noticed.
 */

export interface NewAlert {
  kind: AlertKind;
  /** What makes this alert one of a kind, e.g. `overdue:<invoice id>`. */
  dedupeKey: string;
  customerId: string;
  invoiceId?: string | null;
  paymentId?: string | null;
  communicationId?: string | null;
  message: string;
}

export const alertRaisedTopic = 'alert.raised';

export interface AlertRaised {
  alertId: string;
  customerId: string;
  kind: AlertKind;
}

/**
 * Raises an alert inside the caller's transaction, unless one with the same dedupe key exists.
 * The new alert's id is added to `raised`, to announce once the transaction has committed.
 */
export async function raiseAlert(tx: Tx, alert: NewAlert, raised: string[]): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Alert" ("id", "kind", "dedupeKey", "customerId", "invoiceId", "paymentId", "communicationId", "message")
    VALUES (gen_random_uuid(), ${alert.kind}::"AlertKind", ${alert.dedupeKey}, ${alert.customerId}::uuid,
            ${alert.invoiceId ?? null}::uuid, ${alert.paymentId ?? null}::uuid, ${alert.communicationId ?? null}::uuid, ${alert.message})
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING id`;
  raised.push(...rows.map((row) => row.id));
}

/**
 * Publishes alerts that were raised in a transaction now committed. Ids of a transaction that
 * rolled back (or was retried) find no row and are skipped.
 */
export async function announceAlerts(ctx: Pick<Context, 'prisma' | 'pubsub'>, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const alerts = await ctx.prisma.alert.findMany({
    where: { id: { in: ids } },
    select: { id: true, customerId: true, kind: true },
  });
  for (const alert of alerts) {
    await ctx.pubsub.publish(alertRaisedTopic, {
      alertId: alert.id,
      customerId: alert.customerId,
      kind: alert.kind,
    } satisfies AlertRaised);
  }
}

function notFound(): UserInputError {
  return new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No alert has this id.' }]);
}

/** Marks an alert handled, recording who did it. */
export async function acknowledgeAlert(ctx: Context, id: string): Promise<{ alertId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const alert = await tx.alert.findUnique({ where: { id } });
    if (!alert) throw notFound();
    if (alert.status === 'ACKNOWLEDGED') {
      throw new UserInputError([
        { field: ['id'], code: 'INVALID_STATE', message: 'This alert is already acknowledged.' },
      ]);
    }
    await tx.alert.update({
      where: { id },
      data: { status: 'ACKNOWLEDGED', handledAt: ctx.now(), handledBy: ctx.viewer?.name ?? null, snoozedUntil: null },
    });
    return { alertId: id };
  });
}

/** Hides an alert from open alerts until `until`; it is open again after that. */
export async function snoozeAlert(ctx: Context, id: string, until: Date): Promise<{ alertId: string }> {
  return inTransaction(ctx.prisma, async (tx) => {
    const alert = await tx.alert.findUnique({ where: { id } });
    if (!alert) throw notFound();
    if (alert.status === 'ACKNOWLEDGED') {
      throw new UserInputError([
        { field: ['id'], code: 'INVALID_STATE', message: 'An acknowledged alert cannot be snoozed.' },
      ]);
    }
    if (until.getTime() <= ctx.now().getTime()) {
      throw new UserInputError([
        { field: ['until'], code: 'INVALID', message: 'Snooze until a moment in the future.' },
      ]);
    }
    await tx.alert.update({
      where: { id },
      data: { status: 'SNOOZED', snoozedUntil: until, handledAt: ctx.now(), handledBy: ctx.viewer?.name ?? null },
    });
    return { alertId: id };
  });
}

export interface AlertFilter {
  customerId?: string | null;
  kinds?: AlertKind[] | null;
  /** OPEN also finds snoozed alerts whose time has come. */
  status?: AlertStatus[] | null;
}

export function alertWhere(filter: AlertFilter | null | undefined, now: Date): Prisma.AlertWhereInput {
  const and: Prisma.AlertWhereInput[] = [];
  if (filter?.customerId) and.push({ customerId: filter.customerId });
  if (filter?.kinds?.length) and.push({ kind: { in: filter.kinds } });
  const statuses = filter?.status?.length ? filter.status : (['OPEN'] as AlertStatus[]);
  const either: Prisma.AlertWhereInput[] = [];
  for (const status of statuses) {
    if (status === 'OPEN') either.push({ status: 'OPEN' }, { status: 'SNOOZED', snoozedUntil: { lte: now } });
    else if (status === 'SNOOZED') either.push({ status: 'SNOOZED', snoozedUntil: { gt: now } });
    else either.push({ status });
  }
  and.push({ OR: either });
  return { AND: and };
}

/** What a snoozed alert's status is now: it becomes open again when its time comes. */
export function currentStatus(alert: { status: AlertStatus; snoozedUntil: Date | null }, now: Date): AlertStatus {
  return alert.status === 'SNOOZED' && alert.snoozedUntil && alert.snoozedUntil <= now ? 'OPEN' : alert.status;
}

/** Who acknowledges the alerts of an invoice that was settled: Clientela itself. */
export const settledBy = 'Clientela (invoice settled)';

/**
 * Alerts that no longer need anyone once an invoice is settled (paid in full, credited, voided):
 * its open or snoozed overdue and partial-payment alerts are acknowledged in Clientela's name.
 * When it is due again (a payment taken back), `reopenInvoiceAlerts` undoes just that.
 */
export async function settleInvoiceAlerts(tx: Tx, invoiceId: string, now: Date): Promise<void> {
  await tx.alert.updateMany({
    where: { invoiceId, kind: { in: ['INVOICE_OVERDUE', 'PARTIAL_PAYMENT'] }, status: { in: ['OPEN', 'SNOOZED'] } },
    data: { status: 'ACKNOWLEDGED', handledAt: now, handledBy: settledBy, snoozedUntil: null },
  });
}

export async function reopenInvoiceAlerts(tx: Tx, invoiceId: string): Promise<void> {
  await tx.alert.updateMany({
    where: { invoiceId, kind: 'INVOICE_OVERDUE', status: 'ACKNOWLEDGED', handledBy: settledBy },
    data: { status: 'OPEN', handledAt: null, handledBy: null },
  });
}
