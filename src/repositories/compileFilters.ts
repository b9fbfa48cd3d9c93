import { FACT_RELATIONSHIPS, Label, labelOfId, Rel } from '../db/labelsAndTypes';
import { FILTER_DEPTH_CEILING } from '../domain/inputLimits';
import { BUILT_IN_TERMS } from '../domain/vocabularies';
import { badUserInput, ErrorCode, userError } from '../errors';
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
import { CypherParams, isGivenId } from './cypherParams';

/**
 * Parameters of a statement with a filter, and a count of the filter's conditions: Neo4j plans
 * each condition (most are subqueries) before it runs anything, and planning cannot be
 * cancelled, so a filter compiles to at most `maxConditions` of them (MAX_FILTER_CONDITIONS).
 */
export class FilterParams extends CypherParams {
  private conditions = 0;

  constructor(readonly maxConditions: number) {
    super();
  }

  /** Counts `n` more conditions; refuses the filter past the maximum. */
  count(n: number): void {
    this.conditions += n;
    if (this.conditions > this.maxConditions) {
      throw userError(
        ErrorCode.BAD_USER_INPUT,
        `The filter has more than ${this.maxConditions} conditions (MAX_FILTER_CONDITIONS), counting each \`or\` list of one kind of condition (names, ids, kinds) as one; use fewer.`,
        { argument: 'filter', limit: 'MAX_FILTER_CONDITIONS', maximum: this.maxConditions },
      );
    }
  }
}

/**
 * The longest WHERE predicate a filter may compile to, in characters. The input limits
 * (MAX_INPUT_VALUES, MAX_INPUT_LIST_ITEMS, MAX_FILTER_DEPTH) keep filters far below it; it bounds
 * what Neo4j has to plan whatever they are set to.
 */
export const MAX_FILTER_CYPHER_LENGTH = 40_000;

/** Unit hierarchies are followed at most this deep ("units of units"). */
const MAX_UNIT_DEPTH = 6;

/** Place hierarchies are followed at most this deep (district, city, province, country). */
const MAX_PLACE_DEPTH = 4;

type Compiler<F> = (filter: F, v: string, params: FilterParams, depth: number) => string[];

/**
 * A condition on a linked node's id: the Cypher that holds when `v` is linked to a node whose
 * `id` passes `test` (`= $p0` for one id, `IN $p0` for any of several).
 */
type IdCondition = (v: string, test: string) => string;

/**
 * How the `or` items that each hold a single condition of the same kind are merged into one
 * condition over a list parameter: a thousand `{ name: { contains: "…" } }` become one
 * `any(…)`, not a thousand branches for Neo4j to plan. Each kind names the filter field and says
 * how to read its value (null: the item is not of this kind) and how to test a list of them.
 */
interface Mergeable<F> {
  /** The item's value when this condition is its only one, else null. */
  valueOf: (item: F) => string[] | null;
  /** The condition that holds when any of `values` would hold. */
  anyOf: (values: string[], v: string, params: FilterParams) => string;
}

/** The keys of a filter item that are set (null, undefined and empty lists are not). */
function setKeys(item: object): string[] {
  return Object.entries(item)
    .filter(([, value]) => value !== null && value !== undefined)
    .filter(([, value]) => !Array.isArray(value) || value.length > 0)
    .map(([key]) => key);
}

/** `item`'s only condition when it is `key` (nothing else set), else undefined. */
function only<F extends object>(item: F, key: keyof F & string): unknown {
  const keys = setKeys(item);
  return keys.length === 1 && keys[0] === key ? item[key] : undefined;
}

/** Mergeable id references (`organization: "org/ahmu"`). */
function idReference<F extends object>(
  key: keyof F & string,
  condition: IdCondition,
): Mergeable<F> {
  return {
    valueOf: (item) => {
      const value = only(item, key);
      // A StatementValue stays itself, so `params.add` writes its expression.
      return isGivenId(value) ? [value as string] : null;
    },
    anyOf: (ids, v, params) => condition(v, `IN ${params.add(ids)}`),
  };
}

/** Mergeable enum lists (`kind: [HOSPITAL]`): any of them is their union. */
function enumList<F extends object>(key: keyof F & string, property: string): Mergeable<F> {
  return {
    valueOf: (item) => {
      const value = only(item, key);
      return Array.isArray(value) ? value.map(String) : null;
    },
    anyOf: (values, v, params) => `${v}.${property} IN ${params.add(values)}`,
  };
}

/**
 * `v` is stated by one of the sources (`prefixes` is the parameter of their ids followed by
 * `#`): its evidence quotes it, as every source that names it does.
 */
const statedByAny = (v: string, prefixes: string) =>
  `any(e IN coalesce(${v}.evidence, []) WHERE any(s IN ${prefixes} WHERE e STARTS WITH s))`;

/** `v` is stated by the source `sourceId`. */
const statedBy = (v: string, sourceId: string, params: FilterParams) =>
  statedByAny(v, params.add([`${sourceId}#`]));

/** Mergeable source filters (`source: "source/x"`): stated by any of them. */
function sourceReference<F extends { source?: string | null }>(): Mergeable<F> {
  return {
    valueOf: (item) => {
      const value = only(item, 'source');
      return typeof value === 'string' && value !== '' ? [`${value}#`] : null;
    },
    anyOf: (prefixes, v, params) => statedByAny(v, params.add(prefixes)),
  };
}

/** Programs stored without a status have the status UNKNOWN. */
const programStatusIn = (v: string, statuses: string) =>
  `coalesce(${v}.status, 'UNKNOWN') IN ${statuses}`;

/**
 * `v` is of the kind term: a curated term is stored on `kindTerm`, a built-in one is the plain
 * `kind` of a node without a curated term.
 */
function ofKindTerm(v: string, termId: string, params: FilterParams): string {
  // By its text: an id the planner reads through redirects is a `StatementValue` object.
  const builtIn = BUILT_IN_TERMS.get(String(termId));
  return builtIn
    ? `(${v}.kind = ${params.add(builtIn.value)} AND ${v}.kindTerm IS NULL)`
    : `${v}.kindTerm = ${params.add(termId)}`;
}

type StringOperation = 'contains' | 'startsWith' | 'equals';

/** Mergeable name conditions with one string operation (`name: { contains: "x" }`). */
function nameOperation<F extends { name?: StringFilter | null }>(
  operation: StringOperation,
): Mergeable<F> {
  return {
    valueOf: (item) => {
      const name = only(item, 'name') as StringFilter | undefined;
      if (!name) return null;
      const keys = setKeys(name);
      const value = name[operation];
      return keys.length === 1 && keys[0] === operation && value ? [value.toLowerCase()] : null;
    },
    anyOf: (values, v, params) => {
      const list = params.add(values);
      const names = allNames(v);
      if (operation === 'equals') return `any(x IN ${names} WHERE toLower(x) IN ${list})`;
      const op = operation === 'contains' ? 'CONTAINS' : 'STARTS WITH';
      return `any(x IN ${names} WHERE any(q IN ${list} WHERE toLower(x) ${op} q))`;
    },
  };
}

const nameOperations = <F extends { name?: StringFilter | null }>(): Mergeable<F>[] => [
  nameOperation<F>('contains'),
  nameOperation<F>('startsWith'),
  nameOperation<F>('equals'),
];

interface Combinable<F> {
  and?: F[] | null;
  or?: F[] | null;
  not?: F | null;
}

/**
 * The `or` items as conditions: items of one mergeable kind merged (two or more of a kind become
 * one condition over a list), the others compiled one by one.
 */
function orBranches<F extends Combinable<F>>(
  compile: Compiler<F>,
  mergeable: Mergeable<F>[],
  items: F[],
  v: string,
  params: FilterParams,
  depth: number,
): string[] {
  const groups = mergeable.map(() => [] as string[]);
  const counts = mergeable.map(() => 0);
  const rest: F[] = [];
  for (const item of items) {
    const kind = mergeable.findIndex((m) => m.valueOf(item) !== null);
    if (kind < 0) {
      rest.push(item);
      continue;
    }
    groups[kind]?.push(...(mergeable[kind]?.valueOf(item) ?? []));
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  const branches: string[] = [];
  mergeable.forEach((kind, i) => {
    const values = [...new Set(groups[i])];
    if ((counts[i] ?? 0) > 0) {
      params.count(1);
      branches.push(kind.anyOf(values, v, params));
    }
  });
  for (const item of rest) branches.push(predicate(compile, mergeable, item, v, params, depth));
  return branches;
}

function predicate<F extends Combinable<F>>(
  compile: Compiler<F>,
  mergeable: Mergeable<F>[],
  filter: F,
  v: string,
  params: FilterParams,
  depth: number,
): string {
  if (depth > FILTER_DEPTH_CEILING) {
    throw badUserInput(`Filters can nest at most ${FILTER_DEPTH_CEILING} levels deep.`, 'filter');
  }
  const parts = compile(filter, v, params, depth);
  params.count(parts.length);
  if (filter.and?.length) {
    parts.push(
      ...filter.and.map((f) => `(${predicate(compile, mergeable, f, v, params, depth + 1)})`),
    );
  }
  if (filter.or?.length) {
    const branches = orBranches(compile, mergeable, filter.or, v, params, depth + 1);
    parts.push(`(${branches.map((branch) => `(${branch})`).join(' OR ')})`);
  }
  if (filter.not) {
    parts.push(`NOT (${predicate(compile, mergeable, filter.not, v, params, depth + 1)})`);
  }
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}

/** Refuses a predicate past `MAX_FILTER_CYPHER_LENGTH`, before Neo4j sees it. */
function bounded(where: string): string {
  if (where.length > MAX_FILTER_CYPHER_LENGTH) {
    throw badUserInput(
      `The filter is too complex: it compiles to ${where.length} characters of Cypher, at most ${MAX_FILTER_CYPHER_LENGTH}; use fewer conditions.`,
      'filter',
    );
  }
  return where;
}

/** Conditions of a string filter over a list of names (any name may match; case ignored). */
function names(
  filter: StringFilter | null | undefined,
  list: string,
  params: FilterParams,
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

function dateRange(
  range: DateRange | null | undefined,
  property: string,
  params: FilterParams,
): string[] {
  if (!range) return [];
  const out: string[] = [];
  if (range.from) out.push(`${property} >= date(${params.add(range.from)})`);
  if (range.to) out.push(`${property} <= date(${params.add(range.to)})`);
  return out;
}

/** `v` is in a place whose id passes the test, or in a place inside it. */
const inPlace: IdCondition = (v, test) =>
  `EXISTS { MATCH (${v})-[:${Rel.LOCATED_IN}]->(:${Label.Place})-[:${Rel.LOCATED_IN}*0..${MAX_PLACE_DEPTH}]->(${v}t:${Label.Place}) WHERE ${v}t.id ${test} }`;

const PERSON_REFS = {
  organization: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.HOLDS_POSITION}]->(:${Label.Position})-[:${Rel.POSITION_AT}]->(:${Label.Organization})-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(${v}t:${Label.Organization}) WHERE ${v}t.id ${test} }`,
  program: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.HAS_ROLE_IN}]->(${v}t:${Label.Program}) WHERE ${v}t.id ${test} }`,
  event: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.PARTICIPATED_IN}]->(${v}t:${Label.Event}) WHERE ${v}t.id ${test} }`,
} satisfies Record<string, IdCondition>;

/** People holding a position whose title contains any of `titles` (lower case). */
const personTitle = (v: string, titles: string) =>
  `EXISTS { MATCH (${v})-[:${Rel.HOLDS_POSITION}]->(pos:${Label.Position}) WHERE any(q IN ${titles} WHERE toLower(pos.title) CONTAINS q) }`;

const ORGANIZATION_REFS = {
  unitOf: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.UNIT_OF}*1..${MAX_UNIT_DEPTH}]->(${v}t:${Label.Organization}) WHERE ${v}t.id ${test} }`,
  place: inPlace,
} satisfies Record<string, IdCondition>;

const PROGRAM_REFS = {
  organization: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.HAS_PARTY}]->(${v}t:${Label.Organization}) WHERE ${v}t.id ${test} }`,
  person: (v, test) =>
    `EXISTS { MATCH (${v})<-[:${Rel.HAS_ROLE_IN}]-(${v}t:${Label.Person}) WHERE ${v}t.id ${test} }`,
  diseaseArea: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.FOCUSES_ON}]->(${v}t:${Label.DiseaseArea}) WHERE ${v}t.id ${test} }`,
  aspect: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.COVERS_ASPECT}]->(${v}t:${Label.CooperationAspect}) WHERE ${v}t.id ${test} }`,
  place: inPlace,
} satisfies Record<string, IdCondition>;

/** A program's party, or a unit of its party (units of units, …), passes the test. */
const programOrganizationOrUnit: IdCondition = (v, test) =>
  `EXISTS { MATCH (${v})-[:${Rel.HAS_PARTY}]->(:${Label.Organization})-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(${v}t:${Label.Organization}) WHERE ${v}t.id ${test} }`;

/** The conditions of the filter fields that name an id, each on its own parameter. */
function idConditions<F extends object>(
  filter: F,
  refs: Partial<Record<keyof F & string, IdCondition>>,
  v: string,
  params: FilterParams,
): string[] {
  const out: string[] = [];
  for (const [key, condition] of Object.entries(refs) as [keyof F & string, IdCondition][]) {
    const id = filter[key];
    if (isGivenId(id)) out.push(condition(v, `= ${params.add(id)}`));
  }
  return out;
}

const personConditions: Compiler<PersonFilter> = (f, v, params) => {
  const out = names(f.name, allNames(v), params);
  const pos = `${v}pos`;
  const title = f.title
    ? f.exactTitle
      ? `toLower(${pos}.title) = ${params.add(f.title.toLowerCase())}`
      : `toLower(${pos}.title) CONTAINS ${params.add(f.title.toLowerCase())}`
    : null;
  const { organization, ...others } = PERSON_REFS;
  if (f.organization && (title || f.includeUnits === false)) {
    // With a title, the title and the organization are those of one position; without units,
    // the position is at the organization itself.
    const org = `${v}t`;
    const at =
      f.includeUnits === false
        ? `(${org}:${Label.Organization})`
        : `(:${Label.Organization})-[:${Rel.UNIT_OF}*0..${MAX_UNIT_DEPTH}]->(${org}:${Label.Organization})`;
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.HOLDS_POSITION}]->(${pos}:${Label.Position})-[:${Rel.POSITION_AT}]->${at} WHERE ${org}.id = ${params.add(f.organization)}${title ? ` AND ${title}` : ''} }`,
    );
  } else {
    if (f.organization) out.push(organization(v, `= ${params.add(f.organization)}`));
    if (title) {
      out.push(
        `EXISTS { MATCH (${v})-[:${Rel.HOLDS_POSITION}]->(${pos}:${Label.Position}) WHERE ${title} }`,
      );
    }
  }
  out.push(...idConditions(f, others, v, params));
  if (f.source) out.push(statedBy(v, f.source, params));
  return out;
};

const PERSON_MERGEABLE: Mergeable<PersonFilter>[] = [
  ...nameOperations<PersonFilter>(),
  idReference('organization', PERSON_REFS.organization),
  idReference('program', PERSON_REFS.program),
  idReference('event', PERSON_REFS.event),
  sourceReference<PersonFilter>(),
  {
    valueOf: (item) => {
      const title = only(item, 'title');
      return typeof title === 'string' && title !== '' ? [title.toLowerCase()] : null;
    },
    anyOf: (titles, v, params) => personTitle(v, params.add(titles)),
  },
];

const organizationConditions: Compiler<OrganizationFilter> = (f, v, params, depth) => {
  const out = names(f.name, allNames(v), params);
  if (f.kind?.length) out.push(`${v}.kind IN ${params.add(f.kind)}`);
  if (f.kindTerm) out.push(ofKindTerm(v, f.kindTerm, params));
  if (f.source) out.push(statedBy(v, f.source, params));
  out.push(...idConditions(f, ORGANIZATION_REFS, v, params));
  if (f.hasProgram) {
    const m = `${v}p`;
    out.push(
      `EXISTS { MATCH (${v})<-[:${Rel.HAS_PARTY}]-(${m}:${Label.Program}) WHERE ${predicate(programConditions, PROGRAM_MERGEABLE, f.hasProgram, m, params, depth + 1)} }`,
    );
  }
  return out;
};

const ORGANIZATION_MERGEABLE: Mergeable<OrganizationFilter>[] = [
  ...nameOperations<OrganizationFilter>(),
  enumList('kind', 'kind'),
  idReference('unitOf', ORGANIZATION_REFS.unitOf),
  idReference('place', ORGANIZATION_REFS.place),
  sourceReference<OrganizationFilter>(),
];

const programConditions: Compiler<ProgramFilter> = (f, v, params, depth) => {
  const out = names(f.name, allNames(v), params);
  if (f.kind?.length) out.push(`${v}.kind IN ${params.add(f.kind)}`);
  if (f.status?.length) out.push(programStatusIn(v, params.add(f.status)));
  if (f.source) out.push(statedBy(v, f.source, params));
  const { organization, ...others } = PROGRAM_REFS;
  if (f.organization) {
    const test = `= ${params.add(f.organization)}`;
    out.push(f.includeUnits ? programOrganizationOrUnit(v, test) : organization(v, test));
  }
  out.push(...idConditions(f, others, v, params));
  out.push(...dateRange(f.started, `${v}.startDate`, params));
  if (f.activeOn) out.push(runningOn(v, `date(${params.add(f.activeOn)})`));
  if (f.topLevel === true)
    out.push(`NOT EXISTS { MATCH (${v})-[:${Rel.PART_OF}]->(:${Label.Program}) }`);
  if (f.topLevel === false)
    out.push(`EXISTS { MATCH (${v})-[:${Rel.PART_OF}]->(:${Label.Program}) }`);
  if (f.hasParty) {
    const o = `${v}o`;
    out.push(
      `EXISTS { MATCH (${v})-[:${Rel.HAS_PARTY}]->(${o}:${Label.Organization}) WHERE ${predicate(organizationConditions, ORGANIZATION_MERGEABLE, f.hasParty, o, params, depth + 1)} }`,
    );
  }
  return out;
};

const PROGRAM_MERGEABLE: Mergeable<ProgramFilter>[] = [
  ...nameOperations<ProgramFilter>(),
  enumList('kind', 'kind'),
  {
    valueOf: (item) => {
      const value = only(item, 'status');
      return Array.isArray(value) ? value.map(String) : null;
    },
    anyOf: (statuses, v, params) => programStatusIn(v, params.add(statuses)),
  },
  idReference('organization', PROGRAM_REFS.organization),
  idReference('person', PROGRAM_REFS.person),
  idReference('diseaseArea', PROGRAM_REFS.diseaseArea),
  idReference('aspect', PROGRAM_REFS.aspect),
  idReference('place', PROGRAM_REFS.place),
  sourceReference<ProgramFilter>(),
];

/** The WHERE predicate of a person filter on variable `v`. */
export function compilePersonFilter(
  f: PersonFilter | null | undefined,
  v: string,
  params: FilterParams,
): string {
  return f ? bounded(predicate(personConditions, PERSON_MERGEABLE, f, v, params, 1)) : 'true';
}

/** The WHERE predicate of an organization filter on variable `v`. */
export function compileOrganizationFilter(
  f: OrganizationFilter | null | undefined,
  v: string,
  params: FilterParams,
): string {
  return f
    ? bounded(predicate(organizationConditions, ORGANIZATION_MERGEABLE, f, v, params, 1))
    : 'true';
}

/** The WHERE predicate of a program filter on variable `v`. */
export function compileProgramFilter(
  f: ProgramFilter | null | undefined,
  v: string,
  params: FilterParams,
): string {
  return f ? bounded(predicate(programConditions, PROGRAM_MERGEABLE, f, v, params, 1)) : 'true';
}

/**
 * Refuses a program filter that compiles past `maxConditions` conditions or the statement size
 * (BAD_USER_INPUT naming the limit), as running it would; for a filter used by several
 * statements, checked once before any of them runs.
 */
export function checkProgramFilter(f: ProgramFilter, maxConditions: number): void {
  checkFilter(compileProgramFilter, f, maxConditions);
}

/**
 * Refuses a filter that compiles past `maxConditions` conditions or the statement size, before
 * anything reads the database for it (the redirects of the ids it names, say).
 */
export function checkFilter<F>(
  compile: (f: F | null | undefined, v: string, params: FilterParams) => string,
  f: F | null | undefined,
  maxConditions: number,
): void {
  compile(f, 'n', new FilterParams(maxConditions));
}

const EVENT_REFS = {
  place: inPlace,
  participant: (v, test) =>
    `EXISTS { MATCH (${v})<-[:${Rel.PARTICIPATED_IN}]-(${v}t:${Label.Person}) WHERE ${v}t.id ${test} }`,
  program: (v, test) =>
    `EXISTS { MATCH (${v})-[:${Rel.WITHIN_PROGRAM}]->(${v}t:${Label.Program}) WHERE ${v}t.id ${test} }`,
} satisfies Record<string, IdCondition>;

/** The WHERE predicate of an event filter on variable `v`. */
export function compileEventFilter(
  f: EventFilter | null | undefined,
  v: string,
  params: FilterParams,
): string {
  if (!f) return 'true';
  const out = names(f.name, allNames(v), params);
  if (f.kind?.length) out.push(`${v}.kind IN ${params.add(f.kind)}`);
  out.push(...dateRange(f.date, `${v}.dateDate`, params));
  out.push(...idConditions(f, EVENT_REFS, v, params));
  if (f.organization) {
    const org = params.add(f.organization);
    out.push(
      `(EXISTS { MATCH (${v})-[:${Rel.HOSTED_BY}]->(:${Label.Organization} {id: ${org}}) } OR EXISTS { MATCH (${v})<-[r:${Rel.PARTICIPATED_IN}]-(:${Label.Person}|${Label.ParticipantGroup}) WHERE r.onBehalfOf = ${org} })`,
    );
  }
  if (f.source) out.push(statedBy(v, f.source, params));
  params.count(out.length);
  return out.length > 0 ? out.join(' AND ') : 'true';
}

/** The WHERE predicate of a statement filter on variable `v`. */
export function compileStatementFilter(
  f: StatementFilter | null | undefined,
  v: string,
  params: FilterParams,
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
  params.count(out.length);
  return out.length > 0 ? out.join(' AND ') : 'true';
}

/** The WHERE predicate of a source filter on variable `v`. */
export function compileSourceFilter(
  f: SourceFilter | null | undefined,
  v: string,
  params: FilterParams,
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
  params.count(out.length);
  return out.length > 0 ? out.join(' AND ') : 'true';
}
