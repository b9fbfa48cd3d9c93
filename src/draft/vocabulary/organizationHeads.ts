import type { OrganizationKind } from '../../domain/vocabularies';

export type { OrganizationKind };

/** What the last word of an organization's name says about it. */
export interface OrganizationHead {
  kind: OrganizationKind;
  /** The unit-of relation when it belongs to another organization ("department", "school"). */
  relation: string;
  /**
   * Whether it can own units: "X of the Y Hospital" makes X a unit of the hospital, but in
   * "Department of Clinical Laboratory" the laboratory is part of the department's name.
   */
  parent: boolean;
}

const head = (kind: OrganizationKind, relation: string, parent: boolean): OrganizationHead => ({
  kind,
  relation,
  parent,
});

/** Head words of organization names, lower case (plurals for "Institutes of ..."). */
export const ORGANIZATION_HEADS = new Map<string, OrganizationHead>([
  ['university', head('UNIVERSITY', 'university', true)],
  ['universität', head('UNIVERSITY', 'university', true)],
  ['universiteit', head('UNIVERSITY', 'university', true)],
  ['université', head('UNIVERSITY', 'university', true)],
  ['universidad', head('UNIVERSITY', 'university', true)],
  ['università', head('UNIVERSITY', 'university', true)],
  ['institutet', head('UNIVERSITY', 'university', true)],
  ['polytechnic', head('UNIVERSITY', 'university', true)],
  ['college', head('UNIVERSITY', 'college', true)],
  ['hospital', head('HOSPITAL', 'hospital', true)],
  ['hospitals', head('HOSPITAL', 'hospital', true)],
  ['clinic', head('HOSPITAL', 'clinic', false)],
  ['infirmary', head('HOSPITAL', 'hospital', true)],
  ['school', head('DEPARTMENT', 'school', true)],
  ['faculty', head('DEPARTMENT', 'faculty', true)],
  ['department', head('DEPARTMENT', 'department', false)],
  ['office', head('DEPARTMENT', 'office', false)],
  ['division', head('DEPARTMENT', 'division', false)],
  ['section', head('DEPARTMENT', 'section', false)],
  ['ward', head('DEPARTMENT', 'ward', false)],
  ['institute', head('RESEARCH_INSTITUTE', 'institute', true)],
  ['institutes', head('RESEARCH_INSTITUTE', 'institute', true)],
  ['academy', head('RESEARCH_INSTITUTE', 'academy', true)],
  ['laboratory', head('RESEARCH_INSTITUTE', 'laboratory', false)],
  ['laboratories', head('RESEARCH_INSTITUTE', 'laboratory', false)],
  ['lab', head('RESEARCH_INSTITUTE', 'laboratory', false)],
  ['bank', head('GENE_BANK', 'gene bank', true)],
  ['genebank', head('GENE_BANK', 'gene bank', true)],
  ['biobank', head('GENE_BANK', 'biobank', true)],
  ['committee', head('OTHER', 'committee', true)],
  ['commission', head('GOVERNMENT_BODY', 'commission', true)],
  ['ministry', head('GOVERNMENT_BODY', 'ministry', true)],
  ['bureau', head('GOVERNMENT_BODY', 'bureau', true)],
  ['government', head('GOVERNMENT_BODY', 'government', true)],
  ['administration', head('GOVERNMENT_BODY', 'administration', true)],
  ['agency', head('GOVERNMENT_BODY', 'agency', true)],
  ['company', head('COMPANY', 'subsidiary', true)],
  ['co.', head('COMPANY', 'subsidiary', true)],
  ['ltd.', head('COMPANY', 'subsidiary', true)],
  ['ltd', head('COMPANY', 'subsidiary', true)],
  ['inc.', head('COMPANY', 'subsidiary', true)],
  ['corporation', head('COMPANY', 'subsidiary', true)],
  ['corp.', head('COMPANY', 'subsidiary', true)],
  ['group', head('COMPANY', 'subsidiary', true)],
  ['genomics', head('COMPANY', 'subsidiary', true)],
  ['biotech', head('COMPANY', 'subsidiary', true)],
  ['biotechnology', head('COMPANY', 'subsidiary', true)],
  ['pharmaceutical', head('COMPANY', 'subsidiary', true)],
  ['pharmaceuticals', head('COMPANY', 'subsidiary', true)],
  ['pharma', head('COMPANY', 'subsidiary', true)],
  ['technologies', head('COMPANY', 'subsidiary', true)],
  ['therapeutics', head('COMPANY', 'subsidiary', true)],
  ['diagnostics', head('COMPANY', 'subsidiary', true)],
  ['holdings', head('COMPANY', 'subsidiary', true)],
  ['headquarters', head('COMPANY', 'headquarters', false)],
  ['branch', head('OTHER', 'branch', false)],
  ['center', head('OTHER', 'centre', true)],
  ['centre', head('OTHER', 'centre', true)],
  ['foundation', head('OTHER', 'foundation', true)],
  ['association', head('OTHER', 'association', true)],
  ['society', head('OTHER', 'society', true)],
  ['council', head('GOVERNMENT_BODY', 'council', true)],
  ['federation', head('OTHER', 'federation', true)],
  ['consortium', head('OTHER', 'consortium', true)],
  ['alliance', head('OTHER', 'alliance', true)],
  ['union', head('OTHER', 'union', true)],
]);

/** Heads that may be written in lower case right after a known organization ("BGI center"). */
export const LOWER_CASE_UNIT_HEADS = new Set([
  'center',
  'centre',
  'headquarters',
  'branch',
  'hospital',
  'laboratory',
  'institute',
]);

/**
 * Suffixes a company's name may carry or drop ("BGI Group" is BGI): a name that is a known
 * organization's name plus one of these names it too, with a check.
 */
export const COMPANY_SUFFIXES = new Set([
  'group',
  'co.',
  'ltd.',
  'ltd',
  'inc.',
  'corporation',
  'corp.',
  'holdings',
  'company',
  'limited',
]);

/** Heads of names that are programs when established ("set up a Joint Genetic Testing Laboratory"). */
export const PROGRAM_HEADS = new Set([
  'center',
  'centre',
  'laboratory',
  'laboratories',
  'lab',
  'institute',
  'base',
  'platform',
  'alliance',
  'consortium',
  'program',
  'programme',
  'project',
  'hub',
  'biobank',
]);

/** Lower-case words of anaphors that stand for the last organization of a kind ("the hospital"). */
export const ANAPHOR_HEADS = new Map<string, string[]>([
  ['hospital', ['hospital', 'hospitals', 'infirmary']],
  ['university', ['university', 'institutet', 'polytechnic']],
  ['college', ['college']],
  ['department', ['department']],
  ['school', ['school']],
  ['institute', ['institute', 'institutes']],
  ['company', ['company', 'group', 'genomics', 'corporation', 'co.', 'ltd.', 'inc.']],
  ['faculty', ['faculty']],
  ['office', ['office']],
  ['academy', ['academy']],
  ['commission', ['commission']],
  ['center', ['center', 'centre']],
  ['centre', ['center', 'centre']],
  ['laboratory', ['laboratory', 'lab']],
]);
