import { builder } from '../../schema/builder.js';
import { nodeConnection } from '../../schema/connections.js';
import { optionalRowId, rowId } from '../../schema/ids.js';
import { objectPayload } from '../../schema/payloads.js';
import { asPayload } from '../../schema/user-errors.js';
import { requestLoader } from '../../shared/loaders.js';
import { UserInputError } from '../../shared/user-errors.js';
import {
  aboutInvoice,
  communicationWhere,
  invoicesOfCommunications,
  logCommunication,
  type CommunicationFilter,
} from './communications.service.js';
import { emailStatement } from './statements.js';

const ChannelEnum = builder.enumType('CommunicationChannel', {
  values: ['EMAIL', 'PHONE', 'SMS', 'LETTER', 'MEETING', 'NOTE'] as const,
});
const DirectionEnum = builder.enumType('CommunicationDirection', {
  values: { OUTBOUND: { description: 'To the customer.' }, INBOUND: { description: 'From the customer.' } },
});
const KindEnum = builder.enumType('CommunicationKind', {
  values: {
    MANUAL: { description: 'Logged by a person.' },
    REMINDER: { description: 'A payment reminder Clientela sent.' },
    STATEMENT: { description: 'A statement of account Clientela sent.' },
  },
});
const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  values: {
    QUEUED: { description: 'In the outbox: sent at the next try.' },
    SENT: { description: 'Accepted by the mail server (or written to the outbox folder).' },
    FAILED: { description: 'Given up: see deliveryError.' },
  },
});

const DeliveryAttemptOutcomeEnum = builder.enumType('DeliveryAttemptOutcome', {
  values: {
    SENT: { description: 'The mail server accepted the message.' },
    RETRY: { description: 'Refused or unreachable for now: tried again later.' },
    FAILED: { description: 'Refused for good, or the last try: given up.' },
  },
});

const DeliveryAttemptType = builder.prismaObject('DeliveryAttempt', {
  description: 'One try to deliver a message Clientela sends.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 for the first try.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime' }),
    outcome: t.expose('outcome', { type: DeliveryAttemptOutcomeEnum }),
    error: t.exposeString('error', { nullable: true, description: 'What the mail server said, when it refused.' }),
  }),
});

export const CommunicationType = builder.prismaNode('Communication', {
  nullable: true,
  id: { field: 'id' },
  description: 'Something said to or heard from a customer; what Clientela sends is logged too, with its delivery.',
  fields: (t) => ({
    customer: t.relation('customer'),
    channel: t.expose('channel', { type: ChannelEnum }),
    direction: t.expose('direction', { type: DirectionEnum }),
    kind: t.expose('kind', { type: KindEnum }),
    subject: t.exposeString('subject', { nullable: true }),
    body: t.exposeString('body'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    invoice: t.relation('invoice', {
      nullable: true,
      description: 'The invoice it is about; null for one about several (see `invoices`).',
    }),
    invoices: t.prismaField({
      type: ['Invoice'],
      description: 'Every invoice it is about: the one above, or those a combined reminder lists.',
      resolve: (_query, communication, _args, ctx) =>
        requestLoader(ctx, 'communication-invoices', (ids: readonly string[]) =>
          invoicesOfCommunications(ctx.prisma, ids),
        ).load(communication.id),
    }),
    payment: t.relation('payment', { nullable: true }),
    creditNote: t.relation('creditNote', { nullable: true }),
    toAddress: t.exposeString('toAddress', { nullable: true, description: 'Where Clientela sent it.' }),
    deliveryStatus: t.expose('deliveryStatus', { type: DeliveryStatusEnum, nullable: true }),
    deliveryError: t.exposeString('deliveryError', { nullable: true, description: 'Why the last try failed.' }),
    attempts: t.exposeInt('attempts', { description: 'Delivery tries so far.' }),
    deliveryAttempts: t.relation('deliveryAttempts', {
      type: DeliveryAttemptType,
      description: 'Every try to deliver it that ended, first to last; empty for what Clientela did not send.',
      query: { orderBy: { number: 'asc' } },
    }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
  }),
});
const CommunicationConnection = nodeConnection('Communication', CommunicationType);

const CommunicationFilterInput = builder.inputType('CommunicationFilter', {
  fields: (t) => ({
    channels: t.field({ type: [ChannelEnum] }),
    kinds: t.field({ type: [KindEnum] }),
    from: t.field({ type: 'DateTime', description: 'At or after.' }),
    to: t.field({ type: 'DateTime', description: 'Before.' }),
  }),
});

const newestFirst = [{ occurredAt: 'desc' as const }, { id: 'desc' as const }];
const decodeFilter = (filter: CommunicationFilter | null | undefined) => {
  if (filter?.from && filter.to && filter.from > filter.to)
    throw new UserInputError([{ field: ['filter', 'from'], code: 'INVALID', message: '`from` is after `to`.' }]);
  return filter ?? {};
};

builder.prismaObjectFields('Customer', (t) => ({
  communications: t.relatedConnection(
    'communications',
    {
      cursor: 'id',
      totalCount: true,
      description: 'What was said to and heard from the customer, newest first.',
      args: { filter: t.arg({ type: CommunicationFilterInput }) },
      query: (args) => ({ where: communicationWhere(decodeFilter(args.filter)), orderBy: newestFirst }),
    },
    CommunicationConnection,
  ),
}));

builder.prismaObjectFields('Invoice', (t) => ({
  communications: t.prismaConnection(
    {
      type: 'Communication',
      cursor: 'id',
      description: 'What was said about this invoice, newest first, combined reminders listing it included.',
      args: { filter: t.arg({ type: CommunicationFilterInput }) },
      totalCount: (invoice, args, ctx) =>
        ctx.prisma.communication.count({ where: aboutInvoice(invoice.id, decodeFilter(args.filter)) }),
      resolve: (query, invoice, args, ctx) =>
        ctx.prisma.communication.findMany({
          ...query,
          where: aboutInvoice(invoice.id, decodeFilter(args.filter)),
          orderBy: newestFirst,
        }),
    },
    CommunicationConnection,
  ),
}));

const CommunicationPayload = objectPayload('CommunicationPayload', 'communication', 'Communication', 'communicationId');

const CommunicationLogInput = builder.inputType('CommunicationLogInput', {
  fields: (t) => ({
    customerId: t.id({ required: true }),
    channel: t.field({ type: ChannelEnum, required: true }),
    direction: t.field({ type: DirectionEnum, required: true }),
    subject: t.string(),
    body: t.string({ required: true }),
    occurredAt: t.field({ type: 'DateTime', description: 'Defaults to now.' }),
    invoiceId: t.id(),
    paymentId: t.id(),
    creditNoteId: t.id(),
  }),
});

builder.mutationFields((t) => ({
  communicationLog: t.field({
    type: CommunicationPayload,
    authScopes: { can: 'communications.write' },
    description:
      'Logs a call, letter, meeting, note or email about a customer, optionally about one of their documents.',
    args: { input: t.arg({ type: CommunicationLogInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      asPayload(() =>
        logCommunication(ctx, {
          ...input,
          customerId: rowId(input.customerId, 'Customer'),
          invoiceId: optionalRowId(input.invoiceId, 'Invoice'),
          paymentId: optionalRowId(input.paymentId, 'Payment'),
          creditNoteId: optionalRowId(input.creditNoteId, 'CreditNote'),
        }),
      ),
  }),
  statementSend: t.field({
    type: CommunicationPayload,
    authScopes: { can: 'communications.write' },
    description: "Emails a statement of account for a period to the customer's address, in their language.",
    args: {
      input: t.arg({
        type: builder.inputType('StatementSendInput', {
          fields: (f) => ({
            customerId: f.id({ required: true }),
            from: f.field({ type: 'Date', required: true }),
            to: f.field({ type: 'Date', required: true }),
            currency: f.string({ description: "Defaults to the customer's currency." }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      asPayload(() => emailStatement(ctx, { ...input, customerId: rowId(input.customerId, 'Customer') })),
  }),
}));
