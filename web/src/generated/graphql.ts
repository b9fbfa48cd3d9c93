/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An alternative name. */
export type AlternativeNameInput = {
  /** ALIAS (default), ACRONYM or FORMER. */
  kind?: NameKind | null | undefined;
  /** BCP 47 language tag. */
  language?: string | null | undefined;
  /** The name. */
  value: string;
};

/** Additions to an entity that is already defined: give exactly one of the references. */
export type AmendmentInput = {
  /** Names to add. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** A disease area's id or name. */
  area?: string | null | undefined;
  /** A cooperation aspect's id or name. */
  aspect?: string | null | undefined;
  /** Designations (places). */
  designations?: Array<PlaceDesignationInput> | null | undefined;
  /** An event's id or name. */
  event?: string | null | undefined;
  /** Quotations stating the additions. */
  evidence: Array<ExcerptInput>;
  /** Where it is (organizations, programs, events). */
  locatedIn?: Array<PlaceLinkInput> | null | undefined;
  /** An organization's id, name or alias. */
  organization?: string | null | undefined;
  /** A person's id or name. */
  person?: string | null | undefined;
  /** A place's id or name. */
  place?: string | null | undefined;
  /** A program's id or name. */
  program?: string | null | undefined;
  /** ROR id (organizations). */
  rorId?: string | null | undefined;
  /** The organization it belongs to (organizations). */
  unitOf?: UnitOfInput | null | undefined;
  /** Wikidata id (people and organizations). */
  wikidataId?: string | null | undefined;
  /** The place it lies in (places). */
  within?: PlaceLinkInput | null | undefined;
};

/** What a write did (or, in a dry run, would do) to one entity or relationship. */
export type ChangeKind =
  /** It did not exist and is created. */
  | 'CREATED'
  /** It is deleted. */
  | 'DELETED'
  /** It exists exactly as the document states it. */
  | 'UNCHANGED'
  /** It exists and some of its properties, names or evidence change. */
  | 'UPDATED';

/** A date range filter; both ends inclusive, either may be omitted. */
export type DateRange = {
  /** Earliest date included. */
  from?: string | null | undefined;
  /** Latest date included. */
  to?: string | null | undefined;
};

/** An import document: the same structure as a seed YAML file (see seed/README.md). */
export type DocumentInput = {
  /** Additions to entities already defined: names, external ids, links. */
  amend?: Array<AmendmentInput> | null | undefined;
  /** Cooperation aspects. */
  aspects?: Array<TermInput> | null | undefined;
  /** Disease areas. */
  diseaseAreas?: Array<TermInput> | null | undefined;
  /** Events. */
  events?: Array<EventInput> | null | undefined;
  /** Organizations the source names. */
  organizations?: Array<OrganizationInput> | null | undefined;
  /** People the source names. */
  people?: Array<PersonInput> | null | undefined;
  /** Places the source names. */
  places?: Array<PlaceInput> | null | undefined;
  /** Titles people hold at organizations. */
  positions?: Array<PositionInput> | null | undefined;
  /** Programs. */
  programs?: Array<ProgramInput> | null | undefined;
  /** The source the facts come from; its text must be given inline. */
  source: SourceInput;
  /** Who said, hoped or pledged what. */
  statements?: Array<StatementInput> | null | undefined;
  /** Terms of role and kind vocabularies, and designations, that the document defines. */
  terms?: Array<VocabularyTermInput> | null | undefined;
};

/** Whether a drafted fact is an entity or a link between entities. */
export type DraftFactType =
  /** A person, organization, place, program, event, statement or vocabulary term. */
  | 'ENTITY'
  /** A position, a unit-of link, a party, a participant, a participant group, an alias and the like. */
  | 'LINK';

/**
 * The entity types: what search can return (people, organizations, programs, events, places,
 * disease areas and cooperation aspects) and what an entity's neighbours are grouped by (all of
 * them).
 */
export type EntityType =
  /** Cooperation aspects. */
  | 'COOPERATION_ASPECT'
  /** Disease areas. */
  | 'DISEASE_AREA'
  /** Events. */
  | 'EVENT'
  /** Organizations. */
  | 'ORGANIZATION'
  /** Participant groups ("12 experts" at an event); never a search hit. */
  | 'PARTICIPANT_GROUP'
  /** People. */
  | 'PERSON'
  /** Places. */
  | 'PLACE'
  /** Positions (a title a person holds at an organization); never a search hit. */
  | 'POSITION'
  /** Programs. */
  | 'PROGRAM'
  /** Statements (who said, hoped or pledged what); never a search hit. */
  | 'STATEMENT'
  /** Terms of the role, kind and designation vocabularies; never a search hit. */
  | 'TERM';

/** A program or an organization that paid for an event: give one of the two. */
export type EventFunderInput = {
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The organization's id, name or alias. */
  organization?: string | null | undefined;
  /** The program's id or name. */
  program?: string | null | undefined;
};

/** An event in a document. */
export type EventInput = {
  /** Other names. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** Cooperation aspects it covered. */
  aspects?: Array<ProgramAspectInput> | null | undefined;
  /** Date: YYYY, YYYY-MM, YYYY-MM-DD or an EDTF date or range. */
  date?: string | null | undefined;
  /** A sentence about it. */
  description?: string | null | undefined;
  /** Disease areas it was about. */
  diseaseAreas?: Array<ProgramAreaInput> | null | undefined;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** Who paid for it. */
  fundedBy?: Array<EventFunderInput> | null | undefined;
  /** Unnamed participants. */
  groups?: Array<ParticipantGroupInput> | null | undefined;
  /** Hosts. */
  hosts?: Array<OrganizationLinkInput> | null | undefined;
  /** Stable id, `event/...`. */
  id: string | number;
  /** Kind. */
  kind: EventKind;
  /** Name. */
  name: string;
  /** The event it was part of. */
  partOf?: EventPartOfInput | null | undefined;
  /** Participants. */
  participants?: Array<EventParticipantInput> | null | undefined;
  /** Where it happened. */
  places?: Array<PlaceLinkInput> | null | undefined;
  /** Programs it produced. */
  produced?: Array<EventProducedInput> | null | undefined;
  /** Programs it belongs to. */
  programs?: Array<EventProgramInput> | null | undefined;
  /** Sites visited. */
  visited?: Array<OrganizationLinkInput> | null | undefined;
};

/** What kind of event it is. */
export type EventKind =
  /** A meeting, forum or seminar. */
  | 'MEETING'
  /** Anything else. */
  | 'OTHER'
  /** The signing of an agreement. */
  | 'SIGNING'
  /** A visit of a delegation. */
  | 'VISIT';

/** An event's parent event. */
export type EventPartOfInput = {
  /** The parent's id or name. */
  event: string;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
};

/** A person's part in an event. */
export type EventParticipantInput = {
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The organization the person represented. */
  onBehalfOf?: string | null | undefined;
  /** The person's id, name or alias. */
  person: string;
  /** The role; give this or `roleTerm`. */
  role?: EventRole | null | undefined;
  /** A curated term instead of `role`: its id (`term/event-role/...`) or one of its names. */
  roleTerm?: string | null | undefined;
};

/** A program an event produced. */
export type EventProducedInput = {
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The program's id or name. */
  program: string;
};

/** A program an event belongs to. */
export type EventProgramInput = {
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The program's id or name. */
  program: string;
  /** How, in words. */
  relation?: string | null | undefined;
};

/** The role a person plays at an event. */
export type EventRole =
  /** Receives the visitors. */
  | 'HOST'
  /** Leads the delegation. */
  | 'LEADER'
  /** A member of the delegation. */
  | 'MEMBER'
  /** Takes part otherwise. */
  | 'PARTICIPANT'
  /** Signs an agreement at the event. */
  | 'SIGNATORY';

/** A verbatim quotation of the source text. */
export type ExcerptInput = {
  /** Which occurrence (1-based) when the text occurs more than once. */
  occurrence?: number | null | undefined;
  /** The exact text. */
  quote: string;
};

/** The kinds of alternative names. */
export type NameKind =
  /** An acronym or abbreviation ("AHMU"). */
  | 'ACRONYM'
  /** Another spelling or form of the name ("Prof. Li jun"). */
  | 'ALIAS'
  /** A name the entity used before. */
  | 'FORMER';

/** Filter for organizations; all given conditions must hold. */
export type OrganizationFilter = {
  /** All of these conditions hold. */
  and?: Array<OrganizationFilter> | null | undefined;
  /** The organization is a party to at least one program matching this filter. */
  hasProgram?: ProgramFilter | null | undefined;
  /** The organization is of one of these kinds. */
  kind?: Array<OrganizationKind> | null | undefined;
  /** The organization is of this kind term (a curated kind, or a built-in one). */
  kindTerm?: string | number | null | undefined;
  /** Condition on the display name or any alternative name (acronyms included). */
  name?: StringFilter | null | undefined;
  /** This condition does not hold. */
  not?: OrganizationFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<OrganizationFilter> | null | undefined;
  /** The organization is located in this place or a place inside it. */
  place?: string | number | null | undefined;
  /** The organization is stated by this source (its evidence quotes it). */
  source?: string | number | null | undefined;
  /** The organization is a (direct or indirect) unit of this organization. */
  unitOf?: string | number | null | undefined;
};

/** An organization in a document. */
export type OrganizationInput = {
  /** Main acronym. */
  acronym?: string | null | undefined;
  /** Other names. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** Quotations naming it. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `org/...`. */
  id: string | number;
  /** Its kind; give this or `kindTerm`. */
  kind?: OrganizationKind | null | undefined;
  /** A curated term instead of `kind`: its id (`term/organization-kind/...`) or one of its names. */
  kindTerm?: string | null | undefined;
  /** Where it is. */
  locatedIn?: Array<PlaceLinkInput> | null | undefined;
  /** Display name. */
  name: string;
  /** ROR id. */
  rorId?: string | null | undefined;
  /** The organization it belongs to. */
  unitOf?: UnitOfInput | null | undefined;
  /** Wikidata id. */
  wikidataId?: string | null | undefined;
};

/** What kind of organization it is. */
export type OrganizationKind =
  /** A company or a company's site (headquarters, centre). */
  | 'COMPANY'
  /** A department or office inside an organization. */
  | 'DEPARTMENT'
  /** A gene bank or biobank. */
  | 'GENE_BANK'
  /** A government body. */
  | 'GOVERNMENT_BODY'
  /** A hospital, e.g. an affiliated hospital of a university. */
  | 'HOSPITAL'
  /** Anything else. */
  | 'OTHER'
  /** A party committee of an organization. */
  | 'PARTY_COMMITTEE'
  /** A research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A university. */
  | 'UNIVERSITY';

/** A link to an organization with its evidence. */
export type OrganizationLinkInput = {
  /** Quotations stating the link. */
  evidence: Array<ExcerptInput>;
  /** The organization's id, name or alias. */
  organization: string;
};

/** Participants of an event the source does not name. */
export type ParticipantGroupInput = {
  /** How many. */
  count?: number | null | undefined;
  /** Who they were, in the source's words. */
  description: string;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `group/...`; derived from the event and the description when omitted. */
  id?: string | number | null | undefined;
  /** The organization they came for. */
  onBehalfOf?: string | null | undefined;
  /** Their role; PARTICIPANT when neither this nor `roleTerm` is given. */
  role?: EventRole | null | undefined;
  /** A curated term instead of `role`: its id (`term/event-role/...`) or one of its names. */
  roleTerm?: string | null | undefined;
};

/** A person in a document. */
export type PersonInput = {
  /** Other names. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** Quotations naming the person. */
  evidence: Array<ExcerptInput>;
  /** Honorific ("Prof."). */
  honorific?: string | null | undefined;
  /** Stable id, `person/...`. */
  id: string | number;
  /** Display name. */
  name: string;
  /** Wikidata id. */
  wikidataId?: string | null | undefined;
};

/** A designation of a place. */
export type PlaceDesignationInput = {
  /** The designation term's id or name. */
  designation: string;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** Since when. */
  since?: string | null | undefined;
};

/** A place in a document. */
export type PlaceInput = {
  /** Other names. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** What it is designated as. */
  designations?: Array<PlaceDesignationInput> | null | undefined;
  /** Quotations naming it. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `place/...`. */
  id: string | number;
  /** CITY, PROVINCE, COUNTRY or OTHER; give this or `kindTerm`. */
  kind?: PlaceKind | null | undefined;
  /** A curated term instead of `kind`: its id (`term/place-kind/...`) or one of its names. */
  kindTerm?: string | null | undefined;
  /** Display name. */
  name: string;
  /** The place it lies in. */
  within?: PlaceLinkInput | null | undefined;
};

/** What kind of place it is. */
export type PlaceKind =
  /** A city. */
  | 'CITY'
  /** A country. */
  | 'COUNTRY'
  /** Anything else (a district, a campus). */
  | 'OTHER'
  /** A province or state. */
  | 'PROVINCE';

/** A link to a place with its evidence. */
export type PlaceLinkInput = {
  /** Quotations stating the link. */
  evidence: Array<ExcerptInput>;
  /** The place's id or name. */
  place: string;
};

/** A position in a document. */
export type PositionInput = {
  /** A date the source says it was held. */
  attestedOn?: string | null | undefined;
  /** End: YYYY, YYYY-MM or YYYY-MM-DD. */
  end?: string | null | undefined;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `position/...`; derived from person, organization and title when omitted. */
  id?: string | number | null | undefined;
  /** The organization's id, name or alias. */
  organization: string;
  /** The person's id, name or alias. */
  person: string;
  /** Start: YYYY, YYYY-MM or YYYY-MM-DD. */
  start?: string | null | undefined;
  /** The title. */
  title: string;
};

/** A program's focus on a disease area. */
export type ProgramAreaInput = {
  /** The area's id, name or alias. */
  area: string;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The program's own wording. */
  wording?: string | null | undefined;
};

/** A cooperation aspect of a program. */
export type ProgramAspectInput = {
  /** The aspect's id, name or alias. */
  aspect: string;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The program's own wording. */
  wording?: string | null | undefined;
};

/** Filter for programs; all given conditions must hold. */
export type ProgramFilter = {
  /**
   * The program was running on this date: not started after it and not ended before it (a
   * program without a start or end date is not bounded on that side).
   */
  activeOn?: string | null | undefined;
  /** All of these conditions hold. */
  and?: Array<ProgramFilter> | null | undefined;
  /** The program covers this cooperation aspect. */
  aspect?: string | number | null | undefined;
  /** The program focuses on this disease area. */
  diseaseArea?: string | number | null | undefined;
  /** At least one party matches this filter. */
  hasParty?: OrganizationFilter | null | undefined;
  /** With `organization`: parties that are units of it count too. */
  includeUnits?: boolean | null | undefined;
  /** The program is of one of these kinds. */
  kind?: Array<ProgramKind> | null | undefined;
  /** Condition on the name. */
  name?: StringFilter | null | undefined;
  /** This condition does not hold. */
  not?: ProgramFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ProgramFilter> | null | undefined;
  /** This organization (or, with `includeUnits`, one of its units) is a party. */
  organization?: string | number | null | undefined;
  /** This person has a role in the program. */
  person?: string | number | null | undefined;
  /** The program serves or runs in this place or a place inside it. */
  place?: string | number | null | undefined;
  /** The program is stated by this source (its evidence quotes it). */
  source?: string | number | null | undefined;
  /** The program started within this range. */
  started?: DateRange | null | undefined;
  /** The program has one of these statuses. */
  status?: Array<ProgramStatus> | null | undefined;
  /** Only top-level programs (true) or only sub-programs (false). */
  topLevel?: boolean | null | undefined;
};

/** A program in a document. */
export type ProgramInput = {
  /** Other names. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** Cooperation aspects. */
  aspects?: Array<ProgramAspectInput> | null | undefined;
  /** A sentence about it. */
  description?: string | null | undefined;
  /** Disease areas. */
  diseaseAreas?: Array<ProgramAreaInput> | null | undefined;
  /** End: YYYY, YYYY-MM or YYYY-MM-DD. */
  end?: string | null | undefined;
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `program/...`. */
  id: string | number;
  /** Kind. */
  kind: ProgramKind;
  /** Name. */
  name: string;
  /** The program it is part of. */
  partOf?: ProgramPartOfInput | null | undefined;
  /** Organizations with roles. */
  parties?: Array<ProgramPartyInput> | null | undefined;
  /** People with roles. */
  people?: Array<ProgramPersonInput> | null | undefined;
  /** Places it serves or runs in. */
  places?: Array<PlaceLinkInput> | null | undefined;
  /** The guiding principle. */
  principle?: string | null | undefined;
  /** Start: YYYY, YYYY-MM or YYYY-MM-DD. */
  start?: string | null | undefined;
  /** Status, where the source says (UNKNOWN cannot be stated). */
  status?: ProgramStatus | null | undefined;
};

/** What kind of program it is. */
export type ProgramKind =
  /** A signed agreement: memorandum of cooperation, contract, framework agreement. */
  | 'AGREEMENT'
  /** A centre to be set up or run jointly. */
  | 'CENTER'
  /** A research or work collaboration. */
  | 'COLLABORATION'
  /** A joint education or training project. */
  | 'EDUCATION'
  /** Anything else. */
  | 'OTHER';

/** A program's parent program. */
export type ProgramPartOfInput = {
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The parent's id or name. */
  program: string;
};

/** An organization's part in a program. */
export type ProgramPartyInput = {
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The organization's id, name or alias; give this or `place`. */
  organization?: string | null | undefined;
  /** A country's or region's id or name, when it is the party. */
  place?: string | null | undefined;
  /** Its role; give this or `roleTerm`. */
  role?: ProgramPartyRole | null | undefined;
  /** A curated term instead of `role`: its id (`term/party-role/...`) or one of its names. */
  roleTerm?: string | null | undefined;
};

/** The role an organization plays in a program. */
export type ProgramPartyRole =
  /** Hosts the program or its work. */
  | 'HOST'
  /** Takes part, or is the basis or object of the work. */
  | 'PARTICIPANT'
  /** A partner in the work. */
  | 'PARTNER'
  /** Signed the agreement. */
  | 'SIGNATORY';

/** A person's part in a program. */
export type ProgramPersonInput = {
  /** Quotations stating it. */
  evidence: Array<ExcerptInput>;
  /** The organization the person acts for. */
  onBehalfOf?: string | null | undefined;
  /** The person's id, name or alias. */
  person: string;
  /** The role; give this or `roleTerm`. */
  role?: ProgramPersonRoleKind | null | undefined;
  /** A curated term instead of `role`: its id (`term/person-role/...`) or one of its names. */
  roleTerm?: string | null | undefined;
};

/** The role a person plays in a program. */
export type ProgramPersonRoleKind =
  /** Leads the program. */
  | 'LEADS'
  /** Anything else (a curated role such as an advisor may count as this). */
  | 'OTHER'
  /** Represents an organization in the program. */
  | 'REPRESENTS'
  /** Signed the program's agreement. */
  | 'SIGNED';

/** Where a program stands. */
export type ProgramStatus =
  /** Running or in force. */
  | 'ACTIVE'
  /** Finished or terminated. */
  | 'ENDED'
  /** Envisioned or announced, not started. */
  | 'PLANNED'
  /** Being discussed by the parties, not agreed yet. */
  | 'UNDER_DISCUSSION'
  /** No source says (a document may leave the status out). */
  | 'UNKNOWN';

/**
 * The source of a document. Give `text` for a new source; an already imported source may be named by
 * `id` alone.
 */
export type SourceInput = {
  /** Publication date: YYYY, YYYY-MM, YYYY-MM-DD or an EDTF date (seed/README.md, section 6). */
  date?: string | null | undefined;
  /** Stable id, `source/...`. */
  id: string | number;
  /** ARTICLE, REPORT, REFERENCE or OTHER. */
  kind?: string | null | undefined;
  /** BCP 47 language tag. */
  language?: string | null | undefined;
  /** Publisher. */
  publisher?: string | null | undefined;
  /** The full text every excerpt is quoted from. */
  text?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** Where it can be read. */
  url?: string | null | undefined;
};

/** A statement in a document. */
export type StatementInput = {
  /** What it is about. */
  about?: Array<StatementSubjectInput> | null | undefined;
  /** When, where the source says: YYYY, YYYY-MM, YYYY-MM-DD or EDTF. */
  date?: string | null | undefined;
  /** The event at which it was said. */
  event?: string | null | undefined;
  /** Quotations saying who made the statement. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `statement/...`; derived from the source and the quote's offsets when omitted. */
  id?: string | number | null | undefined;
  /** What kind of statement. */
  kind?: StatementKind | null | undefined;
  /** A curated term instead of `kind`: its id (`term/statement-kind/...`) or one of its names. */
  kindTerm?: string | null | undefined;
  /** The organization the speaker spoke for. */
  onBehalfOf?: string | null | undefined;
  /** What was said, verbatim. */
  quote: ExcerptInput;
  /** The speaker's id, name or alias. */
  speaker: string;
};

/** What a statement says about the future or the past, as the source reports it. */
export type StatementKind =
  /** Hoped, wished, expected. */
  | 'HOPED'
  /** Anything else. */
  | 'OTHER'
  /** Pledged, promised, committed to. */
  | 'PLEDGED'
  /** Said, stated, pointed out. */
  | 'SAID';

/** One thing a statement is about: give exactly one of the references. */
export type StatementSubjectInput = {
  /** A disease area's id or name. */
  area?: string | null | undefined;
  /** A cooperation aspect's id or name. */
  aspect?: string | null | undefined;
  /** An event's id or name. */
  event?: string | null | undefined;
  /** Quotations stating it; the statement's quote when omitted. */
  evidence?: Array<ExcerptInput> | null | undefined;
  /** An organization's id, name or alias. */
  organization?: string | null | undefined;
  /** A place's id or name. */
  place?: string | null | undefined;
  /** A program's id or name. */
  program?: string | null | undefined;
  /** The statement's own words for it. */
  wording?: string | null | undefined;
};

/** A string filter on a name; all given conditions must hold. Matching ignores case. */
export type StringFilter = {
  /** The value contains this text. */
  contains?: string | null | undefined;
  /** The value equals this text. */
  equals?: string | null | undefined;
  /** The value starts with this text. */
  startsWith?: string | null | undefined;
};

/** A disease area or cooperation aspect in a document. */
export type TermInput = {
  /** Other wordings. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** Quotations naming it. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `area/...` or `aspect/...`. */
  id: string | number;
  /** Display name. */
  name: string;
};

/** An organization's parent with the kind of link. */
export type UnitOfInput = {
  /** Quotations stating the link. */
  evidence: Array<ExcerptInput>;
  /** The parent's id, name or alias. */
  organization: string;
  /** How they relate (`affiliated hospital`, `department` ...). */
  relation: string;
};

/** A term of a role or kind vocabulary, or a designation (see seed/README.md, `terms`). */
export type VocabularyTermInput = {
  /** Other wordings. */
  aliases?: Array<AlternativeNameInput> | null | undefined;
  /** The built-in value it counts as (required for roles; kinds default to OTHER). */
  broader?: string | null | undefined;
  /** What it means. */
  description?: string | null | undefined;
  /** Quotations naming it. */
  evidence: Array<ExcerptInput>;
  /** Stable id, `term/<vocabulary>/<name>`, e.g. `term/event-role/chair`. */
  id: string | number;
  /** Display name. */
  name: string;
};

export type DraftArticleMutationVariables = Exact<{
  text: string;
  title?: string | null | undefined;
  date?: string | null | undefined;
}>;


export type DraftArticleMutation = { draftDocument: { lookedUpIn: string, source: { id: string, title: string, date: string | null, text: string }, facts: Array<{ key: string, type: DraftFactType, kind: string, label: string, confidence: number, checks: Array<string>, id: string | null, existing: boolean | null, owner: string | null, value: unknown, optional: Array<string>, quote: { quote: string, start: number, end: number } | null, excerpts: Array<{ quote: string, start: number, end: number }>, candidates: Array<{ id: string, name: string, existing: boolean, match: string, score: number, note: string | null, kind: string | null }>, refs: Array<{ field: string, key: string }> }> } };

export type ImportDraftMutationVariables = Exact<{
  document: DocumentInput;
  dryRun?: boolean | null | undefined;
}>;


export type ImportDraftMutation = { importDocument: { sourceId: string, dryRun: boolean, diff: { entityCounts: { created: number, updated: number, unchanged: number }, relationshipCounts: { created: number, updated: number, unchanged: number }, entities: Array<{ id: string, type: string, change: ChangeKind, fields: Array<string> }> } } };

export type DashboardCountsQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
}>;


export type DashboardCountsQuery = { stats: { programs: number, counts: { people: number, organizations: number, programs: number, events: number, sources: number, excerpts: number } } };

export type DashboardFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardFilterOptionsQuery = { diseaseAreas: Array<{ id: string, name: string }>, cooperationAspects: Array<{ id: string, name: string }>, stats: { programsByYear: Array<{ year: number }> } };

export type ProgramsByDiseaseAreaQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
}>;


export type ProgramsByDiseaseAreaQuery = { stats: { programsByDiseaseArea: Array<{ programs: number, area: { id: string, name: string } }> } };

export type ProgramsByAspectQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
}>;


export type ProgramsByAspectQuery = { stats: { programsByAspect: Array<{ programs: number, aspect: { id: string, name: string } }> } };

export type ProgramsByYearQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
}>;


export type ProgramsByYearQuery = { stats: { programsByYear: Array<{ year: number, programs: number }> } };

export type ProgramsByStatusQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
}>;


export type ProgramsByStatusQuery = { stats: { programsByStatus: Array<{ status: ProgramStatus, programs: number }> } };

export type OrganizationsByPartnersQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ProgramFilter | null | undefined;
}>;


export type OrganizationsByPartnersQuery = { stats: { organizationsByPartners: Array<{ partners: number, organization: { id: string, name: string, acronym: string | null } }> } };

export type PeopleByOrganizationQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ProgramFilter | null | undefined;
}>;


export type PeopleByOrganizationQuery = { stats: { peopleByOrganization: Array<{ people: number, organization: { id: string, name: string, acronym: string | null } }> } };

export type CollaborationMatrixQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ProgramFilter | null | undefined;
}>;


export type CollaborationMatrixQuery = { stats: { collaborationMatrix: { programs: Array<Array<number>>, organizations: Array<{ id: string, name: string, acronym: string | null }> } } };

type EntityLabel_CooperationAspect_Fragment = { __typename: 'CooperationAspect', name: string, id: string };

type EntityLabel_DiseaseArea_Fragment = { __typename: 'DiseaseArea', name: string, id: string };

type EntityLabel_Event_Fragment = { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null };

type EntityLabel_Organization_Fragment = { __typename: 'Organization', name: string, id: string };

type EntityLabel_ParticipantGroup_Fragment = { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string };

type EntityLabel_Person_Fragment = { __typename: 'Person', name: string, id: string };

type EntityLabel_Place_Fragment = { __typename: 'Place', name: string, id: string };

type EntityLabel_Position_Fragment = { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } };

type EntityLabel_Program_Fragment = { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null };

type EntityLabel_Source_Fragment = { __typename: 'Source', title: string, id: string };

type EntityLabel_Statement_Fragment = { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } };

type EntityLabel_Term_Fragment = { __typename: 'Term', name: string, id: string };

export type EntityLabelFragment =
  | EntityLabel_CooperationAspect_Fragment
  | EntityLabel_DiseaseArea_Fragment
  | EntityLabel_Event_Fragment
  | EntityLabel_Organization_Fragment
  | EntityLabel_ParticipantGroup_Fragment
  | EntityLabel_Person_Fragment
  | EntityLabel_Place_Fragment
  | EntityLabel_Position_Fragment
  | EntityLabel_Program_Fragment
  | EntityLabel_Source_Fragment
  | EntityLabel_Statement_Fragment
  | EntityLabel_Term_Fragment
;

export type EvidenceItemFragment = { id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } };

export type SearchEntitiesQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchEntitiesQuery = { search: Array<{ type: EntityType, name: string, description: string | null, score: number, node:
      | { __typename: 'CooperationAspect', name: string, id: string }
      | { __typename: 'DiseaseArea', name: string, id: string }
      | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Place', name: string, id: string }
      | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
      | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
      | { __typename: 'Term', name: string, id: string }
     }> };

export type NeighboursQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  types?: Array<EntityType> | EntityType | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighboursQuery = { neighbours: { totalCount: number, groups: Array<{ type: EntityType, count: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ relationship: string, description: string, outgoing: boolean, qualifier: string | null, node:
        | { __typename: 'CooperationAspect', name: string, id: string }
        | { __typename: 'DiseaseArea', name: string, id: string }
        | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Place', name: string, id: string }
        | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
        | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
        | { __typename: 'Source', title: string, id: string }
        | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
        | { __typename: 'Term', name: string, id: string }
      , evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }> } | null };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { node:
    | { __typename: 'CooperationAspect', name: string, id: string, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }
    | { __typename: 'DiseaseArea', name: string, id: string, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }
    | { __typename: 'Event', description: string | null, name: string, id: string, eventKind: EventKind, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }>, date: { text: string, earliest: string } | null }
    | { __typename: 'Organization', acronym: string | null, rorId: string | null, wikidataId: string | null, name: string, id: string, organizationKind: OrganizationKind, alternativeNames: Array<{ value: string }>, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }
    | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }
    | { __typename: 'Person', honorific: string | null, wikidataId: string | null, name: string, id: string, alternativeNames: Array<{ value: string }>, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }
    | { __typename: 'Place', name: string, id: string, placeKind: PlaceKind, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }
    | { __typename: 'Position', title: string, id: string, attestations: Array<{ date: { text: string } | null, source: { title: string } }>, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }>, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
    | { __typename: 'Program', status: ProgramStatus, description: string | null, principle: string | null, name: string, id: string, programKind: ProgramKind, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }>, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Statement', kind: StatementKind, id: string, quote: { excerpt: string }, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }>, date: { text: string, earliest: string } | null, speaker: { name: string } }
    | { __typename: 'Term', name: string, id: string, evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }
   | null };

export type EntityTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityTimelineQuery = { node:
    | { __typename: 'CooperationAspect', id: string }
    | { __typename: 'DiseaseArea', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Organization', id: string, programs: Array<{ role: ProgramPartyRole, program: { id: string, name: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null } }>, hostedEvents: Array<{ id: string, name: string, date: { text: string, earliest: string } | null }> }
    | { __typename: 'ParticipantGroup', id: string }
    | { __typename: 'Person', id: string, positions: Array<{ id: string, title: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string, earliest: string } | null, attestations: Array<{ date: { text: string, earliest: string } | null }>, organization: { id: string, name: string } }>, programRoles: Array<{ role: ProgramPersonRoleKind, program: { id: string, name: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null } }>, events: Array<{ role: EventRole, event: { id: string, name: string, date: { text: string, earliest: string } | null } }>, statements: Array<{ id: string, kind: StatementKind, date: { text: string, earliest: string } | null }> }
    | { __typename: 'Place', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, producedBy: Array<{ id: string, name: string, date: { text: string, earliest: string } | null }>, events: Array<{ relation: string | null, event: { id: string, name: string, date: { text: string, earliest: string } | null } }>, subPrograms: Array<{ id: string, name: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }> }
    | { __typename: 'Source', id: string }
    | { __typename: 'Statement', id: string }
    | { __typename: 'Term', id: string }
   | null };

export type ConnectEntitiesQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type ConnectEntitiesQuery = { connection: { hops: number | null, from:
      | { __typename: 'CooperationAspect', name: string, id: string }
      | { __typename: 'DiseaseArea', name: string, id: string }
      | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Place', name: string, id: string }
      | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
      | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
      | { __typename: 'Term', name: string, id: string }
    , to:
      | { __typename: 'CooperationAspect', name: string, id: string }
      | { __typename: 'DiseaseArea', name: string, id: string }
      | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Place', name: string, id: string }
      | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
      | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
      | { __typename: 'Term', name: string, id: string }
    , paths: Array<{ steps: Array<{ relationship: string, description: string, forward: boolean, qualifier: string | null, from:
          | { __typename: 'CooperationAspect', name: string, id: string }
          | { __typename: 'DiseaseArea', name: string, id: string }
          | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
          | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
          | { __typename: 'Term', name: string, id: string }
        , to:
          | { __typename: 'CooperationAspect', name: string, id: string }
          | { __typename: 'DiseaseArea', name: string, id: string }
          | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
          | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
          | { __typename: 'Term', name: string, id: string }
        , evidence: Array<{ id: string, excerpt: string, source: { id: string, title: string, url: string | null, publisher: string | null, date: { text: string } | null } }> }> }> } | null };

export type ListProgramsQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListProgramsQuery = { programs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: ProgramKind, status: ProgramStatus, start: { text: string } | null, end: { text: string } | null, parties: Array<{ role: ProgramPartyRole, organization: { id: string, name: string, acronym: string | null } }> }> } };

export type ListOrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListOrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: OrganizationKind, parent: { organization: { name: string } } | null }> } };

export type ListNamesQueryVariables = Exact<{
  first: string | number;
  second: string | number;
}>;


export type ListNamesQuery = { diseaseAreas: Array<{ id: string, name: string }>, cooperationAspects: Array<{ id: string, name: string }>, first:
    | { id: string, name: string }
    | Record<PropertyKey, never>
   | null, second:
    | { id: string, name: string }
    | Record<PropertyKey, never>
   | null };

export type SourcePageQueryVariables = Exact<{
  id: string | number;
}>;


export type SourcePageQuery = { source: { id: string, title: string, publisher: string | null, url: string | null, language: string | null, text: string, date: { text: string } | null, excerpts: Array<{ id: string, start: number, end: number, excerpt: string, statedEntities: Array<
        | { __typename: 'CooperationAspect', name: string, id: string }
        | { __typename: 'DiseaseArea', name: string, id: string }
        | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Place', name: string, id: string }
        | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
        | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
        | { __typename: 'Source', title: string, id: string }
        | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
        | { __typename: 'Term', name: string, id: string }
      >, statedRelationships: Array<{ relationship: string, description: string, qualifier: string | null, from:
          | { __typename: 'CooperationAspect', name: string, id: string }
          | { __typename: 'DiseaseArea', name: string, id: string }
          | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
          | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
          | { __typename: 'Term', name: string, id: string }
        , to:
          | { __typename: 'CooperationAspect', name: string, id: string }
          | { __typename: 'DiseaseArea', name: string, id: string }
          | { __typename: 'Event', name: string, id: string, date: { text: string, earliest: string } | null }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'ParticipantGroup', count: number | null, id: string, groupDescription: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Position', title: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null, attestedOn: { text: string } | null, person: { id: string, name: string }, organization: { id: string, name: string } }
          | { __typename: 'Program', name: string, id: string, start: { text: string, earliest: string } | null, end: { text: string, latest: string } | null }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'Statement', kind: StatementKind, id: string, date: { text: string, earliest: string } | null, speaker: { name: string } }
          | { __typename: 'Term', name: string, id: string }
         }> }> } | null };

export const EntityLabelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiseaseArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"groupDescription"},"name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntityLabelFragment, unknown>;
export const EvidenceItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceItemFragment, unknown>;
export const DraftArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookedUpIn"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excerpts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftArticleMutation, DraftArticleMutationVariables>;
export const ImportDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportDraftMutation, ImportDraftMutationVariables>;
export const DashboardCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"excerpts"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCountsQuery, DashboardCountsQueryVariables>;
export const DashboardFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseaseAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardFilterOptionsQuery, DashboardFilterOptionsQueryVariables>;
export const ProgramsByDiseaseAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsByDiseaseArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programsByDiseaseArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsByDiseaseAreaQuery, ProgramsByDiseaseAreaQueryVariables>;
export const ProgramsByAspectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsByAspect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programsByAspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsByAspectQuery, ProgramsByAspectQueryVariables>;
export const ProgramsByYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsByYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsByYearQuery, ProgramsByYearQueryVariables>;
export const ProgramsByStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsByStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsByStatusQuery, ProgramsByStatusQueryVariables>;
export const OrganizationsByPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsByPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationsByPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsByPartnersQuery, OrganizationsByPartnersQueryVariables>;
export const PeopleByOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleByOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleByOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleByOrganizationQuery, PeopleByOrganizationQueryVariables>;
export const CollaborationMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollaborationMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}}]}}]}}]} as unknown as DocumentNode<CollaborationMatrixQuery, CollaborationMatrixQueryVariables>;
export const SearchEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiseaseArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"groupDescription"},"name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const NeighboursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"outgoing"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiseaseArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"groupDescription"},"name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<NeighboursQuery, NeighboursQueryVariables>;
export const EntityDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honorific"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wikidataId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organizationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rorId"}},{"kind":"Field","name":{"kind":"Name","value":"wikidataId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"programKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"principle"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidenced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiseaseArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"groupDescription"},"name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const EntityTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityTimelineQuery, EntityTimelineQueryVariables>;
export const ConnectEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiseaseArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"groupDescription"},"name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectEntitiesQuery, ConnectEntitiesQueryVariables>;
export const ListProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"START"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListProgramsQuery, ListProgramsQueryVariables>;
export const ListOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PROGRAM_COUNT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListOrganizationsQuery, ListOrganizationsQueryVariables>;
export const ListNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseaseAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ListNamesQuery, ListNamesQueryVariables>;
export const SourcePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"excerpts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"statedEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedRelationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLabel"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiseaseArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAspect"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"groupDescription"},"name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;