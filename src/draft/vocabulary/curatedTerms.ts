import type { TermVocabularyKey } from '../../domain/vocabularies';

/**
 * The role, kind and designation terms a draft proposes where the article's words go beyond the
 * built-in values: the terms the curators' guide lists (seed/README.md, section 7, "Reuse them
 * rather than defining near copies"), with the ids the worked examples gave them. A term the
 * graph already holds is referred to by id; one it lacks is defined in the draft's `terms`.
 */
export interface CuratedTerm {
  id: string;
  vocabulary: TermVocabularyKey;
  name: string;
  /** The built-in value it counts as (roles and kinds; none for designations). */
  broader?: string;
  aliases: string[];
  description?: string;
}

const term = (
  vocabulary: TermVocabularyKey,
  slug: string,
  name: string,
  broader: string | undefined,
  aliases: string[],
  description?: string,
): CuratedTerm => ({
  id: `term/${vocabulary}/${slug}`,
  vocabulary,
  name,
  ...(broader !== undefined ? { broader } : {}),
  aliases,
  ...(description !== undefined ? { description } : {}),
});

export const CURATED_TERMS = {
  chair: term(
    'event-role',
    'chair',
    'Chair',
    'LEADER',
    ['chairman', 'chairwoman', 'chaired'],
    'Chairs a meeting.',
  ),
  headOfDelegation: term('event-role', 'head-of-delegation', 'Head of delegation', 'LEADER', [
    'delegation head',
    'headed by',
  ]),
  witness: term('event-role', 'witness', 'Witness', 'PARTICIPANT', ['witnessed by']),
  researchAdvisor: term('person-role', 'research-advisor', 'Research advisor', 'OTHER', [
    'research advisors',
    'scientific advisor',
  ]),
  inaugurator: term('person-role', 'inaugurator', 'Inaugurator', 'REPRESENTS', ['inaugurated']),
  sponsor: term('party-role', 'sponsor', 'Sponsor', 'PARTNER', ['funder', 'funding body']),
  operator: term('party-role', 'operator', 'Operator', 'HOST', ['runs', 'run by']),
  school: term('organization-kind', 'school', 'School', 'DEPARTMENT', ['college', 'faculty']),
  intergovernmental: term(
    'organization-kind',
    'intergovernmental-organization',
    'Intergovernmental organization',
    'GOVERNMENT_BODY',
    [],
  ),
  specialAdministrativeRegion: term(
    'place-kind',
    'special-administrative-region',
    'Special administrative region',
    'OTHER',
    ['SAR'],
  ),
  autonomousRegion: term('place-kind', 'autonomous-region', 'Autonomous region', 'PROVINCE', []),
  pointedOut: term('statement-kind', 'pointed-out', 'Pointed out', 'SAID', ['pointed out that']),
  nationalScienceCenter: term(
    'designation',
    'national-science-center',
    'National science center',
    undefined,
    ['comprehensive national science center'],
  ),
  healthBigDataPilotCity: term(
    'designation',
    'health-big-data-pilot-city',
    'Pilot city for Big Data Project of Health Service and Medical Care',
    undefined,
    ['health big data pilot city'],
  ),
} satisfies Record<string, CuratedTerm>;

/** Names of intergovernmental organizations (their kind is the term above). */
export const INTERGOVERNMENTAL_ORGANIZATIONS = new Set([
  'european union',
  'united nations',
  'world health organization',
  'african union',
  'association of southeast asian nations',
  'world bank',
  'unesco',
  'unicef',
]);

/** Place kinds an apposition may give ("Macao, a special administrative region of China"). */
export const PLACE_KIND_WORDS: [RegExp, string | CuratedTerm][] = [
  [/^special administrative region$/i, CURATED_TERMS.specialAdministrativeRegion],
  [/^autonomous region$/i, CURATED_TERMS.autonomousRegion],
  [/^(?:province|provinces)$/i, 'PROVINCE'],
  [/^(?:city|municipality|prefecture-level city|capital(?: city)?|port city)$/i, 'CITY'],
  [/^(?:country|nation|state)$/i, 'COUNTRY'],
];
