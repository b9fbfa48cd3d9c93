import type { KnownIndex } from '../../domain/knownEntity';
import { normalizeName } from '../../domain/normalizeName';
import type { EntityFact } from '../draftTypes';
import type { OrganizationMention } from '../mentions/organizationMention';
import type { Sentence } from '../text/sentences';
import type { OrganizationKind } from '../vocabulary/organizationHeads';
import { ANAPHOR_HEADS, COMPANY_SUFFIXES } from '../vocabulary/organizationHeads';
import type { FactBuilder } from './factBuilder';

/** An organization of the draft with the mentions that name it. */
export interface DraftOrganization {
  fact: EntityFact;
  /** Normalised core ("second affiliated hospital") and the parent's key: its identity. */
  key: string;
  core: string;
  parent: DraftOrganization | null;
  mentions: OrganizationMention[];
  kind: OrganizationKind;
  headWord: string | null;
  /** Short name for ids and names of its units: the acronym, else the name. */
  shortName: string;
  /**
   * Its name stands on its own although it is a unit ("Riverside Hospital, a teaching hospital
   * of X"): its id is made of its name, not of its parent's.
   */
  ownName?: boolean;
}

/** The organizations of a draft and which mention names which. */
export interface OrganizationIndex {
  all: DraftOrganization[];
  ofMention: Map<number, DraftOrganization>;
  /** Mentions of things established (a centre, a laboratory): programs, not organizations. */
  established: OrganizationMention[];
  /** Mentions naming a program the graph holds ("the Precision Medicine Center"). */
  knownPrograms: { mention: OrganizationMention; programId: string }[];
}

/** A name as stored: no leading "the", no parent's acronym in parentheses at the end. */
function withoutThe(text: string): string {
  return text.replace(/^the\s+/i, '').replace(/\s*\([\p{Lu}\p{N}&]+\)$/u, '');
}

/**
 * The institution a unit speaks for in agreements and delegations: a party committee, a
 * department or an office acts for the university or hospital it belongs to.
 */
export function institutionOf(org: DraftOrganization): DraftOrganization {
  let current = org;
  while (current.parent && ['PARTY_COMMITTEE', 'DEPARTMENT', 'OTHER'].includes(current.kind))
    current = current.parent;
  return current;
}

/** Acronyms the article defines in parentheses, with the normalised name they stand for. */
export function acronymDefinitions(mentions: OrganizationMention[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const mention of mentions)
    if (mention.acronym) acronyms.set(mention.acronym, normalizeName(withoutThe(mention.core)));
  return acronyms;
}

/**
 * Groups organization mentions into the organizations of the draft: one per name, acronyms
 * joined to the names they stand for, units told apart by their parents ("Second Affiliated
 * Hospital" of AHMU), and names without a head word kept only when they are acronyms, defined
 * or known to the graph.
 */
export function buildOrganizations(
  builder: FactBuilder,
  mentions: OrganizationMention[],
  known: KnownIndex,
  isPersonOrPlace: (start: number, end: number) => boolean,
): OrganizationIndex {
  const acronyms = acronymDefinitions(mentions);
  const all: DraftOrganization[] = [];
  const byKey = new Map<string, DraftOrganization>();
  const ofMention = new Map<number, DraftOrganization>();
  const established: OrganizationMention[] = [];
  const knownPrograms: OrganizationIndex['knownPrograms'] = [];

  const add = (mention: OrganizationMention, org: DraftOrganization) => {
    org.mentions.push(mention);
    ofMention.set(mention.index, org);
    org.fact.excerpts.push(builder.excerpt(mention.start, mention.end));
  };

  // A name the article establishes somewhere is that program wherever it is named.
  const establishedNames = new Set(
    mentions.filter((m) => m.established).map((m) => normalizeName(withoutThe(m.core))),
  );
  for (const mention of mentions) {
    const coreKey = normalizeName(withoutThe(mention.core));
    if (mention.established || (establishedNames.has(coreKey) && mention.parent === null)) {
      established.push(mention);
      continue;
    }
    const fullKey = normalizeName(withoutThe(mention.text));
    const program = known.named('Program', fullKey)[0] ?? known.named('Program', coreKey)[0];
    if (program && !mention.parent) {
      knownPrograms.push({ mention, programId: program.id });
      continue;
    }
    if (mention.weak) {
      if (isPersonOrPlace(mention.start, mention.end)) continue;
      const isAcronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(mention.core);
      const knownOrg = known.named('Organization', coreKey).length > 0;
      if (!isAcronym && !knownOrg && !acronyms.has(mention.core)) continue;
    }
    const parent = mention.parent !== null ? (ofMention.get(mention.parent) ?? null) : null;
    let unitCore = mention.core;
    if (mention.parentForm === 'prefix' && parent) {
      unitCore = mention.core
        .slice(mentions[mention.parent ?? -1]?.core.length ?? 0)
        .replace(/^[-\s]+/, '')
        .trim();
      // "BGI Group" is BGI: a company suffix alone does not make a unit.
      if (COMPANY_SUFFIXES.has(unitCore.toLowerCase())) {
        add(mention, parent);
        const check = `the article also calls it "${mention.text}": the same organization?`;
        if (!parent.fact.checks.includes(check)) parent.fact.checks.push(check);
        pushAlias(parent.fact, mention.text);
        continue;
      }
    }
    let key = parent ? `${parent.key}/${normalizeName(withoutThe(unitCore))}` : coreKey;
    // An acronym the article defines stands for its organization.
    const expanded = acronyms.get(mention.core);
    if (!parent && expanded !== undefined && byKey.has(expanded)) key = expanded;
    if (!parent && !byKey.has(key)) {
      const defined = [...acronyms.entries()].find(
        ([acr, name]) => name === key && byKey.has(acr.toLowerCase()),
      );
      if (defined) key = defined[0].toLowerCase();
      // A unit named without its parent ("Department of Clinical Laboratory") is the unit named with one.
      const unit = all.find((o) => o.parent && o.core === coreKey);
      if (unit) key = unit.key;
      // "the School of Medicine" after "Zhejiang University School of Medicine": its short name.
      const longer = all.find(
        (o) => o.key.endsWith(` ${coreKey}`) && coreKey.includes(' ') && !o.key.includes('/'),
      );
      if (!unit && longer && !mention.weak) key = longer.key;
    }
    const existing = byKey.get(key);
    if (existing) {
      add(mention, existing);
      // "XHU" in the title, then "Xinhua University (XHU)": the organization takes the full name.
      if (
        mention.acronym &&
        existing.fact.value.name === mention.acronym &&
        !mention.weak &&
        !parent
      ) {
        const full = withoutThe(mention.text);
        existing.fact.value = {
          ...existing.fact.value,
          name: full,
          kind: kindOf(mention, null),
          acronym: mention.acronym,
        };
        existing.shortName = mention.acronym;
        existing.fact.label = full;
        existing.kind = kindOf(mention, null);
        existing.headWord = mention.headWord;
        existing.fact.checks = existing.fact.checks.filter(
          (c) => !c.includes('has no word saying'),
        );
        existing.fact.confidence = Math.max(existing.fact.confidence, 0.85);
        existing.fact.value.aliases = (
          (existing.fact.value.aliases as string[] | undefined) ?? []
        ).filter((a) => normalizeName(a) !== normalizeName(full));
        if ((existing.fact.value.aliases as string[]).length === 0)
          delete existing.fact.value.aliases;
        byKey.set(normalizeName(withoutThe(mention.core)), existing);
        continue;
      }
      if (mention.acronym && !existing.fact.value.acronym) {
        existing.fact.value.acronym = mention.acronym;
        existing.shortName = mention.acronym;
        byKey.set(mention.acronym.toLowerCase(), existing);
      }
      if (withoutThe(mention.text) !== existing.fact.value.name)
        pushAlias(existing.fact, withoutThe(mention.text));
      continue;
    }
    const org = newOrganization(builder, mention, parent, unitCore, key);
    byKey.set(key, org);
    if (mention.acronym) byKey.set(mention.acronym.toLowerCase(), org);
    all.push(org);
    add(mention, org);
  }
  // An acronym used before its definition ("BGI" in the title): joined afterwards.
  for (const org of all) {
    const acronym = org.fact.value.acronym;
    if (typeof acronym !== 'string') continue;
    const early = all.find(
      (o) => o !== org && o.key === acronym.toLowerCase() && o.parent === null,
    );
    if (early) merge(builder, early, org, all, ofMention);
  }
  // A headline shortens names ("Zhuhai Institute" for the Zhuhai Institute of Precision Medicine):
  // a name only the title uses that begins a longer name of the body is that organization.
  const titleSentences = new Set(builder.sentences.filter((s) => s.isTitle).map((s) => s.index));
  for (const org of [...all]) {
    if (org.parent || !org.mentions.every((m) => titleSentences.has(m.sentence))) continue;
    const longer = all.filter(
      (o) =>
        o !== org &&
        o.key.startsWith(`${org.key} `) &&
        o.mentions.some((m) => !titleSentences.has(m.sentence)),
    );
    if (longer.length === 1 && longer[0]) merge(builder, org, longer[0], all, ofMention);
  }
  return { all, ofMention, established, knownPrograms };
}

function pushAlias(fact: EntityFact, alias: string): void {
  const aliases = (fact.value.aliases as string[] | undefined) ?? [];
  const key = normalizeName(alias);
  if (
    normalizeName(String(fact.value.name)) === key ||
    aliases.some((a) => normalizeName(a) === key)
  )
    return;
  if (typeof fact.value.acronym === 'string' && normalizeName(fact.value.acronym) === key) return;
  fact.value.aliases = [...aliases, alias];
}

function merge(
  builder: FactBuilder,
  from: DraftOrganization,
  into: DraftOrganization,
  all: DraftOrganization[],
  ofMention: Map<number, DraftOrganization>,
): void {
  for (const mention of from.mentions) {
    into.mentions.push(mention);
    ofMention.set(mention.index, into);
  }
  into.fact.excerpts.push(...from.fact.excerpts);
  into.fact.excerpts.sort((a, b) => a.start - b.start);
  for (const org of all) if (org.parent === from) org.parent = into;
  builder.rekey(from.fact.key, into.fact.key);
  all.splice(all.indexOf(from), 1);
}

/**
 * The party committee of an organization ("Party Secretary X of ZJU-SOM" holds the title at the
 * committee, the exact unit): the one the draft has, else a new one with a check.
 */
export function partyCommitteeOf(
  builder: FactBuilder,
  index: OrganizationIndex,
  org: DraftOrganization,
  start: number,
  end: number,
): DraftOrganization {
  const existing = index.all.find((o) => o.parent === org && o.kind === 'PARTY_COMMITTEE');
  if (existing) return existing;
  const name = `CPC Party Committee of ${org.shortName}`;
  const fact = builder.entity('organization', {
    label: name,
    id: '',
    confidence: 0.6,
    checks: [
      `"${builder.text.slice(start, end)}" names a party title: the draft gives it at ${name}`,
    ],
    excerpts: [builder.excerpt(start, end)],
    value: {
      name,
      kind: 'PARTY_COMMITTEE',
      aliases: [`Party Committee of ${String(org.fact.value.name)}`],
    },
  });
  const committee: DraftOrganization = {
    fact,
    key: `${org.key}/party committee`,
    core: 'party committee',
    parent: org,
    mentions: [],
    kind: 'PARTY_COMMITTEE',
    headWord: 'committee',
    shortName: name,
  };
  index.all.push(committee);
  builder.link('unitOf', {
    label: `${name} is the party committee of ${String(org.fact.value.name)}`,
    owner: fact.key,
    refs: { organization: org.fact.key },
    value: { relation: 'party committee' },
    confidence: 0.6,
    checks: [],
    excerpts: [builder.excerpt(start, end)],
  });
  return committee;
}

/** The kind of an organization from its head word and parent. */
function kindOf(mention: OrganizationMention, parent: DraftOrganization | null): OrganizationKind {
  if (/\b(party|cpc)\b/i.test(mention.core) && mention.headWord === 'committee')
    return 'PARTY_COMMITTEE';
  const kind = mention.head?.kind ?? 'OTHER';
  if (parent?.kind === 'COMPANY' && ['OTHER', 'DEPARTMENT', 'RESEARCH_INSTITUTE'].includes(kind))
    return 'COMPANY';
  if (parent && kind === 'OTHER' && ['HOSPITAL', 'UNIVERSITY', 'DEPARTMENT'].includes(parent.kind))
    return 'DEPARTMENT';
  if (parent && kind === 'UNIVERSITY' && mention.headWord === 'college') return 'DEPARTMENT';
  return kind;
}

/** The relation of a unit to its parent, from its head word. */
function relationOf(mention: OrganizationMention, kind: OrganizationKind): string {
  if (kind === 'PARTY_COMMITTEE') return 'party committee';
  if (mention.headWord === 'hospital' && /affiliated/i.test(mention.core))
    return 'affiliated hospital';
  return mention.head?.relation ?? 'unit';
}

/** The name of a unit shown with its parent: "the First Affiliated Hospital of AHMU". */
export function withParent(core: string, parent: DraftOrganization): string {
  const parentName = parent.shortName;
  const article =
    /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|affiliated|people's|children's|national)\b/i.test(
      parentName,
    )
      ? 'the '
      : '';
  return `${core} of ${article}${parentName}`;
}

function newOrganization(
  builder: FactBuilder,
  mention: OrganizationMention,
  parent: DraftOrganization | null,
  unitCore: string,
  key: string,
): DraftOrganization {
  const kind = kindOf(mention, parent);
  const name = withoutThe(mention.text);
  const value: Record<string, unknown> = { name, kind };
  if (mention.acronym) value.acronym = mention.acronym;
  const checks: string[] = [];
  let confidence = mention.weak ? 0.6 : 0.85;
  if (mention.weak)
    checks.push(
      `"${name}" has no word saying what it is: check that it is an organization and its kind`,
    );
  const fact = builder.entity('organization', {
    label: name,
    id: '',
    confidence,
    checks,
    excerpts: [],
    value,
  });
  const org: DraftOrganization = {
    fact,
    key,
    core: normalizeName(withoutThe(mention.core)),
    parent,
    mentions: [],
    kind,
    headWord: mention.headWord,
    shortName: mention.acronym ?? name,
  };
  if (parent) {
    const relation = relationOf(mention, kind);
    // Alternative spellings: the parent's full name or acronym in place of the one written.
    // A company's unit is named by its own name ("BGI Genomics" is not "Genomics of BGI").
    const spellings =
      kind === 'COMPANY' && mention.parentForm === 'prefix'
        ? []
        : [parent.fact.value.name, parent.fact.value.acronym];
    for (const parentName of spellings) {
      if (typeof parentName !== 'string' || parentName === '') continue;
      const alias =
        mention.parentForm === 'prefix'
          ? `${unitCore} of ${parentName}`
          : `${withoutThe(mention.core)} of ${parentName}`;
      pushAlias(fact, alias);
    }
    builder.link('unitOf', {
      label: `${name} is a unit of ${String(parent.fact.value.name)} (${relation})`,
      owner: fact.key,
      refs: { organization: parent.fact.key },
      value: { relation },
      confidence: mention.parentForm === 'of' ? 0.85 : 0.65,
      checks:
        mention.parentForm === 'of'
          ? []
          : [`is ${name} a ${relation} of ${String(parent.fact.value.name)}?`],
      excerpts: [builder.excerpt(mention.start, mention.end)],
    });
    confidence = Math.min(confidence, 0.85);
  }
  fact.confidence = confidence;
  return org;
}

/**
 * Gives units named without their parent ("director of Scientific Research Department") the
 * organization the context points at: the delegation's, one coordinated with it ("the X and the
 * Y of the hospital"), else the nearest institution before it in the sentence. Each such link
 * carries a check.
 */
export function inferParents(
  builder: FactBuilder,
  index: OrganizationIndex,
  sentences: Sentence[],
  delegationOf: (sentence: number) => DraftOrganization | null,
): void {
  for (const org of index.all) {
    if (org.parent || org.fact.value.unitOf) continue;
    if (
      ![
        'department',
        'office',
        'division',
        'section',
        'ward',
        'laboratory',
        'laboratories',
        'lab',
        'school',
        'faculty',
        'center',
        'centre',
        'headquarters',
        'branch',
        'clinic',
      ].includes(org.headWord ?? '')
    )
      continue;
    const first = org.mentions[0];
    if (!first) continue;
    const sentence = sentences[first.sentence];
    let parent: DraftOrganization | null = null;
    let why = '';
    // "the hospital's Department of Reproductive Medicine": the hospital named last.
    const possessive = sentence
      ? /\bthe\s+(\w+)['’]s\s+$/i.exec(builder.text.slice(sentence.start, first.start))
      : null;
    const owners = possessive?.[1] ? ANAPHOR_HEADS.get(possessive[1].toLowerCase()) : undefined;
    if (owners) {
      const last = index.all
        .filter((o) => o !== org && o.headWord !== null && owners.includes(o.headWord))
        .flatMap((o) => o.mentions.filter((m) => m.end <= first.start).map((m) => ({ o, m })))
        .sort((a, b) => b.m.end - a.m.end)[0];
      if (last) {
        parent = last.o;
        why = `"the ${possessive?.[1] ?? ''}'s": the one named last`;
      }
    }
    const coordinated = parent
      ? undefined
      : index.all.find((other) =>
          other.mentions.some(
            (m) =>
              m.sentence === first.sentence &&
              m.parent !== null &&
              m.start > first.end &&
              /^,?\s*(and|as well as)\s+(the\s+)?$/i.test(
                sentence?.text.slice(
                  first.end - (sentence?.start ?? 0),
                  m.start - (sentence?.start ?? 0),
                ) ?? '',
              ),
          ),
        );
    if (coordinated?.parent) {
      parent = coordinated.parent;
      why = `named together with ${String(coordinated.fact.value.name)}`;
    }
    // "the Precision Medicine Laboratory of the hospital", "the X and the Y of the hospital".
    if (!parent && sentence) {
      const rest = builder.text.slice(first.end, sentence.end);
      const anaphor =
        /^\s+of\s+the\s+(\w+)/.exec(rest) ??
        /^\s+and\s+(?:the\s+)?[A-Z][^,;.]*?\s+of\s+the\s+(\w+)/.exec(rest);
      const heads = anaphor?.[1] ? ANAPHOR_HEADS.get(anaphor[1].toLowerCase()) : undefined;
      if (heads) {
        const last = index.all
          .filter((o) => o !== org && o.headWord !== null && heads.includes(o.headWord))
          .flatMap((o) => o.mentions.filter((m) => m.end <= first.start).map((m) => ({ o, m })))
          .sort((a, b) => b.m.end - a.m.end)[0];
        if (last) {
          parent = last.o;
          why = `"of the ${anaphor?.[1] ?? ''}": the one named last`;
        }
      }
    }
    if (!parent && ['center', 'centre', 'headquarters', 'branch'].includes(org.headWord ?? ''))
      continue;
    if (!parent) {
      parent = delegationOf(first.sentence);
      if (parent) why = `named among the ${String(parent.fact.value.name)} delegation`;
    }
    if (!parent) {
      const before = index.all
        .filter(
          (o) =>
            o !== org &&
            ['UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'COMPANY', 'GOVERNMENT_BODY'].includes(
              o.kind,
            ),
        )
        .flatMap((o) =>
          o.mentions
            .filter((m) => m.sentence === first.sentence && m.end <= first.start)
            .map((m) => ({ o, m })),
        )
        .sort((a, b) => b.m.end - a.m.end)[0];
      if (before) {
        parent = before.o;
        why = `the organization named before it in the sentence`;
      }
    }
    if (!parent || parent === org) continue;
    org.parent = parent;
    const core = String(org.fact.value.name);
    org.fact.value.name = withParent(core, parent);
    org.fact.label = String(org.fact.value.name);
    org.fact.value.aliases = [core, ...((org.fact.value.aliases as string[] | undefined) ?? [])];
    const relation = first.head?.relation ?? 'unit';
    if (org.kind === 'OTHER') {
      org.kind = ['HOSPITAL', 'UNIVERSITY'].includes(parent.kind)
        ? 'DEPARTMENT'
        : parent.kind === 'COMPANY'
          ? 'COMPANY'
          : 'OTHER';
      org.fact.value.kind = org.kind;
    }
    org.key = `${parent.key}/${org.core}`;
    builder.link('unitOf', {
      label: `${String(org.fact.value.name)} is a unit of ${String(parent.fact.value.name)} (${relation})`,
      owner: org.fact.key,
      refs: { organization: parent.fact.key },
      value: { relation },
      confidence: 0.5,
      checks: [
        `the article does not say whom ${core} belongs to; ${String(parent.fact.value.name)} is a guess (${why})`,
      ],
      excerpts: [builder.clause(first.start, first.end, 80)],
    });
  }
}
