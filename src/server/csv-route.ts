import { quoted } from '../shared/text.js';
import { once } from 'node:events';
import type { RequestHandler, Response } from 'express';
import {
  execute,
  GraphQLError,
  getOperationAST,
  getVariableValues,
  parse,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import type { Logger } from 'pino';
import type { OperationPipeline } from './pipeline.js';

/**
 * CSV exports of reports, e.g. `GET /reports/ageing.csv?asOf=2026-06-30`. Each is a GraphQL query
 * run page by page through the same pipeline as /graphql: the same key and role, the same limits
 * and rate budget (every page counts), the same error masking; rows are written as each page
 * arrives, so no report is held whole in memory. UTF-8 with a byte order mark (Excel then reads
 * Romanian diacritics right), RFC 4180 quoting, CRLF line ends.
 */
export interface CsvExport {
  /** The file name offered to the browser. */
  filename: string;
  /** A query taking `$first`, `$after` and the variables `variables` reads from the URL. */
  query: string;
  /** Query-string parameters to GraphQL variables; unknown parameters are refused. */
  parameters: Record<string, (value: string) => unknown>;
  /** Parameters that must be given. */
  required?: string[];
  header: string[];
  /** The connection of a page in the query's data. */
  connection(data: Record<string, unknown>): {
    edges: { node: unknown }[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
  /** The lines of one node (a customer with balances in two currencies has two). */
  rows(node: never): (string | number | null)[][];
  /** Columns of text a person typed, guarded against spreadsheet formulas. */
  textColumns: number[];
}

const pageSize = 100;
const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

/** Query-string readers: a bad value is the caller's mistake, named, before anything runs. */
export const csvParameter = {
  date: (name: string) => (value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw badParameter(`${name} must be a date (YYYY-MM-DD).`);
    return value;
  },
  oneOf: (name: string, values: readonly string[]) => (value: string) => {
    if (!values.includes(value)) throw badParameter(`${name} must be one of ${values.join(', ')}.`);
    return value;
  },
  /** Checked by the schema's scalar alone, as in a query (a currency: "ron" is RON, "XYZ" refused). */
  asGiven: (value: string) => value,
};

function badParameter(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** A cell as RFC 4180 wants it: quoted when it holds a quote, separator or line break. */
export function csvCell(value: string | number | null, text = false): string {
  if (value === null) return '';
  let cell = String(value);
  // A typed text starting like a formula would run as one in a spreadsheet (CSV injection).
  if (text && /^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const csvLine = (cells: (string | number | null)[], textColumns: number[]) =>
  `${cells.map((cell, index) => csvCell(cell, textColumns.includes(index))).join(',')}\r\n`;

export function csvRoute(exported: CsvExport, options: { pipeline: OperationPipeline; log: Logger }): RequestHandler {
  const { pipeline, log } = options;
  const document = parse(exported.query);
  const operation = getOperationAST(document)!;
  return async (req, res) => {
    const requestId = res.locals.requestId as string;
    const refuse = (status: number, errors: GraphQLFormattedError[], headers?: Map<string, string>) => {
      for (const [name, value] of headers ?? []) res.setHeader(name, value);
      res.status(status).json({ errors });
    };
    const refuseWith = (error: GraphQLError) => {
      const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
      refuse(http?.status ?? 400, [pipeline.formatError(error.toJSON(), error)], http?.headers);
    };
    try {
      const viewer = await pipeline.authenticate(req.get('authorization'), pipeline.clientAddress(req));
      const variables: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(req.query)) {
        // Own keys only: "__proto__" or "hasOwnProperty" are unknown parameters, not the prototype's.
        const read = Object.hasOwn(exported.parameters, name) ? exported.parameters[name] : undefined;
        if (!read || typeof value !== 'string')
          throw badParameter(
            `Unknown or repeated parameter ${quoted(name)}; this export takes ${Object.keys(exported.parameters).join(', ')}.`,
          );
        variables[name] = read(value);
      }
      const missing = (exported.required ?? []).filter((name) => variables[name] === undefined);
      if (missing.length) throw badParameter(`This export needs ${missing.join(' and ')}.`);
      // The schema's own scalars have the last word on a value (a 30 February, an unknown currency).
      const coerced = getVariableValues(pipeline.schema, operation.variableDefinitions ?? [], variables);
      if (coerced.errors?.length) throw badParameter(coerced.errors[0].message.replace(/^Variable "\$(\w+)"/, '$1'));
      const ctx = pipeline.contextFor(requestId, viewer, 'http');
      let after: string | null | undefined;
      let pages = 0;
      do {
        const pageVariables = { ...variables, first: pageSize, after };
        await pipeline.guard(ctx, document, operation, pageVariables);
        const result = (await execute({
          schema: pipeline.schema,
          document,
          variableValues: pageVariables,
          contextValue: ctx,
        })) as ExecutionResult<Record<string, unknown>>;
        if (result.errors?.length) {
          if (pages === 0) {
            // The path and locations are those of the export's own query, not the caller's.
            const formatted = result.errors.map((error) => {
              const { path: _path, locations: _locations, ...shown } = pipeline.formatError(error.toJSON(), error);
              return shown;
            });
            const status = statusOf[String(formatted[0].extensions?.code)] ?? 500;
            if (status === 500) log.error({ err: result.errors[0], requestId }, 'CSV export failed');
            return refuse(status, formatted);
          }
          throw new AggregateError(result.errors, 'a later page of a CSV export failed');
        }
        const connection = exported.connection(result.data!);
        if (pages === 0) startCsv(res, exported);
        const written = res.write(
          connection.edges
            .flatMap((edge) => exported.rows(edge.node as never))
            .map((cells) => csvLine(cells, exported.textColumns))
            .join(''),
        );
        // A slow reader holds the next page back instead of it piling up in memory.
        if (!written) await Promise.race([once(res, 'drain'), once(res, 'close')]);
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
        pages += 1;
      } while (after && !res.destroyed);
      res.end();
    } catch (error) {
      if (!res.headersSent && error instanceof GraphQLError) return refuseWith(error);
      log.error({ err: error, requestId }, 'CSV export failed');
      // Cut short rather than end cleanly: a file that stops mid-way must not look complete.
      if (res.headersSent) return res.destroy();
      refuse(500, [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    }
  };
}

function startCsv(res: Response, exported: CsvExport) {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${exported.filename}"`);
  res.setHeader('cache-control', 'no-store');
  res.write(`\uFEFF${csvLine(exported.header, [])}`);
}
