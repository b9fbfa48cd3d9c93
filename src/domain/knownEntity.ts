/** Labels of the entities a draft may refer to. */
export type KnownLabel =
  | 'Person'
  | 'Organization'
  | 'Place'
  | 'Program'
  | 'Event'
  | 'DiseaseArea'
  | 'CooperationAspect'
  | 'Term';

/** An entity the graph (or the seed documents, offline) already holds, as a draft needs it. */
export interface KnownEntity {
  id: string;
  label: KnownLabel;
  name: string;
  /** Normalised names (name, aliases, acronym) as the importer matches them. */
  matchKeys: string[];
  kind: string | null;
  acronym: string | null;
  /** The organization it is a unit of. */
  parentId: string | null;
  /** A person's positions: title and organization id. */
  positions: { title: string; organizationId: string }[];
  /**
   * A person's other ties: the organizations they acted for at events, in programs and in
   * statements (`onBehalfOf`), to tell two people of one name apart.
   */
  affiliations?: string[];
  /** The places it lies in and the designations it carries (`place/...`, `term/designation/...`). */
  links?: string[];
  /** A term's built-in value (`LEADER` for a chair), for terms of role and kind vocabularies. */
  broader?: string | null;
}

/** Reads what the graph holds about a draft's names, in one go. */
export interface EntityLookup {
  /** Where the answers come from, for messages ("the database", "seed/documents"). */
  readonly description: string;
  /**
   * The entities having any of these match keys (`matchKey`: normalised, spaces removed), plus
   * every disease area, cooperation aspect and term (the vocabularies are small and matched
   * against the whole text), plus the entities of `ids` (ids the guide's rules predict, such as
   * the agreement of "the AHMU–BGI memorandum of 2018").
   */
  find(keys: string[], ids?: string[]): Promise<KnownEntity[]>;
}

/** A lookup of an empty graph: a draft from the article's text alone. */
export const NO_LOOKUP: EntityLookup = {
  description: 'nothing (text alone)',
  find: () => Promise.resolve([]),
};

/** Known entities indexed by match key (normalised, spaces removed: "Cao Yun Xia" is "Cao Yunxia"). */
export class KnownIndex {
  private readonly byKey = new Map<string, KnownEntity[]>();
  readonly byId = new Map<string, KnownEntity>();

  constructor(readonly entities: KnownEntity[]) {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const key of new Set(entity.matchKeys.map(compact)))
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), entity]);
    }
  }

  /** The entities of a label having a name with this key (normalised; spaces do not count). */
  named(label: KnownEntity['label'], key: string): KnownEntity[] {
    return (this.byKey.get(compact(key)) ?? []).filter((e) => e.label === label);
  }

  ofLabel(label: KnownEntity['label']): KnownEntity[] {
    return this.entities.filter((e) => e.label === label);
  }
}

/** A normalised name without its spaces: the form names are matched in. */
function compact(key: string): string {
  return key.replace(/ /g, '');
}
