import { Label, Rel } from '../../db/labelsAndTypes';
import type { TermVocabularyKey } from '../../domain/vocabularies';
import {
  BUILT_IN_TERMS,
  BUILT_IN_VALUES,
  DEFAULT_BROADER,
  VOCABULARY_NOUN,
  vocabularyOfTermId,
} from '../../domain/vocabularies';
import type { Excerpt, ParsedDocument } from '../documentSchema';
import { idFits, participantGroupId, statementId } from './derivedIds';
import { DraftRecorder } from './draftRecorder';
import type { DocumentDrafts } from './drafts';
import { emptyDrafts } from './drafts';
import type { Endpoint } from './endpoint';
import { ref, selfRef, termRef } from './endpoint';
import type { ExcerptEvidence } from './excerptEvidence';
import { LABEL_NOUN, withArticle } from './labelNoun';
import type { ProblemList } from './problemList';
import type { StoredDates } from './storedDates';
import { checkDateOrder, storedDates } from './storedDates';

/**
 * Walks a parsed document, section by section, into the drafts of what it defines and states:
 * ids, dates and excerpts are checked here; references are only collected (they are resolved
 * together, against the whole document and the graph, once the walk is done).
 */
export function collectDrafts(
  doc: ParsedDocument,
  evidence: ExcerptEvidence,
  problems: ProblemList,
): DocumentDrafts {
  const walk = new DocumentWalk(doc, evidence, problems);
  walk.collect();
  return walk.record.drafts;
}

class DocumentWalk {
  readonly record: DraftRecorder;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly evidence: ExcerptEvidence,
    private readonly problems: ProblemList,
  ) {
    this.record = new DraftRecorder(emptyDrafts(), evidence, problems);
  }

  private get drafts(): DocumentDrafts {
    return this.record.drafts;
  }

  private get sourceId(): string {
    return this.doc.source.id;
  }

  /** Walks every section, in the order its problems are listed. */
  collect(): void {
    const doc = this.doc;
    doc.terms.forEach((term, i) => this.planTerm(term, `terms[${i}]`));
    doc.places.forEach((place, i) => {
      const path = `places[${i}]`;
      const node = this.record.defineNode(Label.Place, place, path, {});
      if (node)
        this.drafts.kinds.push({ node, kind: this.kindRef('place-kind', place.kind, path) });
      const me = selfRef(Label.Place, place.id, path);
      if (place.within) this.within(me, place.within, `${path}.within`);
      this.designations(me, place.designations, `${path}.designations`);
    });
    doc.organizations.forEach((org, i) => {
      const path = `organizations[${i}]`;
      const node = this.record.defineNode(
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
        this.drafts.kinds.push({
          node,
          kind: this.kindRef('organization-kind', org.kind, path),
        });
      }
      const me = selfRef(Label.Organization, org.id, path);
      if (org.unitOf) this.unitOf(me, org.unitOf, `${path}.unitOf`);
      this.placeLinks(me, org.locatedIn, `${path}.locatedIn`);
    });
    doc.people.forEach((person, i) => {
      this.record.defineNode(Label.Person, person, `people[${i}]`, {
        honorific: person.honorific ?? null,
        wikidataId: person.wikidataId ?? null,
      });
    });
    doc.diseaseAreas.forEach((area, i) =>
      this.record.defineNode(Label.DiseaseArea, area, `diseaseAreas[${i}]`, {}),
    );
    doc.aspects.forEach((aspect, i) =>
      this.record.defineNode(Label.CooperationAspect, aspect, `aspects[${i}]`, {}),
    );
    doc.positions.forEach((position, i) => {
      const path = `positions[${i}]`;
      const stored = this.dates({ start: position.start, end: position.end }, path);
      if (position.attestedOn !== undefined) this.dates({ attestedOn: position.attestedOn }, path);
      this.checkOrder(position.start, position.end, path);
      this.drafts.positions.push({
        id: position.id,
        person: ref(Label.Person, position.person, `${path}.person`),
        organization: ref(Label.Organization, position.organization, `${path}.organization`),
        title: position.title,
        dates: stored.dates,
        props: stored.props,
        clear: stored.clear,
        // Every source that states the position attests it, with the date it gives (if any).
        attestation: `${this.sourceId}|${position.attestedOn ?? ''}`,
        evidenceIds: this.evidence.locate(position.evidence, `${path}.evidence`),
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
      this.problems.add(
        `${path}.id`,
        `"${term.id}" is a built-in term and cannot be redefined; define a term of your own`,
      );
      return;
    }
    const values = BUILT_IN_VALUES[vocabulary];
    let broader = term.broader ?? DEFAULT_BROADER[vocabulary];
    if (values.length === 0 && term.broader !== undefined) {
      this.problems.add(
        `${path}.broader`,
        `terms of ${vocabulary} have no built-in values to count as`,
      );
      broader = null;
    } else if (values.length > 0 && broader === null) {
      this.problems.add(
        `${path}.broader`,
        `missing "broader": name the built-in value this ${VOCABULARY_NOUN[vocabulary]} counts as, one of ${values.join(', ')}`,
      );
    } else if (broader !== null && values.length > 0 && !values.includes(broader)) {
      this.problems.add(
        `${path}.broader`,
        `"${broader}" is not a built-in ${VOCABULARY_NOUN[vocabulary]}: use one of ${values.join(', ')}`,
      );
    }
    this.record.defineNode(
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
    const node = this.record.defineNode(
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
    const me = selfRef(Label.Program, program.id, path);
    if (program.partOf) {
      this.record.relate(Rel.PART_OF, me, {
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
      this.record.relate(Rel.HAS_PARTY, me, {
        to,
        role: termRef('party-role', party.role, `${at}.role`),
        evidence: party.evidence,
        path: at,
      });
    });
    program.people?.forEach((person, j) => {
      const at = `${path}.people[${j}]`;
      this.record.relate(Rel.HAS_ROLE_IN, ref(Label.Person, person.person, `${at}.person`), {
        to: me,
        role: termRef('person-role', person.role, `${at}.role`),
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
    const node = this.record.defineNode(
      Label.Event,
      event,
      path,
      { kind: event.kind, description: event.description ?? null, ...stored.props },
      undefined,
      stored.dates,
    );
    if (node) node.clear = stored.clear;
    const me = selfRef(Label.Event, event.id, path);
    if (event.partOf) {
      this.record.relate(Rel.PART_OF, me, {
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
        this.record.relate(type, me, {
          to: ref(Label.Organization, link.organization, `${at}.organization`),
          evidence: link.evidence,
          path: at,
        });
      });
    }
    event.participants?.forEach((participant, j) => {
      const at = `${path}.participants[${j}]`;
      this.record.relate(
        Rel.PARTICIPATED_IN,
        ref(Label.Person, participant.person, `${at}.person`),
        {
          to: me,
          role: termRef('event-role', participant.role, `${at}.role`),
          onBehalfOf: participant.onBehalfOf
            ? ref(Label.Organization, participant.onBehalfOf, `${at}.onBehalfOf`)
            : null,
          evidence: participant.evidence,
          path: at,
        },
      );
    });
    event.groups?.forEach((group, j) => {
      const at = `${path}.groups[${j}]`;
      const id = group.id ?? participantGroupId(event.id, group.description);
      if (!idFits(id, at, 'group', this.problems)) return;
      const groupNode = this.record.defineBare(Label.ParticipantGroup, id, at, {
        description: group.description,
        count: group.count ?? null,
      });
      if (!groupNode) return;
      groupNode.evidenceIds = this.evidence.locate(group.evidence, `${at}.evidence`);
      this.record.relate(Rel.PARTICIPATED_IN, selfRef(Label.ParticipantGroup, id, at), {
        to: me,
        role: termRef('event-role', group.role, `${at}.role`),
        onBehalfOf: group.onBehalfOf
          ? ref(Label.Organization, group.onBehalfOf, `${at}.onBehalfOf`)
          : null,
        evidence: group.evidence,
        path: at,
      });
    });
    event.produced?.forEach((produced, j) => {
      const at = `${path}.produced[${j}]`;
      this.record.relate(Rel.PRODUCED, me, {
        to: ref(Label.Program, produced.program, `${at}.program`),
        evidence: produced.evidence,
        path: at,
      });
    });
    event.programs?.forEach((link, j) => {
      const at = `${path}.programs[${j}]`;
      this.record.relate(Rel.WITHIN_PROGRAM, me, {
        to: ref(Label.Program, link.program, `${at}.program`),
        props: { relation: link.relation ?? null },
        evidence: link.evidence,
        path: at,
      });
    });
    event.fundedBy?.forEach((funder, j) => {
      const at = `${path}.fundedBy[${j}]`;
      this.record.relate(Rel.FUNDED_BY, me, {
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
    const [quoteId] = this.evidence.locate([statement.quote], `${path}.quote`, true);
    if (quoteId === undefined) return;
    const id = statement.id ?? statementId(this.sourceId, quoteId);
    if (!idFits(id, path, 'statement', this.problems)) return;
    const stored = this.dates({ date: statement.date }, path);
    const node = this.record.defineBare(Label.Statement, id, path, {
      quote: quoteId,
      ...stored.props,
    });
    if (!node) return;
    node.dates = stored.dates;
    node.clear = stored.clear;
    node.evidenceIds = this.evidence.locate(statement.evidence, `${path}.evidence`);
    this.drafts.kinds.push({
      node,
      kind: this.kindRef('statement-kind', statement.kind, path),
    });
    const me = selfRef(Label.Statement, id, path);
    this.record.relate(Rel.STATED_BY, me, {
      to: ref(Label.Person, statement.speaker, `${path}.speaker`),
      onBehalfOf: statement.onBehalfOf
        ? ref(Label.Organization, statement.onBehalfOf, `${path}.onBehalfOf`)
        : null,
      evidence: statement.evidence,
      path,
    });
    if (statement.event !== undefined) {
      this.record.relate(Rel.MADE_AT, me, {
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
      this.record.relate(Rel.ABOUT, me, {
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
      this.problems.add(
        `${path}.${key}`,
        `${withArticle(LABEL_NOUN[label])} has no "${key}": only ${labels.map((l) => withArticle(LABEL_NOUN[l])).join(' or ')} has one`,
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
    this.drafts.amendments.push({
      target,
      aliases: amendment.aliases ?? [],
      props,
      evidenceIds: this.evidence.locate(amendment.evidence, `${path}.evidence`),
      path,
    });
  }

  private unitOf(
    me: Endpoint,
    link: { organization: string; relation: string; evidence: Excerpt[] },
    path: string,
  ): void {
    this.record.relate(Rel.UNIT_OF, me, {
      to: ref(Label.Organization, link.organization, `${path}.organization`),
      props: { relation: link.relation },
      evidence: link.evidence,
      path,
    });
  }

  private within(me: Endpoint, link: { place: string; evidence: Excerpt[] }, path: string): void {
    this.record.relate(Rel.LOCATED_IN, me, {
      to: ref(Label.Place, link.place, `${path}.place`),
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
      this.record.relate(Rel.DESIGNATED_AS, me, {
        to: termRef('designation', link.designation, `${at}.designation`),
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
      this.record.relate(Rel.FOCUSES_ON, me, {
        to: ref(Label.DiseaseArea, area.area, `${at}.area`),
        props: { wording: area.wording ?? null },
        evidence: area.evidence,
        path: at,
      });
    });
    aspects?.forEach((aspect, j) => {
      const at = `${path}.aspects[${j}]`;
      this.record.relate(Rel.COVERS_ASPECT, me, {
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
      this.record.relate(Rel.LOCATED_IN, from, {
        to: ref(Label.Place, link.place, `${path}[${j}].place`),
        evidence: link.evidence,
        path: `${path}[${j}]`,
      });
    });
  }

  /** A kind written as a built-in value or a term reference, at `<path>.kind`. */
  private kindRef(vocabulary: TermVocabularyKey, value: string, path: string): Endpoint {
    return termRef(vocabulary, value, `${path}.kind`);
  }

  private dates(fields: Record<string, string | undefined>, path: string): StoredDates {
    return storedDates(fields, path, this.problems);
  }

  private checkOrder(start: string | undefined, end: string | undefined, path: string): void {
    checkDateOrder(start, end, path, this.problems);
  }
}
