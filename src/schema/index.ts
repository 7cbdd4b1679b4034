import { defaultFieldResolver, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { forgetReads } from '../shared/loaders.js';
import { builder } from './builder.js';
import './scalars.js';
import './user-errors.js';
import './money.schema.js';
import './enums.js';
import '../modules/payment-terms/payment-terms.schema.js';
import '../modules/customers/customers.schema.js';
import '../modules/catalog/catalog.schema.js';
import '../modules/contracts/contracts.schema.js';
import '../modules/pricing/pricing.schema.js';
import '../modules/invoices/invoices.schema.js';
import '../modules/invoices/effective-terms.schema.js';
import '../modules/payments/payments.schema.js';
import '../modules/credits/credits.schema.js';
import '../modules/ledger/ledger.schema.js';
import '../modules/access/access.schema.js';
import '../modules/audit/audit.schema.js';
import '../modules/communications/communications.schema.js';
import '../modules/alerts/alerts.schema.js';
import '../modules/reminders/reminders.schema.js';
import '../modules/reports/reports.schema.js';
import '../modules/reports/insights.schema.js';
import '../modules/reports/patterns.schema.js';
import '../modules/reports/forecast.schema.js';

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  if (!schema) {
    schema = builder.toSchema({ sortSchema: false });
    readAfreshPerWrite(schema);
  }
  return schema;
}

/**
 * Mutations run one after another and each may change what the ones before it read; a
 * subscription keeps its context from event to event. So each mutation field, and each event a
 * subscription field resolves, starts with the request's batched reads forgotten.
 */
function readAfreshPerWrite(built: GraphQLSchema): void {
  for (const type of [built.getMutationType(), built.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        forgetReads(ctx);
        return resolve(source, args, ctx, info);
      };
    }
  }
}

/** The SDL committed as schema.graphql. */
export function printSchemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
}
