import type { EntityDirectory } from '../../domain/entityDirectory';
import type { ImportPlan } from '../../domain/importPlan';
import type { EntityLookup, KnownEntity, KnownLabel } from '../../domain/knownEntity';
import { seedFiles } from '../../import/importFiles';
import { loadDocumentFile } from '../../import/loadDocumentFile';
import { planDocument } from '../../import/plan/planDocument';

const KNOWN_LABELS = new Set<string>([
  'Person',
  'Organization',
  'Place',
  'Program',
  'Event',
  'DiseaseArea',
  'CooperationAspect',
  'Term',
]);

/** The relationships a person acts for an organization in (their `onBehalfOf`). */
const ACTING_FOR = new Set<string>(['HAS_ROLE_IN', 'PARTICIPATED_IN', 'STATED_BY']);

/** A normalised name without its spaces, as references are matched. */
const compact = (key: string) => key.replace(/ /g, '');

/** A planned property that holds text (plans also carry numbers, such as counts). */
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** What a set of documents holds, entity by entity, as an import of them would store it. */
export class DocumentCatalog {
  private readonly entities = new Map<string, KnownEntity>();

  /** Adds the entities and links of one planned document (later definitions update earlier ones). */
  add(plan: ImportPlan): void {
    for (const node of plan.nodes) {
      if (!KNOWN_LABELS.has(node.label)) continue;
      const before = this.entities.get(node.id);
      this.entities.set(node.id, {
        id: node.id,
        label: node.label as KnownLabel,
        name: text(node.props.name) ?? before?.name ?? node.id,
        matchKeys: [...new Set([...(before?.matchKeys ?? []), ...node.names.matchKeys])],
        kind: text(node.props.kind) ?? before?.kind ?? null,
        acronym: text(node.props.acronym) ?? before?.acronym ?? null,
        parentId: before?.parentId ?? null,
        positions: before?.positions ?? [],
        affiliations: before?.affiliations ?? [],
        links: before?.links ?? [],
        ...(node.label === 'Term'
          ? { broader: text(node.props.broader) ?? before?.broader ?? null }
          : {}),
      });
    }
    // Amendments add names to entities defined before.
    for (const amendment of plan.amendments) {
      const entity = this.entities.get(amendment.id);
      if (entity)
        entity.matchKeys = [...new Set([...entity.matchKeys, ...amendment.names.matchKeys])];
    }
    const holders = new Map<string, string>();
    for (const rel of plan.relationships)
      if (rel.type === 'HOLDS_POSITION') holders.set(rel.toId, rel.fromId);
    for (const rel of plan.relationships) {
      const actingFor = rel.props.onBehalfOf;
      if (ACTING_FOR.has(rel.type) && typeof actingFor === 'string') {
        const person = this.entities.get(rel.type === 'STATED_BY' ? rel.toId : rel.fromId);
        if (person?.label === 'Person' && !person.affiliations?.includes(actingFor))
          person.affiliations = [...(person.affiliations ?? []), actingFor];
      }
      if (rel.type === 'LOCATED_IN' || rel.type === 'DESIGNATED_AS') {
        const entity = this.entities.get(rel.fromId);
        if (entity && !entity.links?.includes(rel.toId))
          entity.links = [...(entity.links ?? []), rel.toId];
      }
      if (rel.type === 'UNIT_OF') {
        const unit = this.entities.get(rel.fromId);
        if (unit) unit.parentId = rel.toId;
      }
      if (rel.type === 'POSITION_AT') {
        const person = this.entities.get(holders.get(rel.fromId) ?? '');
        const title = text(plan.nodes.find((n) => n.id === rel.fromId)?.props.title) ?? '';
        if (
          person &&
          !person.positions.some((p) => p.organizationId === rel.toId && p.title === title)
        ) {
          person.positions.push({ title, organizationId: rel.toId });
        }
      }
    }
  }

  all(): KnownEntity[] {
    return [...this.entities.values()];
  }

  /** The catalog as the importer's directory: validates a document against these entities. */
  directory(): EntityDirectory {
    return {
      existingIds: (label, ids) =>
        Promise.resolve(new Set(ids.filter((id) => this.entities.get(id)?.label === label))),
      // Keys are compared without their spaces, as the graph's directory does ("Cao Yun Xia").
      idsByMatchKey: (label, keys) => {
        const found = new Map<string, string[]>();
        for (const entity of this.entities.values()) {
          if (entity.label !== label) continue;
          for (const key of new Set(entity.matchKeys.map(compact)))
            if (keys.includes(key)) found.set(key, [...(found.get(key) ?? []), entity.id]);
        }
        return Promise.resolve(found);
      },
      termBroaders: (ids) =>
        Promise.resolve(
          new Map(
            ids
              .map((id) => this.entities.get(id))
              .filter((e): e is KnownEntity => e?.label === 'Term')
              .map((e) => [e.id, e.broader ?? null]),
          ),
        ),
      knownNames: (label) =>
        Promise.resolve(
          this.all()
            .filter((e) => e.label === label)
            .map((e) => ({ id: e.id, name: e.name })),
        ),
    };
  }

  /** The catalog as a draft's look-up. */
  lookup(description: string): EntityLookup {
    return {
      description,
      find: (keys, ids = []) => {
        const wanted = new Set(keys);
        return Promise.resolve(
          this.all().filter(
            (e) =>
              e.label === 'DiseaseArea' ||
              e.label === 'CooperationAspect' ||
              e.label === 'Term' ||
              ids.includes(e.id) ||
              e.matchKeys.some((k) => wanted.has(compact(k))),
          ),
        );
      },
    };
  }
}

/**
 * Reads documents (a folder's, in name order, or the files given) into a catalog, each planned
 * against the ones before it exactly as `npm run seed` would import them; the offline
 * stand-in for the graph. Throws the importer's error for an invalid document.
 */
export async function documentCatalog(
  filesOrFolder: string | string[],
  exclude: (file: string) => boolean = () => false,
): Promise<DocumentCatalog> {
  const files = typeof filesOrFolder === 'string' ? seedFiles(filesOrFolder) : filesOrFolder;
  const catalog = new DocumentCatalog();
  for (const file of files.filter((f) => !exclude(f))) {
    const loaded = loadDocumentFile(file);
    catalog.add(await planDocument(loaded.content, { ...loaded, directory: catalog.directory() }));
  }
  return catalog;
}
