import { z } from 'zod';

import {
  EVENT_KINDS,
  EVENT_ROLES,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PROGRAM_KINDS,
  PROGRAM_PARTY_ROLES,
  PROGRAM_PERSON_ROLES,
  STATED_PROGRAM_STATUSES,
  STATEMENT_KINDS,
  TERM_VOCABULARIES,
} from '../domain/vocabularies';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_EXCERPT_LENGTH,
  MAX_ID_LENGTH,
  MAX_LANGUAGE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SOURCE_TEXT_LENGTH,
  MAX_URL_LENGTH,
} from '../domain/inputLimits';
import { EDTF_PATTERN } from '../domain/partialDate';

/** Lower-case words joined by `-`, in one or more `/`-separated parts. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*';

/** "at most N characters", with the length found (zod's own message says "<=N"). */
const atMost = (maximum: number) => ({
  error: (issue: { input?: unknown }) =>
    `must be at most ${maximum} characters long (this one has ${typeof issue.input === 'string' ? issue.input.length : '?'})`,
});

const idWithPrefix = (prefix: string) =>
  z
    .string()
    .max(MAX_ID_LENGTH, atMost(MAX_ID_LENGTH))
    .regex(
      new RegExp(`^${prefix}/${SLUG}$`),
      `must be "${prefix}/" followed by lower-case words joined by "-" (e.g. "${prefix}/example-name")`,
    );

/** A reference to another entity: its id, or one of its names or aliases. */
const reference = z
  .string()
  .trim()
  .min(1, 'must name an id or an alias')
  .max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH));

/** A short text: an acronym, a title, a relation, a wording, a publisher. */
const shortText = z.string().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH));

/** A sentence or paragraph: a description, a principle. */
const longText = z.string().min(1).max(MAX_DESCRIPTION_LENGTH, atMost(MAX_DESCRIPTION_LENGTH));

const language = z.string().min(2).max(MAX_LANGUAGE_LENGTH, atMost(MAX_LANGUAGE_LENGTH));

/** The longest date text: an EDTF range of two days with qualifiers (`2018-06-19?/2018-06-23~`). */
const MAX_DATE_LENGTH = 32;

const DATE_MESSAGE =
  'must be a date: YYYY, YYYY-MM or YYYY-MM-DD, or an EDTF date such as 2011~, 201X or 2018-06-19/2018-06-23 (see seed/README.md, section 6)';

/**
 * A date as precise as the source gives it (EDTF level 1, see `partialDate.ts`). YAML reads an
 * unquoted `2018` as a number: a year given so is accepted as the text `2018`.
 */
const partialDate = z
  .union([
    z.string().max(MAX_DATE_LENGTH, atMost(MAX_DATE_LENGTH)).regex(EDTF_PATTERN, DATE_MESSAGE),
    z.number().int().min(0).max(9999),
  ])
  .transform((value) => String(value));

/** A quotation of the document's source text, optionally naming which occurrence is meant. */
const quote = z
  .string()
  .min(1, 'an excerpt cannot be empty')
  .max(MAX_EXCERPT_LENGTH, atMost(MAX_EXCERPT_LENGTH));

const excerpt = z.union([
  quote,
  z
    .object({
      quote,
      occurrence: z.number().int().min(1).optional(),
    })
    .strict(),
]);

const evidence = z
  .array(excerpt, {
    error: (issue) =>
      issue.input === undefined
        ? 'missing "evidence": every fact needs at least one excerpt of the source that states it'
        : undefined,
  })
  .min(1, 'every fact needs at least one excerpt of the source that states it');

/** Evidence that may be left out: the fact then takes the excerpts of the fact it belongs to. */
const optionalEvidence = z.array(excerpt).min(1).optional();

const aliasValue = z.string().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH));

const alternativeName = z.union([
  aliasValue,
  z
    .object({
      value: aliasValue,
      kind: z.enum(['ALIAS', 'ACRONYM', 'FORMER']).default('ALIAS'),
      language: language.optional(),
    })
    .strict(),
]);

const name = z
  .string()
  .trim()
  .min(1, 'a name cannot be empty')
  .max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH));

/**
 * A built-in value (`HOSPITAL`, `LEADER`) or a term of the vocabulary: its id
 * (`term/organization-kind/school`) or one of its names. A word in capitals must be built in, so
 * a misspelt value is reported with the list of values.
 */
const builtInOrTerm = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([
    z.enum(values),
    z
      .string()
      .trim()
      .max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH))
      .regex(
        /^(?![A-Z][A-Z0-9_]*$)\S.*$/,
        `Invalid option: expected one of ${values.map((value) => `"${value}"`).join('|')}`,
      ),
  ]);

const wikidataId = z
  .string()
  .max(32, atMost(32))
  .regex(/^Q\d+$/, 'must be a Wikidata id such as Q42')
  .optional();
const rorId = z
  .string()
  .max(32, atMost(32))
  .regex(/^0[a-z0-9]{8}$/, 'must be a ROR id such as 03vek6s52')
  .optional();

const placeLink = z.object({ place: reference, evidence }).strict();
const organizationLink = z.object({ organization: reference, evidence }).strict();
const unitOf = z.object({ organization: reference, relation: shortText, evidence }).strict();
/** A designation of a place ("a national science center"), a term of `term/designation/...`. */
const designation = z
  .object({ designation: reference, since: partialDate.optional(), evidence })
  .strict();
const areaLinks = z
  .array(z.object({ area: reference, wording: shortText.optional(), evidence }).strict())
  .optional();
const aspectLinks = z
  .array(z.object({ aspect: reference, wording: shortText.optional(), evidence }).strict())
  .optional();

export const SourceSchema = z
  .object({
    id: idWithPrefix('source'),
    title: z.string().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH)),
    kind: z.enum(['ARTICLE', 'REPORT', 'REFERENCE', 'OTHER']).default('ARTICLE'),
    publisher: shortText.optional(),
    date: partialDate.optional(),
    url: z.url().max(MAX_URL_LENGTH, atMost(MAX_URL_LENGTH)).optional(),
    language: language.optional(),
    text: z.string().min(1).max(MAX_SOURCE_TEXT_LENGTH, atMost(MAX_SOURCE_TEXT_LENGTH)).optional(),
    textFile: z.string().min(1).max(1_000, atMost(1_000)).optional(),
  })
  .strict()
  .refine((source) => (source.text === undefined) !== (source.textFile === undefined), {
    message: 'give the source text either inline as "text" or as a "textFile" path, not both',
  });

export const PlaceSchema = z
  .object({
    id: idWithPrefix('place'),
    name,
    kind: builtInOrTerm(PLACE_KINDS),
    aliases: z.array(alternativeName).optional(),
    within: placeLink.optional(),
    designations: z.array(designation).optional(),
    evidence,
  })
  .strict();

export const OrganizationSchema = z
  .object({
    id: idWithPrefix('org'),
    name,
    kind: builtInOrTerm(ORGANIZATION_KINDS),
    acronym: shortText.optional(),
    aliases: z.array(alternativeName).optional(),
    rorId,
    wikidataId,
    unitOf: unitOf.optional(),
    locatedIn: z.array(placeLink).optional(),
    evidence,
  })
  .strict();

export const PersonSchema = z
  .object({
    id: idWithPrefix('person'),
    name,
    honorific: shortText.optional(),
    aliases: z.array(alternativeName).optional(),
    wikidataId,
    evidence,
  })
  .strict();

export const PositionSchema = z
  .object({
    id: idWithPrefix('position').optional(),
    person: reference,
    title: z.string().trim().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH)),
    organization: reference,
    start: partialDate.optional(),
    end: partialDate.optional(),
    attestedOn: partialDate.optional(),
    evidence,
  })
  .strict();

const term = (prefix: string) =>
  z
    .object({
      id: idWithPrefix(prefix),
      name,
      aliases: z.array(alternativeName).optional(),
      evidence,
    })
    .strict();

export const DiseaseAreaSchema = term('area');
export const AspectSchema = term('aspect');

/** A term of a role or kind vocabulary, or a designation: `term/<vocabulary>/<name>`. */
export const TermSchema = z
  .object({
    id: z
      .string()
      .max(MAX_ID_LENGTH, atMost(MAX_ID_LENGTH))
      .regex(
        new RegExp(`^term/(?:${TERM_VOCABULARIES.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
        `must be "term/<vocabulary>/" followed by lower-case words joined by "-", the vocabulary one of ${TERM_VOCABULARIES.join(', ')} (e.g. "term/event-role/chair")`,
      ),
    name,
    broader: z.string().trim().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH)).optional(),
    description: longText.optional(),
    aliases: z.array(alternativeName).optional(),
    evidence,
  })
  .strict();

const partyOf = z
  .object({
    organization: reference.optional(),
    place: reference.optional(),
    role: builtInOrTerm(PROGRAM_PARTY_ROLES),
    evidence,
  })
  .strict()
  .refine((party) => (party.organization === undefined) !== (party.place === undefined), {
    message: 'a party is an "organization" or a "place" (a country, a region): give one of them',
  });

export const ProgramSchema = z
  .object({
    id: idWithPrefix('program'),
    name,
    kind: z.enum(PROGRAM_KINDS),
    status: z.enum(STATED_PROGRAM_STATUSES).optional(),
    aliases: z.array(alternativeName).optional(),
    description: longText.optional(),
    principle: longText.optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    partOf: z.object({ program: reference, evidence }).strict().optional(),
    parties: z.array(partyOf).optional(),
    people: z
      .array(
        z
          .object({
            person: reference,
            role: builtInOrTerm(PROGRAM_PERSON_ROLES),
            onBehalfOf: reference.optional(),
            evidence,
          })
          .strict(),
      )
      .optional(),
    diseaseAreas: areaLinks,
    aspects: aspectLinks,
    places: z.array(placeLink).optional(),
    evidence,
  })
  .strict();

const eventRole = builtInOrTerm(EVENT_ROLES);

export const EventSchema = z
  .object({
    id: idWithPrefix('event'),
    name,
    kind: z.enum(EVENT_KINDS),
    date: partialDate.optional(),
    aliases: z.array(alternativeName).optional(),
    description: longText.optional(),
    partOf: z.object({ event: reference, evidence }).strict().optional(),
    places: z.array(placeLink).optional(),
    hosts: z.array(organizationLink).optional(),
    visited: z.array(organizationLink).optional(),
    participants: z
      .array(
        z
          .object({
            person: reference,
            role: eventRole,
            onBehalfOf: reference.optional(),
            evidence,
          })
          .strict(),
      )
      .optional(),
    groups: z
      .array(
        z
          .object({
            id: idWithPrefix('group').optional(),
            description: z.string().trim().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH)),
            count: z.number().int().min(1).max(1_000_000_000).optional(),
            role: eventRole.default('PARTICIPANT'),
            onBehalfOf: reference.optional(),
            evidence,
          })
          .strict(),
      )
      .optional(),
    produced: z.array(z.object({ program: reference, evidence }).strict()).optional(),
    programs: z
      .array(z.object({ program: reference, relation: shortText.optional(), evidence }).strict())
      .optional(),
    fundedBy: z
      .array(
        z
          .object({ program: reference.optional(), organization: reference.optional(), evidence })
          .strict()
          .refine(
            (funder) => (funder.program === undefined) !== (funder.organization === undefined),
            {
              message: 'a funder is a "program" or an "organization": give one of them',
            },
          ),
      )
      .optional(),
    diseaseAreas: areaLinks,
    aspects: aspectLinks,
    evidence,
  })
  .strict();

/** What a statement is about: one entity per entry, the type named by the key. */
const statementSubject = z
  .object({
    program: reference.optional(),
    organization: reference.optional(),
    event: reference.optional(),
    place: reference.optional(),
    area: reference.optional(),
    aspect: reference.optional(),
    wording: shortText.optional(),
    evidence: optionalEvidence,
  })
  .strict()
  .refine(
    (subject) =>
      [
        subject.program,
        subject.organization,
        subject.event,
        subject.place,
        subject.area,
        subject.aspect,
      ].filter((value) => value !== undefined).length === 1,
    {
      message:
        'name exactly one of "program", "organization", "event", "place", "area" or "aspect"',
    },
  );

export const StatementSchema = z
  .object({
    id: idWithPrefix('statement').optional(),
    speaker: reference,
    onBehalfOf: reference.optional(),
    kind: builtInOrTerm(STATEMENT_KINDS),
    quote: excerpt,
    date: partialDate.optional(),
    event: reference.optional(),
    about: z.array(statementSubject).optional(),
    evidence,
  })
  .strict();

/**
 * Additions to an entity that is already defined (in this document or the graph) without
 * restating its name, kind and evidence: more names, external ids, links. The key names the
 * entity's type and refers to it by id or name.
 */
export const AmendmentSchema = z
  .object({
    person: reference.optional(),
    organization: reference.optional(),
    program: reference.optional(),
    event: reference.optional(),
    place: reference.optional(),
    area: reference.optional(),
    aspect: reference.optional(),
    aliases: z.array(alternativeName).optional(),
    wikidataId,
    rorId,
    unitOf: unitOf.optional(),
    locatedIn: z.array(placeLink).optional(),
    within: placeLink.optional(),
    designations: z.array(designation).optional(),
    evidence,
  })
  .strict()
  .refine(
    (amend) =>
      [
        amend.person,
        amend.organization,
        amend.program,
        amend.event,
        amend.place,
        amend.area,
        amend.aspect,
      ].filter((value) => value !== undefined).length === 1,
    {
      message:
        'name the entity to amend with exactly one of "person", "organization", "program", "event", "place", "area" or "aspect"',
    },
  );

/** One import document: a source and every fact taken from it. */
export const DocumentSchema = z
  .object({
    $schema: z.string().max(MAX_URL_LENGTH, atMost(MAX_URL_LENGTH)).optional(),
    source: SourceSchema,
    terms: z.array(TermSchema).default([]),
    places: z.array(PlaceSchema).default([]),
    organizations: z.array(OrganizationSchema).default([]),
    people: z.array(PersonSchema).default([]),
    positions: z.array(PositionSchema).default([]),
    diseaseAreas: z.array(DiseaseAreaSchema).default([]),
    aspects: z.array(AspectSchema).default([]),
    programs: z.array(ProgramSchema).default([]),
    events: z.array(EventSchema).default([]),
    statements: z.array(StatementSchema).default([]),
    amend: z.array(AmendmentSchema).default([]),
  })
  .strict();

/** A document as written by a curator (before defaults). */
export type DocumentInput = z.input<typeof DocumentSchema>;
/** A document after schema validation. */
export type ParsedDocument = z.output<typeof DocumentSchema>;
export type Excerpt = z.output<typeof excerpt>;
export type AlternativeNameInput = z.output<typeof alternativeName>;
