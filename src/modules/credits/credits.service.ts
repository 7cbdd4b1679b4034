import type { Context } from '../../context.js';
import { idempotentWrite } from '../../db/idempotent-write.js';
import { rowLocks } from '../../db/locks.js';
import type { PaymentMethod } from '../../generated/prisma/client.js';
import { Decimal, lineAmounts, toDecimal } from '../../money/money.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import { checkAmount } from '../../shared/amounts.js';
import { normalizeCurrency } from '../../shared/contact-formats.js';
import { earliestDocumentDay, formatDay, utcDay } from '../../shared/dates.js';
import { limitedText, quoted, textLimits } from '../../shared/text.js';
import { nextDocumentNumber } from '../invoices/numbering.js';
import { appendLedgerEntry } from '../../db/ledger-entries.js';
import { amountDue, applyToInvoice, refreshSource } from '../payments/allocations.js';
import { available, availableCredit, lockOpenCredit, sourceColumns, sourceOf } from '../payments/sources.js';

export interface CreditNoteInput {
  invoiceId: string;
  reason: string;
  /** Credit this amount (tax included)… */
  amount?: Decimal | null;
  /** …or these quantities of the invoice's lines, priced as on the invoice. */
  lines?: { lineId: string; quantity: Decimal }[] | null;
  issueDate?: Date | null;
  idempotencyKey?: string | null;
}

/**
 * Issues a credit note against an invoice: it lowers what is due on that invoice, and what
 * exceeds the amount due becomes the customer's credit. Numbered in its own gapless series.
 */
export async function issueCreditNote(ctx: Context, input: CreditNoteInput): Promise<{ creditNoteId: string }> {
  return idempotentWrite(
    ctx.prisma,
    { operation: 'issueCreditNote', key: input.idempotencyKey, input, actorId: ctx.viewer?.id },
    async (tx) => {
      const errors = new UserErrorList();
      const found = await tx.invoice.findUnique({ where: { id: input.invoiceId }, select: { customerId: true } });
      if (!found)
        throw new UserInputError([{ field: ['invoiceId'], code: 'NOT_FOUND', message: 'No invoice has this id.' }]);
      const locks = rowLocks(tx);
      await locks.customer(found.customerId);
      const invoice = (await locks.invoice(input.invoiceId))!;
      if (invoice.status === 'DRAFT' || invoice.status === 'VOID') {
        throw new UserInputError([
          {
            field: ['invoiceId'],
            code: 'INVALID_STATE',
            message: `A credit note needs an issued invoice; this one is ${invoice.status.toLowerCase()}.`,
          },
        ]);
      }
      const reason = limitedText(errors, ['reason'], input.reason, textLimits.reason);
      if (!reason) errors.add(['reason'], 'REQUIRED', 'Say why the credit note is issued.');
      let amount = new Decimal(0);
      const creditedLines: { invoiceLineId: string; quantity: Decimal; amount: Decimal }[] = [];
      if ((input.amount == null) === !input.lines?.length) {
        errors.add(['amount'], 'INVALID', 'Give either an amount or lines to credit.');
      } else if (input.amount != null) {
        amount = input.amount;
        checkAmount(errors, ['amount'], amount, invoice.currency, { label: 'The credit' });
      } else {
        const lines = await tx.invoiceLine.findMany({
          where: { invoiceId: invoice.id },
          include: { creditNoteLines: true },
        });
        for (const [i, wanted] of input.lines!.entries()) {
          const line = lines.find((l) => l.id === wanted.lineId);
          if (!line) {
            errors.add(['lines', i, 'lineId'], 'NOT_FOUND', 'The invoice has no line with this id.');
            continue;
          }
          if (!checkAmount(errors, ['lines', i, 'quantity'], wanted.quantity, null, { label: 'The quantity' }))
            continue;
          // What earlier credit notes and earlier entries of this one already gave back.
          const earlier = [...line.creditNoteLines, ...creditedLines.filter((c) => c.invoiceLineId === line.id)];
          const creditedQuantity = earlier.reduce((sum, c) => sum.plus(toDecimal(c.quantity)), new Decimal(0));
          const creditedAmount = earlier.reduce((sum, c) => sum.plus(toDecimal(c.amount)), new Decimal(0));
          const left = toDecimal(line.quantity).minus(creditedQuantity);
          if (wanted.quantity.greaterThan(left)) {
            errors.add(
              ['lines', i, 'quantity'],
              'INVALID',
              `Only ${left.toFixed()} of this line can still be credited (of ${toDecimal(line.quantity).toFixed()}).`,
            );
            continue;
          }
          // Each part is priced and rounded as a line of its own, so parts need not add up to the
          // line: the part that completes the line takes exactly what is left of its total, and no
          // part takes more than that.
          const leftAmount = toDecimal(line.totalAmount).minus(creditedAmount);
          const priced = lineAmounts({
            quantity: wanted.quantity,
            unitPrice: line.unitPrice,
            discountPercent: line.discountPercent,
            taxPercent: line.taxPercent,
            currency: invoice.currency,
          }).totalAmount;
          const lineCredit = wanted.quantity.equals(left) ? leftAmount : Decimal.min(priced, leftAmount);
          creditedLines.push({ invoiceLineId: line.id, quantity: wanted.quantity, amount: lineCredit });
          amount = amount.plus(lineCredit);
        }
      }
      const alreadyCredited = await tx.creditNote.aggregate({
        where: { invoiceId: invoice.id },
        _sum: { amount: true },
      });
      const creditable = toDecimal(invoice.total).minus(toDecimal(alreadyCredited._sum.amount ?? 0));
      if (amount.greaterThan(creditable)) {
        errors.add(
          [input.amount != null ? 'amount' : 'lines'],
          'INVALID',
          `At most ${creditable.toFixed(2)} ${invoice.currency} of invoice ${invoice.number} can still be credited.`,
        );
      }
      if (!errors.errors.length && amount.isZero()) {
        errors.add(
          [input.amount != null ? 'amount' : 'lines'],
          'INVALID',
          'This credit comes to 0.00: there is nothing to credit.',
        );
      }
      const issueDate = utcDay(input.issueDate ?? ctx.now());
      if (issueDate.getTime() < invoice.issueDate.getTime()) {
        errors.add(
          ['issueDate'],
          'INVALID',
          `A credit note cannot be dated before its invoice (${invoice.issueDate.toISOString().slice(0, 10)}).`,
        );
      }
      if (issueDate.getTime() > utcDay(ctx.now()).getTime())
        errors.add(['issueDate'], 'INVALID', 'A credit note cannot be dated in the future.');
      errors.throwIfAny();
      const note = await tx.creditNote.create({
        data: {
          number: await nextDocumentNumber(tx, 'CN', issueDate.getUTCFullYear()),
          customerId: invoice.customerId,
          invoiceId: invoice.id,
          amount: amount.toFixed(),
          currency: invoice.currency,
          reason: reason!,
          issueDate,
          createdBy: ctx.viewer?.name,
          lines: {
            create: creditedLines.map((l) => ({
              invoiceLineId: l.invoiceLineId,
              quantity: l.quantity.toFixed(),
              amount: l.amount.toFixed(),
            })),
          },
        },
      });
      await appendLedgerEntry(tx, {
        customerId: invoice.customerId,
        currency: invoice.currency,
        kind: 'CREDIT_NOTE_ISSUED',
        amount: amount.negated(),
        occurredOn: issueDate,
        invoiceId: invoice.id,
        creditNoteId: note.id,
        createdBy: ctx.viewer?.name,
      });
      const due = amountDue(invoice);
      const onInvoice = Decimal.min(due, amount);
      if (onInvoice.isPositive() && !onInvoice.isZero()) {
        await applyToInvoice(ctx, tx, { kind: 'creditNote', row: note }, invoice, onInvoice, issueDate, errors, [
          'amount',
        ]);
      }
      errors.throwIfAny();
      return { creditNoteId: note.id };
    },
  );
}

export interface RefundInput {
  customerId: string;
  amount: Decimal;
  currency?: string | null;
  paidOn?: Date | null;
  method: PaymentMethod;
  reference?: string | null;
  idempotencyKey?: string | null;
}

/** Pays back unapplied credit, drawing on the oldest payments and credit notes first. */
export async function recordRefund(ctx: Context, input: RefundInput): Promise<{ refundId: string }> {
  return idempotentWrite(
    ctx.prisma,
    { operation: 'recordRefund', key: input.idempotencyKey, input, actorId: ctx.viewer?.id },
    async (tx) => {
      const errors = new UserErrorList();
      const customerId = input.customerId;
      const locks = rowLocks(tx);
      const customer = customerId ? await locks.customer(customerId) : null;
      if (!customer)
        throw new UserInputError([{ field: ['customerId'], code: 'NOT_FOUND', message: 'No customer has this id.' }]);
      const currency = input.currency ? normalizeCurrency(input.currency) : customer.currency;
      if (!currency)
        throw new UserInputError([
          {
            field: ['currency'],
            code: 'INVALID_CURRENCY',
            message: `${quoted(input.currency)} is not an ISO 4217 currency code.`,
          },
        ]);
      const reference = limitedText(errors, ['reference'], input.reference, textLimits.reference);
      if (!checkAmount(errors, ['amount'], input.amount, currency, { label: 'The refund' })) errors.throwIfAny();
      errors.throwIfAny();
      const paidOn = utcDay(input.paidOn ?? ctx.now());
      if (paidOn < earliestDocumentDay)
        throw new UserInputError([
          {
            field: ['paidOn'],
            code: 'INVALID',
            message: `A refund cannot be dated before ${formatDay(earliestDocumentDay)}.`,
          },
        ]);
      if (paidOn.getTime() > utcDay(ctx.now()).getTime())
        throw new UserInputError([
          { field: ['paidOn'], code: 'INVALID', message: 'A refund cannot be dated in the future.' },
        ]);
      const sources = await lockOpenCredit(tx, locks, customer.id, currency);
      const free = availableCredit(sources);
      if (input.amount.greaterThan(free)) {
        throw new UserInputError([
          {
            field: ['amount'],
            code: 'INVALID',
            message: `The customer has ${free.toFixed(2)} ${currency} of unapplied credit; a refund cannot be more.`,
          },
        ]);
      }
      const refund = await tx.refund.create({
        data: {
          customerId: customer.id,
          amount: input.amount.toFixed(),
          currency,
          paidOn,
          method: input.method,
          reference,
          createdBy: ctx.viewer?.name,
        },
      });
      let remaining = input.amount;
      for (const source of sources) {
        if (remaining.isZero()) break;
        const take = Decimal.min(remaining, available(source));
        const columns = sourceColumns(source);
        await tx.allocation.create({
          data: { ...columns, refundId: refund.id, amount: take.toFixed(), appliedOn: paidOn },
        });
        await refreshSource(tx, sourceOf(columns));
        remaining = remaining.minus(take);
      }
      await appendLedgerEntry(tx, {
        customerId: customer.id,
        currency,
        kind: 'REFUND_PAID',
        amount: input.amount,
        occurredOn: paidOn,
        refundId: refund.id,
        createdBy: ctx.viewer?.name,
      });
      return { refundId: refund.id };
    },
  );
}
