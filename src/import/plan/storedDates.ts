import { checkDate, parsePartialDate } from '../../domain/partialDate';
import type { ProblemList } from './problemList';

/** Date fields as stored: first day, precision and (for EDTF forms) the text. */
export interface StoredDates {
  dates: Record<string, string>;
  props: Record<string, string>;
  /** EDTF texts to remove: the field is now a plain date. */
  clear: string[];
}

/**
 * Validates date fields (`{ start: '2018-04' }` at `programs[0]`); returns their stored first
 * days, precisions and EDTF texts. An invalid date is a problem at `<path>.<field>`.
 */
export function storedDates(
  fields: Record<string, string | undefined>,
  path: string,
  problems: ProblemList,
): StoredDates {
  const out: StoredDates = { dates: {}, props: {}, clear: [] };
  for (const [field, text] of Object.entries(fields)) {
    if (text === undefined) continue;
    const checked = checkDate(text);
    if ('error' in checked) {
      problems.add(`${path}.${field}`, checked.error);
      continue;
    }
    const stem = field === 'attestedOn' ? 'attested' : field;
    out.dates[`${stem}Date`] = checked.earliest;
    out.props[`${stem}Precision`] = checked.precision;
    // Plain dates keep their old stored form; the text is kept for the EDTF ones.
    if (/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(text)) out.clear.push(`${stem}Edtf`);
    else out.props[`${stem}Edtf`] = text;
  }
  return out;
}

/** Adds a problem at `<path>.end` when the end is certainly before the start. */
export function checkDateOrder(
  start: string | undefined,
  end: string | undefined,
  path: string,
  problems: ProblemList,
): void {
  const from = start ? parsePartialDate(start) : null;
  const to = end ? parsePartialDate(end) : null;
  if (from && to && to.latest < from.earliest) {
    problems.add(`${path}.end`, `ends (${end}) before it starts (${start ?? ''})`);
  }
}
