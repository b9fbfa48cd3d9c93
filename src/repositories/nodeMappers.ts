import type { Label } from '../db/graphModel';
import type { Row } from '../db/database';
import { num, str, strList, strOrNull } from '../db/rowValues';
import { partialDateFromStored } from '../import/partialDate';
import type {
  EventKind,
  EventModel,
  EvidenceModel,
  NameModel,
  NodeModel,
  OrganizationKind,
  OrganizationModel,
  PersonModel,
  PlaceKind,
  PlaceModel,
  PositionModel,
  ProgramKind,
  ProgramModel,
  ProgramStatus,
  SourceModel,
  TermModel,
} from '../models';

/** Decodes stored `KIND|language|value` name entries. */
export function decodeNames(entries: unknown): NameModel[] {
  return strList(entries).map((entry) => {
    const [kind = 'ALIAS', language = '', ...rest] = entry.split('|');
    return {
      value: rest.join('|'),
      kind: kind === 'ACRONYM' || kind === 'FORMER' ? kind : 'ALIAS',
      language: language === '' ? null : language,
    };
  });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  const text = strOrNull(value);
  return allowed.find((candidate) => candidate === text) ?? fallback;
}

const date = (props: Row, field: string) =>
  partialDateFromStored(strOrNull(props[`${field}Date`]), strOrNull(props[`${field}Precision`]));

export function toPerson(props: Row): PersonModel {
  return {
    id: str(props.id),
    name: str(props.name),
    honorific: strOrNull(props.honorific),
    alternativeNames: decodeNames(props.names),
    wikidataId: strOrNull(props.wikidataId),
    evidenceIds: strList(props.evidence),
  };
}

const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'UNIVERSITY',
  'HOSPITAL',
  'DEPARTMENT',
  'COMPANY',
  'RESEARCH_INSTITUTE',
  'GENE_BANK',
  'GOVERNMENT_BODY',
  'PARTY_COMMITTEE',
  'OTHER',
];

export function toOrganization(props: Row): OrganizationModel {
  return {
    id: str(props.id),
    name: str(props.name),
    kind: oneOf(props.kind, ORGANIZATION_KINDS, 'OTHER'),
    acronym: strOrNull(props.acronym),
    alternativeNames: decodeNames(props.names),
    rorId: strOrNull(props.rorId),
    wikidataId: strOrNull(props.wikidataId),
    evidenceIds: strList(props.evidence),
  };
}

const PROGRAM_KINDS: readonly ProgramKind[] = [
  'AGREEMENT',
  'CENTER',
  'EDUCATION',
  'COLLABORATION',
  'OTHER',
];
const PROGRAM_STATUSES: readonly ProgramStatus[] = ['PLANNED', 'ACTIVE', 'ENDED'];

export function toProgram(props: Row): ProgramModel {
  return {
    id: str(props.id),
    name: str(props.name),
    kind: oneOf(props.kind, PROGRAM_KINDS, 'OTHER'),
    status: oneOf(props.status, PROGRAM_STATUSES, 'PLANNED'),
    description: strOrNull(props.description),
    principle: strOrNull(props.principle),
    start: date(props, 'start'),
    end: date(props, 'end'),
    evidenceIds: strList(props.evidence),
  };
}

const EVENT_KINDS: readonly EventKind[] = ['VISIT', 'SIGNING', 'MEETING', 'OTHER'];

export function toEvent(props: Row): EventModel {
  return {
    id: str(props.id),
    name: str(props.name),
    kind: oneOf(props.kind, EVENT_KINDS, 'OTHER'),
    date: date(props, 'date'),
    description: strOrNull(props.description),
    evidenceIds: strList(props.evidence),
  };
}

const PLACE_KINDS: readonly PlaceKind[] = ['CITY', 'PROVINCE', 'COUNTRY', 'OTHER'];

export function toPlace(props: Row): PlaceModel {
  return {
    id: str(props.id),
    name: str(props.name),
    kind: oneOf(props.kind, PLACE_KINDS, 'OTHER'),
    alternativeNames: decodeNames(props.names),
    evidenceIds: strList(props.evidence),
  };
}

export function toTerm(props: Row): TermModel {
  return {
    id: str(props.id),
    name: str(props.name),
    alternativeNames: decodeNames(props.names),
    evidenceIds: strList(props.evidence),
  };
}

export function toSource(props: Row): SourceModel {
  return {
    id: str(props.id),
    title: str(props.title),
    publisher: strOrNull(props.publisher),
    date: date(props, 'date'),
    url: strOrNull(props.url),
    language: strOrNull(props.language),
    text: str(props.text),
  };
}

/** A position row: the Position node's properties plus `personId` and `organizationId`. */
export function toPosition(props: Row): PositionModel {
  return {
    id: str(props.id),
    title: str(props.title),
    personId: str(props.personId),
    organizationId: str(props.organizationId),
    start: date(props, 'start'),
    end: date(props, 'end'),
    attestedOn: date(props, 'attested'),
    evidenceIds: strList(props.evidence),
  };
}

export function toEvidence(props: Row): EvidenceModel {
  return {
    id: str(props.id),
    excerpt: str(props.text),
    start: num(props.start),
    end: num(props.end),
    sourceId: str(props.sourceId),
  };
}

/**
 * Any stored entity as a tagged `NodeModel`. Position rows must carry `personId` and
 * `organizationId`; null for labels that are not nodes of the API.
 */
export function toNode(label: Label, props: Row): NodeModel | null {
  switch (label) {
    case 'Person':
      return { __typename: 'Person', ...toPerson(props) };
    case 'Organization':
      return { __typename: 'Organization', ...toOrganization(props) };
    case 'Program':
      return { __typename: 'Program', ...toProgram(props) };
    case 'Event':
      return { __typename: 'Event', ...toEvent(props) };
    case 'Place':
      return { __typename: 'Place', ...toPlace(props) };
    case 'Source':
      return { __typename: 'Source', ...toSource(props) };
    case 'DiseaseArea':
      return { __typename: 'DiseaseArea', ...toTerm(props) };
    case 'CooperationAspect':
      return { __typename: 'CooperationAspect', ...toTerm(props) };
    case 'Position':
      return { __typename: 'Position', ...toPosition(props) };
    case 'Excerpt':
    case 'Redirect':
    case 'AuditEntry':
      return null;
  }
}
