import { builder } from '../../schema/builder.js';
import { rowId } from '../../schema/ids.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload } from '../../schema/user-errors.js';
import { chargeLateInterest } from './late-interest-charge.js';
import { createReminderPolicy, updateReminderPolicy } from './policies.service.js';

const StepKindEnum = builder.enumType('ReminderStepKind', {
  values: {
    COURTESY: { description: 'A friendly note before the due date.' },
    REMINDER: { description: 'A reminder after the due date.' },
    FINAL_NOTICE: { description: 'The last reminder.' },
  },
});
const LateInterestKindEnum = builder.enumType('LateInterestKind', {
  values: {
    NONE: {},
    FIXED_FEE: { description: 'A fixed amount per overdue invoice.' },
    ANNUAL_RATE: { description: 'A yearly percentage, charged per day late on what is due (365-day year).' },
  },
});

const ReminderStepType = builder.prismaObject('ReminderStep', {
  fields: (t) => ({
    offsetDays: t.exposeInt('offsetDays', {
      description: 'Days from the due date: −3 is three days before, 15 fifteen after.',
    }),
    kind: t.expose('kind', { type: StepKindEnum }),
  }),
});

export const ReminderPolicyType = builder.prismaNode('ReminderPolicy', {
  nullable: true,
  id: { field: 'id' },
  description: 'When and how customers are reminded to pay: steps relative to the due date.',
  fields: (t) => ({
    name: t.exposeString('name'),
    isDefault: t.exposeBoolean('isDefault', { description: 'Applies to customers without a policy of their own.' }),
    combineInvoices: t.exposeBoolean('combineInvoices', {
      description: 'One email per customer listing every invoice due a reminder.',
    }),
    partialFollowUpDays: t.exposeInt('partialFollowUpDays', {
      nullable: true,
      description: 'Days after a partial payment to follow up; null: never.',
    }),
    lateInterestKind: t.expose('lateInterestKind', { type: LateInterestKindEnum }),
    lateInterestValue: t.expose('lateInterestValue', { type: 'Decimal', nullable: true }),
    steps: t.relation('steps', { query: { orderBy: { offsetDays: 'asc' } } }),
  }),
});
void ReminderStepType;

builder.queryField('reminderPolicies', (t) =>
  t.prismaField({
    type: ['ReminderPolicy'],
    description: 'Every reminder policy, the default first.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.reminderPolicy.findMany({ ...query, orderBy: [{ isDefault: 'desc' }, { name: 'asc' }] }),
  }),
);

const ReminderStepInput = builder.inputType('ReminderStepInput', {
  fields: (f) => ({ offsetDays: f.int({ required: true }), kind: f.field({ type: StepKindEnum, required: true }) }),
});

const policyFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  name: t.string({ required: true }),
  isDefault: t.boolean(),
  combineInvoices: t.boolean(),
  partialFollowUpDays: t.int(),
  lateInterestKind: t.field({ type: LateInterestKindEnum }),
  lateInterestValue: t.field({ type: 'Decimal' }),
  steps: t.field({ type: [ReminderStepInput], required: true }),
});

const ReminderPolicyInput = builder.inputType('ReminderPolicyInput', { fields: (t) => policyFields(t) });
const ReminderPolicyUpdateInput = builder.inputType('ReminderPolicyUpdateInput', {
  description: 'Only what is given changes; null clears a field that may be empty.',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    isDefault: t.boolean(),
    combineInvoices: t.boolean(),
    partialFollowUpDays: t.int({ description: 'null: no follow-up.' }),
    lateInterestKind: t.field({ type: LateInterestKindEnum }),
    lateInterestValue: t.field({ type: 'Decimal' }),
    steps: t.field({ type: [ReminderStepInput], description: 'Replaces every step.' }),
  }),
});

const LateInterestChargePayload = objectPayload('LateInterestChargePayload', 'invoice', 'Invoice', 'invoiceId');
const ReminderPolicyPayload = objectPayload(
  'ReminderPolicyPayload',
  'reminderPolicy',
  'ReminderPolicy',
  'reminderPolicyId',
);

builder.mutationFields((t) => ({
  reminderPolicyCreate: t.field({
    type: ReminderPolicyPayload,
    authScopes: { can: 'reminders.manage' },
    args: { input: t.arg({ type: ReminderPolicyInput, required: true }) },
    resolve: (_root, { input }, ctx) => asPayload(() => createReminderPolicy(ctx, input)),
  }),
  reminderPolicyUpdate: t.field({
    type: ReminderPolicyPayload,
    authScopes: { can: 'reminders.manage' },
    description: 'Changes what the input gives; reminders already sent are not sent again.',
    args: { input: t.arg({ type: ReminderPolicyUpdateInput, required: true }) },
    resolve: (_root, { input: { id, ...input } }, ctx) =>
      asPayload(() => updateReminderPolicy(ctx, rowId(id, 'ReminderPolicy'), input)),
  }),
  lateInterestCharge: t.field({
    type: LateInterestChargePayload,
    authScopes: { can: 'reminders.manage' },
    description:
      'Charges the late interest of an overdue invoice, by its customer\u2019s reminder policy, by issuing a new invoice: for the days since the last charge (or the due date), or the fixed fee once.',
    args: {
      input: t.arg({
        type: builder.inputType('LateInterestChargeInput', {
          fields: (f) => ({ invoiceId: f.id({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => chargeLateInterest(ctx, rowId(input.invoiceId, 'Invoice'))),
  }),
}));
