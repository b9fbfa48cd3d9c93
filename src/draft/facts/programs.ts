import { normalizeName } from '../../domain/normalizeName';
import type { EntityFact } from '../draftTypes';
import type { PersonMention } from '../mentions/findPeople';
import type { OrganizationMention } from '../mentions/organizationMention';
import type { Sentence } from '../text/sentences';
import type { FactBuilder } from './factBuilder';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import { institutionOf } from './organizations';
import type { PeopleIndex } from './people';

/** The programs of a draft and the sentences that speak of each. */
export interface ProgramIndex {
  /** The agreement signed, when the article reports one. */
  agreement: EntityFact | null;
  /** The sentence of the signing. */
  signingSentence: Sentence | null;
  /** The date the agreement was signed. */
  signingDate: string | null;
  /** The agreement is only to be signed ("hoped to sign a memorandum ... next year"): no signing yet. */
  future: boolean;
  all: { fact: EntityFact; sentences: number[]; parties: DraftOrganization[] }[];
  /** Who signed, with the organization each signed for. */
  signers: { person: EntityFact; mention: PersonMention; onBehalfOf: DraftOrganization | null }[];
}

const AGREEMENT =
  /\b(memorandum of understanding|memorandum of cooperation|cooperation memorandum|memorandum|strategic cooperation agreement|framework agreement|cooperation agreement|agreement|MoU|MOU|contract|letter of intent)\b/;
const SIGNED = /\b(signed|signs|sign|inked|signing)\b/i;
const PLANNED =
  /\b(will|would|plan(?:s|ned)? to|agree(?:d|s)? to|intend(?:s|ed)? to|wish(?:es)? to|to be|envision)\b/i;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The root organization of a unit (a university for its hospital). */
export function rootOf(org: DraftOrganization): DraftOrganization {
  return org.parent ? rootOf(org.parent) : org;
}

/**
 * Finds the programs an article reports: the agreement signed (memorandum, agreement, MoU) with
 * its parties, signatories and principle; centres and laboratories established or planned;
 * joint education projects and collaborative research, as parts of the agreement where the
 * article lists them under it.
 */
export function findPrograms(
  builder: FactBuilder,
  organizations: OrganizationIndex,
  people: PeopleIndex,
  orgMentions: OrganizationMention[],
  personMentions: PersonMention[],
  date: string | null,
  inApposition: (start: number, end: number) => boolean = () => false,
): ProgramIndex {
  const index: ProgramIndex = {
    agreement: null,
    signingSentence: null,
    signingDate: null,
    future: false,
    all: [],
    signers: [],
  };
  const year = date?.slice(0, 4) ?? null;
  const orgsIn = (sentence: Sentence, before?: number) =>
    orgMentions
      .filter(
        (m) =>
          !inApposition(m.start, m.end) &&
          m.sentence === sentence.index &&
          (before === undefined || m.end <= before) &&
          organizations.ofMention.has(m.index),
      )
      .filter(
        (m) =>
          !orgMentions.some(
            (o) =>
              o !== m &&
              o.sentence === m.sentence &&
              o.start <= m.start &&
              m.end <= o.end &&
              o.end - o.start > m.end - m.start &&
              organizations.ofMention.has(o.index),
          ),
      )
      .map((m) => organizations.ofMention.get(m.index))
      .filter((o): o is DraftOrganization => o !== undefined);

  // The agreement: the sentence that signs one in the article's year, the one naming both
  // parties before the verb first; people before the verb in any of them signed it.
  const signing = builder.sentences.filter((sentence) => {
    if (sentence.isTitle) return false;
    const signs = AGREEMENT.test(sentence.text) && SIGNED.test(sentence.text);
    if (!signs && !/\bsigning ceremony\b/i.test(sentence.text)) return false;
    const years = [...sentence.text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]);
    return !(year && years.some((y) => y !== year)) && !/\bunder the\b/i.test(sentence.text);
  });
  const subjectCount = (sentence: Sentence) =>
    unique(
      orgsIn(sentence, sentence.start + (SIGNED.exec(sentence.text)?.index ?? 0)).map(
        institutionOf,
      ),
    ).length;
  const ordered = [...signing].sort(
    (a, b) => Number(subjectCount(b) >= 2) - Number(subjectCount(a) >= 2) || a.index - b.index,
  );
  for (const sentence of ordered) {
    const kind =
      AGREEMENT.exec(sentence.text) ??
      signing.map((o) => AGREEMENT.exec(o.text)).find((m) => m !== null) ??
      null;
    const signed = SIGNED.exec(sentence.text);
    if (!signed) continue;
    const years = [...sentence.text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]);
    if (year && years.some((y) => y !== year)) continue;
    if (kind && /\bunder the\b/i.test(sentence.text.slice(0, kind.index))) continue;
    const verbAt = sentence.start + (signed.index ?? 0);
    const subjects = orgsIn(sentence, verbAt).map(rootOrSelf);
    let parties = unique(subjects);
    const between = /\bbetween\s+(.+?)\s+and\s+(.+?)\b/.exec(sentence.text);
    if (parties.length < 2 && between)
      parties = unique([...parties, ...orgsIn(sentence).filter((o) => !parties.includes(o))]);
    if (parties.length < 2) {
      // "Li Jun, secretary of ..., visited BGI ... and signed": the signer's institution and the
      // one visited; "signed by the two sides": the article's two main institutions.
      const others = signing.flatMap((s) =>
        orgsIn(s, s.start + (SIGNED.exec(s.text)?.index ?? s.text.length)).map(institutionOf),
      );
      parties = unique([...parties, ...others, ...mainPair()]).slice(0, 2);
    }
    // Who signed: people before a signing verb ("attended the signing ceremony" signs nothing).
    const signerMentions = signing.flatMap((s) => {
      const verb = /\b(signed|signs|sign|inked)\b/i.exec(s.text);
      if (!verb) return [];
      const at = s.start + verb.index;
      return personMentions.filter(
        (m) => m.sentence === s.index && m.end <= at && people.ofMention.has(m),
      );
    });
    const phrase = kind?.[1] ?? 'agreement';
    const kindWord = /memorandum|mou/i.test(phrase) ? 'memorandum' : 'agreement';
    const fact = builder.entity('program', {
      label: '',
      id: '',
      confidence: parties.length >= 2 ? 0.8 : 0.6,
      checks:
        parties.length >= 2
          ? []
          : ['the parties of the agreement are not both named where it is signed: check them'],
      excerpts: [builder.excerpt(sentence.start, sentence.end)],
      // Signing an agreement does not say whether it is active: no status unless the text says one.
      value: { kind: 'AGREEMENT', ...(date ? { start: date } : {}) },
    });
    index.agreement = fact;
    index.signingSentence = sentence;
    index.signingDate = date;
    // "hoped to sign", "will sign": an agreement planned, not signed.
    if (
      /\b(?:to|will|would|shall)\s+(?:\w+\s+)?sign\b/i.test(sentence.text) &&
      !/\bsigned\b/i.test(sentence.text)
    ) {
      index.future = true;
      delete fact.value.start;
      fact.value.status = 'PLANNED';
      fact.checks.push(
        'the article says it is to be signed: drafted as a planned agreement, without a signing',
      );
    }
    const principle = /principle of [“"]([^”"]+)[”"]/.exec(sentence.text);
    if (principle?.[1]) fact.value.principle = principle[1];
    // Every sentence that signs it speaks of it ("... visited BGI, and signed a memorandum").
    index.all.push({
      fact,
      sentences: [
        sentence.index,
        ...signing.map((s) => s.index).filter((i) => i !== sentence.index),
      ],
      parties,
    });
    for (const mention of signerMentions) {
      const person = people.ofMention.get(mention);
      if (!person) continue;
      index.signers.push({ person: person.fact, mention, onBehalfOf: null });
    }
    setNameAndTemplate(fact, capitalise(phrase), parties, kindWord, year);
    break;
  }
  // "Prof. Lu Chao and Dr. Zhao Mingyuan signed the agreement on behalf of the two sides".
  if (index.agreement) {
    for (const sentence of builder.sentences) {
      if (
        signing.includes(sentence) ||
        !/\bsigned (the|a|an) (agreement|memorandum|mou|contract)/i.test(sentence.text)
      )
        continue;
      const verbAt = sentence.start + (/\bsigned\b/.exec(sentence.text)?.index ?? 0);
      for (const mention of personMentions.filter(
        (m) => m.sentence === sentence.index && m.end <= verbAt,
      )) {
        const person = people.ofMention.get(mention);
        if (person && !index.signers.some((s) => s.person === person.fact))
          index.signers.push({ person: person.fact, mention, onBehalfOf: null });
      }
    }
  }

  // Centres, laboratories and the like: established or to be established.
  for (const mention of organizations.established) {
    const sentence = builder.sentences[mention.sentence];
    if (!sentence || sentence.isTitle) continue;
    const name = mention.text.replace(/^the\s+/i, '');
    const existing = index.all.find(
      (p) => normalizeName(String(p.fact.value.name)) === normalizeName(name),
    );
    if (existing) {
      existing.fact.excerpts.push(builder.excerpt(mention.start, mention.end));
      existing.sentences.push(sentence.index);
      continue;
    }
    const before = sentence.text.slice(0, mention.start - sentence.start);
    const after = sentence.text.slice(mention.end - sentence.start);
    const planned =
      PLANNED.test(before) ||
      (/\bestablishment of\b/.test(before) && !/\bheld\b/.test(before)) ||
      /^\s+(?:that|which)\s+[^.;]*?\b(?:plan|plans|planned|agreed|agree|will|intend|intends|hope|hopes|decided)\b/i.test(
        after,
      );
    const parties = unique(orgsIn(sentence, mention.start).map(rootOrSelf));
    const agreementParties = index.all[0]?.parties ?? mainPair();
    const fact = builder.entity('program', {
      label: name,
      id: '',
      confidence: 0.75,
      checks: [],
      excerpts: [builder.excerpt(mention.start, mention.end)],
      value: {
        name,
        kind: /training|education|educational/i.test(name) ? 'EDUCATION' : 'CENTER',
        status: planned && !/\bceremony\b/.test(sentence.text) ? 'PLANNED' : 'ACTIVE',
      },
    });
    const used = parties.length > 0 ? parties : agreementParties;
    fact.value.idTemplate = `${used.map((p) => `{${p.fact.key}}`).join('-')}-${normalizeName(name.replace(/^(\w+)-(\w+)\s/, ''))}`;
    if (fact.value.status === 'ACTIVE' && date) fact.value.start = date;
    index.all.push({ fact, sentences: [sentence.index], parties: used });
  }

  // Joint education projects and collaborative research: "launch a joint PhD training program".
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    const patterns: [RegExp, string][] = [
      [
        /\b(a |an |the )?(joint (?:[\w-]+ ){0,3}(?:training|education|educational|degree) (?:program|programme|project)(?: for [\w ]+?)?)(?=[,.;]| and )/i,
        'EDUCATION',
      ],
      [/\b((?:collaborative|joint) research (?:on|in) [\w ,-]+?)(?=[,.;]|$)/i, 'COLLABORATION'],
    ];
    for (const [pattern, kind] of patterns) {
      const match = pattern.exec(sentence.text);
      const phrase = match?.[2] ?? match?.[1];
      if (!match || !phrase) continue;
      const name = capitalise(phrase);
      if (index.all.some((p) => normalizeName(String(p.fact.value.name)) === normalizeName(name)))
        continue;
      const parties = unique(orgsIn(sentence).map(rootOrSelf));
      const used = parties.length > 0 ? parties : (index.all[0]?.parties ?? mainPair());
      const fact = builder.entity('program', {
        label: name,
        id: '',
        confidence: 0.65,
        checks: [],
        excerpts: [builder.excerpt(sentence.start, sentence.end)],
        value: {
          name,
          kind,
          ...(statusIn(sentence.text) ? { status: statusIn(sentence.text) } : {}),
        },
      });
      fact.value.idTemplate = `${used.map((p) => `{${p.fact.key}}`).join('-')}-${normalizeName(kind === 'EDUCATION' ? phrase.replace(/ for [\w ]+$/, '') : 'collaborative research')}`;
      index.all.push({ fact, sentences: [sentence.index], parties: used });
    }
  }

  // Parties, signatories and parts of the agreement.
  const agreement = index.agreement;
  for (const program of index.all) {
    const sentence = builder.sentences[program.sentences[0] ?? 0];
    if (!sentence) continue;
    const isAgreement = program.fact === agreement;
    for (const party of program.parties) {
      builder.link('party', {
        label: `${party.fact.label} is ${isAgreement ? 'a signatory' : 'a partner'} of ${String(program.fact.value.name)}`,
        owner: program.fact.key,
        refs: { organization: party.fact.key },
        value: { role: isAgreement ? 'SIGNATORY' : 'PARTNER' },
        confidence: 0.75,
        checks: [],
        excerpts: [partyExcerpt(builder, sentence, party)],
      });
    }
    if (agreement && !isAgreement) {
      const listed =
        /^(firstly|secondly|thirdly|fourthly|finally|moreover|furthermore|also|under the|according to the)\b/i.test(
          sentence.text,
        ) ||
        program.sentences.includes(index.signingSentence?.index ?? -1) ||
        /\b(under|according to) the (memorandum|agreement)/i.test(sentence.text);
      if (listed) {
        builder.link('programPartOf', {
          label: `${String(program.fact.value.name)} is part of ${String(agreement.value.name)}`,
          owner: program.fact.key,
          refs: { program: agreement.key },
          value: {},
          confidence: 0.7,
          checks: [],
          excerpts: [builder.excerpt(sentence.start, sentence.end)],
        });
      }
    }
  }
  if (agreement) {
    const parties = index.all[0]?.parties ?? [];
    for (const signer of index.signers) {
      const theirs = builder
        .links('position')
        .filter((p) => p.refs.person === signer.person.key)
        .map((p) => p.refs.organization);
      const party =
        parties.find((p) => theirs.some((key) => isWithin(organizations, key ?? '', p))) ?? null;
      signer.onBehalfOf = party;
      const sentence = builder.sentences[signer.mention.sentence];
      builder.link('programPerson', {
        label: `${signer.person.label} signed ${String(agreement.value.name)}`,
        owner: agreement.key,
        refs: { person: signer.person.key, ...(party ? { onBehalfOf: party.fact.key } : {}) },
        value: { role: 'SIGNED' },
        confidence: party ? 0.75 : 0.6,
        checks: party ? [] : [`for which party did ${signer.person.label} sign?`],
        excerpts: [
          builder.excerpt(
            signer.mention.start,
            Math.min(sentence?.end ?? signer.mention.end, signedEnd(builder, signer.mention)),
          ),
        ],
      });
    }
  }
  return index;

  /** "The two sides": the first two institutions of the article's first sentence naming two. */
  function mainPair(): DraftOrganization[] {
    for (const sentence of builder.sentences) {
      if (sentence.isTitle) continue;
      const institutions = unique(orgsIn(sentence).map(institutionOf));
      if (institutions.length >= 2) return institutions.slice(0, 2);
    }
    return [];
  }

  function rootOrSelf(org: DraftOrganization): DraftOrganization {
    // Agreements are between institutions; a hospital or company signs for itself.
    return institutionOf(org);
  }
}

/**
 * The status a sentence states of the program it names: under discussion ("explore", "still
 * under discussion"), planned ("will", "plan to", "agreed to"), ended ("concluded"), active
 * (established, inaugurated, launched); null when it says none.
 */
export function statusIn(text: string): 'UNDER_DISCUSSION' | 'PLANNED' | 'ACTIVE' | 'ENDED' | null {
  if (
    /\b(under discussion|being discussed|to be discussed|explore|explores|exploring|discuss(?:ed)? the possibility)\b/i.test(
      text,
    )
  )
    return 'UNDER_DISCUSSION';
  if (PLANNED.test(text)) return 'PLANNED';
  if (/\b(ended|concluded|completed|expired|was closed|came to an end)\b/i.test(text))
    return 'ENDED';
  if (
    /\b(inaugurated|established|launched|opened|unveiled|kicked off|started|began|is run by|has been running|in operation)\b/i.test(
      text,
    )
  )
    return 'ACTIVE';
  return null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** True when the organization of fact `key` is `org` or one of its units. */
export function isWithin(
  organizations: OrganizationIndex,
  key: string,
  org: DraftOrganization,
): boolean {
  let current = organizations.all.find((o) => o.fact.key === key) ?? null;
  while (current) {
    if (current === org) return true;
    current = current.parent;
  }
  return false;
}

function setNameAndTemplate(
  fact: EntityFact,
  phrase: string,
  parties: DraftOrganization[],
  kindWord: string,
  year: string | null,
): void {
  const names = parties.map((p) => p.shortName);
  fact.value = {
    name:
      names.length >= 2
        ? `${phrase} between ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
        : phrase,
    ...fact.value,
  };
  fact.label = String(fact.value.name);
  fact.value.idTemplate = `${parties.map((p) => `{${p.fact.key}}`).join('-')}-${kindWord}-${year ?? ''}`;
}

function partyExcerpt(builder: FactBuilder, sentence: Sentence, party: DraftOrganization) {
  const mention = party.mentions.find((m) => m.sentence === sentence.index);
  if (!mention) return builder.excerpt(sentence.start, sentence.end);
  return builder.clause(mention.start, mention.end, 90);
}

function signedEnd(builder: FactBuilder, mention: PersonMention): number {
  const rest = builder.text.slice(mention.end);
  const match = /\bsigned\s+(a|an|the)\s+([\w ]+?)(?=[,.;]| with| on| to)/.exec(rest);
  return match ? mention.end + (match.index ?? 0) + match[0].length : mention.end;
}
