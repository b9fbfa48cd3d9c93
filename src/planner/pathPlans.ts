import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';

import { Label, labelOfId } from '../db/labelsAndTypes';
import { pathSearch, unknownEnds } from '../domain/pathSearch';
import type { ConnectionVia } from '../generated/graphql';
import { isEntity, MAX_PATHS, shortestPathsCall } from '../repositories/pathRepository';
import type { RootPlanner } from './plan';
import { compile } from './plan';
import type { CompiledField, PlannedObject } from './projection';
import { PLANNED } from './projection';
import { rawList } from './rawValues';
import type { SelectedField } from './selection';

interface ConnectionArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  via?: ConnectionVia[] | null;
}

/** One `steps` selection under one `paths` selection of the answer. */
interface StepSelection {
  paths: SelectedField;
  steps: SelectedField;
}

const fieldsOf = (field: SelectedField) => [...field.byType.values()][0] ?? [];
const typeOf = (field: SelectedField) => [...field.byType.keys()][0] ?? '';

/**
 * `connection`: both ends (read through their redirects) and every shortest path, each step
 * with what the selection asks of its relationship, its ends and its evidence, in one statement.
 */
export const pathsBetween: RootPlanner = (rawArgs) => {
  const args = rawArgs as unknown as ConnectionArgs;
  const { hops, avoid } = pathSearch(args.maxHops, args.via);
  const fromLabel = labelOfId(args.from);
  const toLabel = labelOfId(args.to);
  // An id of no entity type matches nothing: its end is looked up with a null id.
  const a = isEntity(fromLabel) ? fromLabel : Label.Person;
  const b = isEntity(toLabel) ? toLabel : Label.Person;
  return {
    key: `${a}|${b}|${hops}`,
    params: {
      from: isEntity(fromLabel) ? args.from : null,
      to: isEntity(toLabel) ? args.to : null,
      avoid,
      maxPaths: neo4j.int(MAX_PATHS),
    },
    // The plan is cached and serves later requests: what `read` needs of one comes from here.
    context: args,
    build: (field) =>
      compile((compiler) => {
        const answerType = typeOf(field);
        const answer = fieldsOf(field);
        const from = new Cypher.NamedNode('a');
        const to = new Cypher.NamedNode('b');
        const ends = answer.flatMap((selected) => {
          if (selected.name !== 'from' && selected.name !== 'to') return [];
          const node = selected.name === 'from' ? from : to;
          return [{ key: selected.key, node, compiled: compiler.sub(selected, { node }) }];
        });
        const stepSelections: StepSelection[] = answer
          .filter((selected) => selected.name === 'paths')
          .flatMap((paths) =>
            fieldsOf(paths)
              .filter((selected) => selected.name === 'steps')
              .map((steps) => ({ paths, steps })),
          );
        const rel = new Cypher.NamedRelationship('r');
        const x = new Cypher.NamedNode('x');
        const y = new Cypher.NamedNode('y');
        const steps = stepSelections.map(({ steps: selected }) =>
          compiler.object(typeOf(selected), fieldsOf(selected), {
            rel,
            ends: { from: x, to: y },
          }),
        );
        const clause = new Cypher.Raw((env) => {
          const endExprs = ends
            .map(({ node, compiled }) => {
              const value = env.compile(compiled.expr ?? new Cypher.Literal(null));
              return `CASE WHEN ${env.compile(node)} IS NULL THEN null ELSE ${value} END`;
            })
            .join(', ');
          const stepExpr = env.compile(
            new Cypher.List(steps.map((step) => step.expr ?? new Cypher.Literal(null))),
          );
          return `OPTIONAL MATCH (ra:${Label.Redirect} {id: $from})
OPTIONAL MATCH (rb:${Label.Redirect} {id: $to})
WITH coalesce(ra.to, $from) AS fromId, coalesce(rb.to, $to) AS toId
OPTIONAL MATCH (a:${a} {id: fromId})
OPTIONAL MATCH (b:${b} {id: toId})
${shortestPathsCall(hops)}
WITH a, b, collect(p) AS paths
CALL (paths) {
  UNWIND range(0, size(paths) - 1) AS pi
  WITH pi, paths[pi] AS p
  CALL (p) {
    UNWIND range(0, length(p) - 1) AS i
    WITH p, i ORDER BY i
    WITH relationships(p)[i] AS r, nodes(p)[i] AS x, nodes(p)[i + 1] AS y
    RETURN collect(${stepExpr}) AS steps
  }
  WITH pi, steps ORDER BY pi
  RETURN collect(steps) AS pathSteps
}
RETURN a IS NOT NULL AS foundFrom, b IS NOT NULL AS foundTo, [${endExprs}] AS ends, pathSteps`;
        });
        return {
          clause,
          read: (records, prepared, variables) => {
            const request = prepared.context as ConnectionArgs;
            const record = records[0];
            const foundFrom = record?.get('foundFrom') === true;
            const foundTo = record?.get('foundTo') === true;
            if (!foundFrom || !foundTo) {
              throw unknownEnds([
                { argument: 'from', id: request.from, found: foundFrom },
                { argument: 'to', id: request.to, found: foundTo },
              ]);
            }
            const endValues = rawList(record?.get('ends'));
            const paths = rawList(record?.get('pathSteps')).map((path) => rawList(path));
            const out: PlannedObject = { [PLANNED]: true, __typename: answerType };
            ends.forEach(({ key, compiled }, i) => {
              out[key] = compiled.decode(endValues[i], variables);
            });
            for (const selected of answer) {
              if (selected.name === 'hops') {
                out[selected.key] = paths[0] ? paths[0].length : null;
              } else if (selected.name === 'paths') {
                out[selected.key] = paths.map((path) =>
                  pathObject(selected, path, stepSelections, steps, variables),
                );
              } else if (selected.name === '__typename') {
                out[selected.key] = answerType;
              }
            }
            return out;
          },
        };
      }),
  };
};

/** One path of a `paths` selection: its `steps` selections, each step read by its projection. */
function pathObject(
  paths: SelectedField,
  path: unknown[],
  stepSelections: StepSelection[],
  steps: CompiledField[],
  variables: Readonly<Record<string, unknown>>,
): PlannedObject {
  const out: PlannedObject = { [PLANNED]: true, __typename: typeOf(paths) };
  for (const selected of fieldsOf(paths)) {
    if (selected.name === '__typename') out[selected.key] = typeOf(paths);
    if (selected.name !== 'steps') continue;
    const index = stepSelections.findIndex(
      (entry) => entry.paths === paths && entry.steps === selected,
    );
    const step = steps[index];
    out[selected.key] = path.map((row) => step?.decode((row as unknown[])[index], variables));
  }
  return out;
}
