/**
 * Every field the planned root fields can reach has a planner rule: a field added to the schema
 * without one would fail the first query that selects it, so this test fails first.
 */
import { buildSchema, getNamedType, isAbstractType, isObjectType } from 'graphql';

import { ROOT_PLANNERS } from '../../src/planner/rootPlanners';
import { PLANNED_VALUE_TYPES, TYPE_RULES } from '../../src/planner/typeRules';
import { readTypeDefs } from '../../src/server';

const schema = buildSchema(readTypeDefs().join('\n'));

/** Types whose objects a root planner builds itself (pages, edges, attestations, paths). */
const BUILT_BY_PLANNERS = /(Connection|Edge)$|^(PositionAttestation|ConnectionPath)$/;

function reachableFields(): string[] {
  const seen = new Set<string>();
  const fields: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name) || PLANNED_VALUE_TYPES.has(name)) return;
    seen.add(name);
    const type = schema.getType(name);
    if (isAbstractType(type)) {
      for (const possible of schema.getPossibleTypes(type)) visit(possible.name);
      return;
    }
    if (!isObjectType(type)) return;
    for (const field of Object.values(type.getFields())) {
      if (!BUILT_BY_PLANNERS.test(name)) fields.push(`${name}.${field.name}`);
      visit(getNamedType(field.type).name);
    }
  };
  const query = schema.getQueryType();
  for (const root of Object.keys(ROOT_PLANNERS)) {
    const field = query?.getFields()[root];
    if (!field) throw new Error(`planned root ${root} is not a Query field`);
    visit(getNamedType(field.type).name);
  }
  return fields;
}

test('every field reachable from a planned root field has a rule', () => {
  const missing = reachableFields().filter((path) => {
    const [type = '', field = ''] = path.split('.');
    return !TYPE_RULES[type]?.[field];
  });
  expect(missing).toEqual([]);
});
