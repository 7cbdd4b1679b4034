import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from '../context.js';
import { describeBackup } from '../db/backup.js';
import type { Database } from '../db/database.js';
import { roleMay } from '../modules/access/permissions.js';
import { recordMutations } from '../modules/audit/audit.service.js';
import type { OperationPipeline } from './pipeline.js';

/**
 * `POST /backup`: a consistent copy of the embedded database, streamed as a gzipped tarball to an
 * administrator's key, while the server keeps serving (`npm run backup` calls it). Recorded in
 * the audit trail like a mutation.
 */
export function backupRoute(options: {
  database: Database;
  /** Authenticates callers as /graphql does. */
  pipeline: OperationPipeline;
  log: Logger;
}): RequestHandler {
  const { database, pipeline, log } = options;
  return async (req, res) => {
    const requestId = res.locals.requestId as string;
    const refuse = (status: number, code: string, message: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    let viewer: Viewer;
    try {
      viewer = await pipeline.authenticate(req.get('authorization'), pipeline.clientAddress(req));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
      for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
      return refuse(http?.status ?? 401, String(error.extensions.code), error.message);
    }
    const audit = (result: 'SUCCESS' | 'DENIED' | 'ERROR', errors: unknown[] | null) =>
      recordMutations(database.prisma, [
        { requestId, viewer, operation: 'backup', operationName: null, arguments: {}, result, errors, subjectId: null },
      ]).catch((err: unknown) => log.error({ err, requestId }, 'could not write the audit trail'));
    if (!roleMay(viewer.role, 'access.manage')) {
      const message = `Your role (${viewer.role}) may not take backups; an administrator's key may.`;
      await audit('DENIED', [{ code: 'FORBIDDEN', message }]);
      return refuse(403, 'FORBIDDEN', message);
    }
    if (!database.dumpDataDir) {
      return refuse(
        501,
        'NOT_IMPLEMENTED',
        'This server runs on PostgreSQL (DATABASE_URL): back it up with pg_dump, as the README says.',
      );
    }
    try {
      const started = performance.now();
      const backup = describeBackup(Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
      await audit('SUCCESS', null);
      log.info(
        { requestId, bytes: backup.bytes.length, ms: Math.round(performance.now() - started), actor: viewer.name },
        'backup taken',
      );
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      res.setHeader('content-type', 'application/gzip');
      res.setHeader('content-disposition', `attachment; filename="clientela-${stamp}.tar.gz"`);
      res.setHeader('x-backup-sha256', backup.sha256);
      res.setHeader('cache-control', 'no-store');
      res.end(backup.bytes);
    } catch (error) {
      log.error({ err: error, requestId }, 'backup failed');
      await audit('ERROR', [{ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }]);
      refuse(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}
