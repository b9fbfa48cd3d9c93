import type { OrganizationHead } from '../vocabulary/organizationHeads';

/** One place where the article names an organization (or what reads like one). */
export interface OrganizationMention {
  /** Index in the list of mentions. */
  index: number;
  sentence: number;
  /** Offsets of the whole phrase, parent included ("Second Affiliated Hospital of AHMU"). */
  start: number;
  end: number;
  text: string;
  /** The phrase without its parent: "Second Affiliated Hospital", "School of Public Health". */
  core: string;
  coreStart: number;
  coreEnd: number;
  head: OrganizationHead | null;
  /** The head word as written, lower case. */
  headWord: string | null;
  /** The mention of the organization it belongs to ("of AHMU", "AHMU Fuyang Hospital", ", HKU"). */
  parent: number | null;
  /** How the parent is written: `of` ("X of Y"), `prefix` ("Y X"), `comma` ("X, Y"). */
  parentForm: 'of' | 'prefix' | 'comma' | null;
  /** An acronym given in parentheses right after it: "Karolinska Institutet (KI)". */
  acronym: string | null;
  /** A name without a head word (an acronym, a known name): kept only if defined or known. */
  weak: boolean;
  /** Named as something established or planned ("set up a Joint Genetic Testing Laboratory"). */
  established: boolean;
}
