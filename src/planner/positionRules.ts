import Cypher from '@neo4j/cypher-builder';

import { Label, Rel } from '../db/labelsAndTypes';
import { validOn } from '../domain/asOf';
import { partialDateFromStored } from '../domain/partialDate';
import { attestedOn, byAttestationDate } from '../domain/positionDates';
import type { PartialDateModel, PositionAttestationModel } from '../models';
import { attestationsOf, latestStatedDate } from '../repositories/nodeMappers';
import { nodeOf } from './fieldRules';
import type { CompiledField, FieldRule, PlannedObject, Variables } from './projection';
import { PLANNED } from './projection';
import { plainValue, rawList, rawString, rawStringOrNull } from './rawValues';
import type { SelectedField } from './selection';
import { argumentsOf } from './selection';

/** The properties of a Position node that its dates and attestations are read from. */
const DATED_PROPERTIES = [
  'startDate',
  'startPrecision',
  'startEdtf',
  'endDate',
  'endPrecision',
  'endEdtf',
  'attestations',
  'evidence',
  'attestedDate',
  'attestedPrecision',
  'attestedEdtf',
] as const;

/** A position's dated properties, dates as text (cheaper to read than temporal values). */
const datedProperties = (position: Cypher.Node) =>
  new Cypher.List(
    DATED_PROPERTIES.map((name) =>
      name.endsWith('Date') ? Cypher.toString(position.property(name)) : position.property(name),
    ),
  );

/** A position's dated properties as the mappers read them. */
function datedRow(values: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  DATED_PROPERTIES.forEach((name, i) => (row[name] = plainValue(values[i])));
  return row;
}

const dateOf = (row: Record<string, unknown>, prefix: string) =>
  partialDateFromStored(
    rawStringOrNull(row[`${prefix}Date`]),
    rawStringOrNull(row[`${prefix}Precision`]),
    rawStringOrNull(row[`${prefix}Edtf`]),
  );

const attestationsIn = (row: Record<string, unknown>): PositionAttestationModel[] =>
  attestationsOf(row, (row.evidence as string[] | null) ?? []);

/** The publication dates of the sources a position's evidence and attestations name, by source id. */
function sourceDates(
  position: Cypher.Node,
  extra: (source: Cypher.Node) => Cypher.Expr[] = () => [],
) {
  const source = new Cypher.Node();
  const id = new Cypher.Variable();
  const expr = new Cypher.Raw((env) => {
    const p = env.compile(position);
    const s = env.compile(source);
    const sid = env.compile(id);
    const more = extra(source)
      .map((e) => `, ${env.compile(e)}`)
      .join('');
    return `COLLECT {
  UNWIND coalesce(${p}.evidence, []) + coalesce(${p}.attestations, []) AS entry
  WITH DISTINCT CASE WHEN entry CONTAINS '#' THEN split(entry, '#')[0]
    ELSE left(entry, size(entry) - size(last(split(entry, '|'))) - 1) END AS ${sid}
  MATCH (${s}:${Label.Source} {id: ${sid}})
  RETURN [${sid}, toString(${s}.dateDate), ${s}.datePrecision, ${s}.dateEdtf${more}]
}`;
  });
  return expr;
}

/** Source id -> publication date, from `sourceDates` rows. */
function datesBySource(
  raw: unknown,
): Map<string, { date: PartialDateModel | null; row: unknown[] }> {
  return new Map(
    rawList(raw).map((entry) => {
      const row = entry as unknown[];
      const date = partialDateFromStored(
        rawStringOrNull(row[1]),
        rawStringOrNull(row[2]),
        rawStringOrNull(row[3]),
      );
      return [rawString(row[0]), { date, row }];
    }),
  );
}

/** `attestedOn`: the latest date the sources state the position on. */
export const positionAttestedOn: FieldRule = (_field, scope) => {
  const node = nodeOf(scope);
  return {
    expr: datedProperties(node),
    decode: (raw) => latestStatedDate(attestationsIn(datedRow(raw as unknown[]))),
  };
};

/**
 * `attestations`: one per source that states the position, earliest first by the date it gives
 * (its document's, or its publication date), each with its source and its excerpts.
 */
export const positionAttestations: FieldRule = (field, scope, compiler) => {
  const position = nodeOf(scope);
  const selection = field.byType.get('PositionAttestation') ?? [];
  const sources = selection.filter((sub) => sub.name === 'source');
  const evidence = selection.filter((sub) => sub.name === 'evidence');
  const sourceItems: CompiledField[] = [];
  const dates = sourceDates(position, (source) =>
    sources.map((sub) => {
      const item = compiler.sub(sub, { node: source });
      sourceItems.push(item);
      return item.expr ?? new Cypher.Literal(null);
    }),
  );
  const excerptItems: CompiledField[] = [];
  const eid = new Cypher.Variable();
  const excerpt = new Cypher.Node();
  const excerpts = new Cypher.ListComprehension(eid)
    .in(Cypher.coalesce(position.property('evidence'), new Cypher.List([])))
    .map(
      new Cypher.List([
        eid,
        ...evidence.map((sub) => {
          const item = compiler.sub(sub, { node: excerpt });
          excerptItems.push(item);
          return Cypher.head(
            new Cypher.Collect(
              new Cypher.Match(
                new Cypher.Pattern(excerpt, { labels: [Label.Excerpt], properties: { id: eid } }),
              ).return(item.expr ?? new Cypher.Literal(null)),
            ),
          );
        }),
      ]),
    );
  return {
    expr: new Cypher.List([datedProperties(position), dates, excerpts]),
    decode(raw, variables) {
      const [datedValues, datesRaw, excerptsRaw] = raw as [unknown[], unknown, unknown];
      const bySource = datesBySource(datesRaw);
      const excerptRows = new Map(
        rawList(excerptsRaw).map((entry) => {
          const row = entry as unknown[];
          return [rawString(row[0]), row];
        }),
      );
      const attestations = byAttestationDate(
        attestationsIn(datedRow(datedValues)).map((attestation) => ({
          attestation,
          date: attestation.statedDate ?? bySource.get(attestation.sourceId)?.date ?? null,
        })),
      );
      return attestations.map((attestation) =>
        attestationObject(selection, attestation, bySource, excerptRows, {
          sourceItems,
          excerptItems,
          variables,
        }),
      );
    },
  };
};

function attestationObject(
  selection: readonly SelectedField[],
  attestation: PositionAttestationModel,
  bySource: ReturnType<typeof datesBySource>,
  excerptRows: Map<string, unknown[]>,
  compiled: { sourceItems: CompiledField[]; excerptItems: CompiledField[]; variables: Variables },
): PlannedObject {
  const out: PlannedObject = { [PLANNED]: true, __typename: 'PositionAttestation' };
  const source = bySource.get(attestation.sourceId);
  let sourceIndex = 0;
  let excerptIndex = 0;
  for (const sub of selection) {
    switch (sub.name) {
      case 'source': {
        const i = sourceIndex++;
        const row = source?.row;
        if (!row) throw new Error(`source ${attestation.sourceId} of an attestation is missing`);
        out[sub.key] = compiled.sourceItems[i]?.decode(row[4 + i], compiled.variables);
        break;
      }
      case 'date':
        out[sub.key] = attestation.statedDate ?? source?.date ?? null;
        break;
      case 'dateFromSource':
        out[sub.key] = attestation.statedDate === null && (source?.date ?? null) !== null;
        break;
      case 'evidence': {
        const i = excerptIndex++;
        out[sub.key] = attestation.evidenceIds.flatMap((id) => {
          const value = excerptRows.get(id)?.[1 + i];
          return value === null || value === undefined
            ? []
            : [compiled.excerptItems[i]?.decode(value, compiled.variables)];
        });
        break;
      }
      case '__typename':
        out[sub.key] = 'PositionAttestation';
        break;
    }
  }
  return out;
}

/**
 * The positions of a person (`side: 'person'`) or at an organization, sorted by start date, then
 * the person's and the organization's names and the title. With `asOf`, only those not bounded
 * away from that date, and with `attested`, only those a source places on it (both read after
 * the fetch, with the same rules as `domain/positionDates`).
 */
export function positions(side: 'person' | 'organization'): FieldRule {
  return (field, scope, compiler) => {
    const near = nodeOf(scope);
    const position = new Cypher.Node();
    const person = side === 'person' ? near : new Cypher.Node();
    const organization = side === 'organization' ? near : new Cypher.Node();
    const item = compiler.sub(field, { node: position });
    // Dates are fetched for the filter only when the document can ask for one.
    const filtered = field.nodes.some((node) =>
      node.arguments?.some((argument) => argument.name.value === 'asOf'),
    );
    const pattern = new Cypher.Pattern(person, side === 'person' ? {} : { labels: [Label.Person] })
      .related({ type: Rel.HOLDS_POSITION, direction: 'right' })
      .to(position, { labels: [Label.Position] })
      .related({ type: Rel.POSITION_AT, direction: 'right' })
      .to(organization, side === 'organization' ? {} : { labels: [Label.Organization] });
    const subquery = new Cypher.Collect(
      new Cypher.Match(pattern)
        .with(position, person, organization)
        .orderBy(
          [position.property('startDate'), 'ASC'],
          [person.property('name'), 'ASC'],
          [organization.property('name'), 'ASC'],
          [position.property('title'), 'ASC'],
        )
        .return(
          new Cypher.List([
            item.expr ?? new Cypher.Literal(null),
            ...(filtered ? [datedProperties(position), sourceDates(position)] : []),
          ]),
        ),
    );
    return {
      expr: subquery,
      decode(raw, variables) {
        const args = argumentsOf(field, variables);
        const asOf = typeof args.asOf === 'string' ? args.asOf : null;
        return rawList(raw)
          .filter((entry) => {
            if (asOf === null || !filtered) return true;
            const [, datedValues, datesRaw] = entry as [unknown, unknown[], unknown];
            const row = datedRow(datedValues);
            const dates = { start: dateOf(row, 'start'), end: dateOf(row, 'end') };
            if (!validOn(dates, asOf)) return false;
            if (args.attested !== true) return true;
            const bySource = datesBySource(datesRaw);
            const attestationDates = attestationsIn(row).map(
              (attestation) =>
                attestation.statedDate ?? bySource.get(attestation.sourceId)?.date ?? null,
            );
            return attestedOn({ ...dates, attestationDates }, asOf);
          })
          .map((entry) => item.decode((entry as unknown[])[0], variables));
      },
    };
  };
}
