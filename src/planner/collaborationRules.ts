import Cypher from '@neo4j/cypher-builder';

import { Label, Rel } from '../db/labelsAndTypes';
import { partialDateFromStored } from '../domain/partialDate';
import { end } from './fieldRules';
import type { FieldRule, TypeRules } from './projection';
import { rawList, rawNumber, rawStringOrNull } from './rawValues';

/** The programs of a collaboration in scope, unordered (bound by `pageOfPartners`). */
export const PROGRAMS = new Cypher.NamedVariable('programs');

/** The collaboration's programs earliest first, then by name; `limit` keeps only the first. */
function programsInOrder(limit?: number): Cypher.Collect {
  const program = new Cypher.Node();
  const walk = new Cypher.Unwind([PROGRAMS, program]).with(program);
  if (limit !== undefined) walk.where(Cypher.isNotNull(program.property('startDate')));
  walk.orderBy([program.property('startDate'), 'ASC'], [program.property('name'), 'ASC']);
  if (limit !== undefined) walk.limit(limit);
  return new Cypher.Collect(walk.return(program));
}

/** Each program of the collaboration, as the field selects it, earliest first. */
const programs: FieldRule = (field, _scope, compiler) => {
  const program = new Cypher.Node();
  const item = compiler.sub(field, { node: program });
  return {
    expr: new Cypher.ListComprehension(program)
      .in(programsInOrder())
      .map(item.expr ?? new Cypher.Literal(null)),
    decode: (raw, variables) => rawList(raw).map((value) => item.decode(value, variables)),
  };
};

/** The terms the collaboration's programs cover (aspects or disease areas), each once, by id. */
function terms(rel: Rel, label: Label): FieldRule {
  return (field, _scope, compiler) => {
    const program = new Cypher.Node();
    const term = new Cypher.Node();
    const item = compiler.sub(field, { node: term });
    const subquery = new Cypher.Collect(
      new Cypher.Unwind([PROGRAMS, program])
        .match(
          new Cypher.Pattern(program)
            .related({ type: rel, direction: 'right' })
            .to(term, { labels: [label] }),
        )
        .with(term)
        .distinct()
        .orderBy([term.property('id'), 'ASC'])
        .return(item.expr ?? new Cypher.Literal(null)),
    );
    return {
      expr: subquery,
      decode: (raw, variables) => rawList(raw).map((value) => item.decode(value, variables)),
    };
  };
}

/** The rules of a collaboration: the organization, the partner and what their programs cover. */
export const COLLABORATION_RULES: TypeRules = {
  Collaboration: {
    organization: end('organization'),
    partner: end('partner'),
    programs,
    programCount: () => ({ expr: Cypher.size(PROGRAMS), decode: rawNumber }),
    aspects: terms(Rel.COVERS_ASPECT, Label.CooperationAspect),
    diseaseAreas: terms(Rel.FOCUSES_ON, Label.DiseaseArea),
    firstDate: () => {
      // The earliest dated program (by name among the same date): a top-1, not a sort.
      const q = new Cypher.Node();
      return {
        expr: Cypher.head(
          new Cypher.ListComprehension(q)
            .in(programsInOrder(1))
            .map(
              new Cypher.List([
                Cypher.toString(q.property('startDate')),
                q.property('startPrecision'),
                q.property('startEdtf'),
              ]),
            ),
        ),
        decode(raw) {
          if (raw === null || raw === undefined) return null;
          const [date, precision, edtf] = raw as unknown[];
          return partialDateFromStored(
            rawStringOrNull(date),
            rawStringOrNull(precision),
            rawStringOrNull(edtf),
          );
        },
      };
    },
  },
};
