import type { Label } from '../db/labelsAndTypes';
import { num, str, strList, strOrNull } from '../db/rowValues';
import type { Row } from '../db/transaction';
import { partialDateFromStored } from '../domain/partialDate';
import type { TermVocabularyKey } from '../domain/vocabularies';
import {
  BUILT_IN_TERMS,
  BUILT_IN_VALUES,
  builtInTermId,
  EVENT_KINDS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PROGRAM_KINDS,
  PROGRAM_STATUSES,
  STATEMENT_KINDS,
  vocabularyOfTermId,
} from '../domain/vocabularies';
import type {
  EventModel,
  EvidenceModel,
  NameModel,
  NodeModel,
  OrganizationModel,
  ParticipantGroupModel,
  PartialDateModel,
  PersonModel,
  PlaceModel,
  PositionAttestationModel,
  PositionModel,
  ProgramModel,
  SourceModel,
  StatementModel,
  TermModel,
  TermVocabulary,
  VocabularyTermModel,
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
  partialDateFromStored(
    strOrNull(props[`${field}Date`]),
    strOrNull(props[`${field}Precision`]),
    strOrNull(props[`${field}Edtf`]),
  );

/**
 * A stored role (`role` on a relationship) read for one vocabulary: a built-in value is its own
 * role; a curated term's id counts as the built-in value stored beside it (`roleBroader`).
 */
export function storedRole<T extends string>(
  vocabulary: TermVocabularyKey,
  props: Row,
  fallback: T,
): { role: T; roleTermId: string } {
  const value = str(props.role);
  const values = BUILT_IN_VALUES[vocabulary] as readonly T[];
  const builtIn = values.find((candidate) => candidate === value);
  if (builtIn) return { role: builtIn, roleTermId: builtInTermId(vocabulary, builtIn) };
  return { role: oneOf(props.roleBroader, values, fallback), roleTermId: value };
}

/** The kind term of a node: its curated `kindTerm`, or the built-in term of its `kind`. */
function kindTermId(vocabulary: TermVocabularyKey, props: Row, kind: string): string {
  return strOrNull(props.kindTerm) ?? builtInTermId(vocabulary, kind);
}

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

export function toOrganization(props: Row): OrganizationModel {
  const kind = oneOf(props.kind, ORGANIZATION_KINDS, 'OTHER');
  return {
    id: str(props.id),
    name: str(props.name),
    kind,
    kindTermId: kindTermId('organization-kind', props, kind),
    acronym: strOrNull(props.acronym),
    alternativeNames: decodeNames(props.names),
    rorId: strOrNull(props.rorId),
    wikidataId: strOrNull(props.wikidataId),
    evidenceIds: strList(props.evidence),
  };
}

export function toProgram(props: Row): ProgramModel {
  return {
    id: str(props.id),
    name: str(props.name),
    kind: oneOf(props.kind, PROGRAM_KINDS, 'OTHER'),
    status: oneOf(props.status, PROGRAM_STATUSES, 'UNKNOWN'),
    alternativeNames: decodeNames(props.names),
    description: strOrNull(props.description),
    principle: strOrNull(props.principle),
    start: date(props, 'start'),
    end: date(props, 'end'),
    evidenceIds: strList(props.evidence),
  };
}

export function toEvent(props: Row): EventModel {
  return {
    id: str(props.id),
    name: str(props.name),
    kind: oneOf(props.kind, EVENT_KINDS, 'OTHER'),
    date: date(props, 'date'),
    alternativeNames: decodeNames(props.names),
    description: strOrNull(props.description),
    evidenceIds: strList(props.evidence),
  };
}

export function toPlace(props: Row): PlaceModel {
  const kind = oneOf(props.kind, PLACE_KINDS, 'OTHER');
  return {
    id: str(props.id),
    name: str(props.name),
    kind,
    kindTermId: kindTermId('place-kind', props, kind),
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

/**
 * A position's attestations: one per source, from the stored `source|date` entries. Positions
 * stored before attestations were kept have one, from their `attested` date and the source of
 * their first excerpt.
 */
export function attestationsOf(props: Row, evidenceIds: string[]): PositionAttestationModel[] {
  const evidenceOf = (sourceId: string) =>
    evidenceIds.filter((id) => id.startsWith(`${sourceId}#`));
  const entries = props.attestations;
  if (entries === null || entries === undefined) {
    const first = evidenceIds[0];
    if (!first) return [];
    const sourceId = first.slice(0, first.indexOf('#'));
    return [{ sourceId, statedDate: date(props, 'attested'), evidenceIds: evidenceOf(sourceId) }];
  }
  return strList(entries).map((entry) => {
    const bar = entry.lastIndexOf('|');
    const sourceId = entry.slice(0, bar);
    const text = entry.slice(bar + 1);
    return {
      sourceId,
      statedDate: text === '' ? null : partialDateFromStored(null, null, text),
      evidenceIds: evidenceOf(sourceId),
    };
  });
}

/** The latest date the sources state a position on (its `attestedOn`); null when none states one. */
export function latestStatedDate(
  attestations: readonly PositionAttestationModel[],
): PartialDateModel | null {
  const latest = attestations
    .map((attestation) => attestation.statedDate)
    .filter((stated) => stated !== null)
    .sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0))[0];
  return latest ?? null;
}

/** A position row: the Position node's properties plus `personId` and `organizationId`. */
export function toPosition(props: Row): PositionModel {
  const evidenceIds = strList(props.evidence);
  const attestations = attestationsOf(props, evidenceIds);
  return {
    id: str(props.id),
    title: str(props.title),
    personId: str(props.personId),
    organizationId: str(props.organizationId),
    start: date(props, 'start'),
    end: date(props, 'end'),
    attestedOn: latestStatedDate(attestations),
    attestations,
    evidenceIds,
  };
}

const GRAPHQL_VOCABULARY: Record<TermVocabularyKey, TermVocabulary> = {
  'party-role': 'PARTY_ROLE',
  'person-role': 'PERSON_ROLE',
  'event-role': 'EVENT_ROLE',
  'organization-kind': 'ORGANIZATION_KIND',
  'place-kind': 'PLACE_KIND',
  'statement-kind': 'STATEMENT_KIND',
  designation: 'DESIGNATION',
};

/** The vocabulary key of a GraphQL vocabulary name. */
export function vocabularyKey(vocabulary: TermVocabulary): TermVocabularyKey {
  const found = (Object.keys(GRAPHQL_VOCABULARY) as TermVocabularyKey[]).find(
    (key) => GRAPHQL_VOCABULARY[key] === vocabulary,
  );
  if (!found) throw new Error(`unknown vocabulary ${vocabulary}`);
  return found;
}

/**
 * A term by id: a built-in one from the code, a curated one from its stored properties, or, for
 * a curated term no longer stored (its only source retracted), what its id says.
 */
export function toVocabularyTerm(id: string, props: Row | null): VocabularyTermModel | null {
  const vocabulary = vocabularyOfTermId(id);
  if (!vocabulary) return null;
  const builtIn = BUILT_IN_TERMS.get(id);
  if (builtIn) {
    return {
      id,
      name: builtIn.name,
      vocabulary: GRAPHQL_VOCABULARY[vocabulary],
      broader: builtIn.value,
      builtIn: true,
      description: null,
      alternativeNames: [],
      evidenceIds: [],
    };
  }
  if (!props) {
    const slug = id.slice(id.lastIndexOf('/') + 1).replace(/-/g, ' ');
    return {
      id,
      name: slug.charAt(0).toUpperCase() + slug.slice(1),
      vocabulary: GRAPHQL_VOCABULARY[vocabulary],
      broader: null,
      builtIn: false,
      description: null,
      alternativeNames: [],
      evidenceIds: [],
    };
  }
  return {
    id,
    name: str(props.name),
    vocabulary: GRAPHQL_VOCABULARY[vocabulary],
    broader: strOrNull(props.broader),
    builtIn: false,
    description: strOrNull(props.description),
    alternativeNames: decodeNames(props.names),
    evidenceIds: strList(props.evidence),
  };
}

export function toStatement(props: Row): StatementModel {
  const kind = oneOf(props.kind, STATEMENT_KINDS, 'OTHER');
  return {
    id: str(props.id),
    kind,
    kindTermId: kindTermId('statement-kind', props, kind),
    quoteId: str(props.quote),
    date: date(props, 'date'),
    evidenceIds: strList(props.evidence),
  };
}

/**
 * A participant group row: the node's properties plus, from its link to the event, `eventId`,
 * `role`, `roleBroader` and `onBehalfOf`.
 */
export function toParticipantGroup(props: Row): ParticipantGroupModel {
  const { role, roleTermId } = storedRole('event-role', props, 'PARTICIPANT');
  return {
    id: str(props.id),
    description: str(props.description),
    count: props.count === null || props.count === undefined ? null : num(props.count),
    role,
    roleTermId,
    organizationId: strOrNull(props.onBehalfOf),
    eventId: str(props.eventId),
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
    case 'Statement':
      return { __typename: 'Statement', ...toStatement(props) };
    case 'ParticipantGroup':
      return { __typename: 'ParticipantGroup', ...toParticipantGroup(props) };
    case 'Term': {
      const term = toVocabularyTerm(str(props.id), props);
      return term ? { __typename: 'Term', ...term } : null;
    }
    case 'Excerpt':
    case 'Redirect':
    case 'AuditEntry':
      return null;
  }
}
