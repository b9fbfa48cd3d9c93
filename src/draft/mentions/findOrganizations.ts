import type { Sentence } from '../text/sentences';
import { NAME_BREAKERS, NON_ORGANIZATION_ACRONYMS } from '../text/breakers';
import type { Token } from '../text/tokenize';
import { HONORIFICS } from '../vocabulary/honorifics';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../vocabulary/titles';
import type { OrganizationHead } from '../vocabulary/organizationHeads';
import {
  LOWER_CASE_UNIT_HEADS,
  ORGANIZATION_HEADS,
  PROGRAM_HEADS,
} from '../vocabulary/organizationHeads';
import type { OrganizationMention } from './organizationMention';

/** Words before a name that say it is established, not an existing organization. */
const ESTABLISHING =
  /\b(establish(?:ing|ed|es|ment of)?|set(?:ting)? up|(?:co-)?build(?:ing)?|built|launch(?:ing|ed|es)?|found(?:ing|ed)?|inaugurat\w*|unveil\w*|creat\w*|open(?:ing|ed)? of|jointly (?:build|establish|set up|launch))\s+(?:of\s+)?(?:a|an|the|their|its)?\s*(?:new\s+|joint\s+)?$/i;

/** Words after a name that say it is to be established: "the X Center that A and B plan to establish". */
const PLANNED_AFTER =
  /^\s+(?:that|which)\s+[^.;]*?\b(?:plan|plans|planned|agreed|agree|agrees|will|intend|intends|are going|hope|hopes|decided)\s+(?:to\s+)?(?:jointly\s+)?(?:establish|build|set up|launch|found|create|open|co-build)\b/i;

/** Company heads that are also fields ("Clinical Genomics"): a company only after a name like "BGI". */
const WEAK_COMPANY_HEADS = new Set([
  'genomics',
  'technologies',
  'diagnostics',
  'therapeutics',
  'pharmaceuticals',
  'biotechnology',
]);

/** Words that may join two capitalised runs inside a name ("Obstetrics and Gynaecology"). */
const JOINERS = new Set(['and', '&']);

interface Run {
  from: number;
  to: number;
}

/** The words of a name: capitalised, not a headline verb, not an honorific. */
function nameWord(token: Token | undefined): boolean {
  if (!token || !token.word) return false;
  if (!token.capitalized && !/^\d+$/.test(token.text)) return false;
  if (HONORIFICS.has(token.lower)) return false;
  if (NAME_BREAKERS.has(token.lower)) return false;
  // "XHU President Luo Bin": a title ends the name before it.
  if (TITLE_HEADS.has(token.lower) && !ORGANIZATION_HEADS.has(token.lower)) return false;
  return true;
}

function headOf(token: Token | undefined): OrganizationHead | null {
  return token ? (ORGANIZATION_HEADS.get(token.lower) ?? null) : null;
}

/**
 * Finds the organizations an article names: capitalised phrases ending in a head word
 * ("Anhui Medical University", "CPC Party Committee"), with their complements ("School of
 * Public Health") and parents ("of AHMU", "AHMU Fuyang Hospital", "Department of X, HKU"),
 * acronyms in parentheses, and capitalised names without a head (`weak`: kept later only if
 * an acronym definition or the graph knows them).
 */
export function findOrganizations(sentences: Sentence[]): OrganizationMention[] {
  const mentions: OrganizationMention[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const consumed = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (consumed.has(i) || !nameWord(tokens[i])) continue;
      const parsed = parsePhrase(sentence, i, mentions);
      if (parsed === null) continue;
      for (let k = i; k < parsed; k++) consumed.add(k);
      i = parsed - 1;
    }
  }
  return mentions;
}

/** The run of name words from `i` (joined by "and" where a head follows, outside headlines). */
function nameRun(sentence: Sentence, i: number, complement = false): Run | null {
  const tokens = sentence.tokens;
  if (!nameWord(tokens[i])) return null;
  let to = i;
  while (nameWord(tokens[to])) to++;
  // "International Exchange and Cooperation Office": join when the part after "and" ends in a
  // head and the part before holds no acronym (then it is two names: "AHMU and BGI Genomics").
  const joiner = tokens[to];
  if (!sentence.isTitle && joiner && JOINERS.has(joiner.lower) && to - i <= 3) {
    const before = tokens.slice(i, to);
    let after = to + 1;
    while (nameWord(tokens[after])) after++;
    const last = tokens[after - 1];
    // In a complement ("of Obstetrics and Gynaecology") the joined part need not end in a head.
    const joinedHead = headOf(last) !== null;
    if (
      after > to + 1 &&
      (joinedHead ||
        (complement &&
          !tokens.slice(to + 1, after).some((t) => t.acronym || headOf(t) !== null))) &&
      !before.some((t) => t.acronym || headOf(t) !== null) &&
      !(tokens[i]?.start === sentence.start && before.length === 1)
    ) {
      to = after;
    }
  }
  return { from: i, to };
}

/** The longest prefix of a run that ends in a head word; null when none does. */
function coreOf(sentence: Sentence, run: Run): Run | null {
  const tokens = sentence.tokens;
  for (let to = run.to; to > run.from; to--) {
    if (headOf(tokens[to - 1]) !== null) return { from: run.from, to };
  }
  return null;
}

/** "Co., Ltd." after a company name: taken into it. */
function companyTail(tokens: Token[], to: number): number {
  if (
    tokens[to - 1]?.lower === 'co.' &&
    tokens[to]?.text === ',' &&
    tokens[to + 1]?.lower.startsWith('ltd')
  )
    return to + 2;
  return to;
}

/**
 * Parses an organization phrase starting at token `i`; records its mentions (the parent first)
 * and returns the index after it, or null when no organization starts there.
 */
function parsePhrase(
  sentence: Sentence,
  i: number,
  mentions: OrganizationMention[],
): number | null {
  const tokens = sentence.tokens;
  const run = nameRun(sentence, i);
  if (!run) return null;
  let core = coreOf(sentence, run);
  let weak = false;
  let prefixParent: Run | null = null;
  if (core) {
    core = { from: core.from, to: companyTail(tokens, core.to) };
    // "AHMU Fuyang Hospital", "BGI Shenzhen headquarters": an acronym before the rest is the parent.
    const first = tokens[core.from];
    if (first?.acronym && core.to - core.from >= 2 && !NON_ORGANIZATION_ACRONYMS.has(first.text)) {
      prefixParent = { from: core.from, to: core.from + 1 };
    }
  } else {
    const first = tokens[run.from];
    const next = tokens[run.to];
    if (
      first?.acronym &&
      run.to - run.from <= 3 &&
      next &&
      LOWER_CASE_UNIT_HEADS.has(next.lower) &&
      !next.capitalized
    ) {
      // "BGI center", "BGI Shenzhen headquarters": a unit of an organization, in lower case.
      core = { from: run.from, to: run.to + 1 };
      prefixParent = { from: run.from, to: run.from + 1 };
    } else if (
      tokens[run.from - 1]?.lower === 'the' &&
      run.to - run.from <= 4 &&
      tokens[run.to]?.lower === 'of' &&
      !tokens
        .slice(run.from, run.to)
        .some((t) => TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || t.acronym) &&
      parentableAt(sentence, run.to + 1)
    ) {
      // "the East China Region of BGI Genomics": a unit without a head word, named by its parent.
      core = run;
    } else if (run.to - run.from <= 4 && !sentence.isTitle) {
      // A name without a head ("BGI", "Illumina"): kept only if defined or known.
      core = run;
      weak = true;
    } else if (sentence.isTitle && first?.acronym) {
      core = { from: run.from, to: run.from + 1 };
      weak = true;
    } else {
      return null;
    }
  }
  if (weak && tokens.slice(core.from, core.to).some((t) => NON_ORGANIZATION_ACRONYMS.has(t.text)))
    return null;
  // A head on its own ("Hospital leaders attended") names nothing.
  let end = core.to;
  const coreTokens = tokens.slice(core.from, core.to);
  const soleHead = coreTokens.length === 1 && headOf(coreTokens[0]) !== null;

  // Complements and the parent: "of Public Health", "of the Second Affiliated Hospital".
  let parentIndex: number | null = null;
  let parentForm: OrganizationMention['parentForm'] = null;
  let nameEnd = end;
  for (;;) {
    const of = tokens[end];
    if (of?.lower !== 'of' && of?.lower !== 'for') break;
    let at = end + 1;
    if (tokens[at]?.lower === 'the') at++;
    const inner = nameRun(sentence, at, true);
    if (!inner) break;
    const innerCore = coreOf(sentence, inner);
    const innerHead = innerCore ? headOf(tokens[innerCore.to - 1]) : null;
    // "of Clinical Genomics" is a field, "of BGI Genomics" a company.
    const genericCompany =
      innerHead?.kind === 'COMPANY' &&
      WEAK_COMPANY_HEADS.has(tokens[(innerCore?.to ?? 1) - 1]?.lower ?? '') &&
      !tokens[inner.from]?.acronym;
    const isParent =
      of.lower === 'of' &&
      ((!genericCompany && (innerHead?.parent ?? false)) ||
        (inner.to - inner.from === 1 && tokens[inner.from]?.acronym === true));
    if (isParent) {
      const before = mentions.length;
      const after = parsePhrase(sentence, at, mentions);
      if (after !== null && mentions.length > before) {
        // The parent's own parents were recorded before it: it is the last one recorded.
        parentIndex = mentions.length - 1;
        parentForm = 'of';
        end = after;
      }
      break;
    }
    // A complement is part of the name ("School of Public Health", "University of Hong Kong").
    end = inner.to;
    nameEnd = end;
  }
  if (soleHead && nameEnd === core.to && parentIndex === null) return null;
  // "an agreement on Population Genomics", "research in Clinical Genomics": a field named after a
  // preposition of topic, not a company (a company's name starts with its own word: "BGI Genomics").
  const headWord = tokens[core.to - 1]?.lower ?? '';
  if (
    WEAK_COMPANY_HEADS.has(headWord) &&
    !tokens[core.from]?.acronym &&
    ['on', 'in', 'about', 'for', 'of'].includes(tokens[core.from - 1]?.lower ?? '')
  )
    return null;

  // "Department of Obstetrics and Gynaecology, HKU", "Department of Surgery, Riverside Hospital":
  // after a comma, an acronym or an institution's name followed by the end of the clause.
  const afterComma = tokens[end]?.text === ',' ? nameRun(sentence, end + 1) : null;
  const commaCore = afterComma ? coreOf(sentence, afterComma) : null;
  const commaParent =
    afterComma !== null &&
    (tokens[end + 1]?.acronym === true
      ? afterComma.to === end + 2
      : commaCore !== null &&
        commaCore.to === afterComma.to &&
        (headOf(tokens[commaCore.to - 1])?.parent ?? false));
  if (parentIndex === null && commaParent && afterComma && unitHead(headOf(tokens[core.to - 1]))) {
    const closing = tokens[afterComma.to];
    const acronymOnly = tokens[end + 1]?.acronym === true;
    if (
      !closing ||
      [',', '.', ';', ')'].includes(closing.text) ||
      closing.lower === 'and' ||
      (acronymOnly && !closing.capitalized && !LOWER_CASE_UNIT_HEADS.has(closing.lower))
    ) {
      const before = mentions.length;
      const after = parsePhrase(sentence, end + 1, mentions);
      if (after !== null && mentions.length > before) {
        parentIndex = mentions.length - 1;
        parentForm = 'comma';
        end = after;
      }
    }
  }

  let acronym: string | null = null;
  if (tokens[end]?.text === '(' && tokens[end + 1]?.acronym && tokens[end + 2]?.text === ')') {
    acronym = tokens[end + 1]?.text ?? null;
    end += 3;
  } else if (
    tokens[nameEnd]?.text === '(' &&
    tokens[nameEnd + 1]?.acronym &&
    tokens[nameEnd + 2]?.text === ')' &&
    parentIndex === null
  ) {
    acronym = tokens[nameEnd + 1]?.text ?? null;
  }

  let prefixIndex: number | null = null;
  if (prefixParent && parentIndex === null) {
    const parentToken = tokens[prefixParent.from];
    if (parentToken) {
      prefixIndex = mentions.length;
      mentions.push(mentionOf(sentence, mentions.length, prefixParent, prefixParent, null, true));
    }
  }
  // "BGI-Hangzhou Co., Ltd.": an acronym joined by a hyphen names the parent too.
  const firstToken = tokens[core.from];
  const hyphened =
    !weak && !prefixParent && parentIndex === null && firstToken && !firstToken.acronym
      ? /^(\p{Lu}[\p{Lu}\p{N}]+)-\p{Lu}/u.exec(firstToken.text)
      : null;
  if (firstToken && hyphened?.[1] && !NON_ORGANIZATION_ACRONYMS.has(hyphened[1])) {
    const part = hyphened[1];
    prefixIndex = mentions.length;
    const base = mentionOf(
      sentence,
      mentions.length,
      { from: core.from, to: core.from + 1 },
      { from: core.from, to: core.from + 1 },
      null,
      true,
    );
    mentions.push({
      ...base,
      end: firstToken.start + part.length,
      text: part,
      core: part,
      coreEnd: firstToken.start + part.length,
    });
  }

  const startToken = tokens[core.from];
  const lastNameToken = tokens[nameEnd - 1];
  const lastToken = tokens[(parentIndex !== null ? end : nameEnd) - 1];
  if (!startToken || !lastNameToken || !lastToken) return null;
  const precedingText = sentence.text.slice(0, startToken.start - sentence.start);
  const headToken = tokens[core.to - 1];
  const mention: OrganizationMention = {
    index: mentions.length,
    sentence: sentence.index,
    start: startToken.start,
    end: lastToken.end,
    text: textOf(sentence, startToken.start, lastToken.end),
    core: textOf(sentence, startToken.start, lastNameToken.end),
    coreStart: startToken.start,
    coreEnd: lastNameToken.end,
    head: weak ? null : headOf(headToken),
    headWord: weak ? null : (headToken?.lower ?? null),
    parent: parentIndex ?? prefixIndex,
    parentForm: parentIndex !== null ? parentForm : prefixIndex !== null ? 'prefix' : null,
    acronym,
    weak,
    established:
      (ESTABLISHING.test(precedingText) ||
        PLANNED_AFTER.test(textOf(sentence, lastToken.end, sentence.end))) &&
      (PROGRAM_HEADS.has(headToken?.lower ?? '') || /^joint\b/i.test(startToken.text)),
  };
  mentions.push(mention);
  return acronym && end === nameEnd ? nameEnd + 3 : Math.max(end, nameEnd);
}

/** Heads of units that belong to something ("Department", "School"), not institutions. */
function unitHead(head: OrganizationHead | null): boolean {
  return head !== null && (head.kind === 'DEPARTMENT' || !head.parent);
}

/** An organization that can own units starts at token `i` ("BGI Genomics", "the AHMU"). */
function parentableAt(sentence: Sentence, i: number): boolean {
  const at = sentence.tokens[i]?.lower === 'the' ? i + 1 : i;
  const run = nameRun(sentence, at);
  if (!run) return false;
  const core = coreOf(sentence, run);
  const head = core ? headOf(sentence.tokens[core.to - 1]) : null;
  return (
    (head?.parent ?? false) || (run.to - run.from === 1 && sentence.tokens[at]?.acronym === true)
  );
}

function textOf(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

function mentionOf(
  sentence: Sentence,
  index: number,
  core: Run,
  name: Run,
  parent: number | null,
  weak: boolean,
): OrganizationMention {
  const first = sentence.tokens[core.from];
  const last = sentence.tokens[name.to - 1];
  const start = first?.start ?? sentence.start;
  const end = last?.end ?? start;
  return {
    index,
    sentence: sentence.index,
    start,
    end,
    text: textOf(sentence, start, end),
    core: textOf(sentence, start, end),
    coreStart: start,
    coreEnd: end,
    head: null,
    headWord: null,
    parent,
    parentForm: null,
    acronym: null,
    weak,
    established: false,
  };
}
