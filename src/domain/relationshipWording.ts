/**
 * The words for a relationship, read along its stored direction or against it, with the role or
 * relation it carries: "Li Jun signed the memorandum", "the visit was hosted by BGI". One table
 * for every answer that explains a relationship (neighbours, connection steps, stated facts).
 */

/** [along the stored direction, against it]. */
type Phrases = readonly [string, string];

/** Wording without a qualifier, by relationship type. */
const PLAIN: Record<string, Phrases> = {
  HOLDS_POSITION: ['holds the position', 'is held by'],
  POSITION_AT: ['is a position at', 'has the position'],
  UNIT_OF: ['is a unit of', 'has the unit'],
  LOCATED_IN: ['is located in', 'is the location of'],
  HAS_PARTY: ['has as party', 'is a party to'],
  HAS_ROLE_IN: ['has a role in', 'involves'],
  PART_OF: ['is part of', 'includes'],
  FOCUSES_ON: ['focuses on', 'is a focus of'],
  COVERS_ASPECT: ['covers', 'is covered by'],
  PARTICIPATED_IN: ['took part in', 'had as participant'],
  HOSTED_BY: ['was hosted by', 'hosted'],
  VISITED: ['visited', 'was visited during'],
  PRODUCED: ['produced', 'was produced by'],
  WITHIN_PROGRAM: ['belongs to the program', 'has the event'],
  FUNDED_BY: ['was funded by', 'funded'],
  STATED_BY: ['was stated by', 'stated'],
  ABOUT: ['is about', 'is the subject of'],
  MADE_AT: ['was made at', 'was the occasion of'],
  DESIGNATED_AS: ['is designated as', 'is the designation of'],
  QUOTES: ['quotes', 'is quoted by'],
};

/** Wording of the roles relationships carry, by relationship type and role. */
const BY_ROLE: Record<string, Record<string, Phrases>> = {
  // (Program)-[:HAS_PARTY {role}]->(Organization)
  HAS_PARTY: {
    SIGNATORY: ['was signed by', 'signed'],
    PARTNER: ['has as partner', 'is a partner in'],
    HOST: ['is hosted by', 'hosts'],
    PARTICIPANT: ['has as participant', 'takes part in'],
  },
  // (Person)-[:HAS_ROLE_IN {role}]->(Program)
  HAS_ROLE_IN: {
    SIGNED: ['signed', 'was signed by'],
    LEADS: ['leads', 'is led by'],
    REPRESENTS: ['represents a party in', 'has as representative'],
  },
  // (Person|ParticipantGroup)-[:PARTICIPATED_IN {role}]->(Event)
  PARTICIPATED_IN: {
    LEADER: ['led', 'was led by'],
    MEMBER: ['was a delegate at', 'had as delegate'],
    HOST: ['hosted', 'was hosted by'],
    SIGNATORY: ['signed at', 'had as signatory'],
    PARTICIPANT: ['took part in', 'had as participant'],
  },
};

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

/** "operated by" read backwards: "operates" (a past participle turned into the present). */
function activeVerb(participle: string): string {
  const stem = participle.replace(/ed$/, '');
  return /(at|ag|ir|ur|iv|uc|ov)$/.test(stem) ? `${stem}es` : `${stem}s`;
}

/** A unit link in words: "is an affiliated hospital of" / "has as affiliated hospital". */
function unitPhrases(relation: string): Phrases {
  const passive = /^(\w+ed) by$/.exec(relation);
  if (passive?.[1]) return [`is ${relation}`, activeVerb(passive[1])];
  return [`is ${article(relation)} ${relation} of`, `has as ${relation}`];
}

/**
 * A curated role (a term id such as `term/event-role/chair`, stored as the relationship's role)
 * in words from its name: "was a chair at" / "had as chair"; null for anything else.
 */
function curatedRolePhrases(type: string, qualifier: string): Phrases | null {
  const match = /^term\/[a-z-]+\/([a-z0-9-]+)$/.exec(qualifier);
  if (!match?.[1]) return null;
  const noun = match[1].replace(/-/g, ' ');
  switch (type) {
    // (Program)-[:HAS_PARTY]->(Organization|Place): "has as sponsor" / "is a sponsor of"
    case 'HAS_PARTY':
      return [`has as ${noun}`, `is ${article(noun)} ${noun} of`];
    // (Person)-[:HAS_ROLE_IN]->(Program): "is a research advisor of" / "has as research advisor"
    case 'HAS_ROLE_IN':
      return [`is ${article(noun)} ${noun} of`, `has as ${noun}`];
    // (Person|ParticipantGroup)-[:PARTICIPATED_IN]->(Event): "was a witness at" / "had as witness"
    case 'PARTICIPATED_IN':
      return [`was ${article(noun)} ${noun} at`, `had as ${noun}`];
    default:
      return null;
  }
}

/**
 * The relationship `type` in words, read along its stored direction (`forward`) or against it,
 * with its role (`HAS_PARTY`, `HAS_ROLE_IN`, `PARTICIPATED_IN`: a built-in value or a curated
 * role term's id) or relation (`UNIT_OF`) where it has one. Unknown roles read as the plain
 * relationship.
 */
export function describeRelationship(
  type: string,
  forward: boolean,
  qualifier: string | null = null,
): string {
  const phrases =
    (qualifier && type === 'UNIT_OF' ? unitPhrases(qualifier) : null) ??
    (qualifier ? BY_ROLE[type]?.[qualifier] : undefined) ??
    (qualifier ? curatedRolePhrases(type, qualifier) : null) ??
    PLAIN[type] ??
    ([type, type] as const);
  return forward ? phrases[0] : phrases[1];
}
