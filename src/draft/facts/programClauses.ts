import type { KnownIndex } from '../../domain/knownEntity';
import { normalizeName } from '../../domain/normalizeName';
import type { DraftExcerpt, EntityFact } from '../draftTypes';
import type { PersonMention } from '../mentions/findPeople';
import type { PlaceMention } from '../mentions/findPlaces';
import type { OrganizationMention } from '../mentions/organizationMention';
import { accentFoldedSlug } from '../resolve/ids';
import type { Sentence } from '../text/sentences';
import { CURATED_TERMS } from '../vocabulary/curatedTerms';
import type { FactBuilder } from './factBuilder';
import type { Appositions } from './organizationClauses';
import { addAlias, ALSO_KNOWN_AS } from './organizationClauses';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import { institutionOf } from './organizations';
import type { PeopleIndex } from './people';
import type { PlaceIndex } from './places';
import type { ProgramIndex } from './programs';
import { statusIn } from './programs';
import type { TermFacts } from './termFacts';

/** What the program clauses read. */
export interface ProgramClauseInputs {
  organizations: OrganizationIndex;
  people: PeopleIndex;
  places: PlaceIndex;
  programs: ProgramIndex;
  orgMentions: OrganizationMention[];
  personMentions: PersonMention[];
  placeMentions: PlaceMention[];
  appositions: Appositions;
  terms: TermFacts;
  known: KnownIndex;
  date: string | null;
}

/** Where the article names or refers to a program. */
export interface ProgramMention {
  fact: EntityFact;
  start: number;
  end: number;
  /** The words it is called by here ("center", "project"), for anaphors. */
  noun: string;
}

/** The nouns a program of each kind is referred back to by ("the center", "the project"). */
const NOUNS_OF_KIND: Record<string, string[]> = {
  AGREEMENT: ['agreement', 'memorandum', 'mou', 'cooperation', 'contract'],
  CENTER: ['center', 'centre', 'laboratory', 'lab', 'platform', 'base', 'biobank', 'institute'],
  EDUCATION: ['programme', 'program', 'project', 'course'],
  COLLABORATION: ['collaboration', 'project', 'research', 'cooperation'],
  OTHER: ['programme', 'program', 'project', 'initiative'],
};

const ANAPHOR =
  /\b(?:the|this|that|its)\s+(?:new\s+|joint\s+|said\s+)?(center|centre|laboratory|lab|platform|programme|program|project|agreement|memorandum|cooperation|collaboration|initiative)\b/gi;

/** "Joint Master Programme in Public Health", "Erasmus+ programme", "Belt and Road Initiative". */
const NAMED_PROGRAMME =
  /\b((?:[A-Z][\p{L}\d&-]*\+?)(?:\s+(?:and\s+)?[A-Z][\p{L}\d&-]*\+?){0,5}\s+(?:Programme|Program|programme|program|Initiative|initiative))((?:\s+(?:in|on|for)\s+[A-Z][\p{L}-]*(?:\s+(?:and\s+)?[A-Z][\p{L}-]*)*)?)/gu;

/** "run a joint sequencing laboratory in Macao", "build a biobank": in lower case (names in capitals are the organization finder's). */
const FACILITY =
  /\b(will\s+|plan\s+to\s+|plans\s+to\s+|agreed\s+to\s+|to\s+)?(run|runs|operate|operates|build|builds|establish|establishes|set up|sets up|open|opens|launch|launches|jointly build|co-build)\s+(an?\s+((?:joint|new|shared)\s+)?((?:[a-z-]+\s+){0,3}?)(laboratory|lab|centre|center|platform|base|biobank|clinic))\b/g;

/** "a collaboration with China on newborn screening". */
const COLLABORATION =
  /\b(an?\s+((?:joint\s+)?collaboration\s+(?:with\s+(?:the\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+)?on\s+[\p{L}\s-]+?))(?=\s*(?:,|\.|;|$|\s+which\b|\s+and\s+(?:the|to|will)\b))/giu;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kindOfName(name: string): string {
  if (
    /\b(master|bachelor|degree|phd|doctoral|education|training|erasmus|scholarship|course|exchange|school)/i.test(
      name,
    )
  )
    return 'EDUCATION';
  if (/\b(center|centre|laboratory|lab|platform|base|biobank)\b/i.test(name)) return 'CENTER';
  return 'COLLABORATION';
}

/**
 * Reads the second cut's facts of programs: programmes named in capitals ("the Joint Master
 * Programme in Public Health", "the European Union's Erasmus+ programme", whose organization is
 * its sponsor), facilities in lower case ("BGI will run a joint sequencing laboratory", its
 * operator), collaborations ("a collaboration with China on newborn screening", a country as a
 * party), programs the graph holds (by name, by "the AHMU–BGI memorandum of 2018"), parts in
 * appositions ("X, a capacity-building project of the Y programme"), parties ("the project
 * brings together A, B and C", "the center is run by BGI"), people ("were appointed research
 * advisors of", "inaugurated the center together with", "coordinator of the project"), places
 * ("the center in Shanghai"), other names, status where the text states one, and the sentences
 * that refer back to each ("the center"). Returns every place a program is named or referred to.
 */
export function findProgramClauses(
  builder: FactBuilder,
  inputs: ProgramClauseInputs,
): ProgramMention[] {
  const { programs, organizations, known } = inputs;
  const mentions: ProgramMention[] = [];
  const orgOf = (m: OrganizationMention | undefined): DraftOrganization | undefined =>
    m ? organizations.ofMention.get(m.index) : undefined;
  const outerOrgAt = (start: number) =>
    inputs.orgMentions
      .filter((m) => m.start === start && organizations.ofMention.has(m.index))
      .sort((a, b) => b.end - a.end)[0];
  const entryOf = (fact: EntityFact) => programs.all.find((p) => p.fact === fact);
  const remember = (fact: EntityFact, start: number, end: number, noun: string) => {
    if (!mentions.some((m) => m.fact === fact && m.start === start))
      mentions.push({ fact, start, end, noun: noun.toLowerCase() });
    const sentence = builder.sentenceAt(start);
    const entry = entryOf(fact);
    if (entry && sentence && !entry.sentences.includes(sentence.index))
      entry.sentences.push(sentence.index);
  };
  const newProgram = (
    name: string,
    kind: string,
    sentence: Sentence,
    excerpt: DraftExcerpt,
    parties: DraftOrganization[],
    extra: Record<string, unknown> = {},
  ): EntityFact => {
    const key = normalizeName(name);
    const same = programs.all.find((p) => normalizeName(String(p.fact.value.name)) === key);
    if (same) {
      if (!same.fact.excerpts.some((e) => e.start === excerpt.start))
        same.fact.excerpts.push(excerpt);
      return same.fact;
    }
    const fact = builder.entity('program', {
      label: name,
      id: '',
      confidence: 0.7,
      checks: [],
      excerpts: [excerpt],
      value: { name, kind, ...extra },
    });
    fact.value.idTemplate = `${parties.map((p) => `{${p.fact.key}}`).join('-')}-${accentFoldedSlug(name)}`;
    programs.all.push({ fact, sentences: [sentence.index], parties });
    return fact;
  };
  const party = (
    program: EntityFact,
    org: DraftOrganization,
    role: string,
    excerpt: DraftExcerpt,
    term?: EntityFact,
    confidence = 0.7,
  ) => {
    // A curated role replaces the plain one the same party had ("run by": the operator).
    if (term)
      builder.remove(
        new Set(
          builder
            .links('party')
            .filter(
              (l) =>
                l.owner === program.key && l.refs.organization === org.fact.key && !l.refs.role,
            )
            .map((l) => l.key),
        ),
      );
    else if (
      builder
        .links('party')
        .some((l) => l.owner === program.key && l.refs.organization === org.fact.key)
    )
      return;
    builder.link('party', {
      label: `${org.fact.label} is ${term ? String(term.value.name).toLowerCase() : role.toLowerCase()} of ${String(program.value.name)}`,
      owner: program.key,
      refs: { organization: org.fact.key, ...(term ? { role: term.key } : {}) },
      value: { role },
      confidence,
      checks: [],
      excerpts: [excerpt],
    });
  };

  // What the draft found already: agreements by their word, centres by their names.
  for (const program of programs.all) {
    const excerpt = program.fact.excerpts[0];
    if (!excerpt) continue;
    // Named inside a sentence quoted whole ("agreed to set up a joint training program"): there.
    const name = String(program.fact.value.name);
    const at = excerpt.quote.toLowerCase().indexOf(name.toLowerCase());
    if (at > 0 && program.fact.value.kind !== 'AGREEMENT') {
      remember(
        program.fact,
        excerpt.start + at,
        excerpt.start + at + name.length,
        /(\w+)$/.exec(name)?.[1] ?? 'program',
      );
      continue;
    }
    const word =
      /\b(memorandum|agreement|mou|contract)\b/i.exec(excerpt.quote)?.[1] ??
      /(\w+)$/.exec(String(program.fact.value.name))?.[1] ??
      'program';
    remember(program.fact, excerpt.start, excerpt.end, word);
  }

  // Programs the graph holds, named as the article names them.
  for (const { mention, programId } of organizations.knownPrograms) {
    const stored = known.byId.get(programId);
    if (!stored) continue;
    let fact = builder.entities('program').find((f) => f.id === programId);
    const excerpt = builder.excerpt(mention.start, mention.end);
    if (!fact) {
      fact = knownProgram(builder, stored.id, stored.name, stored.kind, excerpt);
      programs.all.push({ fact, sentences: [mention.sentence], parties: [] });
    } else fact.excerpts.push(excerpt);
    remember(fact, mention.start, mention.end, mention.headWord ?? 'program');
  }
  // "the AHMU–BGI memorandum of 2018", "the memorandum signed by AHMU and BGI in 2018": the id
  // the guide gives such an agreement, when the graph holds it.
  for (const reference of agreementReferences(builder.text, known)) {
    const stored = known.byId.get(reference.id);
    if (stored?.label !== 'Program') continue;
    const { start, end, id } = reference;
    const excerpt = builder.excerpt(start, end);
    let fact = builder.entities('program').find((f) => f.id === id);
    if (!fact) {
      fact = knownProgram(builder, id, stored.name, stored.kind, excerpt);
      programs.all.push({ fact, sentences: [builder.sentenceAt(start)?.index ?? 0], parties: [] });
    } else fact.excerpts.push(excerpt);
    remember(fact, start, end, reference.word);
    // The name written before "of 2018" is a name the graph may not hold yet.
    if (reference.written !== null) {
      const written = reference.written;
      if (
        !stored.matchKeys.some(
          (k) => k.replace(/ /g, '') === normalizeName(written).replace(/ /g, ''),
        )
      )
        addAlias(builder, fact, written, excerpt, 0.6, [
          `"${written}" names ${id} here: keep it as another name of the program?`,
        ]);
      const sentenceEnd = builder.sentenceAt(start)?.end ?? builder.text.length;
      const alias = ALSO_KNOWN_AS.exec(builder.text.slice(end, sentenceEnd));
      if (alias?.[1]) {
        const at = end + alias[0].lastIndexOf(alias[1]);
        addAlias(builder, fact, alias[1], builder.excerpt(start, at + alias[1].length), 0.85);
      }
    }
  }

  // Programmes named in capitals.
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    for (const match of sentence.text.matchAll(NAMED_PROGRAMME)) {
      const base = match[1] ?? '';
      if (/^(?:The|A|An|This|Under|Via|With)\s/.test(base)) continue;
      const name = `${base}${match[2] ?? ''}`;
      const start = sentence.start + (match.index ?? 0);
      const end = start + name.length;
      const before = builder.text.slice(sentence.start, start);
      const after = builder.text.slice(end, sentence.end);
      // The organization whose programme it is: "the European Union's ...", "... of the European Union".
      const owner = /((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)['’]s\s+$/u.exec(before) ?? null;
      const ownerMention = owner
        ? outerOrgAt(start - owner[0].length + (owner[0].startsWith('the ') ? 4 : 0))
        : /^\s+of\s+(?:the\s+)?/.exec(after)
          ? outerOrgAt(end + (/^\s+of\s+(?:the\s+)?/.exec(after)?.[0].length ?? 0))
          : undefined;
      const sponsor = orgOf(ownerMention);
      const storedId = known.named('Program', normalizeName(name))[0]?.id;
      const excerpt = builder.excerpt(start, end);
      let fact: EntityFact;
      if (storedId) {
        fact =
          builder.entities('program').find((f) => f.id === storedId) ??
          knownProgram(
            builder,
            storedId,
            known.byId.get(storedId)?.name ?? name,
            known.byId.get(storedId)?.kind ?? null,
            excerpt,
          );
        if (!programs.all.some((p) => p.fact === fact))
          programs.all.push({ fact, sentences: [sentence.index], parties: [] });
      } else {
        fact = newProgram(name, kindOfName(name), sentence, excerpt, sponsor ? [sponsor] : []);
      }
      remember(fact, start, end, /(\w+)$/.exec(base)?.[1] ?? 'programme');
      if (sponsor && ownerMention) {
        const term = inputs.terms.use(
          CURATED_TERMS.sponsor,
          builder.excerpt(Math.min(start, ownerMention.start), Math.max(end, ownerMention.end)),
        );
        party(
          fact,
          sponsor,
          'PARTNER',
          builder.excerpt(Math.min(start, ownerMention.start), Math.max(end, ownerMention.end)),
          term,
          0.6,
        );
      }
    }
  }

  // Facilities and collaborations in lower case.
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    for (const match of sentence.text.matchAll(FACILITY)) {
      const phrase = match[3] ?? '';
      const start = sentence.start + (match.index ?? 0) + match[0].indexOf(phrase);
      let end = start + phrase.length;
      const place = inputs.placeMentions.find(
        (p) => p.sentence === sentence.index && /^\s+in\s+$/.test(builder.text.slice(end, p.start)),
      );
      if (place) end = place.end;
      const name = capitalise(builder.text.slice(start, end).replace(/^an?\s+/i, ''));
      const verbAt = sentence.start + (match.index ?? 0);
      const subjects = subjectOrganizations(builder, inputs, sentence, verbAt);
      const planned = match[1] !== undefined || statusIn(sentence.text) === 'PLANNED';
      const fact = newProgram(name, 'CENTER', sentence, builder.excerpt(start, end), subjects, {
        status: planned ? 'PLANNED' : 'ACTIVE',
      });
      remember(fact, start, end, match[6] ?? 'center');
      const runs = /^(run|runs|operate|operates)$/i.test(match[2] ?? '');
      for (const org of subjects) {
        const excerpt = builder.excerpt(
          Math.min(
            verbAt,
            org.mentions.find((m) => m.sentence === sentence.index)?.start ?? verbAt,
          ),
          end,
        );
        if (runs)
          party(fact, org, 'HOST', excerpt, inputs.terms.use(CURATED_TERMS.operator, excerpt));
        else party(fact, org, 'PARTNER', excerpt);
      }
      if (place) {
        const placeFact = inputs.places.ofMention.get(place);
        if (placeFact) programPlace(builder, fact, placeFact, builder.excerpt(start, place.end));
      }
    }
    for (const match of sentence.text.matchAll(COLLABORATION)) {
      const phrase = match[2] ?? '';
      const start =
        sentence.start +
        (match.index ?? 0) +
        (match[0].length - (match[1]?.length ?? 0)) +
        (match[1] ?? '').indexOf(phrase);
      const end = start + phrase.length;
      const name = capitalise(phrase);
      const fact = newProgram(name, 'COLLABORATION', sentence, builder.excerpt(start, end), []);
      const status = statusIn(sentence.text);
      if (status) fact.value.status = status;
      remember(fact, start, end, 'collaboration');
      // "with China": a country as a party.
      const withPlace = inputs.placeMentions.find(
        (p) =>
          p.start > start &&
          p.end < end &&
          /\bwith\s+(?:the\s+)?$/.test(builder.text.slice(start, p.start)),
      );
      const placeFact = withPlace ? inputs.places.ofMention.get(withPlace) : undefined;
      if (withPlace && placeFact)
        builder.link('party', {
          label: `${placeFact.label} is a partner of ${name}`,
          owner: fact.key,
          refs: { place: placeFact.key },
          value: { role: 'PARTNER' },
          confidence: 0.6,
          checks: [`a place as a party: does ${placeFact.label} take part, or only benefit?`],
          excerpts: [builder.excerpt(start, end)],
        });
      // "the two sides will explore a collaboration": the article's parties.
      if (
        /\b(?:the two sides|both sides|the two parties)\b/i.test(
          sentence.text.slice(0, start - sentence.start),
        )
      ) {
        const main = programs.agreement ? (entryOf(programs.agreement)?.parties ?? []) : [];
        for (const org of main)
          party(fact, org, 'PARTNER', builder.excerpt(sentence.start, end), undefined, 0.6);
      }
    }
  }

  // Parts in appositions: "X, a capacity-building project of the Y programme".
  for (const mention of [...mentions]) {
    const sentence = builder.sentenceAt(mention.start);
    if (!sentence) continue;
    const rest = builder.text.slice(mention.end, sentence.end);
    const apposition =
      /^,\s+an?\s+[\p{L}\s-]*?(?:project|programme|program|part|component|initiative|module|strand|sub-project)\s+(?:of|under|within)\s+/u.exec(
        rest,
      );
    if (!apposition) continue;
    const until = mention.end + (/^,[^,]*/.exec(rest)?.[0].length ?? rest.length);
    const whole = mentions.find(
      (m) =>
        m.fact !== mention.fact &&
        m.start >= mention.end + apposition[0].length - 1 &&
        m.end <= until + 1,
    );
    // "a capacity-building project": the part is also called a project.
    const noun =
      /(project|programme|program|part|component|initiative|module|strand|sub-project)\s+(?:of|under|within)\s+$/.exec(
        apposition[0],
      )?.[1];
    if (noun)
      mentions.push({
        fact: mention.fact,
        start: mention.end + 1,
        end: mention.end + apposition[0].length,
        noun,
      });
    if (!whole || builder.links('programPartOf').some((l) => l.owner === mention.fact.key))
      continue;
    builder.link('programPartOf', {
      label: `${String(mention.fact.value.name)} is part of ${String(whole.fact.value.name)}`,
      owner: mention.fact.key,
      refs: { program: whole.fact.key },
      value: {},
      confidence: 0.7,
      checks: [],
      excerpts: [builder.excerpt(mention.end, whole.end)],
    });
  }

  // Anaphors: "the center", "the project" refer to the program last named with that noun.
  const anaphors: ProgramMention[] = [];
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    for (const match of sentence.text.matchAll(ANAPHOR)) {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (mentions.some((m) => m.start <= start && end <= m.end)) continue;
      const fact = referredProgram(
        builder,
        mentions,
        (match[1] ?? '').toLowerCase(),
        start,
        programs,
      );
      if (fact) anaphors.push({ fact, start, end, noun: (match[1] ?? '').toLowerCase() });
    }
  }
  for (const a of anaphors) remember(a.fact, a.start, a.end, a.noun);

  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const sentence = builder.sentenceAt(mention.start);
    if (!sentence) continue;
    const rest = builder.text.slice(mention.end, sentence.end);
    // "The project brings together AHMU, Baltic Medical University and Rhine Valley University".
    const together = /^\s+(?:brings together|involves|unites|links|connects|gathers)\s+/i.exec(
      rest,
    );
    if (together) {
      const from = mention.end + together[0].length;
      // The list ends with its clause: ", with funding from ..." names no partner.
      const clause = /,\s+(?:with|which|who|where|while|thanks|funded|supported)\b/.exec(
        builder.text.slice(from, sentence.end),
      );
      const to = clause ? from + (clause.index ?? 0) : sentence.end;
      for (const org of topOrganizations(inputs, sentence, from, to))
        party(mention.fact, org, 'PARTNER', builder.excerpt(sentence.start, sentence.end));
    }
    // "The center is run by BGI".
    const runBy =
      /^\s+(?:is|was|will be)\s+(?:jointly\s+)?(?:run|operated|managed)\s+by\s+(?:the\s+)?/i.exec(
        rest,
      );
    const runner = runBy ? orgOf(outerOrgAt(mention.end + runBy[0].length)) : undefined;
    if (runBy && runner) {
      const runnerEnd = outerOrgAt(mention.end + runBy[0].length)?.end ?? mention.end;
      const excerpt = builder.excerpt(mention.start, runnerEnd);
      party(
        mention.fact,
        runner,
        'HOST',
        excerpt,
        inputs.terms.use(CURATED_TERMS.operator, excerpt),
        0.75,
      );
      if (!mention.fact.existing && !mention.fact.value.status)
        mention.fact.value.status = 'ACTIVE';
    }
    // "the Reproductive Genetics Diagnosis Center in Shanghai".
    const place = inputs.placeMentions.find(
      (p) =>
        p.sentence === sentence.index &&
        /^\s+in\s+$/.test(builder.text.slice(mention.end, p.start)),
    );
    const placeFact = place ? inputs.places.ofMention.get(place) : undefined;
    if (place && placeFact)
      programPlace(builder, mention.fact, placeFact, builder.excerpt(mention.start, place.end));
  }

  // Programs the agreement lists ("Under the agreement, BGI will run a joint laboratory"): its parts.
  const agreement = programs.agreement;
  if (agreement) {
    for (const program of programs.all) {
      if (program.fact === agreement || program.fact.existing) continue;
      if (builder.links('programPartOf').some((l) => l.owner === program.fact.key)) continue;
      const sentence = builder.sentences[program.sentences[0] ?? -1];
      if (
        !sentence ||
        !/^(?:under|according to) (?:the|this) (?:agreement|memorandum|mou)\b/i.test(sentence.text)
      )
        continue;
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

  programPeople(builder, inputs, mentions);
  return mentions;
}

/** A reference to an agreement by its parties and year, with the id the guide's rules give it. */
export interface AgreementReference {
  id: string;
  start: number;
  end: number;
  word: string;
  /** The name as written ("AHMU–BGI memorandum"), when the text names it so. */
  written: string | null;
}

const AGREEMENT_BY_PARTIES = [
  /\b(?:the\s+)?([A-Z][\p{L}\d-]*)\s*[–—-]\s*([A-Z][\p{L}\d-]*)\s+(memorandum|agreement|MoU|MOU)(?:\s+of\s+cooperation)?\s+(?:of|in|signed in|from)\s+((?:19|20)\d{2})\b/gu,
  /\b(?:the\s+)?(memorandum|agreement|MoU|MOU)(?:\s+of\s+cooperation)?\s+(?:signed|concluded)\s+(?:by|between)\s+([A-Z][\p{L}\d-]*)\s+and\s+([A-Z][\p{L}\d-]*)\s+in\s+((?:19|20)\d{2})\b/gu,
];

/**
 * "the AHMU–BGI memorandum of 2018", "the memorandum signed by AHMU and BGI in 2018": an
 * agreement named by its two parties and its year, with the id the guide's rules give it
 * (`program/<party>-<party>-memorandum-<year>`, each party by its graph id, else its written
 * name), so that a draft can refer to it when the graph holds it.
 */
export function agreementReferences(text: string, known: KnownIndex): AgreementReference[] {
  const found: AgreementReference[] = [];
  for (const [n, pattern] of AGREEMENT_BY_PARTIES.entries()) {
    for (const match of text.matchAll(pattern)) {
      const [a, b, word] =
        n === 0 ? [match[1], match[2], match[3]] : [match[2], match[3], match[1]];
      const slugs = [a, b].map(
        (name) =>
          known.named('Organization', normalizeName(name ?? ''))[0]?.id.replace(/^org\//, '') ??
          accentFoldedSlug(name ?? ''),
      );
      const kindWord = /memorandum|mou/i.test(word ?? '') ? 'memorandum' : 'agreement';
      const start = (match.index ?? 0) + (/^the\s/.test(match[0]) ? 4 : 0);
      const end = (match.index ?? 0) + match[0].length;
      found.push({
        id: `program/${slugs.join('-')}-${kindWord}-${match[4] ?? ''}`,
        start,
        end,
        word: kindWord,
        written:
          n === 0
            ? text.slice(start, end).replace(/\s+(?:of|in|signed in|from)\s+\d{4}$/, '')
            : null,
      });
    }
  }
  return found;
}

/** A program fact for a program the graph holds (referred to by id, or restated with links). */
function knownProgram(
  builder: FactBuilder,
  id: string,
  name: string,
  kind: string | null,
  excerpt: DraftExcerpt,
): EntityFact {
  const fact = builder.entity('program', {
    label: name,
    id,
    confidence: 0.8,
    checks: [],
    excerpts: [excerpt],
    value: { name, kind: kind ?? 'OTHER' },
  });
  fact.existing = true;
  fact.candidates = [
    { id, name, existing: true, match: 'name', score: 0.9, ...(kind ? { kind } : {}) },
  ];
  return fact;
}

/** The program an anaphor ("the center") refers to: the last named before it with that noun. */
function referredProgram(
  builder: FactBuilder,
  mentions: ProgramMention[],
  noun: string,
  before: number,
  programs: ProgramIndex,
): EntityFact | undefined {
  const earlier = mentions.filter((m) => m.start < before).sort((a, b) => b.start - a.start);
  const fits = (m: ProgramMention) =>
    m.noun === noun || (NOUNS_OF_KIND[String(m.fact.value.kind)] ?? []).includes(noun);
  const byNoun = earlier.find((m) => m.noun === noun) ?? earlier.find(fits);
  // An article about a project of a programme means the project: a part before its whole.
  const part = byNoun
    ? earlier.find(
        (m) =>
          fits(m) &&
          builder
            .links('programPartOf')
            .some((l) => l.owner === m.fact.key && l.refs.program === byNoun.fact.key),
      )
    : undefined;
  if (part) return part.fact;
  if (byNoun) return byNoun.fact;
  if (noun === 'cooperation' || noun === 'agreement' || noun === 'memorandum')
    return programs.agreement ?? undefined;
  return undefined;
}

function programPlace(
  builder: FactBuilder,
  program: EntityFact,
  place: EntityFact,
  excerpt: DraftExcerpt,
): void {
  builder.link('programPlace', {
    label: `${String(program.value.name)} is in ${place.label}`,
    owner: program.key,
    refs: { place: place.key },
    value: {},
    confidence: 0.65,
    checks: [],
    excerpts: [excerpt],
  });
}

/** The outermost organizations named between two offsets of a sentence, outside appositions. */
function topOrganizations(
  inputs: ProgramClauseInputs,
  sentence: Sentence,
  from: number,
  to: number,
): DraftOrganization[] {
  const inSpan = inputs.orgMentions.filter(
    (m) =>
      m.sentence === sentence.index &&
      m.start >= from &&
      m.end <= to &&
      inputs.organizations.ofMention.has(m.index) &&
      !inputs.appositions.inside(m.start, m.end),
  );
  const outer = inSpan.filter(
    (m) =>
      !inSpan.some(
        (o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
      ),
  );
  return [
    ...new Set(
      outer
        .map((m) => inputs.organizations.ofMention.get(m.index))
        .filter((o): o is DraftOrganization => o !== undefined),
    ),
  ];
}

/** The organizations a clause's verb has as subjects: named before it, outside appositions. */
function subjectOrganizations(
  builder: FactBuilder,
  inputs: ProgramClauseInputs,
  sentence: Sentence,
  verbAt: number,
): DraftOrganization[] {
  const clauseStart = Math.max(
    sentence.start,
    ...[
      ...builder.text
        .slice(sentence.start, verbAt)
        .matchAll(/[,;]\s+(?:and\s+)?(?:the two sides|both sides|under the \w+)/gi),
    ].map((m) => sentence.start + (m.index ?? 0)),
  );
  const before = builder.text.slice(clauseStart, verbAt);
  if (/\b(?:the two sides|both sides|the two parties)\b/i.test(before)) {
    const main = inputs.programs.agreement
      ? (inputs.programs.all.find((p) => p.fact === inputs.programs.agreement)?.parties ?? [])
      : [];
    if (main.length > 0) return main;
  }
  return topOrganizations(inputs, sentence, clauseStart, verbAt).map(institutionOf);
}

/** People of programs: appointed to it, inaugurating it, coordinating it. */
function programPeople(
  builder: FactBuilder,
  inputs: ProgramClauseInputs,
  mentions: ProgramMention[],
): void {
  const { people, terms } = inputs;
  const personAt = (m: PersonMention) => people.ofMention.get(m)?.fact;
  const positionOrg = (person: EntityFact) => {
    const link = builder.links('position').find((p) => p.refs.person === person.key);
    return inputs.organizations.all.find((o) => o.fact.key === link?.refs.organization) ?? null;
  };
  const affiliation = (mention: PersonMention): DraftOrganization | null => {
    // "Dr. A and Dr. B of BGI": both of BGI.
    const partner = inputs.personMentions.find(
      (m) =>
        m.sentence === mention.sentence &&
        /^\s+and\s+$/.test(builder.text.slice(mention.end, m.start)),
    );
    const after =
      partner && !/^\s+of\s/.test(builder.text.slice(mention.end)) ? partner.end : mention.end;
    const of = /^\s+of\s+(?:the\s+)?/.exec(builder.text.slice(after));
    const org = of
      ? inputs.orgMentions.find(
          (m) => m.start === after + of[0].length && inputs.organizations.ofMention.has(m.index),
        )
      : undefined;
    const person = personAt(mention);
    const found = org
      ? inputs.organizations.ofMention.get(org.index)
      : person
        ? positionOrg(person)
        : null;
    return found ? institutionOf(found) : null;
  };
  const add = (
    program: EntityFact,
    mention: PersonMention,
    role: string,
    excerpt: DraftExcerpt,
    term?: EntityFact,
    onBehalfOf?: DraftOrganization | null,
  ) => {
    const person = personAt(mention);
    if (!person) return;
    const org = onBehalfOf === undefined ? affiliation(mention) : onBehalfOf;
    builder.link('programPerson', {
      label: `${person.label}: ${term ? String(term.value.name).toLowerCase() : role.toLowerCase()} of ${String(program.value.name)}`,
      owner: program.key,
      refs: {
        person: person.key,
        ...(org ? { onBehalfOf: org.fact.key } : {}),
        ...(term ? { role: term.key } : {}),
      },
      optional: ['onBehalfOf'],
      value: { role },
      confidence: 0.7,
      checks: [],
      excerpts: [excerpt],
    });
  };
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    const inSentence = inputs.personMentions.filter(
      (m) => m.sentence === sentence.index && people.ofMention.has(m),
    );
    // "Dr. Zhang Ye and Dr. Liu Bo of BGI were appointed research advisors of the Precision Medicine Center".
    const appointed =
      /\b(?:was|were|has been|have been)\s+appointed\s+(?:as\s+)?(?:the\s+)?(?:first\s+|new\s+)?([a-z][a-z\s-]*?)\s+(?:of|for|to)\s+/i.exec(
        sentence.text,
      );
    if (appointed?.[1]) {
      const at = sentence.start + (appointed.index ?? 0);
      const programMention = mentions.find(
        (m) => m.start >= at + appointed[0].length - 1 && m.start <= at + appointed[0].length + 4,
      );
      if (programMention) {
        const title = appointed[1].toLowerCase();
        const advisor = /advis[eo]rs?/.test(title);
        const leads = /\b(director|head|leader|chief|coordinator|principal investigator)\b/.test(
          title,
        );
        const excerpt = builder.excerpt(inSentence[0]?.start ?? at, programMention.end);
        const term = advisor ? terms.use(CURATED_TERMS.researchAdvisor, excerpt) : undefined;
        for (const mention of inSentence.filter((m) => m.end <= at))
          add(programMention.fact, mention, leads ? 'LEADS' : 'OTHER', excerpt, term);
      }
    }
    // "X inaugurated the center together with Y".
    const inaugurated = /\b(?:inaugurated|unveiled|opened)\s+(?:the\s+)?/i.exec(sentence.text);
    if (inaugurated) {
      const at = sentence.start + (inaugurated.index ?? 0);
      const programMention = mentions.find(
        (m) => m.start >= at && m.start <= at + inaugurated[0].length + 4,
      );
      if (programMention) {
        const together = /^\s*(?:together\s+)?with\s+/i.exec(
          builder.text.slice(programMention.end),
        );
        const persons = inSentence.filter(
          (m) =>
            m.end <= at ||
            (together !== null &&
              m.start >= programMention.end &&
              m.start <= programMention.end + together[0].length + 1),
        );
        const clause = builder.excerpt(at, sentence.end);
        const term = terms.use(CURATED_TERMS.inaugurator, builder.excerpt(at, programMention.end));
        for (const mention of persons)
          add(programMention.fact, mention, 'REPRESENTS', clause, term);
      }
    }
    // "Prof. Anna Kowalska of Baltic Medical University, coordinator of the project".
    for (const mention of inSentence) {
      const rest = builder.text.slice(mention.end, sentence.end);
      const role =
        /^(?:\s+of\s+[^,]+)?,\s+(?:the\s+)?(coordinator|leader|head|director|principal investigator)\s+of\s+/i.exec(
          rest,
        );
      if (!role) continue;
      const at = mention.end + role[0].length;
      const programMention = mentions.find((m) => m.start >= at - 1 && m.start <= at + 4);
      if (!programMention) continue;
      add(
        programMention.fact,
        mention,
        'LEADS',
        builder.excerpt(mention.start, programMention.end),
      );
    }
  }
}
