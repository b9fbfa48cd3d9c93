import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver, URLResolver } from 'graphql-scalars';

/**
 * `Date` is a calendar date that stays a `YYYY-MM-DD` string in both directions (graphql-scalars'
 * LocalDate), so no time zone can shift a day.
 */
export const scalarResolvers = {
  Date: new GraphQLScalarType({
    ...LocalDateResolver.toConfig(),
    name: 'Date',
    description: 'A calendar date (YYYY-MM-DD).',
  }),
  DateTime: DateTimeResolver,
  URL: URLResolver,
  JSON: JSONResolver,
};
