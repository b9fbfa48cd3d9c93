import type { Label, Rel } from '../../db/labelsAndTypes';
import type { NodeUpsert, PropertyValue } from '../../domain/importPlan';
import type { AlternativeNameInput, Excerpt } from '../documentSchema';
import type { DocumentDrafts } from './drafts';
import { compactKeys, encodeNames } from './encodeNames';
import type { Endpoint } from './endpoint';
import type { ExcerptEvidence } from './excerptEvidence';
import { LABEL_NOUN } from './labelNoun';
import type { ProblemList } from './problemList';

/** A fact as an entry of the document states it, from the entity the entry is about. */
export interface StatedFact {
  to: Endpoint;
  key?: Record<string, string>;
  props?: Record<string, string | null>;
  onBehalfOf?: Endpoint | null;
  role?: Endpoint | null;
  evidence: Excerpt[];
  path: string;
}

/**
 * Records definitions and facts into `drafts` as the walk over a document meets them: a second
 * definition of an id is a problem, and the evidence of each is located as it is recorded.
 */
export class DraftRecorder {
  constructor(
    readonly drafts: DocumentDrafts,
    private readonly evidence: ExcerptEvidence,
    private readonly problems: ProblemList,
  ) {}

  /** A named entity the document defines; null (and a problem) for an id defined before. */
  defineNode(
    label: Label,
    entity: { id: string; name: string; aliases?: AlternativeNameInput[]; evidence: Excerpt[] },
    path: string,
    props: Record<string, PropertyValue>,
    acronym?: string,
    dates: Record<string, string> = {},
    broader?: string | null,
  ): NodeUpsert | null {
    const definitions = this.drafts.definitions.of(label);
    const earlier = definitions.get(entity.id);
    if (earlier) {
      this.problems.add(
        `${path}.id`,
        `duplicate id "${entity.id}": already defined at ${earlier.path}`,
      );
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
      evidenceIds: this.evidence.locate(entity.evidence, `${path}.evidence`),
      path,
    };
    this.drafts.nodes.push(node);
    return node;
  }

  /** A node without names (statements, participant groups); its evidence is set by the caller. */
  defineBare(
    label: Label,
    id: string,
    path: string,
    props: Record<string, PropertyValue>,
  ): NodeUpsert | null {
    const definitions = this.drafts.definitions.of(label);
    const earlier = definitions.get(id);
    if (earlier) {
      this.problems.add(
        `${path}`,
        `duplicate ${LABEL_NOUN[label]} "${id}": already defined at ${earlier.path}`,
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
    this.drafts.nodes.push(node);
    return node;
  }

  /** A fact of `type` from `from`, resolved with the other references later. */
  relate(type: Rel, from: Endpoint, fact: StatedFact): void {
    this.drafts.relationships.push({
      type,
      from,
      to: fact.to,
      key: fact.key ?? {},
      props: fact.props ?? {},
      onBehalfOf: fact.onBehalfOf ?? null,
      role: fact.role ?? null,
      evidenceIds: this.evidence.locate(fact.evidence, `${fact.path}.evidence`),
      path: fact.path,
    });
  }
}
