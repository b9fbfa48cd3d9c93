import type { KnownIndex } from '../../domain/knownEntity';
import { normalizeName } from '../../domain/normalizeName';
import type { EntityFact } from '../draftTypes';
import { PROPOSED_TERMS } from '../vocabulary/terms';
import type { FactBuilder } from './factBuilder';
import type { EventIndex } from './meetings';
import type { ProgramMention } from './programClauses';
import type { ProgramIndex } from './programs';

/** Where the text names a term of the vocabularies, and the term fact. */
export interface TermMatch {
  term: EntityFact;
  start: number;
  end: number;
}

interface Wording {
  vocabulary: 'aspect' | 'diseaseArea';
  /** The term's name, for grouping: the graph's, else the proposed one. */
  name: string;
  phrase: string;
  knownId: string | null;
  aliases: string[];
  pattern?: RegExp;
}

/** One-word wordings too general to say what a program covers on their own. */
const GENERIC = new Set(['research', 'training', 'education', 'sequencing', 'exchange']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the cooperation aspects and disease areas a program or event covers: every name and
 * alias of the graph's vocabularies (and, for terms the graph lacks, of the genre's usual terms)
 * where the text writes it, attached to the program whose sentence holds it, else to an event
 * stated in that sentence ("a workshop on ... clinical genetics"), else to the agreement. Terms
 * the graph lacks are proposed as new, with a check. Returns every match (statements are about
 * the terms their quotes match).
 */
export function findTerms(
  builder: FactBuilder,
  known: KnownIndex,
  programs: ProgramIndex,
  inNames: (start: number, end: number) => boolean,
  events: EventIndex | null = null,
  programMentions: ProgramMention[] = [],
): TermMatch[] {
  const wordings: Wording[] = [];
  for (const label of ['CooperationAspect', 'DiseaseArea'] as const) {
    for (const term of known.ofLabel(label)) {
      for (const key of term.matchKeys)
        wordings.push({
          vocabulary: label === 'DiseaseArea' ? 'diseaseArea' : 'aspect',
          name: term.name,
          phrase: key,
          knownId: term.id,
          aliases: [],
        });
    }
  }
  for (const term of PROPOSED_TERMS) {
    const knownTerm = known
      .ofLabel(term.vocabulary === 'diseaseArea' ? 'DiseaseArea' : 'CooperationAspect')
      .find((t) => normalizeName(t.name) === normalizeName(term.name));
    for (const phrase of [term.name, ...term.aliases]) {
      if (
        wordings.some((w) => w.phrase === normalizeName(phrase) && w.vocabulary === term.vocabulary)
      )
        continue;
      wordings.push({
        vocabulary: term.vocabulary,
        name: knownTerm?.name ?? term.name,
        phrase: normalizeName(phrase),
        knownId: knownTerm?.id ?? null,
        aliases: knownTerm ? [] : term.aliases,
      });
    }
  }
  // Longest wordings first, so "cancer screening" wins over "cancer".
  wordings.sort((a, b) => b.phrase.length - a.phrase.length);
  const terms = new Map<string, EntityFact>();
  const main = programs.agreement ?? programs.all.find((p) => !p.fact.existing)?.fact ?? null;
  const matches: TermMatch[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const sentence of builder.sentences) {
    if (sentence.isTitle) continue;
    // A program the sentence speaks of, else an event stated in it, else the agreement.
    const own = programs.all.find(
      (p) => p.fact !== main && !p.fact.existing && p.sentences.includes(sentence.index),
    )?.fact;
    const event = events?.all.find(
      (e) => e.sentence === sentence.index && e.fact.value.kind !== 'SIGNING',
    );
    const program =
      own ??
      (event && !programs.all.some((p) => p.sentences.includes(sentence.index)) ? null : main);
    const lower = sentence.text.toLowerCase();
    for (const wording of wordings) {
      // Most wordings are absent: a plain search first spares building their pattern.
      const firstWord = wording.phrase.split(' ')[0] ?? '';
      if (!lower.includes(firstWord)) continue;
      wording.pattern ??= new RegExp(
        `(?<![\\p{L}-])${wording.phrase.split(' ').map(escape).join('[\\s-]+')}(?![\\p{L}-])`,
        'giu',
      );
      for (const match of sentence.text.matchAll(wording.pattern)) {
        const start = sentence.start + (match.index ?? 0);
        const end = start + match[0].length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        // "Scientific Research Department", "National Gene Bank": names, not wordings.
        if (inNames(start, end)) continue;
        if (GENERIC.has(match[0].toLowerCase())) continue;
        taken.push({ start, end });
        const key = `${wording.vocabulary}:${normalizeName(wording.name)}`;
        let term = terms.get(key);
        if (!term) {
          term = builder.entity(wording.vocabulary, {
            label: wording.name,
            id: wording.knownId ?? '',
            confidence: wording.knownId ? 0.8 : 0.55,
            checks: wording.knownId
              ? []
              : [
                  `new ${wording.vocabulary === 'aspect' ? 'cooperation aspect' : 'disease area'} proposed: keep it, or use a term of the vocabulary and keep the wording`,
                ],
            excerpts: [builder.excerpt(start, end)],
            value: {
              name: wording.name,
              ...(wording.aliases.length > 0 ? { aliases: wording.aliases.slice(0, 4) } : {}),
            },
          });
          terms.set(key, term);
        }
        matches.push({ term, start, end });
        // The program named nearest before it in the sentence ("... and a collaboration on
        // cancer screening"); without a program, the event the sentence speaks of.
        const named = programMentions.filter(
          (m) => m.start >= sentence.start && m.end <= sentence.end && !m.fact.existing,
        );
        const nearest =
          named.find((m) => m.start <= start && end <= m.end) ??
          [...named].reverse().find((m) => m.end <= start) ??
          named.find((m) => m.start >= end);
        const owner =
          nearest?.fact ??
          program ??
          event?.fact ??
          (main ? null : (events?.of(sentence.index)?.fact ?? null));
        if (!owner) continue;
        const link =
          owner.kind === 'event'
            ? wording.vocabulary === 'aspect'
              ? 'eventAspect'
              : 'eventArea'
            : wording.vocabulary === 'aspect'
              ? 'programAspect'
              : 'programArea';
        // One link per owner and term: another wording of it adds its excerpt.
        const field = wording.vocabulary === 'aspect' ? 'aspect' : 'area';
        const same = builder
          .links(link)
          .find((l) => l.owner === owner.key && l.refs[field] === term.key);
        if (same) {
          same.excerpts.push(builder.clause(start, end, 70));
          continue;
        }
        builder.link(link, {
          label: `${String(owner.value.name)} ${wording.vocabulary === 'aspect' ? 'covers' : 'focuses on'} ${wording.name}`,
          owner: owner.key,
          refs: { [wording.vocabulary === 'aspect' ? 'aspect' : 'area']: term.key },
          value: { wording: match[0] },
          confidence: 0.7,
          checks: [],
          excerpts: [builder.clause(start, end, 70)],
        });
      }
    }
  }
  return matches;
}
