import neo4j from 'neo4j-driver';

import { Label, Rel } from '../db/labelsAndTypes';
import type { RawNode, RawRelationship } from '../repositories/backupRepository';
import type { KnowledgeSubgraph } from '../repositories/exportRepository';

/** Where ids become IRIs unless `--base` says otherwise: `person/li-jun` is `urn:cooperation-kg:person/li-jun`. */
export const DEFAULT_BASE_IRI = 'urn:cooperation-kg:';

/** Characters of context around a quotation (the selector's prefix and suffix). */
const AFFIX = 32;

type JsonObject = Record<string, unknown>;

/** The schema.org type of each entity label. */
const SCHEMA_TYPE: Partial<Record<Label, string>> = {
  Person: 'Person',
  Organization: 'Organization',
  Program: 'Project',
  Event: 'Event',
  Place: 'Place',
  DiseaseArea: 'DefinedTerm',
  CooperationAspect: 'DefinedTerm',
  Position: 'EmployeeRole',
};

/** Plain JSON of a property value: dates as ISO text, integers as numbers. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** The embedded context: schema.org terms by default, the Web Annotation model's by name. */
function contextOf(base: string): JsonObject {
  return {
    '@vocab': 'http://schema.org/',
    kg: base,
    kgv: `${base}vocab#`,
    oa: 'http://www.w3.org/ns/oa#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    Annotation: 'oa:Annotation',
    SpecificResource: 'oa:SpecificResource',
    TextQuoteSelector: 'oa:TextQuoteSelector',
    TextPositionSelector: 'oa:TextPositionSelector',
    describing: 'oa:describing',
    motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
    body: { '@id': 'oa:hasBody', '@type': '@id' },
    target: { '@id': 'oa:hasTarget' },
    source: { '@id': 'oa:hasSource', '@type': '@id' },
    selector: { '@id': 'oa:hasSelector' },
    exact: 'oa:exact',
    prefix: 'oa:prefix',
    suffix: 'oa:suffix',
    start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
    end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
  };
}

const ref = (id: string) => ({ '@id': `kg:${id}` });

/** A fact's own id: its endpoints, its type and its role (parallel facts differ by role). */
function factId(rel: RawRelationship): string {
  const role = typeof rel.properties.role === 'string' ? `/${rel.properties.role}` : '';
  return `fact/${rel.fromId}/${rel.type}/${rel.toId}${role}`;
}

/** Offsets in code points (Web Annotation) from offsets in UTF-16 units (our model). */
const codePoints = (text: string, units: number) => [...text.slice(0, units)].length;

/**
 * The entities and facts as JSON-LD with schema.org types (`Person`, `Organization`, `Project`,
 * `Event`, `Place`, `DefinedTerm`; positions and the roles people and organizations play in
 * programs and events as `Role`s after schema.org's Role pattern: `worksFor`, `member`,
 * `attendee`), the sources as `CreativeWork`s with their texts, and every excerpt as a W3C Web
 * Annotation whose body is the entities and facts it supports and whose target selects the quote
 * in its source with a `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector`
 * (code-point offsets). The context is embedded: the file expands with no network.
 */
export function exportJsonLd(graph: KnowledgeSubgraph, base = DEFAULT_BASE_IRI): string {
  const nodes = new Map<string, JsonObject>();
  const supports = new Map<string, Set<string>>();
  const cite = (evidence: unknown, id: string) => {
    for (const excerpt of Array.isArray(evidence) ? evidence : []) {
      const set = supports.get(String(excerpt)) ?? new Set<string>();
      set.add(id);
      supports.set(String(excerpt), set);
    }
  };
  const add = (node: JsonObject, key: string, value: unknown) => {
    const current = node[key];
    const before: unknown[] = Array.isArray(current) ? current : [current];
    node[key] = current === undefined ? value : [...before, value];
  };

  for (const entity of graph.entities) {
    const p = entity.properties;
    const id = String(p.id);
    const label = entity.labels[0] as Label;
    const node: JsonObject = { '@id': `kg:${id}`, '@type': SCHEMA_TYPE[label] ?? 'Thing' };
    if (typeof p.name === 'string') node.name = p.name;
    if (label === Label.Position) {
      node.roleName = p.title;
      if (p.start) node.startDate = plain(p.start);
      if (p.end) node.endDate = plain(p.end);
    }
    if (Array.isArray(p.aliases) && p.aliases.length > 0) node.alternateName = p.aliases;
    if (typeof p.honorific === 'string') node.honorificPrefix = p.honorific;
    if (typeof p.acronym === 'string')
      node.alternateName = [...new Set([p.acronym, ...((node.alternateName as string[]) ?? [])])];
    if (typeof p.description === 'string') node.description = p.description;
    if (typeof p.kind === 'string') node.additionalType = `kgv:${label}/${p.kind}`;
    if (p.startDate) node.startDate = plain(p.startDate);
    if (p.endDate) node.endDate = plain(p.endDate);
    if (p.dateDate) node.startDate = plain(p.dateDate);
    if (typeof p.status === 'string') node['kgv:status'] = p.status;
    if (typeof p.principle === 'string') node['kgv:principle'] = p.principle;
    nodes.set(id, node);
    cite(p.evidence, `kg:${id}`);
  }

  const roleOf = (rel: RawRelationship, property: string, object: string): JsonObject => {
    const role: JsonObject = {
      '@id': `kg:${factId(rel)}`,
      '@type': 'Role',
      [property]: ref(object),
    };
    if (typeof rel.properties.role === 'string') role.roleName = rel.properties.role;
    if (typeof rel.properties.onBehalfOf === 'string')
      role['kgv:onBehalfOf'] = ref(rel.properties.onBehalfOf);
    return role;
  };
  for (const rel of graph.facts) {
    const from = nodes.get(rel.fromId);
    const to = nodes.get(rel.toId);
    if (!from || !to) continue;
    cite(rel.properties.evidence, `kg:${factId(rel)}`);
    switch (rel.type as Rel) {
      case Rel.HOLDS_POSITION:
        add(from, 'worksFor', ref(rel.toId));
        break;
      case Rel.POSITION_AT:
        from.worksFor = ref(rel.toId);
        break;
      case Rel.UNIT_OF:
        add(from, 'parentOrganization', ref(rel.toId));
        add(to, 'subOrganization', ref(rel.fromId));
        break;
      case Rel.LOCATED_IN:
        add(from, rel.fromLabel === Label.Place ? 'containedInPlace' : 'location', ref(rel.toId));
        break;
      case Rel.HAS_PARTY:
        add(from, 'member', roleOf(rel, 'member', rel.toId));
        break;
      case Rel.HAS_ROLE_IN:
        add(to, 'member', roleOf(rel, 'member', rel.fromId));
        break;
      case Rel.PART_OF:
        add(from, rel.fromLabel === Label.Event ? 'superEvent' : 'isPartOf', ref(rel.toId));
        break;
      case Rel.FOCUSES_ON:
        add(from, 'about', ref(rel.toId));
        break;
      case Rel.COVERS_ASPECT:
        add(from, 'keywords', ref(rel.toId));
        break;
      case Rel.PARTICIPATED_IN:
        add(to, 'attendee', roleOf(rel, 'attendee', rel.fromId));
        break;
      case Rel.HOSTED_BY:
        add(from, 'organizer', ref(rel.toId));
        break;
      case Rel.VISITED:
        add(from, 'kgv:visited', ref(rel.toId));
        break;
      case Rel.PRODUCED:
        add(from, 'kgv:produced', ref(rel.toId));
        break;
      case Rel.QUOTES:
        break;
    }
  }

  const texts = new Map<string, string>();
  const sources = graph.sources.map((source: RawNode) => {
    const p = source.properties;
    texts.set(String(p.id), typeof p.text === 'string' ? p.text : '');
    const work: JsonObject = {
      '@id': `kg:${String(p.id)}`,
      '@type': p.kind === 'ARTICLE' ? 'NewsArticle' : 'CreativeWork',
      name: p.title,
      text: p.text,
    };
    if (typeof p.url === 'string') work.url = p.url;
    if (typeof p.publisher === 'string')
      work.publisher = { '@type': 'Organization', name: p.publisher };
    if (typeof p.language === 'string') work.inLanguage = p.language;
    if (p.dateDate) work.datePublished = plain(p.dateDate);
    return work;
  });
  const annotations = graph.excerpts.map((excerpt) => {
    const p = excerpt.properties;
    const id = String(p.id);
    const text = texts.get(String(p.sourceId)) ?? '';
    const start = Number(plain(p.start));
    const end = Number(plain(p.end));
    return {
      '@id': `kg:${id}`,
      '@type': 'Annotation',
      motivation: 'describing',
      body: [...(supports.get(id) ?? [])].sort(),
      target: {
        '@type': 'SpecificResource',
        source: `kg:${String(p.sourceId)}`,
        selector: [
          {
            '@type': 'TextQuoteSelector',
            exact: p.text,
            prefix: text.slice(Math.max(0, start - AFFIX), start),
            suffix: text.slice(end, end + AFFIX),
          },
          {
            '@type': 'TextPositionSelector',
            start: codePoints(text, start),
            end: codePoints(text, end),
          },
        ],
      },
    };
  });
  const byId = (a: JsonObject, b: JsonObject) => (String(a['@id']) < String(b['@id']) ? -1 : 1);
  const document = {
    '@context': contextOf(base),
    '@graph': [...[...nodes.values()].sort(byId), ...sources.sort(byId), ...annotations.sort(byId)],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
