import Cypher from '@neo4j/cypher-builder';

import { describeRelationship } from '../domain/relationshipWording';
import { relName } from '../repositories/pathRepository';
import { end, evidence, relOf } from './fieldRules';
import type { FieldRule, Scope } from './projection';
import { rawString, rawStringOrNull } from './rawValues';

/**
 * The type, role and relation of the relationship in scope, and whether it is read in its own
 * direction: it starts at the end named `near`.
 */
function relFacts(scope: Scope, near: string) {
  const rel = relOf(scope);
  const from = scope.ends?.[near];
  if (!from) throw new Error(`this relationship has no end "${near}"`);
  return new Cypher.List([
    Cypher.type(rel),
    rel.property('role'),
    rel.property('relation'),
    Cypher.eq(Cypher.startNode(rel), from),
  ]);
}

function factsOf(raw: unknown) {
  const [type, role, relation, forward] = raw as [unknown, unknown, unknown, unknown];
  return {
    type: relName(rawString(type)),
    qualifier: rawStringOrNull(role) ?? rawStringOrNull(relation),
    forward: forward === true,
  };
}

/**
 * The fields of a fact relationship read from the end named `near` towards the end named `far`
 * (a stated relationship from its start, a neighbour from the entity asked about), as
 * `describeRelationship` and `qualifierOf` read them for the loaders.
 */
export function factRelationshipRules(near: string, far: string) {
  const fact =
    (pick: (facts: ReturnType<typeof factsOf>) => unknown): FieldRule =>
    (_field, scope) => ({ expr: relFacts(scope, near), decode: (raw) => pick(factsOf(raw)) });
  return {
    [near]: end(near),
    [far]: end(far),
    relationship: fact((facts) => facts.type),
    description: fact((facts) => describeRelationship(facts.type, facts.forward, facts.qualifier)),
    qualifier: fact((facts) => facts.qualifier),
    evidence: evidence('rel'),
  } satisfies Record<string, FieldRule>;
}

/** A relationship a quotation states, from its start node to its end node. */
export const STATED_RELATIONSHIP_RULES: Readonly<Record<string, FieldRule>> = factRelationshipRules(
  'from',
  'to',
);

/** A neighbour: the relationship read from the entity asked about, the neighbour at its far end. */
export const NEIGHBOUR_RULES: Readonly<Record<string, FieldRule>> = (() => {
  const { entity: _entity, neighbour, ...rest } = factRelationshipRules('entity', 'neighbour');
  const outgoing: FieldRule = (_field, scope) => ({
    expr: relFacts(scope, 'entity'),
    decode: (raw) => factsOf(raw).forward,
  });
  return { ...rest, node: neighbour as FieldRule, outgoing };
})();

/** A step of a path: the relationship read from the step's `from` end, whichever way it points. */
export const CONNECTION_STEP_RULES: Readonly<Record<string, FieldRule>> = (() => {
  const forward: FieldRule = (_field, scope) => ({
    expr: relFacts(scope, 'from'),
    decode: (raw) => factsOf(raw).forward,
  });
  return { ...factRelationshipRules('from', 'to'), forward };
})();
