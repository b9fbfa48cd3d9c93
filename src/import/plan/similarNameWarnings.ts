import { Label } from '../../db/labelsAndTypes';
import type { EntityDirectory } from '../../domain/entityDirectory';
import type { ImportWarning, NodeUpsert } from '../../domain/importPlan';
import { matchKey } from '../../domain/normalizeName';
import { LABEL_NOUN } from './labelNoun';

/** The labels new entities are compared with known ones for (a second "Zhang Ye"). */
const WARNED_LABELS: readonly Label[] = [
  Label.Person,
  Label.Organization,
  Label.Program,
  Label.Event,
  Label.Place,
];

/**
 * Warnings for the entities of `nodes` the graph does not have yet whose name equals or nearly
 * equals a known entity's (at most three each): maybe the same one. None where the directory
 * cannot compare names.
 */
export async function similarNameWarnings(
  nodes: readonly NodeUpsert[],
  directory: EntityDirectory,
): Promise<ImportWarning[]> {
  const similarNames = directory.similarNames?.bind(directory);
  if (!similarNames) return [];
  const warnings: ImportWarning[] = [];
  for (const label of WARNED_LABELS) {
    const defined = nodes.filter((node) => node.label === label);
    if (defined.length === 0) continue;
    const existing = await directory.existingIds(
      label,
      defined.map((node) => node.id),
    );
    const created = defined.filter((node) => !existing.has(node.id));
    if (created.length === 0) continue;
    const names = [...new Set(created.map((node) => String(node.props.name ?? '')))];
    const similar = await similarNames(label, names);
    for (const node of created) {
      const name = String(node.props.name ?? '');
      const others = (similar.get(name) ?? []).filter((known) => known.id !== node.id);
      for (const known of others.slice(0, 3)) {
        const same = matchKey(known.name) === matchKey(name);
        warnings.push({
          path: node.path,
          message:
            `new ${LABEL_NOUN[label]} "${name}" (${node.id}) has ${same ? 'the name' : 'nearly the name'} of ` +
            `${known.id} ("${known.name}"): if it is the same ${LABEL_NOUN[label]}, refer to ${known.id} instead of defining a new one`,
        });
      }
    }
  }
  return warnings;
}
