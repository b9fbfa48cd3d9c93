import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

import { excerptId, ID_PREFIX, Label, labelOfId, Rel } from '../db/graphModel';
import type { EntityDirectory, KnownName } from '../domain/entityDirectory';
import type {
  ExcerptRecord,
  ImportPlan,
  ImportWarning,
  NameSet,
  NodeAmendment,
  NodeUpsert,
  PropertyValue,
  Redirected,
  RelationshipUpsert,
  ResolvedAlias,
  TermUse,
} from '../domain/importPlan';
import { MAX_ID_LENGTH } from '../domain/inputLimits';
import { matchKey, normalizeName } from '../domain/normalizeName';
import { checkDate, parsePartialDate } from '../domain/partialDate';
import type { TermVocabularyKey } from '../domain/vocabularies';
import {
  BUILT_IN_TERMS,
  BUILT_IN_VALUES,
  builtInTermId,
  DEFAULT_BROADER,
  VOCABULARY_NOUN,
  vocabularyOfTermId,
} from '../domain/vocabularies';
import { closestPassage } from './closestPassage';
import type { DocumentProblem } from './documentInvalidError';
import { DocumentInvalidError } from './documentInvalidError';
import type { AlternativeNameInput, Excerpt, ParsedDocument } from './documentSchema';
import { DocumentSchema } from './documentSchema';
import { locateExcerpt } from './locateExcerpt';

export interface PlanOptions {
  /** Name of the document in messages (its file path, or `input`). */
  file: string;
  /** What is already in the graph, for references to entities of other documents. */
  directory: EntityDirectory;
  /** Reads `source.textFile` (relative to the document); absent where only inline text is allowed. */
  readTextFile?: (path: string) => string | null;
}

/**
 * Unknown references that get the closest known ids in their message: each suggestion compares
 * the reference with every known name of its type, and a document naming thousands of unknown
 * entities must still get its problem list back quickly.
 */
const MAX_SUGGESTIONS = 50;

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
  Statement: 'statement',
  ParticipantGroup: 'participant group',
  Term: 'term',
  Excerpt: 'excerpt',
  Redirect: 'redirect',
  AuditEntry: 'audit entry',
};

/** The entities a fact that names them counts as a mention of (their evidence gains it). */
const MENTIONED_LABELS: readonly Label[] = [
  Label.Person,
  Label.Organization,
  Label.Program,
  Label.Event,
  Label.Place,
  Label.DiseaseArea,
  Label.CooperationAspect,
];

/** The labels new entities are compared with known ones for (a second "Zhang Ye"). */
const WARNED_LABELS: readonly Label[] = [
  Label.Person,
  Label.Organization,
  Label.Program,
  Label.Event,
  Label.Place,
];

/** "an organization", "a person": the noun with its indefinite article. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A reference written in the document, to be resolved to an id. */
interface Endpoint {
  label: Label;
  ref: string;
  path: string;
  /** For terms: the vocabulary the reference must name a term of. */
  vocabulary?: TermVocabularyKey;
}

interface RelationshipDraft {
  type: Rel;
  from: Endpoint;
  to: Endpoint;
  key: Record<string, string>;
  props: Record<string, string | null>;
  onBehalfOf: Endpoint | null;
  /** A role given as a built-in value or a term: stored as the key `role`. */
  role: Endpoint | null;
  evidenceIds: string[];
  path: string;
}

interface PositionDraft {
  id: string | undefined;
  person: Endpoint;
  organization: Endpoint;
  title: string;
  dates: Record<string, string>;
  props: Record<string, string>;
  clear: string[];
  attestation: string;
  evidenceIds: string[];
  path: string;
}

/** A kind given as a built-in value or a term, stored on the node once resolved. */
interface KindDraft {
  node: NodeUpsert;
  kind: Endpoint;
}

interface AmendmentDraft {
  target: Endpoint;
  aliases: AlternativeNameInput[];
  props: Record<string, string>;
  evidenceIds: string[];
  path: string;
}

interface Definition {
  path: string;
  keys: string[];
  /** For terms: the built-in value the term counts as. */
  broader?: string | null;
}

/** Date fields as stored: first day, precision and (for EDTF forms) the text. */
interface StoredDates {
  dates: Record<string, string>;
  props: Record<string, string>;
  clear: string[];
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
  private readonly defined = new Map<Label, Map<string, Definition>>();
  private readonly nodes: NodeUpsert[] = [];
  private readonly drafts: RelationshipDraft[] = [];
  private readonly positions: PositionDraft[] = [];
  private readonly kinds: KindDraft[] = [];
  private readonly amendments: AmendmentDraft[] = [];
  private readonly resolved = new Map<string, string>();
  private readonly resolvedAliases: ResolvedAlias[] = [];
  /** The built-in value each term resolved so far counts as. */
  private readonly broaders = new Map<string, string | null>();
  /** `label:id` of a definition under an id a merge replaced -> the id of the entity kept. */
  private readonly canonical = new Map<string, string>();
  private readonly redirected = new Map<string, string>();
  /** Terms stored by id in properties (roles, custom kinds) -> the value each counted as. */
  private readonly termsUsed = new Map<string, string | null>();
  /** Known names per label, read once per document (every unknown reference compares them). */
  private readonly knownNames = new Map<Label, Promise<KnownName[]>>();
  private suggestions = 0;
  private sourceText = '';

  constructor(
    private readonly doc: ParsedDocument,
    private readonly options: PlanOptions,
  ) {}

  private get sourceId(): string {
    return this.doc.source.id;
  }

  async plan(): Promise<ImportPlan> {
    const source = this.planSource();
    // Without the text, every excerpt would also be reported missing: stop at the real problem.
    this.fail();
    this.planEntities();
    this.fail();
    await this.redirectDefinitions();
    await this.resolveReferences();
    this.fail();
    const relationships = this.buildRelationships();
    this.applyKinds();
    const amendments = this.buildAmendments();
    this.fail();
    return {
      source,
      excerpts: [...this.excerpts.values()],
      nodes: this.nodes,
      amendments,
      relationships,
      resolvedAliases: this.resolvedAliases,
      warnings: await this.warnings(),
      redirected: [...this.redirected].map(([id, to]): Redirected => ({ id, to })),
      termsUsed: [...this.termsUsed].map(([id, broader]): TermUse => ({ id, broader })),
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
    const stored = this.dates({ date: source.date }, 'source');
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
        ...stored.props,
      },
      dates: stored.dates,
      clear: stored.clear,
      names: { entries: [], values: [], matchKeys: [] },
      evidenceIds: [],
      path: 'source',
    };
  }

  private planEntities(): void {
    const doc = this.doc;
    doc.terms.forEach((term, i) => this.planTerm(term, `terms[${i}]`));
    doc.places.forEach((place, i) => {
      const path = `places[${i}]`;
      const node = this.defineNode(Label.Place, place, path, {});
      if (node) this.kinds.push({ node, kind: this.kindRef('place-kind', place.kind, path) });
      const me = self(Label.Place, place.id, path);
      if (place.within) this.within(me, place.within, `${path}.within`);
      this.designations(me, place.designations, `${path}.designations`);
    });
    doc.organizations.forEach((org, i) => {
      const path = `organizations[${i}]`;
      const node = this.defineNode(
        Label.Organization,
        org,
        path,
        {
          acronym: org.acronym ?? null,
          rorId: org.rorId ?? null,
          wikidataId: org.wikidataId ?? null,
        },
        org.acronym,
      );
      if (node) {
        this.kinds.push({ node, kind: this.kindRef('organization-kind', org.kind, path) });
      }
      const me = self(Label.Organization, org.id, path);
      if (org.unitOf) this.unitOf(me, org.unitOf, `${path}.unitOf`);
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
      const stored = this.dates({ start: position.start, end: position.end }, path);
      if (position.attestedOn !== undefined) this.dates({ attestedOn: position.attestedOn }, path);
      this.checkOrder(position.start, position.end, path);
      this.positions.push({
        id: position.id,
        person: ref(Label.Person, position.person, `${path}.person`),
        organization: ref(Label.Organization, position.organization, `${path}.organization`),
        title: position.title,
        dates: stored.dates,
        props: stored.props,
        clear: stored.clear,
        // Every source that states the position attests it, with the date it gives (if any).
        attestation: `${this.sourceId}|${position.attestedOn ?? ''}`,
        evidenceIds: this.evidence(position.evidence, `${path}.evidence`),
        path,
      });
    });
    doc.programs.forEach((program, i) => this.planProgram(program, `programs[${i}]`));
    doc.events.forEach((event, i) => this.planEvent(event, `events[${i}]`));
    doc.statements.forEach((statement, i) => this.planStatement(statement, `statements[${i}]`));
    doc.amend.forEach((amendment, i) => this.planAmendment(amendment, `amend[${i}]`));
  }

  private planTerm(term: ParsedDocument['terms'][number], path: string): void {
    const vocabulary = vocabularyOfTermId(term.id);
    if (!vocabulary) return;
    if (BUILT_IN_TERMS.has(term.id)) {
      this.problem(
        `${path}.id`,
        `"${term.id}" is a built-in term and cannot be redefined; define a term of your own`,
      );
      return;
    }
    const values = BUILT_IN_VALUES[vocabulary];
    let broader = term.broader ?? DEFAULT_BROADER[vocabulary];
    if (values.length === 0 && term.broader !== undefined) {
      this.problem(`${path}.broader`, `terms of ${vocabulary} have no built-in values to count as`);
      broader = null;
    } else if (values.length > 0 && broader === null) {
      this.problem(
        `${path}.broader`,
        `missing "broader": name the built-in value this ${VOCABULARY_NOUN[vocabulary]} counts as, one of ${values.join(', ')}`,
      );
    } else if (broader !== null && values.length > 0 && !values.includes(broader)) {
      this.problem(
        `${path}.broader`,
        `"${broader}" is not a built-in ${VOCABULARY_NOUN[vocabulary]}: use one of ${values.join(', ')}`,
      );
    }
    this.defineNode(
      Label.Term,
      term,
      path,
      { vocabulary, broader, description: term.description ?? null },
      undefined,
      {},
      broader,
    );
  }

  private planProgram(program: ParsedDocument['programs'][number], path: string): void {
    const stored = this.dates({ start: program.start, end: program.end }, path);
    this.checkOrder(program.start, program.end, path);
    const node = this.defineNode(
      Label.Program,
      program,
      path,
      {
        kind: program.kind,
        status: program.status ?? null,
        description: program.description ?? null,
        principle: program.principle ?? null,
        ...stored.props,
      },
      undefined,
      stored.dates,
    );
    if (node) node.clear = stored.clear;
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
      const to =
        party.organization !== undefined
          ? ref(Label.Organization, party.organization, `${at}.organization`)
          : ref(Label.Place, party.place ?? '', `${at}.place`);
      this.relate(Rel.HAS_PARTY, me, {
        to,
        role: this.roleRef('party-role', party.role, `${at}.role`),
        evidence: party.evidence,
        path: at,
      });
    });
    program.people?.forEach((person, j) => {
      const at = `${path}.people[${j}]`;
      this.relate(Rel.HAS_ROLE_IN, ref(Label.Person, person.person, `${at}.person`), {
        to: me,
        role: this.roleRef('person-role', person.role, `${at}.role`),
        onBehalfOf: person.onBehalfOf
          ? ref(Label.Organization, person.onBehalfOf, `${at}.onBehalfOf`)
          : null,
        evidence: person.evidence,
        path: at,
      });
    });
    this.termLinks(me, program.diseaseAreas, program.aspects, path);
    this.placeLinks(me, program.places, `${path}.places`);
  }

  private planEvent(event: ParsedDocument['events'][number], path: string): void {
    const stored = this.dates({ date: event.date }, path);
    const node = this.defineNode(
      Label.Event,
      event,
      path,
      { kind: event.kind, description: event.description ?? null, ...stored.props },
      undefined,
      stored.dates,
    );
    if (node) node.clear = stored.clear;
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
        role: this.roleRef('event-role', participant.role, `${at}.role`),
        onBehalfOf: participant.onBehalfOf
          ? ref(Label.Organization, participant.onBehalfOf, `${at}.onBehalfOf`)
          : null,
        evidence: participant.evidence,
        path: at,
      });
    });
    event.groups?.forEach((group, j) => {
      const at = `${path}.groups[${j}]`;
      const id =
        group.id ??
        `${ID_PREFIX.ParticipantGroup}${slugOf(event.id)}/${slugify(group.description)}`;
      if (!this.idFits(id, at, 'group')) return;
      const groupNode = this.defineBare(Label.ParticipantGroup, id, at, {
        description: group.description,
        count: group.count ?? null,
      });
      if (!groupNode) return;
      groupNode.evidenceIds = this.evidence(group.evidence, `${at}.evidence`);
      this.relate(Rel.PARTICIPATED_IN, self(Label.ParticipantGroup, id, at), {
        to: me,
        role: this.roleRef('event-role', group.role, `${at}.role`),
        onBehalfOf: group.onBehalfOf
          ? ref(Label.Organization, group.onBehalfOf, `${at}.onBehalfOf`)
          : null,
        evidence: group.evidence,
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
    event.programs?.forEach((link, j) => {
      const at = `${path}.programs[${j}]`;
      this.relate(Rel.WITHIN_PROGRAM, me, {
        to: ref(Label.Program, link.program, `${at}.program`),
        props: { relation: link.relation ?? null },
        evidence: link.evidence,
        path: at,
      });
    });
    event.fundedBy?.forEach((funder, j) => {
      const at = `${path}.fundedBy[${j}]`;
      this.relate(Rel.FUNDED_BY, me, {
        to:
          funder.program !== undefined
            ? ref(Label.Program, funder.program, `${at}.program`)
            : ref(Label.Organization, funder.organization ?? '', `${at}.organization`),
        evidence: funder.evidence,
        path: at,
      });
    });
    this.termLinks(me, event.diseaseAreas, event.aspects, path);
  }

  private planStatement(statement: ParsedDocument['statements'][number], path: string): void {
    const [quoteId] = this.evidence([statement.quote], `${path}.quote`, true);
    if (quoteId === undefined) return;
    const offsets = quoteId.slice(quoteId.indexOf('#') + 1);
    const id = statement.id ?? `${ID_PREFIX.Statement}${slugOf(this.sourceId)}/${offsets}`;
    if (!this.idFits(id, path, 'statement')) return;
    const stored = this.dates({ date: statement.date }, path);
    const node = this.defineBare(Label.Statement, id, path, { quote: quoteId, ...stored.props });
    if (!node) return;
    node.dates = stored.dates;
    node.clear = stored.clear;
    node.evidenceIds = this.evidence(statement.evidence, `${path}.evidence`);
    this.kinds.push({ node, kind: this.kindRef('statement-kind', statement.kind, path) });
    const me = self(Label.Statement, id, path);
    this.relate(Rel.STATED_BY, me, {
      to: ref(Label.Person, statement.speaker, `${path}.speaker`),
      onBehalfOf: statement.onBehalfOf
        ? ref(Label.Organization, statement.onBehalfOf, `${path}.onBehalfOf`)
        : null,
      evidence: statement.evidence,
      path,
    });
    if (statement.event !== undefined) {
      this.relate(Rel.MADE_AT, me, {
        to: ref(Label.Event, statement.event, `${path}.event`),
        evidence: statement.evidence,
        path: `${path}.event`,
      });
    }
    statement.about?.forEach((subject, j) => {
      const at = `${path}.about[${j}]`;
      const target: [Label, string | undefined, string][] = [
        [Label.Program, subject.program, 'program'],
        [Label.Organization, subject.organization, 'organization'],
        [Label.Event, subject.event, 'event'],
        [Label.Place, subject.place, 'place'],
        [Label.DiseaseArea, subject.area, 'area'],
        [Label.CooperationAspect, subject.aspect, 'aspect'],
      ];
      const [label, reference, field] = target.find(([, value]) => value !== undefined) ?? [];
      if (!label || reference === undefined || field === undefined) return;
      this.relate(Rel.ABOUT, me, {
        to: ref(label, reference, `${at}.${field}`),
        props: { wording: subject.wording ?? null },
        // What a statement is about is stated by its quote unless the document says otherwise.
        evidence: subject.evidence ?? [statement.quote],
        path: at,
      });
    });
  }

  private planAmendment(amendment: ParsedDocument['amend'][number], path: string): void {
    const targets: [Label, string | undefined, string][] = [
      [Label.Person, amendment.person, 'person'],
      [Label.Organization, amendment.organization, 'organization'],
      [Label.Program, amendment.program, 'program'],
      [Label.Event, amendment.event, 'event'],
      [Label.Place, amendment.place, 'place'],
      [Label.DiseaseArea, amendment.area, 'area'],
      [Label.CooperationAspect, amendment.aspect, 'aspect'],
    ];
    const [label, reference, field] = targets.find(([, value]) => value !== undefined) ?? [];
    if (!label || reference === undefined || field === undefined) return;
    const target = ref(label, reference, `${path}.${field}`);
    const allowed = (key: string, labels: Label[]) => {
      if (labels.includes(label)) return true;
      this.problem(
        `${path}.${key}`,
        `${withArticle(NOUN[label])} has no "${key}": only ${labels.map((l) => withArticle(NOUN[l])).join(' or ')} has one`,
      );
      return false;
    };
    const props: Record<string, string> = {};
    if (
      amendment.wikidataId !== undefined &&
      allowed('wikidataId', [Label.Person, Label.Organization])
    ) {
      props.wikidataId = amendment.wikidataId;
    }
    if (amendment.rorId !== undefined && allowed('rorId', [Label.Organization])) {
      props.rorId = amendment.rorId;
    }
    if (amendment.unitOf && allowed('unitOf', [Label.Organization])) {
      this.unitOf(target, amendment.unitOf, `${path}.unitOf`);
    }
    if (
      amendment.locatedIn &&
      allowed('locatedIn', [Label.Organization, Label.Program, Label.Event])
    ) {
      this.placeLinks(target, amendment.locatedIn, `${path}.locatedIn`);
    }
    if (amendment.within && allowed('within', [Label.Place])) {
      this.within(target, amendment.within, `${path}.within`);
    }
    if (amendment.designations && allowed('designations', [Label.Place])) {
      this.designations(target, amendment.designations, `${path}.designations`);
    }
    this.amendments.push({
      target,
      aliases: amendment.aliases ?? [],
      props,
      evidenceIds: this.evidence(amendment.evidence, `${path}.evidence`),
      path,
    });
  }

  private unitOf(
    me: Endpoint,
    link: { organization: string; relation: string; evidence: Excerpt[] },
    path: string,
  ): void {
    this.relate(Rel.UNIT_OF, me, {
      to: ref(Label.Organization, link.organization, `${path}.organization`),
      props: { relation: link.relation },
      evidence: link.evidence,
      path,
    });
  }

  private within(me: Endpoint, link: { place: string; evidence: Excerpt[] }, path: string): void {
    this.relate(Rel.LOCATED_IN, me, {
      to: { label: Label.Place, ref: link.place, path: `${path}.place` },
      evidence: link.evidence,
      path,
    });
  }

  private designations(
    me: Endpoint,
    links: { designation: string; since?: string; evidence: Excerpt[] }[] | undefined,
    path: string,
  ): void {
    links?.forEach((link, j) => {
      const at = `${path}[${j}]`;
      this.dates({ since: link.since }, at);
      this.relate(Rel.DESIGNATED_AS, me, {
        to: {
          label: Label.Term,
          ref: link.designation,
          path: `${at}.designation`,
          vocabulary: 'designation',
        },
        props: { since: link.since ?? null },
        evidence: link.evidence,
        path: at,
      });
    });
  }

  private termLinks(
    me: Endpoint,
    areas: { area: string; wording?: string; evidence: Excerpt[] }[] | undefined,
    aspects: { aspect: string; wording?: string; evidence: Excerpt[] }[] | undefined,
    path: string,
  ): void {
    areas?.forEach((area, j) => {
      const at = `${path}.diseaseAreas[${j}]`;
      this.relate(Rel.FOCUSES_ON, me, {
        to: ref(Label.DiseaseArea, area.area, `${at}.area`),
        props: { wording: area.wording ?? null },
        evidence: area.evidence,
        path: at,
      });
    });
    aspects?.forEach((aspect, j) => {
      const at = `${path}.aspects[${j}]`;
      this.relate(Rel.COVERS_ASPECT, me, {
        to: ref(Label.CooperationAspect, aspect.aspect, `${at}.aspect`),
        props: { wording: aspect.wording ?? null },
        evidence: aspect.evidence,
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

  /** A role written as a built-in value or a term reference. */
  private roleRef(vocabulary: TermVocabularyKey, value: string, path: string): Endpoint {
    return { label: Label.Term, ref: value, path, vocabulary };
  }

  /** A kind written as a built-in value or a term reference. */
  private kindRef(vocabulary: TermVocabularyKey, value: string, path: string): Endpoint {
    return { label: Label.Term, ref: value, path: `${path}.kind`, vocabulary };
  }

  private definitionsOf(label: Label): Map<string, Definition> {
    const definitions = this.defined.get(label) ?? new Map<string, Definition>();
    this.defined.set(label, definitions);
    return definitions;
  }

  private defineNode(
    label: Label,
    entity: { id: string; name: string; aliases?: AlternativeNameInput[]; evidence: Excerpt[] },
    path: string,
    props: Record<string, PropertyValue>,
    acronym?: string,
    dates: Record<string, string> = {},
    broader?: string | null,
  ): NodeUpsert | null {
    const definitions = this.definitionsOf(label);
    const earlier = definitions.get(entity.id);
    if (earlier) {
      this.problem(`${path}.id`, `duplicate id "${entity.id}": already defined at ${earlier.path}`);
      return null;
    }
    const names = encodeNames(entity.name, entity.aliases ?? [], acronym);
    definitions.set(entity.id, { path, keys: compactKeys(names.matchKeys), broader });
    const node: NodeUpsert = {
      label,
      id: entity.id,
      props: { name: entity.name, ...props },
      dates,
      names,
      evidenceIds: this.evidence(entity.evidence, `${path}.evidence`),
      path,
    };
    this.nodes.push(node);
    return node;
  }

  /** A node without names (statements, participant groups); its evidence is set by the caller. */
  /**
   * True when a computed id (a position's, a group's, a statement's) is no longer than an id may
   * be (MAX_ID_LENGTH, as a given one: Neo4j cannot index a longer one); otherwise a problem
   * asking for an id of its own. Given ids are bounded by the document schema.
   */
  private idFits(id: string, path: string, what: string): boolean {
    if (id.length <= MAX_ID_LENGTH) return true;
    this.problem(
      path,
      `its computed id "${id.slice(0, 60)}…" has ${id.length} characters, more than the ${MAX_ID_LENGTH} an id may have: give the ${what} a shorter "id"`,
    );
    return false;
  }

  private defineBare(
    label: Label,
    id: string,
    path: string,
    props: Record<string, PropertyValue>,
  ): NodeUpsert | null {
    const definitions = this.definitionsOf(label);
    const earlier = definitions.get(id);
    if (earlier) {
      this.problem(
        `${path}`,
        `duplicate ${NOUN[label]} "${id}": already defined at ${earlier.path}`,
      );
      return null;
    }
    definitions.set(id, { path, keys: [] });
    const node: NodeUpsert = {
      label,
      id,
      props,
      dates: {},
      names: { entries: [], values: [], matchKeys: [] },
      evidenceIds: [],
      path,
    };
    this.nodes.push(node);
    return node;
  }

  private relate(
    type: Rel,
    from: Endpoint,
    fact: {
      to: Endpoint;
      key?: Record<string, string>;
      props?: Record<string, string | null>;
      onBehalfOf?: Endpoint | null;
      role?: Endpoint | null;
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
      role: fact.role ?? null,
      evidenceIds: this.evidence(fact.evidence, `${fact.path}.evidence`),
      path: fact.path,
    });
  }

  /** Locates each excerpt in the source text; returns their ids. */
  private evidence(excerpts: Excerpt[], path: string, single = false): string[] {
    const ids: string[] = [];
    excerpts.forEach((excerpt, i) => {
      const quote = typeof excerpt === 'string' ? excerpt : excerpt.quote;
      const occurrence = typeof excerpt === 'string' ? 1 : (excerpt.occurrence ?? 1);
      const found = locateExcerpt(this.sourceText, quote, occurrence);
      const at = single ? path : `${path}[${i}]`;
      if (!found) {
        this.problem(
          at,
          occurrence === 1
            ? `excerpt not found verbatim in the source text: "${clip(quote)}"${this.closest(quote)}`
            : `excerpt does not occur ${occurrence} times in the source text: "${clip(quote)}"`,
        );
        return;
      }
      const id = excerptId(this.sourceId, found.start, found.end);
      this.excerpts.set(id, { id, sourceId: this.sourceId, text: quote, ...found });
      if (!ids.includes(id)) ids.push(id);
    });
    return ids;
  }

  /** Where the text has what the curator probably meant, and how it differs. */
  private closest(quote: string): string {
    const found = closestPassage(this.sourceText, quote);
    if (!found) return '';
    const differences = found.differences.length > 0 ? `: ${found.differences.join('; ')}` : '';
    return `; the closest passage, at ${found.start}-${found.end}, is "${clip(found.passage)}"${differences}`;
  }

  /** Validates date fields; returns their stored first days, precisions and EDTF texts. */
  private dates(fields: Record<string, string | undefined>, path: string): StoredDates {
    const out: StoredDates = { dates: {}, props: {}, clear: [] };
    for (const [field, text] of Object.entries(fields)) {
      if (text === undefined) continue;
      const checked = checkDate(text);
      if ('error' in checked) {
        this.problem(`${path}.${field}`, checked.error);
        continue;
      }
      const stem = field === 'attestedOn' ? 'attested' : field;
      out.dates[`${stem}Date`] = checked.earliest;
      out.props[`${stem}Precision`] = checked.precision;
      // Plain dates keep their old stored form; the text is kept for the EDTF ones.
      if (/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(text)) out.clear.push(`${stem}Edtf`);
      else out.props[`${stem}Edtf`] = text;
    }
    return out;
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
      if (draft.role) all.push(draft.role);
    }
    for (const position of this.positions) all.push(position.person, position.organization);
    for (const kind of this.kinds) all.push(kind.kind);
    for (const amendment of this.amendments) all.push(amendment.target);
    return all;
  }

  /** The id a definition of the document stands for: its own, or the one a merge kept. */
  private canonicalId(label: Label, id: string): string {
    return this.canonical.get(`${label}:${id}`) ?? id;
  }

  /**
   * Definitions under ids a merge replaced define the entity that was kept, so no shadow of a
   * merged entity is ever created: each is folded into the definition of the kept id (the
   * document's own, or the first redirected one), adding its names, evidence and the fields
   * the kept one leaves empty. Its display name becomes an alternative name: the merge decided
   * which name stays. Each such id is reported as a resolved reference.
   */
  private async redirectDefinitions(): Promise<void> {
    const { directory } = this.options;
    if (!directory.redirects || this.nodes.length === 0) return;
    const redirects = await directory.redirects([...new Set(this.nodes.map((node) => node.id))]);
    if (redirects.size === 0) return;
    const keyOf = (label: Label, id: string) => `${label}:${id}`;
    const kept = new Map<string, NodeUpsert>();
    for (const node of this.nodes) {
      if (!redirects.has(node.id)) kept.set(keyOf(node.label, node.id), node);
    }
    const nodes: NodeUpsert[] = [];
    /** Each redirected definition -> the node that now stands for it (null: folded into another). */
    const replaced = new Map<NodeUpsert, NodeUpsert | null>();
    for (const node of this.nodes) {
      const to = redirects.get(node.id);
      if (to === undefined) {
        nodes.push(node);
        continue;
      }
      this.canonical.set(keyOf(node.label, node.id), to);
      this.redirected.set(node.id, to);
      this.recordAlias(self(node.label, node.id, node.path), to);
      const into = kept.get(keyOf(node.label, to));
      if (into) {
        foldDefinition(into, node);
        replaced.set(node, null);
        continue;
      }
      const standIn: NodeUpsert = {
        ...node,
        id: to,
        props: { ...node.props, name: null },
        dates: { ...node.dates },
        names: {
          entries: [...node.names.entries],
          values: [...node.names.values],
          matchKeys: [...node.names.matchKeys],
        },
        evidenceIds: [...node.evidenceIds],
        clear: node.clear ? [...node.clear] : undefined,
        aliasNames: node.props.name ? [String(node.props.name)] : [],
      };
      kept.set(keyOf(node.label, to), standIn);
      replaced.set(node, standIn);
      nodes.push(standIn);
    }
    this.nodes.splice(0, this.nodes.length, ...nodes);
    // A kind is resolved later onto its node: onto the stand-in, or dropped with a folded
    // definition (the kept definition's own kind wins, as its other fields do).
    const kinds = this.kinds.flatMap((draft) => {
      const standIn = replaced.get(draft.node);
      if (standIn === undefined) return [draft];
      return standIn === null ? [] : [{ ...draft, node: standIn }];
    });
    this.kinds.splice(0, this.kinds.length, ...kinds);
  }

  /** Resolves every reference by id or alias, against the document and then the graph. */
  private async resolveReferences(): Promise<void> {
    const endpoints = this.endpoints();
    const byLabel = new Map<Label, Endpoint[]>();
    for (const endpoint of endpoints) {
      byLabel.set(endpoint.label, [...(byLabel.get(endpoint.label) ?? []), endpoint]);
    }
    for (const [label, list] of byLabel) {
      const definitions = this.definitionsOf(label);
      const idRefs = [
        ...new Set(
          list
            .map((e) => e.ref)
            .filter((r) => isIdOf(r, label) && !definitions.has(r) && !BUILT_IN_TERMS.has(r)),
        ),
      ];
      const aliasRefs = list.filter((e) => labelOfId(e.ref) === null && !isBuiltInValue(e));
      const found = await this.options.directory.existingIds(label, idRefs);
      const missing = idRefs.filter((id) => !found.has(id));
      const redirects =
        missing.length > 0 && this.options.directory.redirects
          ? await this.options.directory.redirects(missing)
          : new Map<string, string>();
      // Each known id, and each id a merge redirected, with the id it stands for now.
      const existing = new Map<string, string>([...found].map((id) => [id, id]));
      for (const [from, to] of redirects) {
        existing.set(from, to);
        this.redirected.set(from, to);
      }
      const keys = [...new Set(aliasRefs.map((e) => matchKey(e.ref)))];
      const stored =
        keys.length > 0
          ? await this.options.directory.idsByMatchKey(label, keys)
          : new Map<string, string[]>();
      for (const endpoint of list) {
        await this.resolveOne(endpoint, definitions, existing, stored);
      }
    }
    await this.loadBroaders();
  }

  private async resolveOne(
    endpoint: Endpoint,
    definitions: Map<string, Definition>,
    existing: Map<string, string>,
    stored: Map<string, string[]>,
  ): Promise<void> {
    const { label, ref: reference, path, vocabulary } = endpoint;
    const cacheKey = `${label}:${vocabulary ?? ''}:${reference}`;
    if (this.resolved.has(cacheKey)) {
      this.recordAlias(endpoint, this.resolved.get(cacheKey) ?? reference);
      return;
    }
    const settle = (id: string) => {
      this.resolved.set(cacheKey, id);
      this.recordAlias(endpoint, id);
    };
    const noun = vocabulary ? VOCABULARY_NOUN[vocabulary] : NOUN[label];
    if (vocabulary && isBuiltInValue(endpoint)) {
      settle(builtInTermId(vocabulary, reference));
      return;
    }
    const refLabel = labelOfId(reference);
    if (refLabel !== null && refLabel !== label) {
      this.problem(
        path,
        `expected ${withArticle(noun)}, but "${reference}" is the id of ${withArticle(NOUN[refLabel])}`,
      );
      return;
    }
    if (refLabel === label) {
      if (vocabulary && vocabularyOfTermId(reference) !== vocabulary) {
        this.problem(
          path,
          `expected ${withArticle(noun)}, but "${reference}" is a term of another vocabulary`,
        );
        return;
      }
      const target = definitions.has(reference)
        ? this.canonicalId(label, reference)
        : BUILT_IN_TERMS.has(reference)
          ? reference
          : existing.get(reference);
      if (target !== undefined) {
        settle(target);
        return;
      }
      this.problem(
        path,
        `unknown reference "${reference}": no ${noun} has this id${await this.suggest(endpoint)}`,
      );
      return;
    }
    const key = matchKey(reference);
    const inVocabulary = (id: string) => !vocabulary || vocabularyOfTermId(id) === vocabulary;
    const candidates = new Set<string>((stored.get(key) ?? []).filter(inVocabulary));
    for (const [id, definition] of definitions) {
      if (definition.keys.includes(key) && inVocabulary(id)) {
        candidates.add(this.canonicalId(label, id));
      }
    }
    if (vocabulary) {
      for (const term of BUILT_IN_TERMS.values()) {
        if (term.vocabulary === vocabulary && matchKey(term.name) === key) candidates.add(term.id);
      }
    }
    if (candidates.size === 0) {
      this.problem(
        path,
        `unknown reference "${reference}": no ${noun} has this id, name or alias${await this.suggest(endpoint)}`,
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
    settle([...candidates][0] ?? reference);
  }

  /** The broader values of the terms resolved to the graph (the document's own are known). */
  private async loadBroaders(): Promise<void> {
    const definitions = this.definitionsOf(Label.Term);
    for (const [id, definition] of definitions) this.broaders.set(id, definition.broader ?? null);
    for (const term of BUILT_IN_TERMS.values()) this.broaders.set(term.id, term.value);
    const asked = [
      ...new Set([
        ...[...this.resolved.values()].filter(
          (id) => labelOfId(id) === Label.Term && !this.broaders.has(id),
        ),
        ...definitions.keys(),
      ]),
    ];
    if (asked.length === 0 || !this.options.directory.termBroaders) return;
    const stored = await this.options.directory.termBroaders(asked);
    for (const [id, broader] of stored) if (!definitions.has(id)) this.broaders.set(id, broader);
    // A term's broader value is read into every fact that uses it: it may not change later.
    for (const [id, definition] of definitions) {
      const before = stored.get(id);
      if (before !== undefined && before !== (definition.broader ?? null)) {
        this.problem(
          `${definition.path}.broader`,
          `"${id}" already counts as ${before ?? 'nothing'}; a term's broader value cannot change (define a new term)`,
        );
      }
    }
  }

  private recordAlias(endpoint: Endpoint, id: string): void {
    if (endpoint.ref === id) return;
    // A built-in value written as itself (`LEADER`) is not a reference by name.
    if (endpoint.vocabulary && isBuiltInValue(endpoint)) return;
    // An amended entity is the start of each link its entry adds: report its name once.
    if (this.resolvedAliases.some((alias) => alias.path === endpoint.path)) return;
    this.resolvedAliases.push({ path: endpoint.path, reference: endpoint.ref, id });
  }

  /** "; closest known ids: ..." for an unknown reference: by edit distance over ids and names. */
  private async suggest(endpoint: Endpoint): Promise<string> {
    this.suggestions += 1;
    if (this.suggestions > MAX_SUGGESTIONS) return '';
    const { label, ref: reference, vocabulary } = endpoint;
    const candidates = new Map<string, string[]>();
    const add = (id: string, names: string[]) => {
      if (vocabulary && vocabularyOfTermId(id) !== vocabulary) return;
      candidates.set(id, [...(candidates.get(id) ?? []), ...names]);
    };
    let known = this.knownNames.get(label);
    if (!known) {
      known = this.options.directory.knownNames(label);
      this.knownNames.set(label, known);
    }
    for (const { id, name, aliases } of await known) add(id, [name, ...(aliases ?? [])]);
    for (const node of this.nodes) {
      if (node.label === label) add(node.id, [String(node.props.name ?? ''), ...node.names.values]);
    }
    if (vocabulary) {
      for (const term of BUILT_IN_TERMS.values()) add(term.id, [term.name, term.value]);
    }
    const target = normalizeName(reference);
    const scored = [...candidates].map(([id, names]) => ({
      id,
      score: Math.min(
        distance(target, normalizeName(id)),
        ...names.map((name) => nameDistance(target, normalizeName(name))),
      ),
    }));
    scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
    const closest = scored.slice(0, 3).map((s) => s.id);
    return closest.length > 0 ? `; closest known ids: ${closest.join(', ')}` : '';
  }

  private id(endpoint: Endpoint): string {
    return (
      this.resolved.get(`${endpoint.label}:${endpoint.vocabulary ?? ''}:${endpoint.ref}`) ??
      endpoint.ref
    );
  }

  /** The stored form of a resolved role: the built-in value itself, or the term's id. */
  private role(endpoint: Endpoint): { role: string; broader: string | null } {
    const id = this.id(endpoint);
    const builtIn = BUILT_IN_TERMS.get(id);
    if (builtIn) return { role: builtIn.value, broader: null };
    return { role: id, broader: this.usedTerm(id) };
  }

  /**
   * The built-in value a term of the graph or the document counts as, noted for the write to
   * check under its locks (a term of the graph may be retracted, or defined by a concurrent
   * import with another value, after this plan read it).
   */
  private usedTerm(id: string): string | null {
    const broader = this.broaders.get(id) ?? null;
    if (!this.definitionsOf(Label.Term).has(id)) this.termsUsed.set(id, broader);
    return broader;
  }

  /** Org, place and statement kinds: the built-in value on `kind`, a term of one on `kindTerm`. */
  private applyKinds(): void {
    for (const { node, kind } of this.kinds) {
      const id = this.id(kind);
      const builtIn = BUILT_IN_TERMS.get(id);
      if (builtIn) {
        node.props.kind = builtIn.value;
        node.clear = [...(node.clear ?? []), 'kindTerm'];
      } else {
        node.props.kind = this.usedTerm(id) ?? 'OTHER';
        node.props.kindTerm = id;
      }
    }
  }

  private buildRelationships(): RelationshipUpsert[] {
    const relationships: RelationshipUpsert[] = [];
    for (const position of this.positions) {
      const personId = this.id(position.person);
      const organizationId = this.id(position.organization);
      const id =
        position.id ??
        `${ID_PREFIX.Position}${slugOf(personId)}/${slugOf(organizationId)}/${slugify(position.title)}`;
      if (!this.idFits(id, position.path, 'position')) continue;
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
        props: { title: position.title, ...position.props },
        dates: position.dates,
        clear: position.clear,
        sets: { attestations: [position.attestation] },
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
      const key = { ...draft.key };
      if (draft.onBehalfOf) props.onBehalfOf = this.id(draft.onBehalfOf);
      if (draft.role) {
        const { role, broader } = this.role(draft.role);
        key.role = role;
        if (broader !== null) props.roleBroader = broader;
      }
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
        key,
        props,
        evidenceIds: draft.evidenceIds,
        path: draft.path,
      });
    }
    return relationships;
  }

  /**
   * The `amend` entries (folded into the node where the document defines the entity itself)
   * and a mention for every entity a fact names without the document defining it: the first
   * excerpt of that fact, so every source that states an entity is in its evidence.
   */
  private buildAmendments(): NodeAmendment[] {
    const out = new Map<string, NodeAmendment>();
    const definedNode = (label: Label, id: string) =>
      this.nodes.find((node) => node.label === label && node.id === id);
    for (const amendment of this.amendments) {
      const { label } = amendment.target;
      const id = this.id(amendment.target);
      const names = encodeAliases(amendment.aliases);
      const node = definedNode(label, id);
      if (node) {
        node.names = mergeNames(node.names, names);
        node.evidenceIds = [...new Set([...node.evidenceIds, ...amendment.evidenceIds])];
        Object.assign(node.props, amendment.props);
        continue;
      }
      const key = `${label}:${id}`;
      const earlier = out.get(key);
      out.set(key, {
        label,
        id,
        props: { ...earlier?.props, ...amendment.props },
        names: earlier ? mergeNames(earlier.names, names) : names,
        evidenceIds: [...new Set([...(earlier?.evidenceIds ?? []), ...amendment.evidenceIds])],
        mention: false,
        sourceId: this.sourceId,
        path: amendment.path,
      });
    }
    // The nodes the document writes, under the ids they are written to (a definition under an
    // id a merge replaced writes the entity kept: it is no mention of that one).
    const written = new Set(this.nodes.map((node) => `${node.label}:${node.id}`));
    const mention = (endpoint: Endpoint, evidenceIds: string[]) => {
      const first = evidenceIds[0];
      if (!MENTIONED_LABELS.includes(endpoint.label) || first === undefined) return;
      const id = this.id(endpoint);
      if (written.has(`${endpoint.label}:${id}`)) return;
      const key = `${endpoint.label}:${id}`;
      if (out.has(key)) return;
      out.set(key, {
        label: endpoint.label,
        id,
        props: {},
        names: { entries: [], values: [], matchKeys: [] },
        evidenceIds: [first],
        mention: true,
        sourceId: this.sourceId,
        path: endpoint.path,
      });
    };
    for (const position of this.positions) {
      mention(position.person, position.evidenceIds);
      mention(position.organization, position.evidenceIds);
    }
    for (const draft of this.drafts) {
      mention(draft.from, draft.evidenceIds);
      mention(draft.to, draft.evidenceIds);
      if (draft.onBehalfOf) mention(draft.onBehalfOf, draft.evidenceIds);
    }
    return [...out.values()];
  }

  /** New entities whose name equals or nearly equals a known entity's: maybe the same one. */
  private async warnings(): Promise<ImportWarning[]> {
    const similarNames = this.options.directory.similarNames?.bind(this.options.directory);
    if (!similarNames) return [];
    const warnings: ImportWarning[] = [];
    for (const label of WARNED_LABELS) {
      const defined = this.nodes.filter((node) => node.label === label);
      if (defined.length === 0) continue;
      const existing = await this.options.directory.existingIds(
        label,
        defined.map((node) => node.id),
      );
      const created = defined.filter((node) => !existing.has(node.id));
      if (created.length === 0) continue;
      const names = [...new Set(created.map((node) => String(node.props.name ?? '')))];
      const similar = await similarNames(label, names);
      for (const node of created) {
        const name = String(node.props.name ?? '');
        const others = (similar.get(name) ?? []).filter((known) => known.id !== node.id);
        for (const known of others.slice(0, 3)) {
          const same = matchKey(known.name) === matchKey(name);
          warnings.push({
            path: node.path,
            message:
              `new ${NOUN[label]} "${name}" (${node.id}) has ${same ? 'the name' : 'nearly the name'} of ` +
              `${known.id} ("${known.name}"): if it is the same ${NOUN[label]}, refer to ${known.id} instead of defining a new one`,
          });
        }
      }
    }
    return warnings;
  }
}

function isBuiltInValue(endpoint: Endpoint): boolean {
  return (
    endpoint.vocabulary !== undefined && BUILT_IN_VALUES[endpoint.vocabulary].includes(endpoint.ref)
  );
}

/** Match keys without their spaces (`li jun` -> `lijun`), as references are compared. */
function compactKeys(keys: string[]): string[] {
  return [...new Set(keys.map((key) => key.replace(/ /g, '')))];
}

/**
 * How far a name is from what was written: the edit distance, but a name whose words all occur
 * in it (or that holds all of its words) is close ("personnel training" and "training").
 */
function nameDistance(target: string, name: string): number {
  if (name.length === 0) return Number.POSITIVE_INFINITY;
  const edits = distance(target, name);
  const targetWords = new Set(target.split(' '));
  const nameWords = new Set(name.split(' '));
  const within = (a: Set<string>, b: Set<string>) => [...a].every((word) => b.has(word));
  return within(nameWords, targetWords) || within(targetWords, nameWords)
    ? Math.min(edits, 1 + Math.abs(target.length - name.length) / 100)
    : edits;
}

/** Adds what `from` states to `into` (see `redirectDefinitions`); `into`'s own fields win. */
function foldDefinition(into: NodeUpsert, from: NodeUpsert): void {
  const addAll = (target: string[], values: string[]) => {
    for (const value of values) if (!target.includes(value)) target.push(value);
  };
  addAll(into.names.entries, from.names.entries);
  addAll(into.names.values, from.names.values);
  addAll(into.names.matchKeys, from.names.matchKeys);
  addAll(into.evidenceIds, from.evidenceIds);
  const name = from.props.name;
  if (typeof name === 'string' && name !== '' && name !== into.props.name) {
    into.aliasNames = into.aliasNames ?? [];
    addAll(into.aliasNames, [name]);
  }
  for (const [key, value] of Object.entries(from.props)) {
    if (key !== 'name' && value !== null && (into.props[key] ?? null) === null) {
      into.props[key] = value;
    }
  }
  for (const [key, value] of Object.entries(from.dates)) into.dates[key] ??= value;
  // A date taken over in its plain form clears its EDTF text, as it would on its own.
  for (const key of from.clear ?? []) {
    if ((into.props[key] ?? null) === null && !(into.clear ?? []).includes(key)) {
      into.clear = [...(into.clear ?? []), key];
    }
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
  const names = encodeAliases(aliases, acronym);
  const matchKeys = [
    ...new Set([name, ...names.values].map(normalizeName).filter((key) => key.length > 0)),
  ];
  return { ...names, matchKeys };
}

/** `encodeNames` without a display name: the alternative names an amendment adds. */
function encodeAliases(aliases: AlternativeNameInput[], acronym?: string): NameSet {
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
  const matchKeys = [...new Set(values.map(normalizeName).filter((key) => key.length > 0))];
  return { entries, values, matchKeys };
}

function mergeNames(a: NameSet, b: NameSet): NameSet {
  const unite = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    entries: unite(a.entries, b.entries),
    values: unite(a.values, b.values),
    matchKeys: unite(a.matchKeys, b.matchKeys),
  };
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
