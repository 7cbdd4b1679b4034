import type PrismaTypes from '../generated/pothos-prisma-types.js';
import { builder } from './builder.js';
import { UserErrorType, type Payload } from './user-errors.js';

type ModelName = keyof PrismaTypes;
type FindUnique = { findUnique(args: unknown): Promise<unknown> };

/**
 * The payload of a mutation that changes one object: `{ <field>: <Model>, userErrors }`. The
 * service returns the object's id under `idKey`; the object is loaded with the client's selection.
 */
export function objectPayload<K extends string>(name: string, field: string, model: ModelName, idKey: K) {
  const delegate = model[0].toLowerCase() + model.slice(1);
  const ref = builder.objectRef<Payload<Record<K, string>>>(name);
  ref.implement({
    fields: (t) => ({
      [field]: t.prismaField({
        type: model as 'Customer',
        nullable: true,
        resolve: (query, payload, _args, ctx) => {
          const id = (payload as Record<string, string | undefined>)[idKey];
          const table = (ctx.prisma as unknown as Record<string, FindUnique>)[delegate];
          return id ? (table.findUnique({ ...query, where: { id } }) as never) : null;
        },
      }),
      userErrors: t.field({ type: [UserErrorType], resolve: (payload) => payload.userErrors }),
    }),
  });
  return ref;
}
