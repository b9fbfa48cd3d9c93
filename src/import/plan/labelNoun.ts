import type { Label } from '../../db/labelsAndTypes';

/** How messages to curators name an entity of each label. */
export const LABEL_NOUN: Record<Label, string> = {
  Person: 'person',
  Organization: 'organization',
  Program: 'program',
  Event: 'event',
  Place: 'place',
  Source: 'source',
  DiseaseArea: 'disease area',
  CooperationAspect: 'cooperation aspect',
  Position: 'position',
  Statement: 'statement',
  ParticipantGroup: 'participant group',
  Term: 'term',
  Excerpt: 'excerpt',
  Redirect: 'redirect',
  AuditEntry: 'audit entry',
};

/** "an organization", "a person": the noun with its indefinite article. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
