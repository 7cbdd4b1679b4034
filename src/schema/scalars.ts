import {
  CountryCodeResolver,
  CurrencyResolver,
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  PhoneNumberResolver,
  URLResolver,
} from 'graphql-scalars';
import { GraphQLError, Kind } from 'graphql';
import { Decimal, toDecimal } from '../money/money.js';
import { builder } from './builder.js';

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('Date', DateResolver);
builder.addScalarType('EmailAddress', EmailAddressResolver);
builder.addScalarType('PhoneNumber', PhoneNumberResolver);
builder.addScalarType('CountryCode', CountryCodeResolver);
builder.addScalarType('Currency', CurrencyResolver);
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
