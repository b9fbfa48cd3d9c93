import { z } from 'zod';

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

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');

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

const placeLink = z.object({ place: reference, evidence }).strict();
const organizationLink = z.object({ organization: reference, evidence }).strict();

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
    acronym: z.string().min(1).optional(),
    aliases: z.array(alternativeName).optional(),
    rorId: z
      .string()
      .regex(/^0[a-z0-9]{8}$/, 'must be a ROR id such as 03vek6s52')
      .optional(),
    wikidataId: z
      .string()
      .regex(/^Q\d+$/, 'must be a Wikidata id such as Q42')
      .optional(),
    unitOf: z
      .object({ organization: reference, relation: z.string().min(1), evidence })
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
    honorific: z.string().min(1).optional(),
    aliases: z.array(alternativeName).optional(),
    wikidataId: z
      .string()
      .regex(/^Q\d+$/, 'must be a Wikidata id such as Q42')
      .optional(),
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

export const ProgramSchema = z
  .object({
    id: idWithPrefix('program'),
    name,
    kind: z.enum(['AGREEMENT', 'CENTER', 'EDUCATION', 'COLLABORATION', 'OTHER']),
    status: z.enum(['PLANNED', 'ACTIVE', 'ENDED']),
    description: z.string().min(1).optional(),
    principle: z.string().min(1).optional(),
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
      .array(
        z.object({ area: reference, wording: z.string().min(1).optional(), evidence }).strict(),
      )
      .optional(),
    aspects: z
      .array(
        z.object({ aspect: reference, wording: z.string().min(1).optional(), evidence }).strict(),
      )
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
    $schema: z.string().optional(),
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
