import type { DraftExcerpt, EntityFact } from '../draftTypes';
import type { PersonMention } from '../mentions/findPeople';
import type { PlaceMention } from '../mentions/findPlaces';
import type { OrganizationMention } from '../mentions/organizationMention';
import type { StatedDate } from '../text/articleDate';
import { dateIn, idDate } from '../text/articleDate';
import type { Sentence } from '../text/sentences';
import { CURATED_TERMS } from '../vocabulary/curatedTerms';
import type { VisitAndSigning } from './events';
import type { FactBuilder } from './factBuilder';
import type { ProgramMention } from './programClauses';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import { institutionOf } from './organizations';
import type { PeopleIndex } from './people';
import type { PlaceIndex } from './places';
import type { TermFacts } from './termFacts';

/** What the meeting finder reads. */
export interface MeetingInputs {
  organizations: OrganizationIndex;
  people: PeopleIndex;
  places: PlaceIndex;
  orgMentions: OrganizationMention[];
  personMentions: PersonMention[];
  placeMentions: PlaceMention[];
  programMentions: ProgramMention[];
  visitAndSigning: VisitAndSigning;
  dates: StatedDate[];
  date: string | null;
  terms: TermFacts;
}

/** An event of the draft with the sentence it is stated in and the words it is called by. */
export interface DraftEvent {
  fact: EntityFact;
  sentence: number;
  /** "visit", "meeting", "workshop", "ceremony" ... for "the meeting" further on. */
  noun: string;
}

/** The events of a draft, in the order the article states them. */
export interface EventIndex {
  all: DraftEvent[];
  /** The event a sentence speaks of: one it names ("the forum"), one stated in it, else the last before. */
  of(sentence: number): DraftEvent | null;
}

const MEETING_NOUNS =
  'meeting|workshop|forum|symposium|seminar|conference|summit|roundtable|round table|colloquium|congress';
/** A new meeting: "chaired a meeting on X", "held a workshop on X at Y", "hosted a forum on X". */
const NEW_MEETING = new RegExp(
  `\\b(chaired|held|hosted|convened|organi[sz]ed|co-organi[sz]ed|opened|holds|hosts)\\s+(an?)\\s+((?:[\\w-]+\\s+){0,3}?(?:${MEETING_NOUNS}))(?:\\s+(on|of|about)\\s+([^,;.]+?))?(?=\\s+(?:attended by|at|in|with|for|where|which|to|during|and)\\b|[,;.]|$)`,
  'gi',
);
/** "The kick-off meeting of X, ..., was held at Y". */
const HELD_MEETING = new RegExp(
  `\\b(the|a|an)\\s+((?:[\\w-]+\\s+){0,3}?(?:${MEETING_NOUNS}))\\s+(on|of|about)\\s+([^;.]+?)\\s+(?:was|were)\\s+(held|convened|opened|organi[sz]ed)\\b`,
  'gi',
);
/** An inauguration: "X and Y inaugurated the Z Center". */
const INAUGURATION = /\b(inaugurated|unveiled|opened)\s+(?:the\s+)?/gi;

/** Verbs of taking part in a meeting. */
const TAKES_PART =
  /\b(chaired|attended|spoke|reported|presented|delivered|addressed|participated|took part|gave (?:a|the) (?:speech|report|talk|keynote))\b/i;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EVENT_NOUN_KINDS: [RegExp, string][] = [
  [/\bsigning ceremony\b|\bsigning\b/i, 'SIGNING'],
  [/\bvisit\b|\bdelegation\b|\btrip\b|\btour\b/i, 'VISIT'],
  [new RegExp(`\\b(?:${MEETING_NOUNS})\\b`, 'i'), 'MEETING'],
];

/**
 * Finds the events a visit and a signing leave out: meetings, workshops and forums ("chaired a
 * meeting on discipline construction", "the kick-off meeting of X was held at AHMU", "hosted a
 * forum on health big data"), each with its date (its sentence's, else the visit's, else the
 * article's), place, host, chair ("chaired": a curated role) and the people who attended, spoke
 * or reported; inaugurations of a program ("inaugurated the Reproductive Genetics Diagnosis
 * Center", what the event produced); and for every event the programs it belongs to ("was part
 * of the preparations for X", "the kick-off meeting of X") and what funded it ("The meeting was
 * funded by the project"). A meeting held during a visit is part of it.
 */
export function findMeetings(builder: FactBuilder, inputs: MeetingInputs): EventIndex {
  const { visit, signing } = inputs.visitAndSigning;
  const all: DraftEvent[] = [];
  for (const [fact, sentence] of inputs.visitAndSigning.sentences)
    all.push({ fact, sentence, noun: fact === signing ? 'signing' : 'visit' });
  const visitDate = typeof visit?.value.date === 'string' ? visit.value.date : null;
  const orgAt = (start: number) =>
    inputs.orgMentions
      .filter((m) => m.start === start && inputs.organizations.ofMention.has(m.index))
      .sort((a, b) => b.end - a.end)[0];
  const programAt = (start: number, end: number) =>
    inputs.programMentions.find((m) => m.start >= start && m.start < end);

  const meeting = (
    sentence: Sentence,
    at: number,
    nounPhrase: string,
    topic: string | undefined,
    preposition: string | undefined,
    end: number,
  ): DraftEvent => {
    const own = dateIn(inputs.dates, sentence);
    const partOfVisit = visit !== null && own === undefined && visitDate !== null;
    const date = own?.date ?? (partOfVisit ? visitDate : (inputs.dates[0]?.date ?? inputs.date));
    const name = capitalise(`${nounPhrase}${topic ? ` ${preposition ?? 'on'} ${topic}` : ''}`);
    const fact = builder.entity('event', {
      label: name,
      id: '',
      confidence: 0.7,
      checks: [
        ...(own?.check ? [own.check] : []),
        ...(!own?.check && !partOfVisit && inputs.dates[0]?.check ? [inputs.dates[0].check] : []),
      ],
      excerpts: [builder.excerpt(sentence.start, end)],
      value: {
        name,
        kind: 'MEETING',
        ...(date ? { date } : {}),
        idTemplate: `${`${nounPhrase} ${(topic ?? '').replace(/^(?:the|a|an)\s+/i, '')}`.trim().split(/\s+/).slice(0, 8).join('-')}-${idDate(date)}`,
      },
    });
    const event: DraftEvent = {
      fact,
      sentence: sentence.index,
      noun: nounPhrase.split(/\s+/).pop() ?? 'meeting',
    };
    all.push(event);
    if (partOfVisit && visit)
      builder.link('eventPartOf', {
        label: `${name} was part of the visit`,
        owner: fact.key,
        refs: { event: visit.key },
        value: {},
        confidence: 0.6,
        checks: [`the article does not date the ${event.noun}: drafted as part of the visit`],
        excerpts: [builder.excerpt(sentence.start, end)],
      });
    // "... of the Joint Master Programme": the program it belongs to.
    const program = topic ? programAt(at, end) : undefined;
    if (program)
      builder.link('eventProgram', {
        label: `${name} belongs to ${String(program.fact.value.name)}`,
        owner: fact.key,
        refs: { program: program.fact.key },
        value: { relation: `${nounPhrase.toLowerCase()} ${preposition ?? 'of'}` },
        confidence: 0.7,
        checks: [],
        excerpts: [builder.excerpt(at, program.end)],
      });
    return event;
  };

  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    for (const match of sentence.text.matchAll(NEW_MEETING)) {
      const phrase = match[3] ?? '';
      if (/\b(?:signing|press)\b/i.test(phrase)) continue;
      const verbAt = sentence.start + (match.index ?? 0);
      const at = verbAt + match[0].indexOf(phrase);
      const end = verbAt + match[0].length;
      const event = meeting(sentence, at, phrase, match[5], match[4], end);
      const subjectText = builder.text.slice(sentence.start, verbAt);
      // The subject: the chair, the host, or a place ("Hefei ... hosted a forum").
      const verb = (match[1] ?? '').toLowerCase();
      const chair = inputs.personMentions
        .filter(
          (m) => m.sentence === sentence.index && m.end <= verbAt && inputs.people.ofMention.has(m),
        )
        .sort((a, b) => a.start - b.start)[0];
      if (verb === 'chaired' && chair) {
        const person = inputs.people.ofMention.get(chair)?.fact;
        const excerpt = builder.excerpt(chair.start, at + phrase.length);
        if (person)
          participant(
            builder,
            event.fact,
            person,
            'LEADER',
            excerpt,
            inputs,
            chair,
            inputs.terms.use(CURATED_TERMS.chair, builder.excerpt(verbAt, at + phrase.length)),
          );
      }
      if (/^(?:hosted|hosts|held|holds|convened|organi[sz]ed|co-organi[sz]ed)$/.test(verb)) {
        const place = inputs.placeMentions.find(
          (p) =>
            p.sentence === sentence.index &&
            p.end <= verbAt &&
            /^[\s,]/.test(builder.text.slice(p.end, p.end + 1)) &&
            p.start - sentence.start < 40,
        );
        const host = inputs.orgMentions.find(
          (m) =>
            m.sentence === sentence.index &&
            m.end <= verbAt &&
            inputs.organizations.ofMention.has(m.index) &&
            !/\b(?:two sides|both sides)\b/i.test(subjectText),
        );
        const placeFact = place ? inputs.places.ofMention.get(place) : undefined;
        if (place && placeFact && !host)
          eventPlace(
            builder,
            event.fact,
            placeFact,
            builder.excerpt(verb === 'hosted' || verb === 'hosts' ? verbAt : place.start, end),
          );
        else if (host && !/\b(?:two sides|both sides)\b/i.test(subjectText)) {
          const org = inputs.organizations.ofMention.get(host.index);
          if (org) eventHost(builder, event.fact, org, builder.excerpt(host.start, end));
        }
      }
      locate(builder, inputs, event.fact, sentence, at, end, orgAt);
    }
    for (const match of sentence.text.matchAll(HELD_MEETING)) {
      const at = sentence.start + (match.index ?? 0) + (match[1]?.length ?? 0) + 1;
      if (all.some((e) => e.fact.excerpts.some((x) => x.start <= at && at < x.end))) continue;
      // The topic ends at an apposition: "of the Joint Master Programme in Public Health, a ... project".
      const topic = (match[4] ?? '').split(/,\s/)[0] ?? '';
      const end = sentence.start + (match.index ?? 0) + match[0].length;
      const event = meeting(sentence, at, match[2] ?? 'meeting', topic, match[3], end);
      locate(builder, inputs, event.fact, sentence, at, end, orgAt);
    }
    // Inaugurations of a program.
    for (const match of sentence.text.matchAll(INAUGURATION)) {
      const at = sentence.start + (match.index ?? 0);
      const program = inputs.programMentions.find(
        (m) => m.start >= at && m.start <= at + match[0].length + 1,
      );
      if (!program || program.fact.existing) continue;
      if (
        all.some((e) =>
          builder
            .links('produced')
            .some((l) => l.owner === e.fact.key && l.refs.program === program.fact.key),
        )
      )
        continue;
      const own = dateIn(inputs.dates, sentence);
      const date = own?.date ?? inputs.dates[0]?.date ?? inputs.date;
      const noun =
        (match[1] ?? '').toLowerCase() === 'inaugurated'
          ? 'Inauguration'
          : (match[1] ?? '').toLowerCase() === 'unveiled'
            ? 'Unveiling'
            : 'Opening';
      const name = `${noun} of the ${String(program.fact.value.name)}`;
      const fact = builder.entity('event', {
        label: name,
        id: '',
        confidence: 0.7,
        checks: own?.check ? [own.check] : [],
        excerpts: [builder.excerpt(sentence.start, sentence.end)],
        value: {
          name,
          kind: 'OTHER',
          ...(date ? { date } : {}),
          idTemplate: `${String(program.fact.value.name)}-${noun}-${idDate(date)}`,
        },
      });
      all.push({ fact, sentence: sentence.index, noun: 'ceremony' });
      builder.link('produced', {
        label: `${name} produced ${String(program.fact.value.name)}`,
        owner: fact.key,
        refs: { program: program.fact.key },
        value: {},
        confidence: 0.7,
        checks: [],
        excerpts: [builder.excerpt(at, program.end)],
      });
      const place = inputs.placeMentions.find(
        (p) =>
          p.sentence === sentence.index &&
          /^\s+in\s+$/.test(builder.text.slice(program.end, p.start)),
      );
      const placeFact = place ? inputs.places.ofMention.get(place) : undefined;
      if (place && placeFact)
        eventPlace(builder, fact, placeFact, builder.excerpt(program.start, place.end));
    }
  }
  all.sort((a, b) => a.sentence - b.sentence);

  const index: EventIndex = {
    all,
    of(sentenceIndex) {
      const sentence = builder.sentences[sentenceIndex];
      if (!sentence) return null;
      for (const [pattern, kind] of EVENT_NOUN_KINDS) {
        if (!new RegExp(`\\bthe\\s+(?:\\w+\\s+)?(?:${pattern.source})`, 'i').test(sentence.text))
          continue;
        const named = [...all]
          .reverse()
          .find((e) => e.sentence <= sentenceIndex && e.fact.value.kind === kind);
        if (named) return named;
      }
      if (/\bthe (?:event|ceremony)\b/i.test(sentence.text)) {
        const named = [...all].reverse().find((e) => e.sentence <= sentenceIndex);
        if (named) return named;
      }
      return (
        [...all]
          .reverse()
          .find(
            (e) =>
              e.sentence <= sentenceIndex &&
              !builder.links('eventPartOf').some((l) => l.owner === e.fact.key),
          ) ??
        all[0] ??
        null
      );
    },
  };
  eventLinks(builder, inputs, index);
  eventSettings(builder, inputs, index);
  meetingParticipants(builder, inputs, index);
  return index;
}

/**
 * Where and by whom the visit and the signing took place when their own sentence does not say
 * it the usual way: "signed a strategic cooperation agreement in Hangzhou", "held a signing
 * ceremony ... at the Children's Hospital of Fudan University", a dateline ("Shanghai, November
 * 6, 2020 —"), "met with the delegation in Hefei"; a signing during a visit took place where the
 * visit did; programs the two sides "agreed to set up" during a visit without a signing are
 * what the visit produced.
 */
function eventSettings(builder: FactBuilder, inputs: MeetingInputs, index: EventIndex): void {
  const { visit, signing } = inputs.visitAndSigning;
  const has = (event: EntityFact, kind: 'eventPlace' | 'host') =>
    builder.links(kind).some((l) => l.owner === event.key);
  const sentenceOf = (event: EntityFact) =>
    builder.sentences[index.all.find((e) => e.fact === event)?.sentence ?? -1];
  if (signing) {
    const sentence = sentenceOf(signing);
    if (sentence) {
      const verb = /\b(?:signed|inked|held a signing ceremony)\b/i.exec(sentence.text);
      const from = sentence.start + (verb?.index ?? 0);
      const place = inputs.placeMentions.find(
        (p) =>
          p.sentence === sentence.index &&
          p.start > from &&
          // "signed a framework agreement on population genomics in Macao": close, in one clause.
          /^[^,;]{0,80}\bin\s+$/.test(builder.text.slice(from, p.start)),
      );
      const placeFact = place ? inputs.places.ofMention.get(place) : undefined;
      if (verb && place && placeFact && !has(signing, 'eventPlace')) {
        eventPlace(builder, signing, placeFact, builder.excerpt(from, place.end));
        const link = builder.links('eventPlace').find((l) => l.owner === signing.key);
        link?.checks.push(
          `"in ${placeFact.label}": where it was signed, or where the agreement applies?`,
        );
      }
      const at = /\bat\s+(?:the\s+)?$/;
      const host = inputs.orgMentions
        .filter(
          (m) =>
            m.sentence === sentence.index &&
            m.start > from &&
            inputs.organizations.ofMention.has(m.index) &&
            at.test(builder.text.slice(Math.max(from, m.start - 8), m.start)),
        )
        .sort((a, b) => a.start - b.start || b.end - a.end)[0];
      const hostOrg = host ? inputs.organizations.ofMention.get(host.index) : undefined;
      if (verb && host && hostOrg && !has(signing, 'host'))
        eventHost(
          builder,
          signing,
          hostOrg,
          builder.excerpt(
            host.start -
              (builder.text.slice(host.start - 8, host.start).match(/at\s+(?:the\s+)?$/)?.[0]
                .length ?? 0),
            host.end,
          ),
        );
    }
    // A signing during the visit took place where the visit did.
    if (visit && builder.links('eventPartOf').some((l) => l.owner === signing.key)) {
      for (const kind of ['eventPlace', 'host'] as const) {
        if (has(signing, kind)) continue;
        for (const link of builder.links(kind).filter((l) => l.owner === visit.key))
          builder.link(kind, {
            ...link,
            label: `${kind === 'host' ? 'Hosted' : 'Took place'} as the visit it was part of`,
            owner: signing.key,
            refs: { ...link.refs },
            value: { ...link.value },
            confidence: 0.6,
            checks: [],
            excerpts: [...link.excerpts],
          });
      }
    }
  }
  // A dateline: "Shanghai, November 6, 2020 — ...": where the article's first event took place.
  const first = index.all[0]?.fact;
  const opening = builder.sentences.find((s) => !s.isTitle);
  const dateline = opening
    ? inputs.dates.find((d) => d.start > opening.start && d.start < opening.start + 40)
    : undefined;
  const datelinePlace = opening
    ? inputs.placeMentions.find(
        (p) =>
          p.start === opening.start &&
          dateline &&
          /^,\s+(?:on\s+)?$/i.test(builder.text.slice(p.end, dateline.start)),
      )
    : undefined;
  const datelineFact = datelinePlace ? inputs.places.ofMention.get(datelinePlace) : undefined;
  if (first && dateline && datelinePlace && datelineFact && !has(first, 'eventPlace'))
    eventPlace(builder, first, datelineFact, builder.excerpt(datelinePlace.start, dateline.end));
  if (visit && !has(visit, 'eventPlace')) {
    // "met with the delegation in Hefei".
    for (const sentence of builder.sentences) {
      if (!/\bthe\s+(?:delegation|visit|guests|visitors)\b/i.test(sentence.text)) continue;
      const place = inputs.placeMentions.find(
        (p) =>
          p.sentence === sentence.index &&
          /\b(?:delegation|guests|visitors)\s+in\s+$/i.test(
            builder.text.slice(sentence.start, p.start),
          ),
      );
      const placeFact = place ? inputs.places.ofMention.get(place) : undefined;
      if (!place || !placeFact) continue;
      const at = builder.text.lastIndexOf(' the ', place.start);
      eventPlace(
        builder,
        visit,
        placeFact,
        builder.excerpt(Math.max(sentence.start, at), place.end),
      );
      break;
    }
  }
  // Programs the two sides agreed to set up during a visit without a signing.
  if (visit && !signing) {
    for (const mention of inputs.programMentions) {
      if (
        mention.fact.existing ||
        builder.links('produced').some((l) => l.refs.program === mention.fact.key)
      )
        continue;
      const sentence = builder.sentenceAt(mention.start);
      if (!sentence) continue;
      const agreed =
        /\b(?:agreed|decided|resolved)\s+to\s+(?:jointly\s+)?(?:set up|establish|launch|build|create|start|open)\s+(?:an?\s+|the\s+)?$/i.exec(
          builder.text.slice(sentence.start, mention.start),
        );
      if (!agreed) continue;
      builder.link('produced', {
        label: `The visit produced ${String(mention.fact.value.name)}`,
        owner: visit.key,
        refs: { program: mention.fact.key },
        value: {},
        confidence: 0.6,
        checks: ['the two sides agreed to it during the visit: produced by the visit?'],
        excerpts: [builder.excerpt(sentence.start + (agreed.index ?? 0), mention.end)],
      });
    }
  }
}

function eventPlace(
  builder: FactBuilder,
  event: EntityFact,
  place: EntityFact,
  excerpt: DraftExcerpt,
): void {
  builder.link('eventPlace', {
    label: `${String(event.value.name)} took place in ${place.label}`,
    owner: event.key,
    refs: { place: place.key },
    value: {},
    confidence: 0.7,
    checks: [],
    excerpts: [excerpt],
  });
}

function eventHost(
  builder: FactBuilder,
  event: EntityFact,
  org: DraftOrganization,
  excerpt: DraftExcerpt,
): void {
  builder.link('host', {
    label: `${org.fact.label} hosted ${String(event.value.name)}`,
    owner: event.key,
    refs: { organization: org.fact.key },
    value: {},
    confidence: 0.7,
    checks: [],
    excerpts: [excerpt],
  });
}

/** "... at the School of Public Health of AHMU", "was held in Hefei", "held at AHMU": right after the event's words. */
function locate(
  builder: FactBuilder,
  inputs: MeetingInputs,
  event: EntityFact,
  sentence: Sentence,
  at: number,
  from: number,
  orgAt: (start: number) => OrganizationMention | undefined,
): void {
  const LONGEST = 140;
  const rest = builder.text.slice(from, sentence.end);
  const where = /^\s*(?:was held\s+|took place\s+)?(at|in)\s+(?:the\s+)?/i.exec(rest);
  if (!where) return;
  const target = from + where[0].length;
  const start = (end: number) => (end - at <= LONGEST ? at : from + (where.index ?? 0));
  const hostMention = where[1]?.toLowerCase() === 'at' ? orgAt(target) : undefined;
  const host = hostMention ? inputs.organizations.ofMention.get(hostMention.index) : undefined;
  if (hostMention && host)
    eventHost(builder, event, host, builder.excerpt(start(hostMention.end), hostMention.end));
  const place = inputs.placeMentions.find(
    (p) => p.start === target || p.start === from + where[0].length,
  );
  const placeFact = place ? inputs.places.ofMention.get(place) : undefined;
  if (place && placeFact)
    eventPlace(builder, event, placeFact, builder.excerpt(start(place.end), place.end));
}

/**
 * The links of events to programs and funders stated in sentences of their own: "The visit was
 * part of the preparations for the Precision Medicine Center", "The meeting was funded by the
 * project", "The meeting was held in Hefei".
 */
function eventLinks(builder: FactBuilder, inputs: MeetingInputs, index: EventIndex): void {
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    const subject =
      /^(?:The|This)\s+(visit|meeting|workshop|forum|event|ceremony|conference|seminar|symposium|trip)\s+/i.exec(
        sentence.text,
      );
    if (!subject) continue;
    const event = index.of(sentence.index);
    if (!event) continue;
    const rest = sentence.text.slice(subject[0].length);
    const partOf =
      /^(?:was|is)\s+(?:a\s+|the\s+)?part\s+of\s+(?:the\s+)?(?:([\w\s-]+?)\s+(?:for|of|on)\s+)?(?:the\s+)?/i.exec(
        rest,
      );
    if (partOf) {
      const from = sentence.start + subject[0].length + partOf[0].length;
      const program = inputs.programMentions.find(
        (m) => m.start >= from - 1 && m.start <= from + 4,
      );
      if (program)
        builder.link('eventProgram', {
          label: `${String(event.fact.value.name)} belongs to ${String(program.fact.value.name)}`,
          owner: event.fact.key,
          refs: { program: program.fact.key },
          value: { relation: partOf[1] ? `part of the ${partOf[1].toLowerCase()} for` : 'part of' },
          confidence: 0.7,
          checks: [],
          excerpts: [builder.excerpt(sentence.start, program.end)],
        });
    }
    const funded =
      /^(?:was|is|were)\s+(?:jointly\s+|partly\s+)?(?:funded|sponsored|financed|supported)\s+by\s+(?:the\s+)?/i.exec(
        rest,
      );
    if (funded) {
      const from = sentence.start + subject[0].length + funded[0].length;
      const by = from - (funded[0].endsWith('the ') ? 4 : 0);
      const program = inputs.programMentions.find((m) => m.start >= by - 1 && m.start <= from + 1);
      const org = inputs.orgMentions.find(
        (m) => m.start === from && inputs.organizations.ofMention.has(m.index),
      );
      const funder: { refs: Record<string, string>; end: number; name: string } | null = program
        ? {
            refs: { program: program.fact.key },
            end: program.end,
            name: String(program.fact.value.name),
          }
        : org
          ? {
              refs: { organization: inputs.organizations.ofMention.get(org.index)?.fact.key ?? '' },
              end: org.end,
              name: org.text,
            }
          : null;
      if (funder)
        builder.link('fundedBy', {
          label: `${String(event.fact.value.name)} was funded by ${funder.name}`,
          owner: event.fact.key,
          refs: funder.refs,
          value: {},
          confidence: 0.7,
          checks: [],
          excerpts: [builder.excerpt(sentence.start, funder.end)],
        });
    }
    const held = /^(?:was|were)\s+(?:held|convened)\s+in\s+$/i;
    for (const place of inputs.placeMentions.filter((p) => p.sentence === sentence.index)) {
      if (!held.test(builder.text.slice(sentence.start + subject[0].length, place.start))) continue;
      const placeFact = inputs.places.ofMention.get(place);
      if (placeFact)
        eventPlace(builder, event.fact, placeFact, builder.excerpt(sentence.start, place.end));
    }
  }
}

/** One participant of an event: their role (a term where the article says "chaired"), for whom. */
function participant(
  builder: FactBuilder,
  event: EntityFact,
  person: EntityFact,
  role: string,
  excerpt: DraftExcerpt,
  inputs: MeetingInputs,
  mention: PersonMention,
  term?: EntityFact,
): void {
  const of = /^\s+of\s+(?:the\s+)?/.exec(builder.text.slice(mention.end));
  const named = of
    ? inputs.orgMentions.find(
        (m) =>
          m.start === mention.end + of[0].length && inputs.organizations.ofMention.has(m.index),
      )
    : undefined;
  const position = builder.links('position').find((p) => p.refs.person === person.key);
  const org = named
    ? inputs.organizations.ofMention.get(named.index)
    : inputs.organizations.all.find((o) => o.fact.key === position?.refs.organization);
  const onBehalfOf = org ? institutionOf(org) : null;
  builder.link('participant', {
    label: `${person.label}: ${term ? String(term.value.name).toLowerCase() : role.toLowerCase()} of ${String(event.value.name)}`,
    owner: event.key,
    refs: {
      person: person.key,
      ...(onBehalfOf ? { onBehalfOf: onBehalfOf.fact.key } : {}),
      ...(term ? { role: term.key } : {}),
    },
    value: { role },
    confidence: 0.7,
    checks: [],
    excerpts: [excerpt],
  });
}

/**
 * The people of a meeting or a signing ceremony: those who attended, spoke or reported in the
 * sentences that speak of it ("Li Jun ... and Prof. Chen Ming ... attended the meeting").
 */
function meetingParticipants(builder: FactBuilder, inputs: MeetingInputs, index: EventIndex): void {
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    const verb = TAKES_PART.exec(sentence.text);
    if (!verb) continue;
    const event = index.of(sentence.index);
    // A visit's people are the visit's; a signing's are those who attended "the ceremony".
    if (
      !event ||
      event.fact.value.kind === 'VISIT' ||
      (event.fact.value.kind === 'SIGNING' && !/\b(?:ceremony|signing)\b/i.test(sentence.text))
    )
      continue;
    const verbAt = sentence.start + (verb.index ?? 0);
    const subjects = inputs.personMentions.filter(
      (m) => m.sentence === sentence.index && m.end <= verbAt && inputs.people.ofMention.has(m),
    );
    for (const mention of subjects) {
      const person = inputs.people.ofMention.get(mention)?.fact;
      if (
        !person ||
        builder
          .links('participant')
          .some((l) => l.owner === event.fact.key && l.refs.person === person.key)
      )
        continue;
      const position = builder
        .links('position')
        .find((p) => p.refs.person === person.key && p.excerpts[0]?.start === mention.start);
      const end = Math.max(
        position?.excerpts[0]?.end ?? mention.end,
        subjects.length === 1 ? verbAt + verb[0].length : mention.end,
      );
      // "X chaired the forum": its chair, a curated role counting as LEADER.
      const chaired = /^chaired$/i.test(verb[1] ?? '');
      const term = chaired
        ? inputs.terms.use(CURATED_TERMS.chair, builder.excerpt(verbAt, verbAt + verb[0].length))
        : undefined;
      participant(
        builder,
        event.fact,
        person,
        chaired ? 'LEADER' : 'PARTICIPANT',
        builder.excerpt(mention.start, end),
        inputs,
        mention,
        term,
      );
    }
  }
}
