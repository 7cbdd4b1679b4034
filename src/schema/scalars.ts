import {
  CountryCodeResolver,
  CurrencyResolver,
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  PhoneNumberResolver,
  URLResolver,
} from 'graphql-scalars';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Decimal, toDecimal } from '../money/money.js';
import { builder } from './builder.js';

/** The days an accounting date may fall on: far from any real book's edges, and four-digit years. */
const earliest = Date.UTC(1900, 0, 1);
const latest = Date.UTC(2999, 11, 31, 23, 59, 59, 999);

/** The same scalar, refusing instants outside 1900–2999 (a typo such as 0026 or 20260 for 2026). */
function withinYears(resolver: GraphQLScalarType<Date, unknown>): GraphQLScalarType<Date, unknown> {
  const check = (value: Date) => {
    if (value.getTime() < earliest || value.getTime() > latest) {
      throw new GraphQLError(`${resolver.name} must fall between the years 1900 and 2999.`);
    }
    return value;
  };
  const config = resolver.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => check(config.parseValue!(value) as Date),
    parseLiteral: (ast, variables) => check(config.parseLiteral!(ast, variables) as Date),
  });
}

/** The same scalar, read in upper case: "ron" is RON, never a currency that matches nothing. */
function upperCased(resolver: GraphQLScalarType<string, unknown>): GraphQLScalarType<string, unknown> {
  const config = resolver.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => String(config.parseValue!(value)).toUpperCase(),
    parseLiteral: (ast, variables) => String(config.parseLiteral!(ast, variables)).toUpperCase(),
  });
}

builder.addScalarType('DateTime', withinYears(DateTimeResolver as GraphQLScalarType<Date, unknown>));
/**
 * A day as YYYY-MM-DD, as graphql-scalars writes it, without building the whole ISO instant first
 * (`toISOString`, then split): every row of a list serializes its dates. Null outside 4-digit years.
 */
export function dayString(value: Date): string | null {
  const year = value.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  const month = value.getUTCMonth() + 1;
  const day = value.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const checkedDate = withinYears(DateResolver as GraphQLScalarType<Date, unknown>);
builder.addScalarType(
  'Date',
  new GraphQLScalarType({
    ...checkedDate.toConfig(),
    serialize: (value) => (value instanceof Date && dayString(value)) || checkedDate.serialize(value),
  }),
);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.addScalarType('PhoneNumber', PhoneNumberResolver);
builder.addScalarType('CountryCode', CountryCodeResolver);
builder.addScalarType('Currency', upperCased(CurrencyResolver as GraphQLScalarType<string, unknown>));
builder.addScalarType('URL', URLResolver);

const decimalPattern = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): Decimal {
  if (typeof value === 'string' && decimalPattern.test(value.trim())) return new Decimal(value.trim());
  if (typeof value === 'number' && Number.isSafeInteger(value)) return new Decimal(value);
  if (typeof value === 'number') {
    // A JSON fraction has already been through a binary float; refuse it rather than guess.
    throw new GraphQLError(`Decimal cannot represent ${value}: send fractions as strings, e.g. "${value}"`);
  }
  throw new GraphQLError(`Decimal cannot represent ${JSON.stringify(value)}: expected a string like "1234.56"`);
}

builder.scalarType('Decimal', {
  description:
    'An exact decimal number, sent and received as a string ("1234.56") so no precision is lost. ' +
    'Whole numbers may also be sent as JSON integers.',
  serialize: (value) => (typeof value === 'string' ? value : toDecimal(value).toFixed()),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      // A literal keeps its exact digits, so a float literal is safe here.
      return parseDecimal(ast.kind === Kind.INT ? ast.value : ast.value.trim());
    }
    throw new GraphQLError('Decimal must be a string such as "1234.56"');
  },
});
