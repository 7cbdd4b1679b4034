import { builder } from '../../schema/builder.js';
import { filterEvents, loadOncePerEvent } from '../../shared/events.js';
import { nodeConnection } from '../../schema/connections.js';
import { filterRowId, rowId } from '../../schema/ids.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload } from '../../schema/user-errors.js';
import {
  acknowledgeAlert,
  alertRaisedTopic,
  alertWhere,
  currentStatus,
  snoozeAlert,
  type AlertFilter,
  type AlertRaised,
} from './alerts.service.js';

export const AlertKindEnum = builder.enumType('AlertKind', {
  values: {
    INVOICE_OVERDUE: { description: 'An invoice passed its due date unpaid.' },
    PARTIAL_PAYMENT: { description: 'A payment left an invoice partly paid.' },
    PAYMENT_RECEIVED: { description: 'A payment was recorded.' },
    CREDIT_LIMIT_EXCEEDED: { description: 'An invoice was issued over the customer\u2019s credit limit.' },
    REMINDER_SENT: { description: 'A payment reminder went out.' },
    SEND_FAILED: { description: 'An email could not be sent.' },
  },
});
const AlertStatusEnum = builder.enumType('AlertStatus', {
  values: {
    OPEN: { description: 'Needs attention (also a snoozed alert whose time has come).' },
    ACKNOWLEDGED: { description: 'Handled.' },
    SNOOZED: { description: 'Hidden until snoozedUntil.' },
  },
});

export const AlertType = builder.prismaNode('Alert', {
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.expose('kind', { type: AlertKindEnum }),
    status: t.field({ type: AlertStatusEnum, resolve: (alert, _args, ctx) => currentStatus(alert, ctx.now()) }),
    message: t.exposeString('message'),
    customer: t.relation('customer'),
    invoice: t.relation('invoice', { nullable: true }),
    payment: t.relation('payment', { nullable: true }),
    communication: t.relation('communication', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    snoozedUntil: t.expose('snoozedUntil', { type: 'DateTime', nullable: true }),
    handledAt: t.expose('handledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was acknowledged or snoozed.',
    }),
    handledBy: t.exposeString('handledBy', { nullable: true, description: 'Who acknowledged or snoozed it.' }),
  }),
});
const AlertConnection = nodeConnection('Alert', AlertType);

const AlertFilterInput = builder.inputType('AlertFilter', {
  fields: (t) => ({
    customerId: t.id(),
    kinds: t.field({ type: [AlertKindEnum] }),
    status: t.field({ type: [AlertStatusEnum], description: 'Defaults to OPEN.' }),
  }),
});

const decodeFilter = (
  filter:
    | { customerId?: string | null; kinds?: AlertFilter['kinds']; status?: AlertFilter['status'] }
    | null
    | undefined,
): AlertFilter => ({
  ...filter,
  customerId: filter?.customerId ? filterRowId(filter.customerId, 'Customer', ['filter', 'customerId']) : undefined,
});

builder.queryField('alerts', (t) =>
  t.prismaConnection(
    {
      type: 'Alert',
      cursor: 'id',
      description: 'Alerts, newest first; open ones unless the filter says otherwise.',
      args: { filter: t.arg({ type: AlertFilterInput }) },
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.alert.count({ where: alertWhere(decodeFilter(args.filter), ctx.now()) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.alert.findMany({
          ...query,
          where: alertWhere(decodeFilter(args.filter), ctx.now()),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    AlertConnection,
  ),
);

const AlertPayload = objectPayload('AlertPayload', 'alert', 'Alert', 'alertId');

builder.mutationFields((t) => ({
  alertAcknowledge: t.field({
    type: AlertPayload,
    authScopes: { can: 'alerts.handle' },
    description: 'Marks an alert handled; who did it and when are recorded.',
    args: {
      input: t.arg({
        type: builder.inputType('AlertAcknowledgeInput', { fields: (f) => ({ id: f.id({ required: true }) }) }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => acknowledgeAlert(ctx, rowId(input.id, 'Alert'))),
  }),
  alertSnooze: t.field({
    type: AlertPayload,
    authScopes: { can: 'alerts.handle' },
    description: 'Hides an alert until a moment in the future; it is open again after that.',
    args: {
      input: t.arg({
        type: builder.inputType('AlertSnoozeInput', {
          fields: (f) => ({ id: f.id({ required: true }), until: f.field({ type: 'DateTime', required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => asPayload(() => snoozeAlert(ctx, rowId(input.id, 'Alert'), input.until)),
  }),
}));

builder.subscriptionField('alertRaised', (t) =>
  t.prismaField({
    type: 'Alert',
    description: 'Each new alert, as it is raised on any instance; filter by customer and kind.',
    args: { customerId: t.arg.id(), kinds: t.arg({ type: [AlertKindEnum] }) },
    subscribe: (_root, args, ctx) => {
      const customerId = args.customerId ? filterRowId(args.customerId, 'Customer', ['customerId']) : null;
      return filterEvents(
        ctx.pubsub.subscribe<AlertRaised>(alertRaisedTopic),
        (event) =>
          (!customerId || event.customerId === customerId) && (!args.kinds?.length || args.kinds.includes(event.kind)),
      );
    },
    resolve: (query, event, _args, ctx) =>
      loadOncePerEvent(event, query, () =>
        ctx.prisma.alert.findUniqueOrThrow({ ...query, where: { id: (event as unknown as AlertRaised).alertId } }),
      ),
  }),
);
