import type { Viewer } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { AuditResult, Prisma } from '../../generated/prisma/client.js';

export interface MutationRecord {
  requestId: string;
  viewer: Viewer | null;
  operation: string;
  operationName: string | null;
  arguments: unknown;
  result: AuditResult;
  errors: unknown[] | null;
  subjectId: string | null;
}

// Secrets never reach the audit trail: a field with one of these names is replaced.
const secretFields = /^(secret|password|token|apiKey|authorization)$/i;

function redact(value: unknown): unknown {
  // The trail must be writable whatever a request carried (PostgreSQL's json refuses half pairs).
  if (typeof value === 'string')
    return value.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value && typeof value === 'object') {
    if (typeof (value as { toFixed?: unknown }).toFixed === 'function') return String(value);
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, secretFields.test(key) ? '[redacted]' : redact(inner)]),
    );
  }
  return value;
}

export async function recordMutations(prisma: Db, records: MutationRecord[]): Promise<void> {
  if (!records.length) return;
  await prisma.auditEntry.createMany({
    data: records.map((record) => ({
      requestId: record.requestId,
      actorId: record.viewer?.id ?? null,
      actorName: record.viewer?.name ?? null,
      actorRole: record.viewer?.role ?? null,
      operation: record.operation,
      operationName: record.operationName,
      arguments: (redact(record.arguments) ?? {}) as Prisma.InputJsonValue,
      result: record.result,
      errors: record.errors ? (record.errors as Prisma.InputJsonValue) : undefined,
      subjectId: record.subjectId,
    })),
  });
}

export interface AuditFilter {
  operation?: string | null;
  actorId?: string | null;
  result?: AuditResult[] | null;
  from?: Date | null;
  to?: Date | null;
}

export function auditWhere(filter: AuditFilter | null | undefined): Prisma.AuditEntryWhereInput {
  return {
    operation: filter?.operation ?? undefined,
    actorId: filter?.actorId ?? undefined,
    result: filter?.result?.length ? { in: filter.result } : undefined,
    at: filter?.from || filter?.to ? { gte: filter.from ?? undefined, lt: filter.to ?? undefined } : undefined,
  };
}
