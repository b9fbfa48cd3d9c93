import Cypher from '@neo4j/cypher-builder';

import { toPlain } from '../db/toPlain';
import type { Row } from '../db/transaction';
import { checkSearchArguments } from '../domain/searchArguments';
import type { EntityType } from '../models';
import { SEARCHABLE_TYPES } from '../repositories/entityTypes';
import { plannedColumns, searchHits } from '../repositories/searchRepository';
import type { Plan, RootPlanner } from './plan';
import { compile } from './plan';
import type { CompiledField, PlannedObject } from './projection';
import { RANKED_FIELDS } from './searchHitRules';
import type { SelectedField } from './selection';

interface SearchArgs {
  query: string;
  types?: EntityType[] | null;
  first?: number | null;
}

/**
 * `search`: each round of the search (and its suggestions, when nothing matched) reads what the
 * selection asks of every hit's node, and what tells it apart, as one more column of its own
 * statement: one statement for most searches. The plan's text is that column's expression on
 * `node`; the hits' type, name, score and match come from the ranking, as on the reference path.
 */
/** What a search plan's statements project of each hit, and the hit fields selected. */
interface HitProjection {
  hit: CompiledField;
  fields: readonly SelectedField[];
}

/** The projection of each search plan built (plans are cached, and so is this). */
const projections = new WeakMap<Plan, HitProjection>();

export const searchFor: RootPlanner = (rawArgs, _field, limits) => {
  const args = rawArgs as unknown as SearchArgs;
  const first = checkSearchArguments(args.query, args.first, limits.maxPageSize);
  const types = args.types?.length ? args.types : SEARCHABLE_TYPES;
  return {
    key: '',
    params: {},
    build: (field) => {
      let projection: HitProjection | undefined;
      const plan = compile((compiler) => {
        const fields = field.byType.get('SearchHit') ?? [];
        const hit = compiler.object('SearchHit', fields, { node: new Cypher.NamedNode('node') });
        projection = { hit, fields };
        return {
          clause: new Cypher.Raw((env) => env.compile(hit.expr ?? new Cypher.Literal(null))),
          read: () => {
            throw new Error('a search plan is executed, not read');
          },
        };
      });
      if (projection) projections.set(plan, projection);
      return plan;
    },
    execute: async (plan, run, variables) => {
      const projection = projections.get(plan);
      if (!projection) throw new Error('a search plan without its projection');
      const bound = plan.bind(variables);
      const read = async (cypher: string, params: Record<string, unknown>) =>
        (await run(cypher, { ...bound, ...params })).map((record) => {
          const row: Row = {};
          for (const key of record.keys) {
            // The projection stays as the driver returns it, for the plan's decoders.
            row[String(key)] = key === 'projected' ? record.get(key) : toPlain(record.get(key));
          }
          return row;
        });
      const found = await searchHits(read, args.query, types, first, plannedColumns(plan.cypher));
      return found.map((entry) => {
        const out = projection.hit.decode(entry.projected, variables) as PlannedObject;
        for (const selected of projection.fields) {
          const ranked = RANKED_FIELDS.find((name) => name === selected.name);
          if (ranked) out[selected.key] = entry[ranked];
        }
        return out;
      });
    },
  };
};
