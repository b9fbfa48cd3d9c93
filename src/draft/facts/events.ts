import type { EntityFact } from '../draftTypes';
import type { PersonMention } from '../mentions/findPeople';
import type { PlaceMention } from '../mentions/findPlaces';
import type { OrganizationMention } from '../mentions/organizationMention';
import type { StatedDate } from '../text/articleDate';
import { dateIn, idDate } from '../text/articleDate';
import { CURATED_TERMS } from '../vocabulary/curatedTerms';
import type { FactBuilder } from './factBuilder';
import type { DraftOrganization, OrganizationIndex } from './organizations';
import type { PeopleIndex } from './people';
import type { PlaceIndex } from './places';
import type { ProgramIndex } from './programs';
import { institutionOf } from './organizations';
import { isWithin, rootOf } from './programs';
import type { TermFacts } from './termFacts';

/** What the event finder reads. */
export interface EventInputs {
  organizations: OrganizationIndex;
  people: PeopleIndex;
  places: PlaceIndex;
  programs: ProgramIndex;
  orgMentions: OrganizationMention[];
  personMentions: PersonMention[];
  placeMentions: PlaceMention[];
  delegationOf(sentence: number): DraftOrganization | null;
  date: string | null;
  /** The dates the article states, in order (EDTF). */
  dates: StatedDate[];
  terms: TermFacts;
}

/** The events of a draft: the visit and the signing, when the article reports them. */
export interface VisitAndSigning {
  visit: EntityFact | null;
  signing: EntityFact | null;
  /** The sentence each event is first stated in. */
  sentences: Map<EntityFact, number>;
}

const VISIT = /\b(visited|paid a visit to|visit to|made a visit to|arrived at)\s+(the\s+)?/i;
const LEADER = /\b(led|headed) by\s+$/i;
const MEMBERS =
  /\b(delegation (members )?(include[sd]?|comprised|consisted of)|(also )?included|accompanied by|members included)\b/i;
const HOSTING = /\b(received|welcomed|met with|accompanied|hosted|presided over|introduced)\b/i;

/**
 * Finds the events an article reports: the visit (who visited whom, where and when, the
 * delegation's leader and members, the hosts' people, the sites visited) and the signing of the
 * agreement (its signatories and what it produced), part of the visit when both are reported.
 */
export function findEvents(builder: FactBuilder, inputs: EventInputs): VisitAndSigning {
  const { organizations, people, programs } = inputs;
  const orgOf = (mention: OrganizationMention) => organizations.ofMention.get(mention.index);
  const visitDate = inputs.dates[0]?.date ?? inputs.date;
  const sentences = new Map<EntityFact, number>();
  let visit: EntityFact | null = null;
  let host: DraftOrganization | null = null;
  let visitor: DraftOrganization | null = null;

  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    const match = VISIT.exec(sentence.text);
    if (!match) continue;
    const after = sentence.start + (match.index ?? 0) + match[0].length;
    const target = inputs.orgMentions
      .filter((m) => m.sentence === sentence.index && m.start >= after - 1 && orgOf(m))
      .sort((a, b) => a.start - b.start || b.end - a.end)[0];
    const hostOrg = target ? orgOf(target) : undefined;
    if (!target || !hostOrg) continue;
    host = hostOrg;
    visitor = inputs.delegationOf(sentence.index);
    const leaderMention = inputs.personMentions.find(
      (m) => m.sentence === sentence.index && m.start < after && people.ofMention.has(m),
    );
    if (!visitor && leaderMention)
      visitor = positionOrg(
        builder,
        organizations,
        people.ofMention.get(leaderMention)?.fact ?? null,
      );
    if (visitor) visitor = institutionOf(visitor);
    const hostName = host.shortName;
    const visitorName = visitor?.shortName ?? 'Delegation';
    visit = builder.entity('event', {
      label: `${visitorName} delegation visits ${hostName}`,
      id: '',
      confidence: 0.75,
      checks: [],
      excerpts: [builder.excerpt(sentence.start, sentence.end)],
      value: {
        name: `${visitorName} delegation visits ${/^(first|second|third|fourth|fifth|affiliated|children)/i.test(hostName) ? 'the ' : ''}${hostName}`,
        kind: 'VISIT',
        ...(visitDate ? { date: visitDate } : {}),
        idTemplate: `${visitor ? `{${visitor.fact.key}}` : 'delegation'}-delegation-visit-{${host.fact.key}}-${idDate(visitDate)}`,
      },
    });
    sentences.set(visit, sentence.index);
    const dateCheck = inputs.dates[0]?.check;
    if (dateCheck) visit.checks.push(dateCheck);
    builder.link('host', {
      label: `${host.fact.label} hosted the visit`,
      owner: visit.key,
      refs: { organization: host.fact.key },
      value: {},
      confidence: 0.75,
      checks: [],
      excerpts: [builder.excerpt(sentence.start + (match.index ?? 0), target.end)],
    });
    const place = inputs.placeMentions.find(
      (p) =>
        p.sentence === sentence.index &&
        p.start >= target.end &&
        /^(\s*\([^)]*\))?\s+in\s+$/.test(builder.text.slice(target.end, p.start)),
    );
    const placeFact = place ? inputs.places.ofMention.get(place) : undefined;
    if (place && placeFact) {
      builder.link('eventPlace', {
        label: `The visit took place in ${placeFact.label}`,
        owner: visit.key,
        refs: { place: placeFact.key },
        value: {},
        confidence: 0.75,
        checks: [],
        excerpts: [builder.excerpt(sentence.start + (match.index ?? 0), place.end)],
      });
    }
    break;
  }

  if (visit && host) {
    const hostTree = host;
    // Sites visited after the first: "While visiting A, B and C", "also visited A and B".
    for (const sentence of builder.sentences) {
      const match = /\b(also visited|while visiting|visiting|toured)\b/i.exec(sentence.text);
      if (!match || sentence.isTitle) continue;
      const from = sentence.start + (match.index ?? 0);
      const clauseEnd = sentence.text
        .slice(from - sentence.start)
        .search(/[,;.]\s+(?:where|Prof|Dr|he|she|the delegation)|[;.]/i);
      const until = clauseEnd < 0 ? sentence.end : from + clauseEnd;
      for (const mention of inputs.orgMentions.filter(
        (m) => m.sentence === sentence.index && m.start > from && m.start < until,
      )) {
        const org = orgOf(mention);
        if (
          !org ||
          org === host ||
          inputs.orgMentions.some(
            (o) =>
              o !== mention &&
              o.start <= mention.start &&
              mention.end <= o.end &&
              o.end - o.start > mention.end - mention.start &&
              orgOf(o),
          )
        )
          continue;
        builder.link('visited', {
          label: `The delegation visited ${org.fact.label}`,
          owner: visit.key,
          refs: { organization: org.fact.key },
          value: {},
          confidence: 0.65,
          checks: [],
          excerpts: [builder.excerpt(from, mention.end)],
        });
      }
    }
    // People: the leader, members, and the hosts' people.
    for (const person of people.all) {
      const mention = person.mentions[0];
      if (!mention) continue;
      const sentence = builder.sentences[mention.sentence];
      if (!sentence) continue;
      const org = positionOrg(builder, organizations, person.fact);
      const isHost =
        org !== null &&
        (isWithin(organizations, org.fact.key, rootOf(hostTree)) ||
          isWithin(organizations, hostTree.fact.key, org)) &&
        !(
          visitor &&
          isWithin(organizations, org.fact.key, rootOf(visitor)) &&
          rootOf(visitor) !== rootOf(hostTree)
        );
      let role: string | null = null;
      const leaderMention = person.mentions.find((m) =>
        LEADER.test(builder.text.slice(Math.max(0, m.start - 12), m.start)),
      );
      if (leaderMention) role = 'LEADER';
      else if (isHost) role = 'HOST';
      else if (visitor && org && isWithin(organizations, org.fact.key, rootOf(visitor)))
        role = 'MEMBER';
      else if (MEMBERS.test(sentence.text.slice(0, mention.start - sentence.start)))
        role = 'MEMBER';
      if (!role) continue;
      const evidenceMention =
        leaderMention ?? person.mentions.find((m) => m.to > m.from) ?? mention;
      const evidenceSentence = builder.sentences[evidenceMention.sentence];
      const positionEnd = builder.links('position').find((p) => p.refs.person === person.fact.key)
        ?.excerpts[0];
      // A leader's evidence starts at "led by" / "headed by".
      const by = /\b(?:led|headed)\s+by\s+$/i.exec(
        builder.text.slice(
          Math.max(evidenceSentence?.start ?? 0, evidenceMention.start - 12),
          evidenceMention.start,
        ),
      );
      const start =
        role === 'LEADER' && by
          ? evidenceMention.start - by[0].length
          : role === 'LEADER'
            ? Math.max(evidenceSentence?.start ?? 0, evidenceMention.start - 8)
            : evidenceMention.start;
      const end =
        positionEnd && positionEnd.start === evidenceMention.start
          ? positionEnd.end
          : evidenceMention.end;
      const onBehalfOf = role === 'LEADER' && visitor ? visitor : org;
      // "headed by": the head of the delegation, a curated role counting as LEADER.
      const headed =
        leaderMention !== undefined &&
        /\bheaded by\s+$/i.test(
          builder.text.slice(Math.max(0, leaderMention.start - 12), leaderMention.start),
        );
      const term = headed
        ? inputs.terms.use(CURATED_TERMS.headOfDelegation, builder.excerpt(start, end))
        : null;
      builder.link('participant', {
        label: `${person.fact.label}: ${term ? 'head of the delegation' : role.toLowerCase()} of the visit`,
        owner: visit.key,
        refs: {
          person: person.fact.key,
          ...(onBehalfOf ? { onBehalfOf: onBehalfOf.fact.key } : {}),
          ...(term ? { role: term.key } : {}),
        },
        value: { role },
        confidence: role === 'HOST' && !HOSTING.test(evidenceSentence?.text ?? '') ? 0.55 : 0.7,
        checks:
          role === 'HOST' && !HOSTING.test(evidenceSentence?.text ?? '')
            ? [`${person.fact.label} is of the host; check that they took part`]
            : [],
        excerpts: [builder.excerpt(start, end)],
      });
    }
  }

  // The signing of the agreement.
  let signingEvent: EntityFact | null = null;
  const agreement = programs.agreement;
  const signingSentence = programs.signingSentence;
  if (agreement && signingSentence && !programs.future) {
    const date =
      dateIn(inputs.dates, signingSentence)?.date ?? inputs.dates[0]?.date ?? inputs.date;
    const parties = programs.all[0]?.parties ?? [];
    const signing = builder.entity('event', {
      label: `Signing of the ${String(agreement.value.name)}`,
      id: '',
      confidence: 0.7,
      checks: [],
      excerpts: [builder.excerpt(signingSentence.start, signingSentence.end)],
      value: {
        name: `Signing of the ${String(agreement.value.name).replace(/^\w/, (c) => c.toLowerCase())}`,
        kind: 'SIGNING',
        ...(date ? { date } : {}),
        idTemplate: `${parties.map((p) => `{${p.fact.key}}`).join('-')}-${/memorandum|mou/i.test(String(agreement.value.name)) ? 'memorandum' : 'agreement'}-signing-${idDate(date)}`,
      },
    });
    sentences.set(signing, signingSentence.index);
    signingEvent = signing;
    if (date && agreement.value.start !== undefined) agreement.value.start = date;
    if (visit) {
      builder.link('eventPartOf', {
        label: 'The signing was part of the visit',
        owner: signing.key,
        refs: { event: visit.key },
        value: {},
        confidence: 0.65,
        checks: [],
        excerpts: [builder.excerpt(signingSentence.start, signingSentence.end)],
      });
    }
    for (const signer of programs.signers) {
      builder.link('participant', {
        label: `${signer.person.label} signed`,
        owner: signing.key,
        refs: {
          person: signer.person.key,
          ...(signer.onBehalfOf ? { onBehalfOf: signer.onBehalfOf.fact.key } : {}),
        },
        value: { role: 'SIGNATORY' },
        confidence: 0.7,
        checks: [],
        excerpts: [builder.excerpt(signer.mention.start, signer.mention.end)],
      });
    }
    for (const program of programs.all.filter((p) => p.sentences.includes(signingSentence.index))) {
      builder.link('produced', {
        label: `The signing produced ${String(program.fact.value.name)}`,
        owner: signing.key,
        refs: { program: program.fact.key },
        value: {},
        confidence: 0.7,
        checks: [],
        excerpts: [builder.excerpt(signingSentence.start, signingSentence.end)],
      });
    }
  }
  return { visit, signing: signingEvent, sentences };
}

/** The organization of a person's first position in the draft. */
function positionOrg(
  builder: FactBuilder,
  organizations: OrganizationIndex,
  person: EntityFact | null,
): DraftOrganization | null {
  if (!person) return null;
  const position = builder.links('position').find((p) => p.refs.person === person.key);
  return organizations.all.find((o) => o.fact.key === position?.refs.organization) ?? null;
}
