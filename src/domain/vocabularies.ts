/**
 * The curated vocabularies of roles and kinds. Each has built-in terms, the values the format
 * and the API have always had (`LEADER`, `HOSPITAL` ...); documents add terms of their own
 * (`term/event-role/chair`) without code changes, each counting as one built-in value (its
 * `broader`) for clients that know only those. Designations have no built-in terms.
 */
export const TERM_VOCABULARIES = [
  'party-role',
  'person-role',
  'event-role',
  'organization-kind',
  'place-kind',
  'statement-kind',
  'designation',
] as const;

export type TermVocabularyKey = (typeof TERM_VOCABULARIES)[number];

// The one declaration of each role, kind and status enum's values: the import format, models,
// mappers and planner take them from here; test/unit/vocabularies.test.ts holds each equal to
// its enum in schema/*.graphql (the order here is the one the import format lists).

export const PROGRAM_PARTY_ROLES = ['SIGNATORY', 'PARTNER', 'HOST', 'PARTICIPANT'] as const;
export const PROGRAM_PERSON_ROLES = ['SIGNED', 'LEADS', 'REPRESENTS', 'OTHER'] as const;
export const EVENT_ROLES = ['LEADER', 'MEMBER', 'HOST', 'SIGNATORY', 'PARTICIPANT'] as const;
export const ORGANIZATION_KINDS = [
  'UNIVERSITY',
  'HOSPITAL',
  'DEPARTMENT',
  'COMPANY',
  'RESEARCH_INSTITUTE',
  'GENE_BANK',
  'GOVERNMENT_BODY',
  'PARTY_COMMITTEE',
  'OTHER',
] as const;
export const PLACE_KINDS = ['CITY', 'PROVINCE', 'COUNTRY', 'OTHER'] as const;
export const STATEMENT_KINDS = ['SAID', 'HOPED', 'PLEDGED', 'OTHER'] as const;
export const PROGRAM_KINDS = [
  'AGREEMENT',
  'CENTER',
  'EDUCATION',
  'COLLABORATION',
  'OTHER',
] as const;
export const PROGRAM_STATUSES = [
  'PLANNED',
  'UNDER_DISCUSSION',
  'ACTIVE',
  'ENDED',
  'UNKNOWN',
] as const;
/** The statuses a document may state (UNKNOWN is what the API says when none did). */
export const STATED_PROGRAM_STATUSES = ['PLANNED', 'UNDER_DISCUSSION', 'ACTIVE', 'ENDED'] as const;
export const EVENT_KINDS = ['VISIT', 'SIGNING', 'MEETING', 'OTHER'] as const;

export type ProgramPartyRole = (typeof PROGRAM_PARTY_ROLES)[number];
export type ProgramPersonRoleKind = (typeof PROGRAM_PERSON_ROLES)[number];
export type EventRole = (typeof EVENT_ROLES)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];

/** The built-in values of each vocabulary: what a term of it may name as `broader`. */
export const BUILT_IN_VALUES: Record<TermVocabularyKey, readonly string[]> = {
  'party-role': PROGRAM_PARTY_ROLES,
  'person-role': PROGRAM_PERSON_ROLES,
  'event-role': EVENT_ROLES,
  'organization-kind': ORGANIZATION_KINDS,
  'place-kind': PLACE_KINDS,
  'statement-kind': STATEMENT_KINDS,
  designation: [],
};

/** The built-in value a new term counts as when its document names none. */
export const DEFAULT_BROADER: Record<TermVocabularyKey, string | null> = {
  'party-role': null,
  'person-role': null,
  'event-role': null,
  'organization-kind': 'OTHER',
  'place-kind': 'OTHER',
  'statement-kind': 'OTHER',
  designation: null,
};

/** What a term of each vocabulary is, in messages ("no event role has this id"). */
export const VOCABULARY_NOUN: Record<TermVocabularyKey, string> = {
  'party-role': 'program party role',
  'person-role': 'program person role',
  'event-role': 'event role',
  'organization-kind': 'organization kind',
  'place-kind': 'place kind',
  'statement-kind': 'statement kind',
  designation: 'designation',
};

/** Id prefix of terms: `term/<vocabulary>/<name>`. */
export const TERM_PREFIX = 'term/';

/** A term the code defines: one per built-in value. */
export interface BuiltInTerm {
  id: string;
  vocabulary: TermVocabularyKey;
  /** The built-in value itself (its own `broader`). */
  value: string;
  name: string;
}

/** `term/event-role/leader` for LEADER in event roles. */
export function builtInTermId(vocabulary: TermVocabularyKey, value: string): string {
  return `${TERM_PREFIX}${vocabulary}/${value.toLowerCase().replace(/_/g, '-')}`;
}

/** "GENE_BANK" -> "Gene bank". */
function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every built-in term, by id. */
export const BUILT_IN_TERMS: ReadonlyMap<string, BuiltInTerm> = new Map(
  TERM_VOCABULARIES.flatMap((vocabulary) =>
    BUILT_IN_VALUES[vocabulary].map((value): [string, BuiltInTerm] => {
      const id = builtInTermId(vocabulary, value);
      return [id, { id, vocabulary, value, name: humanize(value) }];
    }),
  ),
);

/** The vocabulary a term id belongs to (`term/event-role/chair` -> event-role); null otherwise. */
export function vocabularyOfTermId(id: string): TermVocabularyKey | null {
  if (!id.startsWith(TERM_PREFIX)) return null;
  const segment = id.slice(TERM_PREFIX.length).split('/')[0] ?? '';
  return TERM_VOCABULARIES.find((vocabulary) => vocabulary === segment) ?? null;
}

/** The built-in value a stored role or kind counts as: itself, or its term's broader value. */
export function isBuiltInValue(vocabulary: TermVocabularyKey, value: string): boolean {
  return BUILT_IN_VALUES[vocabulary].includes(value);
}
