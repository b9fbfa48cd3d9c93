/**
 * Fixed maximum sizes of the values the graph stores: part of the document format (seed/README.md,
 * seed/document.schema.json) and of the API, the same on every server so that a document valid
 * on one is valid on all. Neo4j cannot index a string property past about 8 KB (ids are unique
 * constraints, names are indexed), so nothing longer may ever reach it. Lengths are counted in
 * characters (UTF-16 code units, as JavaScript and GraphQL count them).
 */

/** Characters of an id (`org/ahmu`), given or computed (a position's). */
export const MAX_ID_LENGTH = 256;

/** Characters of a name, alias, acronym, title, honorific, relation, wording or publisher. */
export const MAX_NAME_LENGTH = 500;

/** Characters of a description or a program's principle. */
export const MAX_DESCRIPTION_LENGTH = 5_000;

/** Characters of one excerpt (a quotation of the source). */
export const MAX_EXCERPT_LENGTH = 10_000;

/** Characters of a source's text. */
export const MAX_SOURCE_TEXT_LENGTH = 5_000_000;

/** Characters of a URL. */
export const MAX_URL_LENGTH = 2_000;

/** Characters of a language tag (BCP 47). */
export const MAX_LANGUAGE_LENGTH = 35;

/**
 * The deepest filter nesting (`and`, `or`, `not`, `hasProgram`, `hasParty`) the Cypher compiler
 * ever builds, whatever MAX_FILTER_DEPTH says: the bound of the statement it writes.
 */
export const FILTER_DEPTH_CEILING = 10;
