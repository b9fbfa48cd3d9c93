import Cypher from '@neo4j/cypher-builder';

import { Label, Rel } from '../db/graphModel';
import type { FieldRule } from './projection';
import { argumentsOf } from './selection';

/**
 * The positions of a person (`side: 'person'`) or at an organization, sorted by start date, then
 * the person's and the organization's names and the title; with `asOf`, only those not bounded
 * away from that date by their start or end (a partial end date lasts to its period's last day).
 */
export function positions(side: 'person' | 'organization'): FieldRule {
  return (field, scope, compiler) => {
    if (!scope.node) throw new Error('positions are read from a person or an organization');
    const position = new Cypher.Node();
    const person = side === 'person' ? scope.node : new Cypher.Node();
    const organization = side === 'organization' ? scope.node : new Cypher.Node();
    const item = compiler.sub(field, { node: position });
    const asOf = compiler.binder.param((variables) => argumentsOf(field, variables).asOf ?? null);
    const pattern = new Cypher.Pattern(person, side === 'person' ? {} : { labels: [Label.Person] })
      .related({ type: Rel.HOLDS_POSITION, direction: 'right' })
      .to(position, { labels: [Label.Position] })
      .related({ type: Rel.POSITION_AT, direction: 'right' })
      .to(organization, side === 'organization' ? {} : { labels: [Label.Organization] });
    const validOn = new Cypher.Raw((env) => {
      const [p, date] = [env.compile(position), env.compile(asOf)];
      const latestEnd = `CASE ${p}.endPrecision WHEN 'YEAR' THEN date({year: ${p}.endDate.year, month: 12, day: 31}) WHEN 'MONTH' THEN date.truncate('month', ${p}.endDate) + duration({months: 1}) - duration({days: 1}) ELSE ${p}.endDate END`;
      return `(${date} IS NULL OR ((${p}.startDate IS NULL OR ${p}.startDate <= date(${date})) AND (${p}.endDate IS NULL OR ${latestEnd} >= date(${date}))))`;
    });
    const subquery = new Cypher.Collect(
      new Cypher.Match(pattern)
        .where(validOn)
        .with(position, person, organization)
        .orderBy(
          [position.property('startDate'), 'ASC'],
          [person.property('name'), 'ASC'],
          [organization.property('name'), 'ASC'],
          [position.property('title'), 'ASC'],
        )
        .return(item.expr ?? new Cypher.Literal(null)),
    );
    return {
      expr: subquery,
      decode: (raw) => (raw as unknown[]).map((value) => item.decode(value)),
    };
  };
}
