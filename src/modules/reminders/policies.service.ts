import type { Context } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import type { LateInterestKind, ReminderStepKind } from '../../generated/prisma/client.js';
import type { Decimal } from '../../money/money.js';
import { checkAmount } from '../../shared/amounts.js';
import { cleanText } from '../../shared/text.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';

export interface ReminderPolicyInput {
  name: string;
  isDefault?: boolean | null;
  combineInvoices?: boolean | null;
  partialFollowUpDays?: number | null;
  lateInterestKind?: LateInterestKind | null;
  lateInterestValue?: Decimal | null;
  steps: { offsetDays: number; kind: ReminderStepKind }[];
}

/**
 * Creates a reminder policy, or replaces one (`id`) with the input. Steps are days from the due
 * date (negative: before it), distinct, from −60 to 365. One policy is the default.
 */
export async function saveReminderPolicy(
  ctx: Context,
  id: string | null,
  input: ReminderPolicyInput,
): Promise<{ reminderPolicyId: string }> {
  const errors = new UserErrorList();
  const name = cleanText(input.name);
  if (!name) errors.add(['name'], 'REQUIRED', 'Give the policy a name.');
  else if (name.length > 100) errors.add(['name'], 'TOO_LONG', 'A name has at most 100 characters.');
  if (input.steps.length > 12) errors.add(['steps'], 'INVALID', 'A policy has at most 12 steps.');
  const seen = new Set<number>();
  for (const [i, step] of input.steps.entries()) {
    if (!Number.isInteger(step.offsetDays) || step.offsetDays < -60 || step.offsetDays > 365) {
      errors.add(['steps', i, 'offsetDays'], 'INVALID', 'A step is from 60 days before the due date to 365 after.');
    }
    if (seen.has(step.offsetDays)) errors.add(['steps', i, 'offsetDays'], 'DUPLICATE', 'Two steps on the same day.');
    seen.add(step.offsetDays);
    if (step.kind === 'COURTESY' && step.offsetDays > 0) {
      errors.add(['steps', i, 'kind'], 'INVALID', 'A courtesy note comes before the due date.');
    }
  }
  const followUp = input.partialFollowUpDays;
  if (followUp != null && (!Number.isInteger(followUp) || followUp < 1 || followUp > 365)) {
    errors.add(['partialFollowUpDays'], 'INVALID', 'A follow-up comes 1 to 365 days after a partial payment.');
  }
  const kind = input.lateInterestKind ?? 'NONE';
  if (kind !== 'NONE') {
    if (input.lateInterestValue == null)
      errors.add(['lateInterestValue'], 'REQUIRED', 'Say the fee or the yearly rate.');
    else checkAmount(errors, ['lateInterestValue'], input.lateInterestValue, null, { label: 'The value' });
    if (kind === 'ANNUAL_RATE' && input.lateInterestValue?.greaterThan(100)) {
      errors.add(['lateInterestValue'], 'INVALID', 'A yearly rate is at most 100%.');
    }
  }
  errors.throwIfAny();
  const data = {
    name: name!,
    combineInvoices: input.combineInvoices ?? false,
    partialFollowUpDays: followUp ?? null,
    lateInterestKind: kind,
    lateInterestValue: kind === 'NONE' ? null : input.lateInterestValue!.toFixed(),
  };
  return inTransaction(ctx.prisma, async (tx) => {
    if (input.isDefault) await tx.reminderPolicy.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
    let policyId: string;
    if (id) {
      const existing = await tx.reminderPolicy.findUnique({ where: { id } });
      if (!existing)
        throw new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No reminder policy has this id.' }]);
      if (existing.isDefault && input.isDefault === false) {
        throw new UserInputError([
          { field: ['isDefault'], code: 'INVALID', message: 'Make another policy the default instead.' },
        ]);
      }
      await tx.reminderPolicy.update({
        where: { id },
        data: { ...data, isDefault: input.isDefault ?? existing.isDefault },
      });
      // Reminders already sent remember their step by day, so replacing the steps resends nothing.
      await tx.reminderStep.deleteMany({ where: { policyId: id } });
      await tx.reminderStep.createMany({ data: input.steps.map((step) => ({ ...step, policyId: id })) });
      policyId = id;
    } else {
      const created = await tx.reminderPolicy.create({
        data: { ...data, isDefault: input.isDefault ?? false, steps: { create: input.steps } },
      });
      policyId = created.id;
    }
    return { reminderPolicyId: policyId };
  }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw new UserInputError([{ field: ['name'], code: 'DUPLICATE', message: `A policy named "${name}" exists.` }]);
    throw error;
  });
}
