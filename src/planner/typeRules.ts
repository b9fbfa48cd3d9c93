import Cypher from '@neo4j/cypher-builder';

import { Label, Rel } from '../db/labelsAndTypes';
import type { TermVocabularyKey } from '../domain/vocabularies';
import {
  EVENT_KINDS,
  EVENT_ROLES,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PROGRAM_KINDS,
  PROGRAM_STATUSES,
  STATEMENT_KINDS,
} from '../domain/vocabularies';
import { COLLABORATION_RULES } from './collaborationRules';
import { statedEntities, statedRelationships } from './evidenceRules';
import type { Hop, HopOptions, HopVariables } from './fieldRules';
import {
  allOf,
  alternativeNames,
  asOfArgument,
  byName,
  compileHop,
  end,
  entityWithId,
  enumProperty,
  evidence,
  excerptProperty,
  hopMany,
  hopOne,
  integerProperty,
  nodeOf,
  oneOfArgument,
  optionalIntegerProperty,
  partialDate,
  property,
  reference,
  relProperty,
  stringProperty,
} from './fieldRules';
import { positionAttestations, positionAttestedOn, positions } from './positionRules';
import type { FieldRule, TypeRules } from './projection';
import { rawList } from './rawValues';
import {
  CONNECTION_STEP_RULES,
  NEIGHBOUR_RULES,
  STATED_RELATIONSHIP_RULES,
} from './relationshipRules';
import { SEARCH_HIT_RULES } from './searchHitRules';
import { kindTerm, role, roleTerm, roleTermId, roleValue, TERM_RULES } from './vocabularyRules';

const hop = (rel: Rel, direction: 'OUT' | 'IN', to: Label | null): Hop => ({ rel, direction, to });

const id = stringProperty('id');
const name = stringProperty('name');
const nodeEvidence = evidence('node');
const relEvidence = evidence('rel');

/** `roles` (built-in values, curated roles by their broader one) and `roleTerms` (term ids). */
function roleFilter(vocabulary: TermVocabularyKey, fallback: string): HopOptions['where'] {
  return allOf(
    oneOfArgument('roles', (h, compiler) => roleValue(h.rel, vocabulary, fallback, compiler)),
    oneOfArgument('roleTerms', (h, compiler) => roleTermId(h.rel, vocabulary, compiler)),
  );
}

/** Only `roles` (the fields without `roleTerms`). */
function rolesOnly(
  vocabulary: TermVocabularyKey,
  fallback: string,
): NonNullable<HopOptions['where']> {
  return oneOfArgument('roles', (h, compiler) => roleValue(h.rel, vocabulary, fallback, compiler));
}

/**
 * The part-of hierarchy of programs or events: the parent and the parts, as entities and as
 * links with their evidence (the far end named `far`).
 */
function partOf(label: Label, far: string, parts: string, partLinks: string) {
  return {
    parent: hopOne(hop(Rel.PART_OF, 'OUT', label)),
    [parts]: hopMany(hop(Rel.PART_OF, 'IN', label)),
    parentLink: hopOne(hop(Rel.PART_OF, 'OUT', label), { ends: { near: 'child', far } }),
    [partLinks]: hopMany(hop(Rel.PART_OF, 'IN', label), { ends: { near: 'parent', far } }),
  };
}

/** Places an entity is located in, as links with their evidence. */
const placeLinks: FieldRule = hopMany(hop(Rel.LOCATED_IN, 'OUT', Label.Place), {
  ends: { near: 'entity', far: 'place' },
});

/** Participants sorted by role (leaders first, as the roles are listed), then by name. */
const byRoleThenName: HopOptions['order'] = (h: HopVariables, compiler) => {
  const roleOrder = new Cypher.Case(roleValue(h.rel, 'event-role', 'PARTICIPANT', compiler));
  EVENT_ROLES.forEach((value, i) =>
    roleOrder.when(new Cypher.Literal(value)).then(new Cypher.Literal(i)),
  );
  return [[roleOrder, 'ASC'], ...byName(h)];
};

/** The unit-of relation's name, as the API reads it (`unit` when unset). */
const relation = relProperty('relation', (raw) =>
  raw === null || raw === undefined ? 'unit' : raw,
);

/** What a statement is about, of one label. */
const subjectsOf = (label: Label): FieldRule => hopMany(hop(Rel.ABOUT, 'OUT', label));

/** The statements about or by an entity, or made at an event. */
const statements = (rel: Rel, direction: 'OUT' | 'IN', options: HopOptions = {}): FieldRule =>
  hopMany(hop(rel, direction, Label.Statement), options);

/**
 * Who funded an event: the programs, then the organizations, each list by name; a funder has
 * one of the two.
 */
const fundedBy: FieldRule = (field, scope, compiler) => {
  const program = compileHop(
    hop(Rel.FUNDED_BY, 'OUT', Label.Program),
    { ends: { near: 'event', far: 'program' } },
    field,
    scope,
    compiler,
  );
  const organization = compileHop(
    hop(Rel.FUNDED_BY, 'OUT', Label.Organization),
    { ends: { near: 'event', far: 'organization' } },
    field,
    scope,
    compiler,
  );
  return {
    expr: new Cypher.List([program.subquery, organization.subquery]),
    decode(raw, variables) {
      const [programs, organizations] = raw as [unknown, unknown];
      return [
        ...rawList(programs).map((value) => program.item.decode(value, variables)),
        ...rawList(organizations).map((value) => organization.item.decode(value, variables)),
      ];
    },
  };
};

/** The speaker's link of a statement: the person, and the organization they spoke for. */
const speakerOrganization: FieldRule = (field, scope, compiler) => {
  const rel = new Cypher.Relationship();
  const target = new Cypher.Node();
  const item = compiler.sub(field, { node: target });
  const lookup = new Cypher.Collect(
    new Cypher.Match(
      new Cypher.Pattern(nodeOf(scope))
        .related(rel, { type: Rel.STATED_BY, direction: 'right' })
        .to({ labels: [Label.Person] }),
    )
      .match(
        new Cypher.Pattern(target, {
          labels: [Label.Organization],
          properties: { id: rel.property('onBehalfOf') },
        }),
      )
      .return(item.expr ?? new Cypher.Literal(null)),
  );
  return { expr: Cypher.head(lookup), decode: (raw, variables) => item.decode(raw, variables) };
};

/**
 * A participant group's link to its event, read from the group itself: its role, role term,
 * the organization it came for and the event.
 */
function groupLink(read: 'role' | 'roleTerm' | 'organization' | 'event'): FieldRule {
  return (field, scope, compiler) => {
    const rel = new Cypher.Relationship();
    const event = new Cypher.Node();
    const link = { rel, ends: { event } };
    const inner =
      read === 'role'
        ? role('event-role', 'PARTICIPANT')(field, link, compiler)
        : read === 'roleTerm'
          ? roleTerm('event-role')(field, link, compiler)
          : read === 'organization'
            ? entityWithId(field, rel.property('onBehalfOf'), Label.Organization, compiler)
            : end('event')(field, link, compiler);
    const lookup = new Cypher.Collect(
      new Cypher.Match(
        new Cypher.Pattern(nodeOf(scope))
          .related(rel, { type: Rel.PARTICIPATED_IN, direction: 'right' })
          .to(event, { labels: [Label.Event] }),
      ).return(inner.expr ?? new Cypher.Literal(null)),
    );
    return { expr: Cypher.head(lookup), decode: (raw, variables) => inner.decode(raw, variables) };
  };
}

/**
 * How the planner fetches every field of every type it plans: one rule per field, each
 * rendering its own Cypher (see `fieldRules`). A field missing here cannot be planned, and a
 * test checks that every field of the planned types has a rule.
 */
export const TYPE_RULES: TypeRules = {
  ...TERM_RULES,
  ...COLLABORATION_RULES,
  Person: {
    id,
    name,
    honorific: property('honorific'),
    alternativeNames,
    wikidataId: property('wikidataId'),
    positions: positions('person'),
    programRoles: hopMany(hop(Rel.HAS_ROLE_IN, 'OUT', Label.Program), {
      ends: { near: 'person', far: 'program' },
      where: allOf(rolesOnly('person-role', 'OTHER'), asOfArgument),
    }),
    events: hopMany(hop(Rel.PARTICIPATED_IN, 'OUT', Label.Event), {
      ends: { near: 'person', far: 'event' },
      where: asOfArgument,
    }),
    statements: statements(Rel.STATED_BY, 'IN', {
      where: allOf(
        oneOfArgument('kinds', (h) =>
          new Cypher.Case()
            .when(Cypher.in(h.far.property('kind'), new Cypher.Literal([...STATEMENT_KINDS])))
            .then(h.far.property('kind'))
            .else(new Cypher.Literal('OTHER')),
        ),
        asOfArgument,
      ),
    }),
    evidence: nodeEvidence,
  },
  Position: {
    id,
    title: stringProperty('title'),
    person: hopOne(hop(Rel.HOLDS_POSITION, 'IN', Label.Person)),
    organization: hopOne(hop(Rel.POSITION_AT, 'OUT', Label.Organization)),
    start: partialDate('start'),
    end: partialDate('end'),
    attestedOn: positionAttestedOn,
    attestations: positionAttestations,
    evidence: nodeEvidence,
  },
  Organization: {
    id,
    name,
    kind: enumProperty('kind', ORGANIZATION_KINDS, 'OTHER'),
    kindTerm: kindTerm('organization-kind', 'OTHER'),
    acronym: property('acronym'),
    alternativeNames,
    rorId: property('rorId'),
    wikidataId: property('wikidataId'),
    parent: hopOne(hop(Rel.UNIT_OF, 'OUT', Label.Organization), {
      ends: { near: 'unit', far: 'organization' },
    }),
    units: hopMany(hop(Rel.UNIT_OF, 'IN', Label.Organization), {
      ends: { near: 'parent', far: 'organization' },
      where: oneOfArgument('kinds', (h) =>
        new Cypher.Case()
          .when(Cypher.in(h.far.property('kind'), new Cypher.Literal([...ORGANIZATION_KINDS])))
          .then(h.far.property('kind'))
          .else(new Cypher.Literal('OTHER')),
      ),
    }),
    places: placeLinks,
    positions: positions('organization'),
    programs: hopMany(hop(Rel.HAS_PARTY, 'IN', Label.Program), {
      ends: { near: 'organization', far: 'program' },
      where: allOf(rolesOnly('party-role', 'PARTICIPANT'), asOfArgument),
    }),
    hostedEvents: hopMany(hop(Rel.HOSTED_BY, 'IN', Label.Event), { where: asOfArgument }),
    hostedEventLinks: hopMany(hop(Rel.HOSTED_BY, 'IN', Label.Event), {
      ends: { near: 'organization', far: 'event' },
      where: asOfArgument,
    }),
    evidence: nodeEvidence,
  },
  OrganizationUnit: { organization: end('organization'), relation, evidence: relEvidence },
  Program: {
    id,
    name,
    kind: enumProperty('kind', PROGRAM_KINDS, 'OTHER'),
    status: enumProperty('status', PROGRAM_STATUSES, 'UNKNOWN'),
    alternativeNames,
    description: property('description'),
    principle: property('principle'),
    start: partialDate('start'),
    end: partialDate('end'),
    parties: hopMany(hop(Rel.HAS_PARTY, 'OUT', Label.Organization), {
      ends: { near: 'program', far: 'organization' },
      where: roleFilter('party-role', 'PARTICIPANT'),
    }),
    placeParties: hopMany(hop(Rel.HAS_PARTY, 'OUT', Label.Place), {
      ends: { near: 'program', far: 'place' },
    }),
    people: hopMany(hop(Rel.HAS_ROLE_IN, 'IN', Label.Person), {
      ends: { near: 'program', far: 'person' },
      where: roleFilter('person-role', 'OTHER'),
    }),
    // A curated role counts by its broader value: an "initiator" that counts as LEADS leads.
    leaders: hopMany(hop(Rel.HAS_ROLE_IN, 'IN', Label.Person), {
      ends: { near: 'program', far: 'person' },
      where: (_field, h, compiler) =>
        Cypher.in(
          roleValue(h.rel, 'person-role', 'OTHER', compiler),
          new Cypher.Literal(['LEADS', 'SIGNED']),
        ),
    }),
    ...partOf(Label.Program, 'program', 'subPrograms', 'subProgramLinks'),
    diseaseAreas: hopMany(hop(Rel.FOCUSES_ON, 'OUT', Label.DiseaseArea), {
      ends: { near: 'program', far: 'area' },
    }),
    aspects: hopMany(hop(Rel.COVERS_ASPECT, 'OUT', Label.CooperationAspect), {
      ends: { near: 'program', far: 'aspect' },
    }),
    places: placeLinks,
    producedBy: hopMany(hop(Rel.PRODUCED, 'IN', Label.Event)),
    producedByLinks: hopMany(hop(Rel.PRODUCED, 'IN', Label.Event), {
      ends: { near: 'program', far: 'event' },
    }),
    events: hopMany(hop(Rel.WITHIN_PROGRAM, 'IN', Label.Event), {
      ends: { near: 'program', far: 'event' },
    }),
    fundedEvents: hopMany(hop(Rel.FUNDED_BY, 'IN', Label.Event)),
    statements: statements(Rel.ABOUT, 'IN'),
    evidence: nodeEvidence,
  },
  ProgramParty: {
    organization: end('organization'),
    program: end('program'),
    role: role('party-role', 'PARTICIPANT'),
    roleTerm: roleTerm('party-role'),
    evidence: relEvidence,
  },
  ProgramPlaceParty: {
    place: end('place'),
    program: end('program'),
    role: role('party-role', 'PARTICIPANT'),
    roleTerm: roleTerm('party-role'),
    evidence: relEvidence,
  },
  ProgramPersonRole: {
    person: end('person'),
    program: end('program'),
    role: role('person-role', 'OTHER'),
    roleTerm: roleTerm('person-role'),
    organization: reference('onBehalfOf', Label.Organization),
    evidence: relEvidence,
  },
  ProgramLink: { program: end('program'), evidence: relEvidence },
  ProgramEventLink: {
    event: end('event'),
    relation: relProperty('relation'),
    evidence: relEvidence,
  },
  ProgramDiseaseArea: { area: end('area'), wording: relProperty('wording'), evidence: relEvidence },
  ProgramAspect: { aspect: end('aspect'), wording: relProperty('wording'), evidence: relEvidence },
  Event: {
    id,
    name,
    kind: enumProperty('kind', EVENT_KINDS, 'OTHER'),
    date: partialDate('date'),
    alternativeNames,
    description: property('description'),
    places: placeLinks,
    hosts: hopMany(hop(Rel.HOSTED_BY, 'OUT', Label.Organization), {
      ends: { near: 'event', far: 'organization' },
    }),
    visited: hopMany(hop(Rel.VISITED, 'OUT', Label.Organization), {
      ends: { near: 'event', far: 'organization' },
    }),
    participants: hopMany(hop(Rel.PARTICIPATED_IN, 'IN', Label.Person), {
      ends: { near: 'event', far: 'person' },
      where: roleFilter('event-role', 'PARTICIPANT'),
      order: byRoleThenName,
    }),
    groups: hopMany(hop(Rel.PARTICIPATED_IN, 'IN', Label.ParticipantGroup)),
    programs: hopMany(hop(Rel.WITHIN_PROGRAM, 'OUT', Label.Program), {
      ends: { near: 'event', far: 'program' },
    }),
    fundedBy,
    diseaseAreas: hopMany(hop(Rel.FOCUSES_ON, 'OUT', Label.DiseaseArea), {
      ends: { near: 'event', far: 'area' },
    }),
    aspects: hopMany(hop(Rel.COVERS_ASPECT, 'OUT', Label.CooperationAspect), {
      ends: { near: 'event', far: 'aspect' },
    }),
    statements: statements(Rel.MADE_AT, 'IN'),
    ...partOf(Label.Event, 'event', 'subEvents', 'subEventLinks'),
    produced: hopMany(hop(Rel.PRODUCED, 'OUT', Label.Program)),
    producedLinks: hopMany(hop(Rel.PRODUCED, 'OUT', Label.Program), {
      ends: { near: 'event', far: 'program' },
    }),
    evidence: nodeEvidence,
  },
  EventLink: { event: end('event'), evidence: relEvidence },
  EventOrganization: { organization: end('organization'), evidence: relEvidence },
  EventProgramLink: {
    program: end('program'),
    relation: relProperty('relation'),
    evidence: relEvidence,
  },
  EventFunder: {
    program: end('program', { optional: true }),
    organization: end('organization', { optional: true }),
    evidence: relEvidence,
  },
  DiseaseAreaLink: { area: end('area'), wording: relProperty('wording'), evidence: relEvidence },
  AspectLink: { aspect: end('aspect'), wording: relProperty('wording'), evidence: relEvidence },
  EventParticipation: {
    person: end('person'),
    event: end('event'),
    role: role('event-role', 'PARTICIPANT'),
    roleTerm: roleTerm('event-role'),
    organization: reference('onBehalfOf', Label.Organization),
    evidence: relEvidence,
  },
  ParticipantGroup: {
    id,
    description: stringProperty('description'),
    count: optionalIntegerProperty('count'),
    role: groupLink('role'),
    roleTerm: groupLink('roleTerm'),
    organization: groupLink('organization'),
    event: groupLink('event'),
    evidence: nodeEvidence,
  },
  Statement: {
    id,
    kind: enumProperty('kind', STATEMENT_KINDS, 'OTHER'),
    kindTerm: kindTerm('statement-kind', 'OTHER'),
    quote: excerptProperty('quote'),
    date: partialDate('date'),
    speaker: hopOne(hop(Rel.STATED_BY, 'OUT', Label.Person)),
    organization: speakerOrganization,
    event: hopOne(hop(Rel.MADE_AT, 'OUT', Label.Event)),
    about: hopMany(hop(Rel.ABOUT, 'OUT', null), { ends: { near: 'statement', far: 'node' } }),
    programs: subjectsOf(Label.Program),
    organizations: subjectsOf(Label.Organization),
    diseaseAreas: subjectsOf(Label.DiseaseArea),
    aspects: subjectsOf(Label.CooperationAspect),
    evidence: nodeEvidence,
  },
  StatementSubject: { node: end('node'), wording: relProperty('wording'), evidence: relEvidence },
  Place: {
    id,
    name,
    kind: enumProperty('kind', PLACE_KINDS, 'OTHER'),
    kindTerm: kindTerm('place-kind', 'OTHER'),
    alternativeNames,
    designations: hopMany(hop(Rel.DESIGNATED_AS, 'OUT', Label.Term), {
      ends: { near: 'place', far: 'designation' },
    }),
    programs: hopMany(hop(Rel.HAS_PARTY, 'IN', Label.Program), {
      ends: { near: 'place', far: 'program' },
    }),
    within: hopOne(hop(Rel.LOCATED_IN, 'OUT', Label.Place), {
      ends: { near: 'entity', far: 'place' },
    }),
    contains: hopMany(hop(Rel.LOCATED_IN, 'IN', Label.Place)),
    containsLinks: hopMany(hop(Rel.LOCATED_IN, 'IN', Label.Place), {
      ends: { near: 'entity', far: 'place' },
    }),
    evidence: nodeEvidence,
  },
  PlaceLink: { place: end('place'), evidence: relEvidence },
  DiseaseArea: {
    id,
    name,
    alternativeNames,
    programs: hopMany(hop(Rel.FOCUSES_ON, 'IN', Label.Program)),
    programLinks: hopMany(hop(Rel.FOCUSES_ON, 'IN', Label.Program), {
      ends: { near: 'term', far: 'program' },
    }),
    events: hopMany(hop(Rel.FOCUSES_ON, 'IN', Label.Event)),
    evidence: nodeEvidence,
  },
  CooperationAspect: {
    id,
    name,
    alternativeNames,
    programs: hopMany(hop(Rel.COVERS_ASPECT, 'IN', Label.Program)),
    programLinks: hopMany(hop(Rel.COVERS_ASPECT, 'IN', Label.Program), {
      ends: { near: 'term', far: 'program' },
    }),
    events: hopMany(hop(Rel.COVERS_ASPECT, 'IN', Label.Event)),
    evidence: nodeEvidence,
  },
  ProgramTermLink: {
    program: end('program'),
    wording: relProperty('wording'),
    evidence: relEvidence,
  },
  Source: {
    id,
    title: stringProperty('title'),
    publisher: property('publisher'),
    date: partialDate('date'),
    url: property('url'),
    language: property('language'),
    text: stringProperty('text'),
    excerpts: (field, scope, compiler) => {
      const excerpt = new Cypher.Node();
      const item = compiler.sub(field, { node: excerpt });
      const subquery = new Cypher.Collect(
        new Cypher.Match(
          new Cypher.Pattern(excerpt, { labels: [Label.Excerpt] })
            .related({ type: Rel.QUOTES, direction: 'right' })
            .to(nodeOf(scope)),
        )
          .with(excerpt)
          .orderBy([excerpt.property('start'), 'ASC'], [excerpt.property('end'), 'ASC'])
          .return(item.expr ?? new Cypher.Literal(null)),
      );
      return {
        expr: subquery,
        decode: (raw, variables) => rawList(raw).map((value) => item.decode(value, variables)),
      };
    },
  },
  Evidence: {
    id,
    excerpt: stringProperty('text'),
    start: integerProperty('start'),
    end: integerProperty('end'),
    source: hopOne(hop(Rel.QUOTES, 'OUT', Label.Source)),
    statedEntities,
    statedRelationships,
  },
  StatedRelationship: STATED_RELATIONSHIP_RULES,
  Neighbour: NEIGHBOUR_RULES,
  ConnectionStep: CONNECTION_STEP_RULES,
  SearchHit: SEARCH_HIT_RULES,
};

/** The label each entity type of the API is stored under. */
export const TYPE_LABELS: Readonly<Record<string, Label>> = {
  Person: Label.Person,
  Organization: Label.Organization,
  Program: Label.Program,
  Event: Label.Event,
  Place: Label.Place,
  Source: Label.Source,
  DiseaseArea: Label.DiseaseArea,
  CooperationAspect: Label.CooperationAspect,
  Position: Label.Position,
  Statement: Label.Statement,
  ParticipantGroup: Label.ParticipantGroup,
  Term: Label.Term,
};

/**
 * Types a plan returns as plain values (their fields have resolvers of their own that need no
 * database): a partial date's EDTF details, alternative names, page info.
 */
export const PLANNED_VALUE_TYPES: ReadonlySet<string> = new Set([
  'NeighbourGroup',
  'PartialDate',
  'AlternativeName',
  'PageInfo',
]);
