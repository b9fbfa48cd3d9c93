import type { DocumentInput } from '../../src/import/documentSchema';

/**
 * A small dated world beside the seed, for the explorer's time and identity tests: two more
 * people named Li Jun (the seed has one), told apart by their positions; positions, programs and
 * events with start and end dates (one event undated); a program with four parties. Invented for
 * tests, every fact quoting a sentence of its own text. References to `area/cancer` and
 * `aspect/scientific-research` need the seed.
 */
export const TIMELINE_SOURCE = 'source/timeline-fixture';

export const TL = {
  university: 'org/tl-harbor-university',
  hospital: 'org/tl-harbor-hospital',
  company: 'org/tl-lumen-labs',
  institute: 'org/tl-meridian-institute',
  liJunHarbor: 'person/tl-li-jun-harbor',
  liJunLumen: 'person/tl-li-jun-lumen',
  genomics: 'program/tl-harbor-lumen-genomics',
  training: 'program/tl-harbor-training',
  signing: 'event/tl-genomics-signing-2016',
  visit: 'event/tl-lumen-visit-2019',
  meeting: 'event/tl-undated-meeting',
} as const;

const S = {
  university: 'Harbor University (HU) is a university in the harbor district.',
  hospital: 'Harbor University Hospital is the affiliated hospital of Harbor University.',
  company: 'Lumen Labs is a sequencing company.',
  institute: 'Meridian Institute is a research institute.',
  liJunHarbor: 'Li Jun of Harbor University was a professor there from 2008 to 2014.',
  president: 'The same Li Jun has been president of Harbor University since 2015.',
  liJunLumen: 'Another Li Jun joined Lumen Labs as an engineer in 2010.',
  chiefScientist: 'That Li Jun was chief scientist of Lumen Labs from 2016 until 2019.',
  genomics:
    'In March 2016 Harbor University and Lumen Labs signed the Harbor–Lumen genomics agreement, with Meridian Institute as partner and Harbor University Hospital taking part.',
  genomicsLead: 'Li Jun of Harbor University leads the genomics agreement.',
  genomicsSigned: 'Li Jun of Lumen Labs signed the genomics agreement for Lumen Labs.',
  genomicsFocus: 'The genomics agreement focuses on cancer research.',
  training:
    'From 2012 to 2014 Harbor University hosted a clinical training programme with its hospital as partner.',
  signing: 'The agreement was signed on 10 March 2016 at Harbor University.',
  visit: 'In May 2019 Li Jun of Harbor University led a visit to Lumen Labs.',
  meeting: 'Li Jun of Lumen Labs once took part in a meeting with no recorded date.',
} as const;

const ev = (sentence: string): [string] => [sentence];

/** The document (import it after the seed). */
export function timelineDocument(): DocumentInput {
  return {
    source: {
      id: TIMELINE_SOURCE,
      title: 'Timeline fixture: dated positions, programs and events (invented for tests)',
      kind: 'OTHER',
      publisher: 'cooperation-kg tests',
      date: '2020-01-15',
      language: 'en',
      text: Object.values(S).join(' '),
    },
    organizations: [
      {
        id: TL.university,
        name: 'Harbor University',
        kind: 'UNIVERSITY',
        acronym: 'HU',
        evidence: ev(S.university),
      },
      {
        id: TL.hospital,
        name: 'Harbor University Hospital',
        kind: 'HOSPITAL',
        unitOf: {
          organization: TL.university,
          relation: 'affiliated hospital',
          evidence: ev(S.hospital),
        },
        evidence: ev(S.hospital),
      },
      { id: TL.company, name: 'Lumen Labs', kind: 'COMPANY', evidence: ev(S.company) },
      {
        id: TL.institute,
        name: 'Meridian Institute',
        kind: 'RESEARCH_INSTITUTE',
        evidence: ev(S.institute),
      },
    ],
    people: [
      { id: TL.liJunHarbor, name: 'Li Jun', evidence: ev(S.liJunHarbor) },
      { id: TL.liJunLumen, name: 'Li Jun', evidence: ev(S.liJunLumen) },
    ],
    positions: [
      {
        person: TL.liJunHarbor,
        title: 'Professor',
        organization: TL.university,
        start: '2008',
        end: '2014',
        evidence: ev(S.liJunHarbor),
      },
      {
        person: TL.liJunHarbor,
        title: 'President',
        organization: TL.university,
        start: '2015',
        evidence: ev(S.president),
      },
      {
        person: TL.liJunLumen,
        title: 'Engineer',
        organization: TL.company,
        start: '2010',
        end: '2016',
        evidence: ev(S.liJunLumen),
      },
      {
        person: TL.liJunLumen,
        title: 'Chief Scientist',
        organization: TL.company,
        start: '2016',
        end: '2019',
        evidence: ev(S.chiefScientist),
      },
    ],
    programs: [
      {
        id: TL.genomics,
        name: 'Harbor–Lumen genomics agreement',
        kind: 'AGREEMENT',
        status: 'ACTIVE',
        start: '2016-03',
        parties: [
          { organization: TL.university, role: 'SIGNATORY', evidence: ev(S.genomics) },
          { organization: TL.company, role: 'SIGNATORY', evidence: ev(S.genomics) },
          { organization: TL.institute, role: 'PARTNER', evidence: ev(S.genomics) },
          { organization: TL.hospital, role: 'PARTICIPANT', evidence: ev(S.genomics) },
        ],
        people: [
          { person: TL.liJunHarbor, role: 'LEADS', evidence: ev(S.genomicsLead) },
          {
            person: TL.liJunLumen,
            role: 'SIGNED',
            onBehalfOf: TL.company,
            evidence: ev(S.genomicsSigned),
          },
        ],
        diseaseAreas: [
          { area: 'area/cancer', wording: 'cancer research', evidence: ev(S.genomicsFocus) },
        ],
        evidence: ev(S.genomics),
      },
      {
        id: TL.training,
        name: 'Harbor clinical training programme',
        kind: 'EDUCATION',
        status: 'ENDED',
        start: '2012',
        end: '2014',
        parties: [
          { organization: TL.university, role: 'HOST', evidence: ev(S.training) },
          { organization: TL.hospital, role: 'PARTNER', evidence: ev(S.training) },
        ],
        evidence: ev(S.training),
      },
    ],
    events: [
      {
        id: TL.signing,
        name: 'Signing of the genomics agreement',
        kind: 'SIGNING',
        date: '2016-03-10',
        hosts: [{ organization: TL.university, evidence: ev(S.signing) }],
        participants: [
          { person: TL.liJunHarbor, role: 'SIGNATORY', evidence: ev(S.signing) },
          {
            person: TL.liJunLumen,
            role: 'SIGNATORY',
            onBehalfOf: TL.company,
            evidence: ev(S.signing),
          },
        ],
        produced: [{ program: TL.genomics, evidence: ev(S.signing) }],
        evidence: ev(S.signing),
      },
      {
        id: TL.visit,
        name: 'Visit to Lumen Labs',
        kind: 'VISIT',
        date: '2019-05',
        visited: [{ organization: TL.company, evidence: ev(S.visit) }],
        participants: [{ person: TL.liJunHarbor, role: 'LEADER', evidence: ev(S.visit) }],
        evidence: ev(S.visit),
      },
      {
        id: TL.meeting,
        name: 'Undated meeting',
        kind: 'MEETING',
        participants: [{ person: TL.liJunLumen, role: 'PARTICIPANT', evidence: ev(S.meeting) }],
        evidence: ev(S.meeting),
      },
    ],
  };
}
