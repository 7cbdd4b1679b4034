import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  valueFromAST,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

export const maxPageSize = 100;

/**
 * Refuses `first`/`last` outside 0..maxPageSize on any connection, whether written in the
 * document or passed as a variable, before anything executes.
 */
export function pageSizeErrors(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (node.name.value !== 'first' && node.name.value !== 'last') return;
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const value = valueFromAST(node.value, argument.type, variables) as unknown;
        if (typeof value === 'number' && (value < 0 || value > maxPageSize)) {
          errors.push(
            new GraphQLError(`\`${node.name.value}\` must be between 0 and ${maxPageSize}; got ${value}.`, {
              nodes: [node],
              extensions: { code: 'PAGE_SIZE_LIMIT', limit: maxPageSize, http: { status: 400 } },
            }),
          );
        }
      },
    }),
  );
  return errors;
}

export function queryLimitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const errors = pageSizeErrors(schema, document, request.variables);
          if (errors.length) throw errors[0];
        },
      };
    },
  };
}
