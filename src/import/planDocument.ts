import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

import { excerptId, ID_PREFIX, Label, labelOfId, Rel } from '../db/graphModel';
import { MAX_ID_LENGTH } from '../domain/inputLimits';
import type { DocumentProblem } from './documentInvalidError';
import { DocumentInvalidError } from './documentInvalidError';
import type { AlternativeNameInput, Excerpt, ParsedDocument } from './documentSchema';
import { DocumentSchema } from './documentSchema';
import type { EntityDirectory } from './entityDirectory';
import type {
  ExcerptRecord,
  ImportPlan,
  NameSet,
  NodeUpsert,
  RelationshipUpsert,
  ResolvedAlias,
} from './importPlan';
import { locateExcerpt } from './locateExcerpt';
import { normalizeName } from './normalizeName';
import { parsePartialDate } from './partialDate';

export interface PlanOptions {
  /** Name of the document in messages (its file path, or `input`). */
  file: string;
  /** What is already in the graph, for references to entities of other documents. */
  directory: EntityDirectory;
  /** Reads `source.textFile` (relative to the document); absent where only inline text is allowed. */
  readTextFile?: (path: string) => string | null;
}

const NOUN: Record<Label, string> = {
  Person: 'person',
  Organization: 'organization',
  Program: 'program',
  Event: 'event',
  Place: 'place',
  Source: 'source',
  DiseaseArea: 'disease area',
  CooperationAspect: 'cooperation aspect',
  Position: 'position',
  Excerpt: 'excerpt',
  Redirect: 'redirect',
  AuditEntry: 'audit entry',
};

/** "an organization", "a person": the noun with its indefinite article. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A reference written in the document, to be resolved to an id. */
interface Endpoint {
  label: Label;
  ref: string;
  path: string;
}

interface RelationshipDraft {
  type: Rel;
  from: Endpoint;
  to: Endpoint;
  key: Record<string, string>;
  props: Record<string, string | null>;
  onBehalfOf: Endpoint | null;
  evidenceIds: string[];
  path: string;
}

interface PositionDraft {
  id: string | undefined;
  person: Endpoint;
  organization: Endpoint;
  title: string;
  dates: Record<string, string>;
  precisions: Record<string, string>;
  evidenceIds: string[];
  path: string;
}

/**
 * Validates a document (schema, dates, excerpts, ids, references) and resolves it into the
 * writes it stands for. Throws `DocumentInvalidError` listing every problem; reads the graph
 * only through `directory`, writes nothing.
 */
export async function planDocument(input: unknown, options: PlanOptions): Promise<ImportPlan> {
  const parsed = DocumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new DocumentInvalidError(options.file, zodProblems(parsed.error));
  }
  const planner = new Planner(parsed.data, options);
  return planner.plan();
}

class Planner {
  private readonly problems: DocumentProblem[] = [];
  private readonly excerpts = new Map<string, ExcerptRecord>();
  private readonly defined = new Map<Label, Map<string, { path: string; keys: string[] }>>();
  private readonly nodes: NodeUpsert[] = [];
  private readonly drafts: RelationshipDraft[] = [];
  private readonly positions: PositionDraft[] = [];
  private readonly resolved = new Map<string, string>();
  private readonly resolvedAliases: ResolvedAlias[] = [];
  private sourceText = '';

  constructor(
    private readonly doc: ParsedDocument,
    private readonly options: PlanOptions,
  ) {}

  async plan(): Promise<ImportPlan> {
    const source = this.planSource();
    // Without the text, every excerpt would also be reported missing: stop at the real problem.
    this.fail();
    this.planEntities();
    this.fail();
    await this.resolveReferences();
    this.fail();
    const relationships = this.buildRelationships();
    this.fail();
    return {
      source,
      excerpts: [...this.excerpts.values()],
      nodes: this.nodes,
      relationships,
      resolvedAliases: this.resolvedAliases,
    };
  }

  private fail(): void {
    if (this.problems.length > 0) throw new DocumentInvalidError(this.options.file, this.problems);
  }

  private problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  private planSource(): NodeUpsert {
    const source = this.doc.source;
    if (source.textFile !== undefined) {
      const text = this.options.readTextFile?.(source.textFile) ?? null;
      if (text === null) {
        this.problem(
          'source.textFile',
          this.options.readTextFile
            ? `cannot read "${source.textFile}" (relative to the document)`
            : 'a text file cannot be read here: give the source text inline as "text"',
        );
      } else {
        this.sourceText = text;
      }
    } else {
      this.sourceText = source.text ?? '';
    }
    const { dates, precisions } = this.dates({ date: source.date }, 'source');
    return {
      label: Label.Source,
      id: source.id,
      props: {
        title: source.title,
        kind: source.kind,
        publisher: source.publisher ?? null,
        url: source.url ?? null,
        language: source.language ?? null,
        text: this.sourceText,
        ...precisions,
      },
      dates,
      names: { entries: [], values: [], matchKeys: [] },
      evidenceIds: [],
      path: 'source',
    };
  }

  private planEntities(): void {
    const doc = this.doc;
    doc.places.forEach((place, i) => {
      const path = `places[${i}]`;
      this.defineNode(Label.Place, place, path, { kind: place.kind });
      if (place.within) {
        this.relate(Rel.LOCATED_IN, self(Label.Place, place.id, path), {
          to: { label: Label.Place, ref: place.within.place, path: `${path}.within.place` },
          evidence: place.within.evidence,
          path: `${path}.within`,
        });
      }
    });
    doc.organizations.forEach((org, i) => {
      const path = `organizations[${i}]`;
      this.defineNode(
        Label.Organization,
        org,
        path,
        {
          kind: org.kind,
          acronym: org.acronym ?? null,
          rorId: org.rorId ?? null,
          wikidataId: org.wikidataId ?? null,
        },
        org.acronym,
      );
      const me = self(Label.Organization, org.id, path);
      if (org.unitOf) {
        this.relate(Rel.UNIT_OF, me, {
          to: ref(Label.Organization, org.unitOf.organization, `${path}.unitOf.organization`),
          props: { relation: org.unitOf.relation },
          evidence: org.unitOf.evidence,
          path: `${path}.unitOf`,
        });
      }
      this.placeLinks(me, org.locatedIn, `${path}.locatedIn`);
    });
    doc.people.forEach((person, i) => {
      this.defineNode(Label.Person, person, `people[${i}]`, {
        honorific: person.honorific ?? null,
        wikidataId: person.wikidataId ?? null,
      });
    });
    doc.diseaseAreas.forEach((area, i) =>
      this.defineNode(Label.DiseaseArea, area, `diseaseAreas[${i}]`, {}),
    );
    doc.aspects.forEach((aspect, i) =>
      this.defineNode(Label.CooperationAspect, aspect, `aspects[${i}]`, {}),
    );
    doc.positions.forEach((position, i) => {
      const path = `positions[${i}]`;
      const { dates, precisions } = this.dates(
        { start: position.start, end: position.end, attested: position.attestedOn },
        path,
      );
      this.checkOrder(position.start, position.end, path);
      this.positions.push({
        id: position.id,
        person: ref(Label.Person, position.person, `${path}.person`),
        organization: ref(Label.Organization, position.organization, `${path}.organization`),
        title: position.title,
        dates,
        precisions,
        evidenceIds: this.evidence(position.evidence, `${path}.evidence`),
        path,
      });
    });
    doc.programs.forEach((program, i) => this.planProgram(program, `programs[${i}]`));
    doc.events.forEach((event, i) => this.planEvent(event, `events[${i}]`));
  }

  private planProgram(program: ParsedDocument['programs'][number], path: string): void {
    const { dates, precisions } = this.dates({ start: program.start, end: program.end }, path);
    this.checkOrder(program.start, program.end, path);
    this.defineNode(
      Label.Program,
      program,
      path,
      {
        kind: program.kind,
        status: program.status,
        description: program.description ?? null,
        principle: program.principle ?? null,
        ...precisions,
      },
      undefined,
      dates,
    );
    const me = self(Label.Program, program.id, path);
    if (program.partOf) {
      this.relate(Rel.PART_OF, me, {
        to: ref(Label.Program, program.partOf.program, `${path}.partOf.program`),
        evidence: program.partOf.evidence,
        path: `${path}.partOf`,
      });
    }
    program.parties?.forEach((party, j) => {
      const at = `${path}.parties[${j}]`;
      this.relate(Rel.HAS_PARTY, me, {
        to: ref(Label.Organization, party.organization, `${at}.organization`),
        key: { role: party.role },
        evidence: party.evidence,
        path: at,
      });
    });
    program.people?.forEach((person, j) => {
      const at = `${path}.people[${j}]`;
      this.relate(Rel.HAS_ROLE_IN, ref(Label.Person, person.person, `${at}.person`), {
        to: me,
        key: { role: person.role },
        onBehalfOf: person.onBehalfOf
          ? ref(Label.Organization, person.onBehalfOf, `${at}.onBehalfOf`)
          : null,
        evidence: person.evidence,
        path: at,
      });
    });
    program.diseaseAreas?.forEach((area, j) => {
      const at = `${path}.diseaseAreas[${j}]`;
      this.relate(Rel.FOCUSES_ON, me, {
        to: ref(Label.DiseaseArea, area.area, `${at}.area`),
        props: { wording: area.wording ?? null },
        evidence: area.evidence,
        path: at,
      });
    });
    program.aspects?.forEach((aspect, j) => {
      const at = `${path}.aspects[${j}]`;
      this.relate(Rel.COVERS_ASPECT, me, {
        to: ref(Label.CooperationAspect, aspect.aspect, `${at}.aspect`),
        props: { wording: aspect.wording ?? null },
        evidence: aspect.evidence,
        path: at,
      });
    });
    this.placeLinks(me, program.places, `${path}.places`);
  }

  private planEvent(event: ParsedDocument['events'][number], path: string): void {
    const { dates, precisions } = this.dates({ date: event.date }, path);
    this.defineNode(
      Label.Event,
      event,
      path,
      { kind: event.kind, description: event.description ?? null, ...precisions },
      undefined,
      dates,
    );
    const me = self(Label.Event, event.id, path);
    if (event.partOf) {
      this.relate(Rel.PART_OF, me, {
        to: ref(Label.Event, event.partOf.event, `${path}.partOf.event`),
        evidence: event.partOf.evidence,
        path: `${path}.partOf`,
      });
    }
    this.placeLinks(me, event.places, `${path}.places`);
    const orgLinks = [
      [Rel.HOSTED_BY, event.hosts, 'hosts'],
      [Rel.VISITED, event.visited, 'visited'],
    ] as const;
    for (const [type, links, field] of orgLinks) {
      links?.forEach((link, j) => {
        const at = `${path}.${field}[${j}]`;
        this.relate(type, me, {
          to: ref(Label.Organization, link.organization, `${at}.organization`),
          evidence: link.evidence,
          path: at,
        });
      });
    }
    event.participants?.forEach((participant, j) => {
      const at = `${path}.participants[${j}]`;
      this.relate(Rel.PARTICIPATED_IN, ref(Label.Person, participant.person, `${at}.person`), {
        to: me,
        key: { role: participant.role },
        onBehalfOf: participant.onBehalfOf
          ? ref(Label.Organization, participant.onBehalfOf, `${at}.onBehalfOf`)
          : null,
        evidence: participant.evidence,
        path: at,
      });
    });
    event.produced?.forEach((produced, j) => {
      const at = `${path}.produced[${j}]`;
      this.relate(Rel.PRODUCED, me, {
        to: ref(Label.Program, produced.program, `${at}.program`),
        evidence: produced.evidence,
        path: at,
      });
    });
  }

  private placeLinks(
    from: Endpoint,
    links: { place: string; evidence: Excerpt[] }[] | undefined,
    path: string,
  ): void {
    links?.forEach((link, j) => {
      this.relate(Rel.LOCATED_IN, from, {
        to: ref(Label.Place, link.place, `${path}[${j}].place`),
        evidence: link.evidence,
        path: `${path}[${j}]`,
      });
    });
  }

  private defineNode(
    label: Label,
    entity: { id: string; name: string; aliases?: AlternativeNameInput[]; evidence: Excerpt[] },
    path: string,
    props: Record<string, string | null>,
    acronym?: string,
    dates: Record<string, string> = {},
  ): void {
    const definitions =
      this.defined.get(label) ?? new Map<string, { path: string; keys: string[] }>();
    this.defined.set(label, definitions);
    const earlier = definitions.get(entity.id);
    if (earlier) {
      this.problem(`${path}.id`, `duplicate id "${entity.id}": already defined at ${earlier.path}`);
      return;
    }
    const names = encodeNames(entity.name, entity.aliases ?? [], acronym);
    definitions.set(entity.id, { path, keys: names.matchKeys });
    this.nodes.push({
      label,
      id: entity.id,
      props: { name: entity.name, ...props },
      dates,
      names,
      evidenceIds: this.evidence(entity.evidence, `${path}.evidence`),
      path,
    });
  }

  private relate(
    type: Rel,
    from: Endpoint,
    fact: {
      to: Endpoint;
      key?: Record<string, string>;
      props?: Record<string, string | null>;
      onBehalfOf?: Endpoint | null;
      evidence: Excerpt[];
      path: string;
    },
  ): void {
    this.drafts.push({
      type,
      from,
      to: fact.to,
      key: fact.key ?? {},
      props: fact.props ?? {},
      onBehalfOf: fact.onBehalfOf ?? null,
      evidenceIds: this.evidence(fact.evidence, `${fact.path}.evidence`),
      path: fact.path,
    });
  }

  /** Locates each excerpt in the source text; returns their ids. */
  private evidence(excerpts: Excerpt[], path: string): string[] {
    const ids: string[] = [];
    excerpts.forEach((excerpt, i) => {
      const quote = typeof excerpt === 'string' ? excerpt : excerpt.quote;
      const occurrence = typeof excerpt === 'string' ? 1 : (excerpt.occurrence ?? 1);
      const found = locateExcerpt(this.sourceText, quote, occurrence);
      if (!found) {
        this.problem(
          `${path}[${i}]`,
          occurrence === 1
            ? `excerpt not found verbatim in the source text: "${clip(quote)}"`
            : `excerpt does not occur ${occurrence} times in the source text: "${clip(quote)}"`,
        );
        return;
      }
      const id = excerptId(this.doc.source.id, found.start, found.end);
      this.excerpts.set(id, { id, sourceId: this.doc.source.id, text: quote, ...found });
      if (!ids.includes(id)) ids.push(id);
    });
    return ids;
  }

  /** Validates date fields; returns the stored first days and precisions (`<field>Precision`). */
  private dates(
    fields: Record<string, string | undefined>,
    path: string,
  ): { dates: Record<string, string>; precisions: Record<string, string> } {
    const dates: Record<string, string> = {};
    const precisions: Record<string, string> = {};
    for (const [field, text] of Object.entries(fields)) {
      if (text === undefined) continue;
      const parsed = parsePartialDate(text);
      if (!parsed) {
        this.problem(
          `${path}.${field === 'attested' ? 'attestedOn' : field}`,
          `"${text}" is not a calendar date`,
        );
        continue;
      }
      dates[`${field}Date`] = parsed.earliest;
      precisions[`${field}Precision`] = parsed.precision;
    }
    return { dates, precisions };
  }

  private checkOrder(start: string | undefined, end: string | undefined, path: string): void {
    const from = start ? parsePartialDate(start) : null;
    const to = end ? parsePartialDate(end) : null;
    if (from && to && to.latest < from.earliest) {
      this.problem(`${path}.end`, `ends (${end}) before it starts (${start ?? ''})`);
    }
  }

  private endpoints(): Endpoint[] {
    const all: Endpoint[] = [];
    for (const draft of this.drafts) {
      all.push(draft.from, draft.to);
      if (draft.onBehalfOf) all.push(draft.onBehalfOf);
    }
    for (const position of this.positions) all.push(position.person, position.organization);
    return all;
  }

  /** Resolves every reference by id or alias, against the document and then the graph. */
  private async resolveReferences(): Promise<void> {
    const endpoints = this.endpoints();
    const byLabel = new Map<Label, Endpoint[]>();
    for (const endpoint of endpoints) {
      byLabel.set(endpoint.label, [...(byLabel.get(endpoint.label) ?? []), endpoint]);
    }
    for (const [label, list] of byLabel) {
      const definitions =
        this.defined.get(label) ?? new Map<string, { path: string; keys: string[] }>();
      const idRefs = [
        ...new Set(list.map((e) => e.ref).filter((r) => isIdOf(r, label) && !definitions.has(r))),
      ];
      const aliasRefs = list.filter((e) => labelOfId(e.ref) === null);
      const found = await this.options.directory.existingIds(label, idRefs);
      const missing = idRefs.filter((id) => !found.has(id));
      const redirects =
        missing.length > 0 && this.options.directory.redirects
          ? await this.options.directory.redirects(missing)
          : new Map<string, string>();
      // Each known id, and each id a merge redirected, with the id it stands for now.
      const existing = new Map<string, string>([...found].map((id) => [id, id]));
      for (const [from, to] of redirects) existing.set(from, to);
      const keys = [...new Set(aliasRefs.map((e) => normalizeName(e.ref)))];
      const stored =
        keys.length > 0
          ? await this.options.directory.idsByMatchKey(label, keys)
          : new Map<string, string[]>();
      for (const endpoint of list) {
        await this.resolveOne(endpoint, definitions, existing, stored);
      }
    }
  }

  private async resolveOne(
    endpoint: Endpoint,
    definitions: Map<string, { path: string; keys: string[] }>,
    existing: Map<string, string>,
    stored: Map<string, string[]>,
  ): Promise<void> {
    const { label, ref: reference, path } = endpoint;
    const cacheKey = `${label}:${reference}`;
    if (this.resolved.has(cacheKey)) {
      this.recordAlias(path, reference, this.resolved.get(cacheKey) ?? reference);
      return;
    }
    const refLabel = labelOfId(reference);
    if (refLabel !== null && refLabel !== label) {
      this.problem(
        path,
        `expected ${withArticle(NOUN[label])}, but "${reference}" is the id of ${withArticle(NOUN[refLabel])}`,
      );
      return;
    }
    if (refLabel === label) {
      const target = definitions.has(reference) ? reference : existing.get(reference);
      if (target !== undefined) {
        this.resolved.set(cacheKey, target);
        this.recordAlias(path, reference, target);
        return;
      }
      this.problem(
        path,
        `unknown reference "${reference}": no ${NOUN[label]} has this id${await this.suggest(label, reference)}`,
      );
      return;
    }
    const key = normalizeName(reference);
    const candidates = new Set<string>(stored.get(key) ?? []);
    for (const [id, definition] of definitions) {
      if (definition.keys.includes(key)) candidates.add(id);
    }
    if (candidates.size === 0) {
      this.problem(
        path,
        `unknown reference "${reference}": no ${NOUN[label]} has this id, name or alias${await this.suggest(label, reference)}`,
      );
      return;
    }
    if (candidates.size > 1) {
      this.problem(
        path,
        `ambiguous reference "${reference}": it names ${[...candidates].sort().join(' and ')}; use the id`,
      );
      return;
    }
    const id = [...candidates][0] ?? reference;
    this.resolved.set(cacheKey, id);
    this.recordAlias(path, reference, id);
  }

  private recordAlias(path: string, reference: string, id: string): void {
    if (reference !== id) this.resolvedAliases.push({ path, reference, id });
  }

  private async suggest(label: Label, reference: string): Promise<string> {
    const candidates = new Map<string, string>();
    for (const [id, definition] of this.defined.get(label) ?? [])
      candidates.set(id, definition.path);
    for (const known of await this.options.directory.knownNames(label))
      candidates.set(known.id, known.name);
    const node = this.nodes.filter((n) => n.label === label);
    const target = normalizeName(reference);
    const scored = [...candidates.keys()].map((id) => {
      const names = [
        id,
        ...(node.find((n) => n.id === id)?.names.matchKeys ?? []),
        normalizeName(candidates.get(id) ?? ''),
      ];
      return { id, score: Math.min(...names.map((name) => distance(target, normalizeName(name)))) };
    });
    scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
    const closest = scored.slice(0, 3).map((s) => s.id);
    return closest.length > 0 ? `; closest known ids: ${closest.join(', ')}` : '';
  }

  private id(endpoint: Endpoint): string {
    return this.resolved.get(`${endpoint.label}:${endpoint.ref}`) ?? endpoint.ref;
  }

  private buildRelationships(): RelationshipUpsert[] {
    const relationships: RelationshipUpsert[] = [];
    for (const position of this.positions) {
      const personId = this.id(position.person);
      const organizationId = this.id(position.organization);
      const id =
        position.id ??
        `${ID_PREFIX.Position}${slugOf(personId)}/${slugOf(organizationId)}/${slugify(position.title)}`;
      if (id.length > MAX_ID_LENGTH) {
        this.problem(
          `${position.path}`,
          `its computed id "${id.slice(0, 60)}…" has ${id.length} characters, more than the ${MAX_ID_LENGTH} an id may have: give the position a shorter "id"`,
        );
        continue;
      }
      if (this.nodes.some((n) => n.label === Label.Position && n.id === id)) {
        this.problem(
          `${position.path}`,
          `duplicate position "${id}": the same person, organization and title appear twice`,
        );
        continue;
      }
      this.nodes.push({
        label: Label.Position,
        id,
        props: { title: position.title, ...position.precisions },
        dates: position.dates,
        names: { entries: [], values: [], matchKeys: [] },
        evidenceIds: position.evidenceIds,
        path: position.path,
      });
      relationships.push(
        relationship(Rel.HOLDS_POSITION, Label.Person, personId, Label.Position, id, position),
        relationship(
          Rel.POSITION_AT,
          Label.Position,
          id,
          Label.Organization,
          organizationId,
          position,
        ),
      );
    }
    for (const draft of this.drafts) {
      const props = { ...draft.props };
      if (draft.onBehalfOf) props.onBehalfOf = this.id(draft.onBehalfOf);
      const fromId = this.id(draft.from);
      const toId = this.id(draft.to);
      if (fromId === toId) {
        this.problem(
          draft.path,
          `${withArticle(NOUN[draft.from.label])} cannot be linked to itself`,
        );
        continue;
      }
      relationships.push({
        type: draft.type,
        fromLabel: draft.from.label,
        fromId,
        toLabel: draft.to.label,
        toId,
        key: draft.key,
        props,
        evidenceIds: draft.evidenceIds,
        path: draft.path,
      });
    }
    return relationships;
  }
}

function self(label: Label, id: string, path: string): Endpoint {
  return { label, ref: id, path: `${path}.id` };
}

function ref(label: Label, reference: string, path: string): Endpoint {
  return { label, ref: reference, path };
}

function relationship(
  type: Rel,
  fromLabel: Label,
  fromId: string,
  toLabel: Label,
  toId: string,
  position: PositionDraft,
): RelationshipUpsert {
  return {
    type,
    fromLabel,
    fromId,
    toLabel,
    toId,
    key: {},
    props: {},
    evidenceIds: position.evidenceIds,
    path: position.path,
  };
}

function isIdOf(reference: string, label: Label): boolean {
  return labelOfId(reference) === label;
}

/** The part of an id after its type prefix: `org/ahmu` -> `ahmu`. */
function slugOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

function slugify(text: string): string {
  return (
    normalizeName(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'untitled'
  );
}

/**
 * Encodes a display name and alternative names for storage: full entries, bare values for
 * search and normalised keys for alias resolution.
 */
export function encodeNames(
  name: string,
  aliases: AlternativeNameInput[],
  acronym?: string,
): NameSet {
  const entries: string[] = [];
  const values: string[] = [];
  const add = (value: string, kind: string, language: string | undefined) => {
    const entry = `${kind}|${language ?? ''}|${value}`;
    if (!entries.includes(entry)) entries.push(entry);
    if (!values.includes(value)) values.push(value);
  };
  if (acronym) add(acronym, 'ACRONYM', undefined);
  for (const alias of aliases) {
    if (typeof alias === 'string') add(alias, 'ALIAS', undefined);
    else add(alias.value, alias.kind, alias.language);
  }
  const matchKeys = [
    ...new Set([name, ...values].map(normalizeName).filter((key) => key.length > 0)),
  ];
  return { entries, values, matchKeys };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function zodProblems(error: z.ZodError): DocumentProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/** `['people', 3, 'evidence', 0]` -> `people[3].evidence[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}
