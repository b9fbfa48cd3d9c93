import { normalizeName } from '../../domain/normalizeName';
import type { EntityFact } from '../draftTypes';
import type { PersonMention } from '../mentions/findPeople';
import type { FactBuilder } from './factBuilder';

/** A person of the draft with the mentions that name them. */
export interface DraftPerson {
  fact: EntityFact;
  key: string;
  mentions: PersonMention[];
}

/** The people of a draft and which mention names whom. */
export interface PeopleIndex {
  all: DraftPerson[];
  ofMention: Map<PersonMention, DraftPerson>;
}

const CONFIDENCE: Record<PersonMention['via'], number> = {
  honorific: 0.95,
  title: 0.85,
  'chinese-name': 0.85,
  nlp: 0.6,
};

/**
 * Groups person mentions into people: one per normalised name, with their honorific and the
 * spellings the article uses; a family name alone ("Prof. Li") joins the one person of that
 * family name, and is dropped when none or several are named.
 */
export function buildPeople(builder: FactBuilder, mentions: PersonMention[]): PeopleIndex {
  const all: DraftPerson[] = [];
  const byKey = new Map<string, DraftPerson>();
  const ofMention = new Map<PersonMention, DraftPerson>();
  for (const mention of mentions.filter((m) => !m.short)) {
    const key = normalizeName(mention.name);
    let person = byKey.get(key);
    if (!person) {
      const fact = builder.entity('person', {
        label: mention.name,
        id: '',
        confidence: CONFIDENCE[mention.via],
        checks:
          mention.via === 'nlp'
            ? [`"${mention.name}" was recognised as a name by its shape only: check it is a person`]
            : [],
        excerpts: [],
        value: { name: mention.name },
      });
      person = { fact, key, mentions: [] };
      byKey.set(key, person);
      all.push(person);
    }
    person.fact.confidence = Math.max(person.fact.confidence, CONFIDENCE[mention.via]);
    if (CONFIDENCE[mention.via] > 0.6)
      person.fact.checks = person.fact.checks.filter((c) => !c.includes('by its shape only'));
    if (mention.honorific && person.fact.value.honorific === undefined)
      person.fact.value.honorific = mention.honorific;
    const written = mention.text.slice(mention.nameStart - mention.start);
    if (written !== mention.name) {
      const aliases = (person.fact.value.aliases as string[] | undefined) ?? [];
      if (!aliases.includes(mention.text)) person.fact.value.aliases = [...aliases, mention.text];
    }
    person.mentions.push(mention);
    person.fact.excerpts.push(builder.excerpt(mention.start, mention.end));
    ofMention.set(mention, person);
  }
  for (const mention of mentions.filter((m) => m.short)) {
    const family = mention.name.toLowerCase();
    const matching = all.filter((p) => {
      const words = p.key.split(' ');
      return words[0] === family || words[words.length - 1] === family;
    });
    if (matching.length !== 1 || !matching[0]) continue;
    matching[0].mentions.push(mention);
    ofMention.set(mention, matching[0]);
  }
  return { all, ofMention };
}
