import type { PartialDateResolvers } from '../generated/graphql';
import type { DateDetails } from '../domain/partialDate';
import { parseDate } from '../domain/partialDate';
import type { PartialDateModel } from '../models';

/** The EDTF qualities of a date, from its text (every stored date's text parses). */
function details(date: PartialDateModel): DateDetails {
  const parsed = parseDate(date.text);
  if (!parsed) throw new Error(`stored date "${date.text}" does not parse`);
  return parsed;
}

const summary = (date: DateDetails | null): PartialDateModel | null =>
  date && {
    text: date.text,
    precision: date.precision,
    earliest: date.earliest,
    latest: date.latest,
  };

export const PartialDate: PartialDateResolvers = {
  edtf: (date) => date.text,
  approximate: (date) => details(date).approximate,
  uncertain: (date) => details(date).uncertain,
  unspecified: (date) => details(date).unspecified,
  interval: (date) => details(date).interval,
  from: (date) => summary(details(date).from),
  to: (date) => summary(details(date).to),
};
