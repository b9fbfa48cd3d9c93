import Cypher from '@neo4j/cypher-builder';

import type { Label as LabelName } from '../db/labelsAndTypes';
import { Label, labelOfId } from '../db/labelsAndTypes';
import type { RootPlanner } from './plan';
import { compile } from './plan';
import type { Compiler } from './projection';
import type { SelectedField } from './selection';
import { TYPE_LABELS } from './typeRules';

/** The type of the API each label is read as (the inverse of `TYPE_LABELS`). */
const TYPE_OF_LABEL = new Map<string, string>(
  Object.entries(TYPE_LABELS).map(([type, label]) => [label, type]),
);

/** The one sub-selection of a field of an object type. */
export function selectionOf(field: SelectedField, typeName: string) {
  return field.byType.get(typeName) ?? [];
}

/**
 * `MATCH` of the entity with an id, following a merge's redirect: an id that was merged away
 * reads as the entity it was merged into.
 */
export function matchById(label: LabelName, id: Cypher.Param, node: Cypher.Node): Cypher.Clause {
  const redirect = new Cypher.Node();
  const target = new Cypher.Variable();
  return new Cypher.OptionalMatch(
    new Cypher.Pattern(redirect, { labels: [Label.Redirect], properties: { id } }),
  )
    .with([Cypher.coalesce(redirect.property('to'), id), target])
    .match(new Cypher.Pattern(node, { labels: [label], properties: { id: target } }));
}

/** The statement of one entity by id, projected for the selection of `typeName`. */
function entityStatement(label: LabelName, typeName: string, field: SelectedField) {
  return compile((compiler: Compiler) => {
    const node = new Cypher.Node();
    const projection = compiler.object(typeName, selectionOf(field, typeName), { node });
    const clause = Cypher.utils.concat(
      matchById(label, new Cypher.NamedParam('rootId'), node),
      new Cypher.Return([projection.expr ?? new Cypher.Literal(null), 'result']),
    );
    return {
      clause,
      read: (records, _prepared, variables) =>
        records[0] ? projection.decode(records[0].get('result'), variables) : null,
    };
  });
}

/** `person(id)`, `program(id)` and the other lookups of one type. */
export function entityById(typeName: string): RootPlanner {
  const label = TYPE_LABELS[typeName];
  if (!label) throw new Error(`${typeName} is not an entity type`);
  return (args) => ({
    key: '',
    params: { rootId: args.id },
    build: (field) => entityStatement(label, typeName, field),
  });
}

/** `node(id)`: the type comes from the id's prefix; unknown prefixes answer null at once. */
export const nodeById: RootPlanner = (args) => {
  const id = String(args.id);
  const label = labelOfId(id);
  const typeName = label ? TYPE_OF_LABEL.get(label) : undefined;
  if (!label || !typeName) return null;
  return {
    key: label,
    params: { rootId: id },
    build: (field) => entityStatement(label, typeName, field),
  };
};

/** `places`, `diseaseAreas`, `cooperationAspects`: every entity of a label, by name. */
export function everyEntity(typeName: string): RootPlanner {
  const label = TYPE_LABELS[typeName];
  if (!label) throw new Error(`${typeName} is not an entity type`);
  return () => ({
    key: '',
    params: {},
    build: (field) =>
      compile((compiler) => {
        const node = new Cypher.Node();
        const projection = compiler.object(typeName, selectionOf(field, typeName), { node });
        const clause = new Cypher.Match(new Cypher.Pattern(node, { labels: [label] }))
          .with(node)
          .orderBy([node.property('name'), 'ASC'], [node.property('id'), 'ASC'])
          .return([projection.expr ?? new Cypher.Literal(null), 'result']);
        return {
          clause,
          read: (records, _prepared, variables) =>
            records.map((record) => projection.decode(record.get('result'), variables)),
        };
      }),
  });
}
