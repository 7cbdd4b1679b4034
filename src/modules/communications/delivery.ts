import type { Logger } from 'pino';
import type { Context } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import type { Communication } from '../../generated/prisma/client.js';
import { announceAlerts, raiseAlert } from '../alerts/alerts.service.js';
import type { Mailer } from './mailer.js';

/**
 * The outbox's delivery: queued emails (communications in QUEUED) are claimed, sent, and marked
 * SENT, or tried again later with a growing pause, until `maxAttempts` when they are FAILED and
 * an alert says so; a permanent refusal (an SMTP 5xx reply) fails at once. A claim holds a message for a while (`claimMs`) so another instance skips
 * it (FOR UPDATE SKIP LOCKED); a worker that dies mid-send leaves it to be claimed again when the
 * hold expires. So no message is lost; one whose acceptance by the SMTP server was not recorded
 * in time may go out twice, with the same Message-ID.
 */

export interface DeliveryOptions {
  mailer: Mailer;
  log: Logger;
  maxAttempts: number;
  /** How long a claim holds a message. */
  claimMs?: number;
  /** How many messages one pass sends at most. */
  batch?: number;
}

/** The pause before try n + 1: 30 s, 1 min, 2 min, … up to an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

export function messageIdOf(communication: Pick<Communication, 'id'>): string {
  return `<${communication.id}@clientela>`;
}

/** Sends what is due in the outbox now; returns how many were sent and how many failed for good. */
export async function deliverQueued(
  ctx: Pick<Context, 'prisma' | 'pubsub' | 'now'>,
  options: DeliveryOptions,
): Promise<{ sent: number; failed: number; retried: number }> {
  const now = ctx.now();
  const until = new Date(now.getTime() + (options.claimMs ?? 120_000));
  // RETURNING keeps no order; sorted by id (time-ordered uuid v7), messages leave in the order queued.
  const claimed = await ctx.prisma.$queryRaw<Pick<Communication, 'id'>[]>`
    UPDATE "Communication" SET "lockedUntil" = ${until}, "attempts" = "attempts" + 1
    WHERE id IN (
      SELECT id FROM "Communication"
      WHERE "deliveryStatus" = 'QUEUED' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", id
      LIMIT ${options.batch ?? 25}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  claimed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const result = { sent: 0, failed: 0, retried: 0 };
  for (const { id } of claimed) {
    const message = await ctx.prisma.communication.findUniqueOrThrow({ where: { id } });
    const startedAt = ctx.now();
    let error: string | null = null;
    let permanent = false;
    try {
      await options.mailer.send({
        messageId: messageIdOf(message),
        to: message.toAddress!,
        subject: message.subject ?? '',
        text: message.body,
      });
    } catch (cause) {
      error = (cause as Error).message?.slice(0, 500) || 'The mail server refused the message.';
      // SMTP's 5xx replies are final (no such mailbox, refused): trying again would not help.
      permanent = ((cause as { responseCode?: number }).responseCode ?? 0) >= 500;
      options.log.warn({ communicationId: id, attempts: message.attempts, err: cause }, 'email delivery failed');
    }
    const raised: string[] = [];
    const givenUp = !!error && (permanent || message.attempts >= options.maxAttempts);
    await inTransaction(ctx.prisma, async (tx) => {
      await tx.deliveryAttempt.create({
        data: {
          communicationId: id,
          number: message.attempts,
          startedAt,
          finishedAt: ctx.now(),
          outcome: !error ? 'SENT' : givenUp ? 'FAILED' : 'RETRY',
          error,
        },
      });
      if (!error) {
        await tx.communication.update({
          where: { id },
          data: {
            deliveryStatus: 'SENT',
            sentAt: ctx.now(),
            deliveryError: null,
            nextAttemptAt: null,
            lockedUntil: null,
          },
        });
        if (message.kind === 'REMINDER') {
          await raiseAlert(
            tx,
            {
              kind: 'REMINDER_SENT',
              dedupeKey: `reminder-sent:${id}`,
              customerId: message.customerId,
              invoiceId: message.invoiceId,
              communicationId: id,
              message: `Reminder sent to ${message.toAddress}: ${message.subject ?? ''}`,
            },
            raised,
          );
        }
      } else if (givenUp) {
        await tx.communication.update({
          where: { id },
          data: { deliveryStatus: 'FAILED', deliveryError: error, nextAttemptAt: null, lockedUntil: null },
        });
        await raiseAlert(
          tx,
          {
            kind: 'SEND_FAILED',
            dedupeKey: `send-failed:${id}`,
            customerId: message.customerId,
            invoiceId: message.invoiceId,
            communicationId: id,
            message: permanent
              ? `The mail server refused "${message.subject ?? ''}" to ${message.toAddress} for good: ${error}`
              : `Could not send "${message.subject ?? ''}" to ${message.toAddress} after ${message.attempts} tries: ${error}`,
          },
          raised,
        );
      } else {
        await tx.communication.update({
          where: { id },
          data: {
            deliveryError: error,
            nextAttemptAt: new Date(ctx.now().getTime() + retryDelayMs(message.attempts)),
            lockedUntil: null,
          },
        });
      }
    });
    await announceAlerts(ctx, raised);
    if (!error) result.sent += 1;
    else if (givenUp) result.failed += 1;
    else result.retried += 1;
  }
  return result;
}
