import { FACT_RELATIONSHIPS, Label, labelOfId, Rel } from '../db/graphModel';
import { BUILT_IN_TERMS } from '../domain/vocabularies';
import { badUserInput } from '../errors';
import type {
  DateRange,
  EventFilter,
  OrganizationFilter,
  PersonFilter,
  ProgramFilter,
  SourceFilter,
  StatementFilter,
  StringFilter,
} from '../generated/graphql';
import { runningOn } from './asOfPredicate';
import type { CypherParams } from './cypherParams';

/** Nested filters (and/or/not, hasProgram, hasParty) deeper than this are refused. */
export const MAX_FILTER_DEPTH = 6;

/** Unit hierarchies are followed at most this deep ("units of units"). */
const MAX_UNIT_DEPTH = 6;

/** Place hierarchies are followed at most this deep (district, city, province, country). */
const MAX_PLACE_DEPTH = 4;

type Compiler<F> = (filter: F, v: string, params: CypherParams, depth: number) => string[];

function combine<F extends { and?: F[] | null; or?: F[] | null; not?: F | null }>(
  compile: Compiler<F>,
  filter: F,
  v: string,
  params: CypherParams,
  depth: number,
  own: string[],
): string {
  if (depth > MAX_FILTER_DEPTH) {
    throw badUserInput(`Filters can nest at most ${MAX_FILTER_DEPTH} levels deep.`, 'filter');
  }
  const parts = [...own];
  if (filter.and?.length) {
    parts.push(...filter.and.map((f) => `(${predicate(compile, f, v, params, depth + 1)})`));
  }
  if (filter.or?.length) {
    parts.push(
      `(${filter.or.map((f) => `(${predicate(compile, f, v, params, depth + 1)})`).join(' OR ')})`,
    );
  }
  if (filter.not) parts.push(`NOT (${predicate(compile, filter.not, v, params, depth + 1)})`);
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}

function predicate<F extends { and?: F[] | null; or?: F[] | null; not?: F | null }>(
  compile: Compiler<F>,
  filter: F,
  v: string,
  params: CypherParams,
  depth: number,
): string {
  return combine(compile, filter, v, params, depth, compile(filter, v, params, depth));
}

/** Conditions of a string filter over a list of names (any name may match; case ignored). */
function names(
  filter: StringFilter | null | undefined,
  list: string,
  params: CypherParams,
): string[] {
  if (!filter) return [];
  const out: string[] = [];
  if (filter.contains)
    out.push(
      `any(x IN ${list} WHERE toLower(x) CONTAINS ${params.add(filter.contains.toLowerCase())})`,
    );
  if (filter.startsWith)
    out.push(
      `any(x IN ${list} WHERE toLower(x) STARTS WITH ${params.add(filter.startsWith.toLowerCase())})`,
    );
  if (filter.equals)
    out.push(`any(x IN ${list} WHERE toLower(x) = ${params.add(filter.equals.toLowerCase())})`);
  return out;
}

const allNames = (v: string) => `[${v}.name] + coalesce(${v}.aliases, [])`;

/** `v` is stated by the source: its evidence quotes it (every source that names it does). */
function statedBy(v: string, sourceId: string, params: CypherParams): string {
  return `any(e IN coalesce(${v}.evidence, []) WHERE e STARTS WITH ${params.add(`${sourceId}#`)})`;
}

/**
 * `v` is of the kind term: a curated term is stored on `kindTerm`, a built-in one is the plain
 * `kind` of a node without a curated term.
 */
function ofKindTerm(v: string, termId: string, params: CypherParams): string {
  const builtIn = BUILT_IN_TERMS.get(termId);
  return builtIn
    ? `(${v}.kind = ${params.add(builtIn.value)} AND ${v}.kindTerm IS NULL)`
    : `${v}.kindTerm = ${params.add(termId)}`;
}

function dateRange(
  range: DateRange | null | undefined,
  property: string,
  params: CypherParams,
): string[] {
  if (!range) return [];
  const out: string[] = [];
  if (range.from) out.push(`${property} >= date(${params.add(range.from)})`);
  if (range.to) out.push(`${property} <= date(${params.add(range.to)})`);
  return out;
}

/** `v` is in `placeId` or a place inside it. */
function inPlace(v: string, placeId: string, params: CypherParams): string {
  return `EXISTS { MATCH (${v})-[:${Rel.LOCATED_IN}]->(:${Label.Place})-[:${Rel.LOCATED_IN}*0..${MAX_PLACE_DEPTH}]->(:${Label.Place} {id: ${params.add(placeId)}}) }`;
}

const personConditions: Compiler<PersonFilter> = (f, v, params) => {
  const out = names(f.name, allNames(v), params);
  const title = f.title
    ? f.exactTitle
      ? `toLower(pos.title) = ${params.add(f.title.toLowerCase())}`
      : `toLower(pos.title) CONTAINS ${params.add(f.title.toLowerCase())}`
    : null;
  if (f.organization) {
    // With a title, the title and the organization are those of one position.
    const at =
      f.includeUnits === false
        ? `(:${Label.Organization} {id: ${params.add(f.organization)}})`
        : `(:${Label.Organization})-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(:${Label.Organization} {id: ${params.add(f.organization)}})`;
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.HOLDS_POSITION}]->(pos:${Label.Position})-[:${Rel.POSITION_AT}]->${at}${title ? ` WHERE ${title}` : ''} }`,
    );
  } else if (title) {
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.HOLDS_POSITION}]->(pos:${Label.Position}) WHERE ${title} }`,
    );
  }
  if (f.source) out.push(statedBy(v, f.source, params));
  if (f.program)
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.HAS_ROLE_IN}]->(:${Label.Program} {id: ${params.add(f.program)}}) }`,
    );
  if (f.event)
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.PARTICIPATED_IN}]->(:${Label.Event} {id: ${params.add(f.event)}}) }`,
    );
  return out;
};

const organizationConditions: Compiler<OrganizationFilter> = (f, v, params, depth) => {
  const out = names(f.name, allNames(v), params);
  if (f.kind?.length) out.push(`${v}.kind IN ${params.add(f.kind)}`);
  if (f.kindTerm) out.push(ofKindTerm(v, f.kindTerm, params));
  if (f.source) out.push(statedBy(v, f.source, params));
  if (f.unitOf) {
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.UNIT_OF}*1..${MAX_UNIT_DEPTH}]->(:${Label.Organization} {id: ${params.add(f.unitOf)}}) }`,
    );
  }
  if (f.place) out.push(inPlace(v, f.place, params));
  if (f.hasProgram) {
    const m = `${v}p`;
    out.push(
      `EXISTS { MATCH (${v})<-[:${Rel.HAS_PARTY}]-(${m}:${Label.Program}) WHERE ${predicate(programConditions, f.hasProgram, m, params, depth + 1)} }`,
    );
  }
  return out;
};

const programConditions: Compiler<ProgramFilter> = (f, v, params, depth) => {
  const out = names(f.name, allNames(v), params);
  if (f.kind?.length) out.push(`${v}.kind IN ${params.add(f.kind)}`);
  if (f.status?.length) {
    // Programs stored without a status have the status UNKNOWN.
    out.push(`coalesce(${v}.status, 'UNKNOWN') IN ${params.add(f.status)}`);
  }
  if (f.source) out.push(statedBy(v, f.source, params));
  if (f.organization) {
    const units = f.includeUnits
      ? `-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(:${Label.Organization} {id: ${params.add(f.organization)}})`
      : '';
    out.push(
      f.includeUnits
        ? `EXISTS { MATCH (${v})-[:${Rel.HAS_PARTY}]->(:${Label.Organization})${units} }`
        : `EXISTS { MATCH (${v})-[:${Rel.HAS_PARTY}]->(:${Label.Organization} {id: ${params.add(f.organization)}}) }`,
    );
  }
  if (f.person)
    out.push(
      `EXISTS { MATCH (${v})<-[:${Rel.HAS_ROLE_IN}]-(:${Label.Person} {id: ${params.add(f.person)}}) }`,
    );
  if (f.diseaseArea)
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.FOCUSES_ON}]->(:${Label.DiseaseArea} {id: ${params.add(f.diseaseArea)}}) }`,
    );
  if (f.aspect)
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.COVERS_ASPECT}]->(:${Label.CooperationAspect} {id: ${params.add(f.aspect)}}) }`,
    );
  if (f.place) out.push(inPlace(v, f.place, params));
  out.push(...dateRange(f.started, `${v}.startDate`, params));
  if (f.activeOn) out.push(runningOn(v, `date(${params.add(f.activeOn)})`));
  if (f.topLevel === true)
    out.push(`NOT EXISTS { MATCH (${v})-[:${Rel.PART_OF}]->(:${Label.Program}) }`);
  if (f.topLevel === false)
    out.push(`EXISTS { MATCH (${v})-[:${Rel.PART_OF}]->(:${Label.Program}) }`);
  if (f.hasParty) {
    const o = `${v}o`;
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.HAS_PARTY}]->(${o}:${Label.Organization}) WHERE ${predicate(organizationConditions, f.hasParty, o, params, depth + 1)} }`,
    );
  }
  return out;
};

/** The WHERE predicate of a person filter on variable `v`. */
export function compilePersonFilter(
  f: PersonFilter | null | undefined,
  v: string,
  params: CypherParams,
): string {
  return f ? predicate(personConditions, f, v, params, 1) : 'true';
}

/** The WHERE predicate of an organization filter on variable `v`. */
export function compileOrganizationFilter(
  f: OrganizationFilter | null | undefined,
  v: string,
  params: CypherParams,
): string {
  return f ? predicate(organizationConditions, f, v, params, 1) : 'true';
}

/** The WHERE predicate of a program filter on variable `v`. */
export function compileProgramFilter(
  f: ProgramFilter | null | undefined,
  v: string,
  params: CypherParams,
): string {
  return f ? predicate(programConditions, f, v, params, 1) : 'true';
}

/** The WHERE predicate of an event filter on variable `v`. */
export function compileEventFilter(
  f: EventFilter | null | undefined,
  v: string,
  params: CypherParams,
): string {
  if (!f) return 'true';
  const out = names(f.name, allNames(v), params);
  if (f.kind?.length) out.push(`${v}.kind IN ${params.add(f.kind)}`);
  out.push(...dateRange(f.date, `${v}.dateDate`, params));
  if (f.place) out.push(inPlace(v, f.place, params));
  if (f.participant)
    out.push(
      `EXISTS { MATCH (${v})<-[:${Rel.PARTICIPATED_IN}]-(:${Label.Person} {id: ${params.add(f.participant)}}) }`,
    );
  if (f.organization) {
    const org = params.add(f.organization);
    out.push(
      `(EXISTS { MATCH (${v})-[:${Rel.HOSTED_BY}]->(:${Label.Organization} {id: ${org}}) } OR EXISTS { MATCH (${v})<-[r:${Rel.PARTICIPATED_IN}]-(:${Label.Person}|${Label.ParticipantGroup}) WHERE r.onBehalfOf = ${org} })`,
    );
  }
  if (f.program) {
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.WITHIN_PROGRAM}]->(:${Label.Program} {id: ${params.add(f.program)}}) }`,
    );
  }
  if (f.source) out.push(statedBy(v, f.source, params));
  return out.length > 0 ? out.join(' AND ') : 'true';
}

/** The WHERE predicate of a statement filter on variable `v`. */
export function compileStatementFilter(
  f: StatementFilter | null | undefined,
  v: string,
  params: CypherParams,
): string {
  if (!f) return 'true';
  const out: string[] = [];
  if (f.speaker) {
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.STATED_BY}]->(:${Label.Person} {id: ${params.add(f.speaker)}}) }`,
    );
  }
  if (f.organization) {
    out.push(
      `EXISTS { MATCH (${v})-[r:${Rel.STATED_BY}]->(:${Label.Person}) WHERE r.onBehalfOf = ${params.add(f.organization)} }`,
    );
  }
  if (f.kind?.length) out.push(`${v}.kind IN ${params.add(f.kind)}`);
  if (f.kindTerm) out.push(ofKindTerm(v, f.kindTerm, params));
  if (f.about) {
    const label = labelOfId(f.about);
    out.push(
      label
        ? `EXISTS { MATCH (${v})-[:${Rel.ABOUT}]->(:${label} {id: ${params.add(f.about)}}) }`
        : 'false',
    );
  }
  if (f.source) out.push(statedBy(v, f.source, params));
  return out.length > 0 ? out.join(' AND ') : 'true';
}

/** The WHERE predicate of a source filter on variable `v`. */
export function compileSourceFilter(
  f: SourceFilter | null | undefined,
  v: string,
  params: CypherParams,
): string {
  if (!f) return 'true';
  const out = [
    ...names(f.title, `[${v}.title]`, params),
    ...names(f.publisher, `[coalesce(${v}.publisher, '')]`, params),
    ...dateRange(f.date, `${v}.dateDate`, params),
  ];
  if (f.states) {
    const label = labelOfId(f.states);
    const id = params.add(f.states);
    const quoted = (x: string) =>
      `any(e IN coalesce(${x}.evidence, []) WHERE e STARTS WITH ${v}.id + '#')`;
    out.push(
      label && label !== Label.Excerpt
        ? `EXISTS { MATCH (s:${label} {id: ${id}}) WHERE ${quoted('s')} OR EXISTS { MATCH (s)-[r:${FACT_RELATIONSHIPS.join('|')}]-() WHERE ${quoted('r')} } }`
        : 'false',
    );
  }
  return out.length > 0 ? out.join(' AND ') : 'true';
}
