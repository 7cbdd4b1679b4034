import { builder } from '../../schema/builder.js';
import { nodeConnection } from '../../schema/connections.js';
import { RoleEnum } from '../access/access.schema.js';
import { auditWhere } from './audit.service.js';

const AuditResultEnum = builder.enumType('AuditResult', {
  values: {
    SUCCESS: { description: 'Done.' },
    USER_ERROR: { description: 'Refused with userErrors; nothing changed.' },
    DENIED: { description: 'Not authenticated or not allowed for the role.' },
    ERROR: { description: 'Failed inside the server; nothing changed.' },
  },
});

export const AuditEntryType = builder.prismaNode('AuditEntry', {
  nullable: true,
  id: { field: 'id' },
  authScopes: { can: 'access.manage' },
  description: 'One mutation call: who made it, when, with what input, and how it ended.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    requestId: t.exposeString('requestId'),
    actorId: t.exposeString('actorId', { nullable: true, description: 'The API key id (or ADMIN_API_KEY).' }),
    actorName: t.exposeString('actorName', { nullable: true }),
    actorRole: t.expose('actorRole', { type: RoleEnum, nullable: true }),
    operation: t.exposeString('operation', { description: 'The mutation field, e.g. customerCreate.' }),
    operationName: t.exposeString('operationName', { nullable: true }),
    arguments: t.string({
      description: 'The arguments as JSON, secrets redacted.',
      resolve: (entry) => JSON.stringify(entry.arguments),
    }),
    result: t.expose('result', { type: AuditResultEnum }),
    errors: t.string({
      nullable: true,
      description: 'userErrors or error messages, as JSON.',
      resolve: (entry) => (entry.errors === null ? null : JSON.stringify(entry.errors)),
    }),
    subjectId: t.exposeString('subjectId', {
      nullable: true,
      description: 'Global id of the object changed, when there is one.',
    }),
  }),
});
const AuditEntryConnection = nodeConnection('AuditEntry', AuditEntryType);

const AuditFilterInput = builder.inputType('AuditFilter', {
  fields: (t) => ({
    operation: t.string({ description: 'A mutation name, e.g. customerCreate.' }),
    actorId: t.string(),
    result: t.field({ type: [AuditResultEnum] }),
    from: t.field({ type: 'DateTime', description: 'At or after.' }),
    to: t.field({ type: 'DateTime', description: 'Before.' }),
  }),
});

builder.queryField('auditEntries', (t) =>
  t.prismaConnection(
    {
      type: 'AuditEntry',
      cursor: 'id',
      authScopes: { can: 'access.manage' },
      description: 'Every mutation call, newest first.',
      args: { filter: t.arg({ type: AuditFilterInput }) },
      totalCount: (_parent, args, ctx) => ctx.prisma.auditEntry.count({ where: auditWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditEntry.findMany({
          ...query,
          where: auditWhere(args.filter),
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
        }),
    },
    AuditEntryConnection,
  ),
);
