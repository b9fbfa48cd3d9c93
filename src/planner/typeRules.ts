import Cypher from '@neo4j/cypher-builder';

import { Label, Rel } from '../db/graphModel';
import { EVENT_ROLES, PARTY_ROLES, PERSON_ROLES } from '../resolvers/storedEnum';
import {
  alternativeNames,
  byName,
  end,
  enumProperty,
  evidence,
  hopMany,
  hopOne,
  integerProperty,
  oneOfArgument,
  partialDate,
  property,
  reference,
  relEnum,
  relProperty,
  stringProperty,
} from './fieldRules';
import type { Hop } from './fieldRules';
import type { FieldRule, TypeRules } from './projection';
import { positions } from './positionRules';

const hop = (rel: Rel, direction: 'OUT' | 'IN', to: Label): Hop => ({ rel, direction, to });

const ORGANIZATION_KINDS = [
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
const PROGRAM_KINDS = ['AGREEMENT', 'CENTER', 'EDUCATION', 'COLLABORATION', 'OTHER'] as const;
const PROGRAM_STATUSES = ['PLANNED', 'ACTIVE', 'ENDED'] as const;
const EVENT_KINDS = ['VISIT', 'SIGNING', 'MEETING', 'OTHER'] as const;
const PLACE_KINDS = ['CITY', 'PROVINCE', 'COUNTRY', 'OTHER'] as const;

const id = stringProperty('id');
const name = stringProperty('name');
const nodeEvidence = evidence('node');
const relEvidence = evidence('rel');

const roleIs = oneOfArgument('roles', (h) => h.rel.property('role'));

/** Places an entity is located in, as links with their evidence. */
const placeLinks: FieldRule = hopMany(hop(Rel.LOCATED_IN, 'OUT', Label.Place), {
  ends: { near: 'entity', far: 'place' },
});

/** Participants sorted by role (leaders first, as the roles are listed), then by name. */
const byRoleThenName: NonNullable<Parameters<typeof hopMany>[1]>['order'] = (h) => {
  const roleOrder = new Cypher.Case(h.rel.property('role'));
  EVENT_ROLES.forEach((role, i) =>
    roleOrder.when(new Cypher.Literal(role)).then(new Cypher.Literal(i)),
  );
  return [[roleOrder, 'ASC'], ...byName(h)];
};

/** The unit-of relation's name, as the API reads it (`unit` when unset). */
const relation = relProperty('relation', (raw) =>
  raw === null || raw === undefined ? 'unit' : raw,
);

/**
 * How the planner fetches every field of every type it plans: one rule per field, each
 * rendering its own Cypher (see `fieldRules`). A field missing here cannot be planned, and a
 * test checks that every field of these types has a rule.
 */
export const TYPE_RULES: TypeRules = {
  Person: {
    id,
    name,
    honorific: property('honorific'),
    alternativeNames,
    wikidataId: property('wikidataId'),
    positions: positions('person'),
    programRoles: hopMany(hop(Rel.HAS_ROLE_IN, 'OUT', Label.Program), {
      ends: { near: 'person', far: 'program' },
      where: roleIs,
    }),
    events: hopMany(hop(Rel.PARTICIPATED_IN, 'OUT', Label.Event), {
      ends: { near: 'person', far: 'event' },
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
    attestedOn: partialDate('attested'),
    evidence: nodeEvidence,
  },
  Organization: {
    id,
    name,
    kind: enumProperty('kind', ORGANIZATION_KINDS, 'OTHER'),
    acronym: property('acronym'),
    alternativeNames,
    rorId: property('rorId'),
    wikidataId: property('wikidataId'),
    parent: hopOne(hop(Rel.UNIT_OF, 'OUT', Label.Organization), {
      ends: { near: 'unit', far: 'organization' },
    }),
    units: hopMany(hop(Rel.UNIT_OF, 'IN', Label.Organization), {
      ends: { near: 'parent', far: 'organization' },
      where: oneOfArgument('kinds', (h) => h.far.property('kind')),
    }),
    places: placeLinks,
    positions: positions('organization'),
    programs: hopMany(hop(Rel.HAS_PARTY, 'IN', Label.Program), {
      ends: { near: 'organization', far: 'program' },
      where: roleIs,
    }),
    hostedEvents: hopMany(hop(Rel.HOSTED_BY, 'IN', Label.Event)),
    hostedEventLinks: hopMany(hop(Rel.HOSTED_BY, 'IN', Label.Event), {
      ends: { near: 'organization', far: 'event' },
    }),
    evidence: nodeEvidence,
  },
  OrganizationUnit: { organization: end('organization'), relation, evidence: relEvidence },
  Program: {
    id,
    name,
    kind: enumProperty('kind', PROGRAM_KINDS, 'OTHER'),
    status: enumProperty('status', PROGRAM_STATUSES, 'PLANNED'),
    description: property('description'),
    principle: property('principle'),
    start: partialDate('start'),
    end: partialDate('end'),
    parties: hopMany(hop(Rel.HAS_PARTY, 'OUT', Label.Organization), {
      ends: { near: 'program', far: 'organization' },
      where: roleIs,
    }),
    people: hopMany(hop(Rel.HAS_ROLE_IN, 'IN', Label.Person), {
      ends: { near: 'program', far: 'person' },
      where: roleIs,
    }),
    leaders: hopMany(hop(Rel.HAS_ROLE_IN, 'IN', Label.Person), {
      ends: { near: 'program', far: 'person' },
      where: (_field, h) =>
        Cypher.in(h.rel.property('role'), new Cypher.Literal(['LEADS', 'SIGNED'])),
    }),
    parent: hopOne(hop(Rel.PART_OF, 'OUT', Label.Program)),
    subPrograms: hopMany(hop(Rel.PART_OF, 'IN', Label.Program)),
    parentLink: hopOne(hop(Rel.PART_OF, 'OUT', Label.Program), {
      ends: { near: 'child', far: 'program' },
    }),
    subProgramLinks: hopMany(hop(Rel.PART_OF, 'IN', Label.Program), {
      ends: { near: 'parent', far: 'program' },
    }),
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
    evidence: nodeEvidence,
  },
  ProgramParty: {
    organization: end('organization'),
    program: end('program'),
    role: relEnum('role', PARTY_ROLES),
    evidence: relEvidence,
  },
  ProgramPersonRole: {
    person: end('person'),
    program: end('program'),
    role: relEnum('role', PERSON_ROLES),
    organization: reference('onBehalfOf', Label.Organization),
    evidence: relEvidence,
  },
  ProgramLink: { program: end('program'), evidence: relEvidence },
  ProgramDiseaseArea: {
    area: end('area'),
    wording: relProperty('wording'),
    evidence: relEvidence,
  },
  ProgramAspect: {
    aspect: end('aspect'),
    wording: relProperty('wording'),
    evidence: relEvidence,
  },
  Event: {
    id,
    name,
    kind: enumProperty('kind', EVENT_KINDS, 'OTHER'),
    date: partialDate('date'),
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
      where: roleIs,
      order: byRoleThenName,
    }),
    parent: hopOne(hop(Rel.PART_OF, 'OUT', Label.Event)),
    subEvents: hopMany(hop(Rel.PART_OF, 'IN', Label.Event)),
    produced: hopMany(hop(Rel.PRODUCED, 'OUT', Label.Program)),
    parentLink: hopOne(hop(Rel.PART_OF, 'OUT', Label.Event), {
      ends: { near: 'child', far: 'event' },
    }),
    subEventLinks: hopMany(hop(Rel.PART_OF, 'IN', Label.Event), {
      ends: { near: 'parent', far: 'event' },
    }),
    producedLinks: hopMany(hop(Rel.PRODUCED, 'OUT', Label.Program), {
      ends: { near: 'event', far: 'program' },
    }),
    evidence: nodeEvidence,
  },
  EventLink: { event: end('event'), evidence: relEvidence },
  EventOrganization: { organization: end('organization'), evidence: relEvidence },
  EventParticipation: {
    person: end('person'),
    event: end('event'),
    role: relEnum('role', EVENT_ROLES),
    organization: reference('onBehalfOf', Label.Organization),
    evidence: relEvidence,
  },
  Place: {
    id,
    name,
    kind: enumProperty('kind', PLACE_KINDS, 'OTHER'),
    alternativeNames,
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
      if (!scope.node) throw new Error('excerpts are read from a source');
      const subquery = new Cypher.Collect(
        new Cypher.Match(
          new Cypher.Pattern(excerpt, { labels: [Label.Excerpt] })
            .related({ type: Rel.QUOTES, direction: 'right' })
            .to(scope.node),
        )
          .with(excerpt)
          .orderBy([excerpt.property('start'), 'ASC'], [excerpt.property('end'), 'ASC'])
          .return(item.expr ?? new Cypher.Literal(null)),
      );
      return {
        expr: subquery,
        decode: (raw) => (raw as unknown[]).map((value) => item.decode(value)),
      };
    },
  },
  Evidence: {
    id,
    excerpt: stringProperty('text'),
    start: integerProperty('start'),
    end: integerProperty('end'),
    source: hopOne(hop(Rel.QUOTES, 'OUT', Label.Source)),
  },
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
};
