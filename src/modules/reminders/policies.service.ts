import type { Context } from '../../context.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import type { LateInterestKind, ReminderStepKind } from '../../generated/prisma/client.js';
import { type Decimal, toDecimal } from '../../money/money.js';
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

/** What an update may give: an absent field stays as it is; null clears one that may be empty. */
export type ReminderPolicyChanges = { [K in keyof ReminderPolicyInput]?: ReminderPolicyInput[K] | null };

/**
 * Creates a reminder policy. Steps are days from the due date (negative: before it), distinct,
 * from −60 to 365. One policy is the default.
 */
export function createReminderPolicy(ctx: Context, input: ReminderPolicyInput): Promise<{ reminderPolicyId: string }> {
  return savePolicy(ctx, null, input);
}

/** Changes a policy: what `changes` gives, checked with the rest as one policy. */
export async function updateReminderPolicy(
  ctx: Context,
  id: string,
  changes: ReminderPolicyChanges,
): Promise<{ reminderPolicyId: string }> {
  const existing = await ctx.prisma.reminderPolicy.findUnique({ where: { id }, include: { steps: true } });
  if (!existing)
    throw new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No reminder policy has this id.' }]);
  const given = <T>(value: T | null | undefined, current: T) => (value === undefined ? current : value);
  const kind = changes.lateInterestKind ?? existing.lateInterestKind;
  return savePolicy(ctx, id, {
    name: changes.name ?? existing.name,
    isDefault: changes.isDefault,
    combineInvoices: changes.combineInvoices ?? existing.combineInvoices,
    partialFollowUpDays: given(changes.partialFollowUpDays, existing.partialFollowUpDays),
    lateInterestKind: kind,
    // Another kind of interest needs its own value; the old one is kept only for the same kind.
    lateInterestValue: given(
      changes.lateInterestValue,
      kind === existing.lateInterestKind && existing.lateInterestValue ? toDecimal(existing.lateInterestValue) : null,
    ),
    steps: changes.steps ?? existing.steps.map((step) => ({ offsetDays: step.offsetDays, kind: step.kind })),
  });
}

async function savePolicy(
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
    if (step.kind !== 'COURTESY' && step.offsetDays < 0) {
      errors.add(['steps', i, 'kind'], 'INVALID', 'A reminder or final notice comes on or after the due date.');
    }
  }
  const followUp = input.partialFollowUpDays;
  if (followUp != null && (!Number.isInteger(followUp) || followUp < 1 || followUp > 365)) {
    errors.add(['partialFollowUpDays'], 'INVALID', 'A follow-up comes 1 to 365 days after a partial payment.');
  }
  const kind = input.lateInterestKind ?? 'NONE';
  const value = input.lateInterestValue;
  if (kind === 'NONE' && value != null) {
    errors.add(
      ['lateInterestValue'],
      'INVALID',
      'This policy charges no late interest: leave the value out, or set lateInterestKind to FIXED_FEE or ANNUAL_RATE.',
    );
  }
  if (kind !== 'NONE' && value == null)
    errors.add(['lateInterestValue'], 'REQUIRED', 'Say the fee or the yearly rate.');
  if (kind === 'FIXED_FEE' && value != null) {
    checkAmount(errors, ['lateInterestValue'], value, null, { label: 'The fee' });
    if (value.decimalPlaces() > 2)
      errors.add(['lateInterestValue'], 'INVALID', 'A fee is charged in the invoice’s currency: at most 2 decimals.');
  }
  if (
    kind === 'ANNUAL_RATE' &&
    value != null &&
    (!value.greaterThan(0) || value.greaterThan(100) || value.decimalPlaces() > 4)
  ) {
    errors.add(
      ['lateInterestValue'],
      'INVALID',
      'A yearly rate is more than 0% and at most 100%, with at most 4 decimals.',
    );
  }
  errors.throwIfAny();
  const data = {
    name: name!,
    combineInvoices: input.combineInvoices ?? false,
    partialFollowUpDays: followUp ?? null,
    lateInterestKind: kind,
    lateInterestValue: kind === 'NONE' ? null : value!.toFixed(),
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
