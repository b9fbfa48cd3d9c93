import { normalizeName } from '../../domain/normalizeName';
import type { EntityFact } from '../draftTypes';
import type { OrganizationMention } from '../mentions/organizationMention';
import { CURATED_TERMS, INTERGOVERNMENTAL_ORGANIZATIONS } from '../vocabulary/curatedTerms';
import type { FactBuilder } from './factBuilder';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import type { TermFacts } from './termFacts';

/** Units an apposition may name: "X, an affiliated hospital of Y". */
const UNIT_NOUNS =
  'affiliated hospital|teaching hospital|affiliated institution|subsidiary|department|school|college|faculty|institute|research institute|unit|branch|campus|centre|center|laboratory|member institution';

/** "X, which is run by Y": how the unit belongs to its parent. */
const RUN_BY =
  /^,?\s+(?:which|that)\s+(?:is|was|are|were)\s+(?:also\s+)?(run|operated|managed|administered|owned|led|supervised|sponsored)\s+by\s+(?:the\s+)?$/i;

/** "X, also known as Y", "X (formerly Y)": another name of the entity named before. */
export const ALSO_KNOWN_AS =
  /^\s*(?:,|\()\s*(?:also\s+known\s+as|also\s+called|formerly\s+known\s+as|formerly|known\s+as|also\s+referred\s+to\s+as)\s+(?:the\s+)?([^,;.()]+?)\s*(?=[,;.)])/i;

/** Spans of the text that describe an organization named before them, not parties of a clause. */
export interface Appositions {
  spans: { start: number; end: number }[];
  inside(start: number, end: number): boolean;
}

/**
 * Reads what an article says about its organizations in clauses around their names: units in
 * appositions ("Shanghai Tenth People's Hospital, an affiliated hospital of Tongji University")
 * and relative clauses ("the Translational Medicine Institute of Anhui Province, which is run by
 * AHMU"), other names ("BGI, also known as BGI Group"), and kinds the built-in values lack (a
 * school, an intergovernmental organization). Returns the spans of the appositions, so that the
 * organizations inside them are not read as subjects of the sentence.
 */
export function findOrganizationClauses(
  builder: FactBuilder,
  organizations: OrganizationIndex,
  orgMentions: OrganizationMention[],
  terms: TermFacts,
): Appositions {
  const spans: { start: number; end: number }[] = [];
  const outer = (start: number): OrganizationMention | undefined =>
    orgMentions
      .filter((m) => m.start === start && organizations.ofMention.has(m.index))
      .sort((a, b) => b.end - a.end)[0];
  const orgOf = (m: OrganizationMention | undefined) =>
    m ? organizations.ofMention.get(m.index) : undefined;

  for (const mention of orgMentions) {
    const org = orgOf(mention);
    if (
      !org ||
      orgMentions.some(
        (o) =>
          o !== mention &&
          o.start <= mention.start &&
          mention.end <= o.end &&
          o.end - o.start > mention.end - mention.start &&
          orgOf(o),
      )
    )
      continue;
    const sentence = builder.sentences[mention.sentence];
    if (!sentence) continue;
    const rest = builder.text.slice(mention.end, sentence.end);
    // "X, an affiliated hospital of Y", "X (a subsidiary of Y)".
    const apposition = new RegExp(
      `^\\s*(?:,|\\()\\s*(?:an?|the|one of the)\\s+((?:[a-z-]+\\s+){0,2}?(?:${UNIT_NOUNS})s?)\\s+(?:of|under|at)\\s+(?:the\\s+)?`,
      'i',
    ).exec(rest);
    const parentMention = apposition ? outer(mention.end + apposition[0].length) : undefined;
    const parent = orgOf(parentMention);
    if (apposition?.[1] && parentMention && parent && parent !== org) {
      const end = parentMention.end;
      spans.push({ start: mention.end, end });
      if (!org.parent)
        setParent(builder, org, parent, apposition[1].toLowerCase(), mention.start, end, 0.8);
    }
    // "X, which is run by Y".
    const clause =
      /^,?\s+(?:which|that)\s+(?:is|was|are|were)\s+(?:also\s+)?\w+\s+by\s+(?:the\s+)?/i.exec(rest);
    const run = clause ? RUN_BY.exec(clause[0]) : null;
    const runner = clause ? outer(mention.end + clause[0].length) : undefined;
    const runBy = orgOf(runner);
    if (run?.[1] && runner && runBy && runBy !== org) {
      spans.push({ start: mention.end, end: runner.end });
      if (!org.parent)
        setParent(
          builder,
          org,
          runBy,
          `${run[1].toLowerCase()} by`,
          mention.start,
          runner.end,
          0.75,
        );
    }
    // "BGI, also known as BGI Group".
    const alias = ALSO_KNOWN_AS.exec(rest);
    if (alias?.[1]) {
      const at = mention.end + alias[0].lastIndexOf(alias[1]);
      spans.push({ start: mention.end, end: at + alias[1].length });
      addAlias(
        builder,
        org.fact,
        alias[1],
        builder.excerpt(mention.start, at + alias[1].length),
        0.85,
      );
    }
  }

  // Kinds the built-in values lack.
  for (const org of organizations.all) {
    const name = normalizeName(String(org.fact.value.name));
    const first = org.mentions[0];
    if (!first) continue;
    const excerpt = builder.excerpt(first.start, first.end);
    if (INTERGOVERNMENTAL_ORGANIZATIONS.has(name))
      kindTerm(org.fact, terms.use(CURATED_TERMS.intergovernmental, excerpt), 'GOVERNMENT_BODY');
    else if (org.headWord === 'school' || (org.headWord === 'faculty' && org.parent))
      kindTerm(org.fact, terms.use(CURATED_TERMS.school, excerpt), 'DEPARTMENT');
  }

  return {
    spans,
    inside: (start, end) => spans.some((s) => s.start <= start && end <= s.end),
  };
}

/** An organization's kind as a term, the built-in value kept for when the term is dropped. */
function kindTerm(fact: EntityFact, term: EntityFact, builtIn: string): void {
  fact.value.kind = builtIn;
  fact.refs = { ...(fact.refs ?? {}), kind: term.key };
}

/** Makes `parent` the organization `org` is a unit of, as an apposition or clause states it. */
function setParent(
  builder: FactBuilder,
  org: DraftOrganization,
  parent: DraftOrganization,
  relation: string,
  start: number,
  end: number,
  confidence: number,
): void {
  org.parent = parent;
  org.ownName = true;
  builder.link('unitOf', {
    label: `${String(org.fact.value.name)} is a unit of ${String(parent.fact.value.name)} (${relation})`,
    owner: org.fact.key,
    refs: { organization: parent.fact.key },
    value: { relation },
    confidence,
    checks: [],
    excerpts: [builder.excerpt(start, end)],
  });
}

/** Another name of an entity, as the article gives it: an alias of a new one, an amendment of a known one. */
export function addAlias(
  builder: FactBuilder,
  fact: EntityFact,
  alias: string,
  excerpt: ReturnType<FactBuilder['excerpt']>,
  confidence: number,
  checks: string[] = [],
): void {
  const key = normalizeName(alias);
  if (key === '' || key === normalizeName(String(fact.value.name))) return;
  if (
    builder
      .links('alias')
      .some((l) => l.owner === fact.key && normalizeName(String(l.value.alias)) === key)
  )
    return;
  builder.link('alias', {
    label: `${fact.label} is also called "${alias}"`,
    owner: fact.key,
    refs: {},
    value: { alias },
    confidence,
    checks,
    excerpts: [excerpt],
  });
}
