import { z } from 'zod';

import {
  MAX_DESCRIPTION_LENGTH,
  MAX_EXCERPT_LENGTH,
  MAX_ID_LENGTH,
  MAX_LANGUAGE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SOURCE_TEXT_LENGTH,
  MAX_URL_LENGTH,
} from '../domain/inputLimits';

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

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');

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

const placeLink = z.object({ place: reference, evidence }).strict();
const organizationLink = z.object({ organization: reference, evidence }).strict();

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
    kind: z.enum(['CITY', 'PROVINCE', 'COUNTRY', 'OTHER']),
    aliases: z.array(alternativeName).optional(),
    within: placeLink.optional(),
    evidence,
  })
  .strict();

export const OrganizationSchema = z
  .object({
    id: idWithPrefix('org'),
    name,
    kind: z.enum([
      'UNIVERSITY',
      'HOSPITAL',
      'DEPARTMENT',
      'COMPANY',
      'RESEARCH_INSTITUTE',
      'GENE_BANK',
      'GOVERNMENT_BODY',
      'PARTY_COMMITTEE',
      'OTHER',
    ]),
    acronym: shortText.optional(),
    aliases: z.array(alternativeName).optional(),
    rorId: z
      .string()
      .regex(/^0[a-z0-9]{8}$/, 'must be a ROR id such as 03vek6s52')
      .optional(),
    wikidataId: z
      .string()
      .max(32, atMost(32))
      .regex(/^Q\d+$/, 'must be a Wikidata id such as Q42')
      .optional(),
    unitOf: z
      .object({ organization: reference, relation: shortText, evidence })
      .strict()
      .optional(),
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
    wikidataId: z
      .string()
      .max(32, atMost(32))
      .regex(/^Q\d+$/, 'must be a Wikidata id such as Q42')
      .optional(),
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

export const ProgramSchema = z
  .object({
    id: idWithPrefix('program'),
    name,
    kind: z.enum(['AGREEMENT', 'CENTER', 'EDUCATION', 'COLLABORATION', 'OTHER']),
    status: z.enum(['PLANNED', 'ACTIVE', 'ENDED']),
    description: longText.optional(),
    principle: longText.optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    partOf: z.object({ program: reference, evidence }).strict().optional(),
    parties: z
      .array(
        z
          .object({
            organization: reference,
            role: z.enum(['SIGNATORY', 'PARTNER', 'HOST', 'PARTICIPANT']),
            evidence,
          })
          .strict(),
      )
      .optional(),
    people: z
      .array(
        z
          .object({
            person: reference,
            role: z.enum(['SIGNED', 'LEADS', 'REPRESENTS']),
            onBehalfOf: reference.optional(),
            evidence,
          })
          .strict(),
      )
      .optional(),
    diseaseAreas: z
      .array(z.object({ area: reference, wording: shortText.optional(), evidence }).strict())
      .optional(),
    aspects: z
      .array(z.object({ aspect: reference, wording: shortText.optional(), evidence }).strict())
      .optional(),
    places: z.array(placeLink).optional(),
    evidence,
  })
  .strict();

export const EventSchema = z
  .object({
    id: idWithPrefix('event'),
    name,
    kind: z.enum(['VISIT', 'SIGNING', 'MEETING', 'OTHER']),
    date: partialDate.optional(),
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
            role: z.enum(['LEADER', 'MEMBER', 'HOST', 'SIGNATORY', 'PARTICIPANT']),
            onBehalfOf: reference.optional(),
            evidence,
          })
          .strict(),
      )
      .optional(),
    produced: z.array(z.object({ program: reference, evidence }).strict()).optional(),
    evidence,
  })
  .strict();

/** One import document: a source and every fact taken from it. */
export const DocumentSchema = z
  .object({
    $schema: z.string().max(MAX_URL_LENGTH, atMost(MAX_URL_LENGTH)).optional(),
    source: SourceSchema,
    places: z.array(PlaceSchema).default([]),
    organizations: z.array(OrganizationSchema).default([]),
    people: z.array(PersonSchema).default([]),
    positions: z.array(PositionSchema).default([]),
    diseaseAreas: z.array(DiseaseAreaSchema).default([]),
    aspects: z.array(AspectSchema).default([]),
    programs: z.array(ProgramSchema).default([]),
    events: z.array(EventSchema).default([]),
  })
  .strict();

/** A document as written by a curator (before defaults). */
export type DocumentInput = z.input<typeof DocumentSchema>;
/** A document after schema validation. */
export type ParsedDocument = z.output<typeof DocumentSchema>;
export type Excerpt = z.output<typeof excerpt>;
export type AlternativeNameInput = z.output<typeof alternativeName>;
