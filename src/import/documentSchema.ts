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
import { EDTF_PATTERN } from './partialDate';

/** Lower-case words joined by `-`, in one or more `/`-separated parts. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*';

const idWithPrefix = (prefix: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}/${SLUG}$`),
      `must be "${prefix}/" followed by lower-case words joined by "-" (e.g. "${prefix}/example-name")`,
    );

/** A reference to another entity: its id, or one of its names or aliases. */
const reference = z.string().trim().min(1, 'must name an id or an alias');

const DATE_MESSAGE =
  'must be a date: YYYY, YYYY-MM or YYYY-MM-DD, or an EDTF date such as 2011~, 201X or 2018-06-19/2018-06-23 (see seed/README.md, section 6)';

/**
 * A date as precise as the source gives it (EDTF level 1, see `partialDate.ts`). YAML reads an
 * unquoted `2018` as a number: a year given so is accepted as the text `2018`.
 */
const partialDate = z
  .union([z.string().regex(EDTF_PATTERN, DATE_MESSAGE), z.number().int().min(0).max(9999)])
  .transform((value) => String(value));

/** A quotation of the document's source text, optionally naming which occurrence is meant. */
const excerpt = z.union([
  z.string().min(1, 'an excerpt cannot be empty'),
  z
    .object({
      quote: z.string().min(1, 'an excerpt cannot be empty'),
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

const alternativeName = z.union([
  z.string().min(1),
  z
    .object({
      value: z.string().min(1),
      kind: z.enum(['ALIAS', 'ACRONYM', 'FORMER']).default('ALIAS'),
      language: z.string().min(2).optional(),
    })
    .strict(),
]);

const name = z.string().trim().min(1, 'a name cannot be empty');

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
      .regex(
        /^(?![A-Z][A-Z0-9_]*$)\S.*$/,
        `Invalid option: expected one of ${values.map((value) => `"${value}"`).join('|')}`,
      ),
  ]);

const wikidataId = z
  .string()
  .regex(/^Q\d+$/, 'must be a Wikidata id such as Q42')
  .optional();
const rorId = z
  .string()
  .regex(/^0[a-z0-9]{8}$/, 'must be a ROR id such as 03vek6s52')
  .optional();

const placeLink = z.object({ place: reference, evidence }).strict();
const organizationLink = z.object({ organization: reference, evidence }).strict();
const unitOf = z
  .object({ organization: reference, relation: z.string().min(1), evidence })
  .strict();
/** A designation of a place ("a national science center"), a term of `term/designation/...`. */
const designation = z
  .object({ designation: reference, since: partialDate.optional(), evidence })
  .strict();
const areaLinks = z
  .array(z.object({ area: reference, wording: z.string().min(1).optional(), evidence }).strict())
  .optional();
const aspectLinks = z
  .array(z.object({ aspect: reference, wording: z.string().min(1).optional(), evidence }).strict())
  .optional();

export const SourceSchema = z
  .object({
    id: idWithPrefix('source'),
    title: z.string().min(1),
    kind: z.enum(['ARTICLE', 'REPORT', 'REFERENCE', 'OTHER']).default('ARTICLE'),
    publisher: z.string().min(1).optional(),
    date: partialDate.optional(),
    url: z.url().optional(),
    language: z.string().min(2).optional(),
    text: z.string().min(1).optional(),
    textFile: z.string().min(1).optional(),
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
    acronym: z.string().min(1).optional(),
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
    honorific: z.string().min(1).optional(),
    aliases: z.array(alternativeName).optional(),
    wikidataId,
    evidence,
  })
  .strict();

export const PositionSchema = z
  .object({
    id: idWithPrefix('position').optional(),
    person: reference,
    title: z.string().trim().min(1),
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
      .regex(
        new RegExp(`^term/(?:${TERM_VOCABULARIES.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
        `must be "term/<vocabulary>/" followed by lower-case words joined by "-", the vocabulary one of ${TERM_VOCABULARIES.join(', ')} (e.g. "term/event-role/chair")`,
      ),
    name,
    broader: z.string().trim().min(1).optional(),
    description: z.string().min(1).optional(),
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
    description: z.string().min(1).optional(),
    principle: z.string().min(1).optional(),
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
    description: z.string().min(1).optional(),
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
            description: z.string().trim().min(1),
            count: z.number().int().min(1).optional(),
            role: eventRole.default('PARTICIPANT'),
            onBehalfOf: reference.optional(),
            evidence,
          })
          .strict(),
      )
      .optional(),
    produced: z.array(z.object({ program: reference, evidence }).strict()).optional(),
    programs: z
      .array(
        z.object({ program: reference, relation: z.string().min(1).optional(), evidence }).strict(),
      )
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
    wording: z.string().min(1).optional(),
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
    $schema: z.string().optional(),
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
