import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { partialDateSpan } from '../common/date-window';

function check(value: unknown): string {
  if (typeof value === 'string' && partialDateSpan(value)) return value;
  throw new GraphQLError(`PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date at the precision the sources support: a year, a month or a day. */
export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'A date at its known precision: YYYY, YYYY-MM or YYYY-MM-DD.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: check,
  parseValue: check,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('PartialDate must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return check(ast.value);
  },
});
