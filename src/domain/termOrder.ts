/** What ordering a term needs of it. */
interface OrderedTerm {
  id: string;
  name: string;
  vocabulary: string;
  builtIn: boolean;
}

/** Vocabularies in the order the enum lists them; the others after, shortest name first. */
const VOCABULARY_ORDER = [
  'PARTY_ROLE',
  'PERSON_ROLE',
  'EVENT_ROLE',
  'ORGANIZATION_KIND',
  'PLACE_KIND',
];

const rank = (term: OrderedTerm) =>
  VOCABULARY_ORDER.includes(term.vocabulary)
    ? VOCABULARY_ORDER.indexOf(term.vocabulary)
    : VOCABULARY_ORDER.length + term.vocabulary.length;

/** The order `terms` lists terms in: vocabulary by vocabulary, built-in terms first, then by name. */
export function compareTerms(a: OrderedTerm, b: OrderedTerm): number {
  return (
    rank(a) - rank(b) ||
    a.vocabulary.localeCompare(b.vocabulary) ||
    Number(b.builtIn) - Number(a.builtIn) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}
