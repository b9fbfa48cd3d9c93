/**
 * The role, kind and status tables of src/domain/vocabularies.ts are the one declaration the
 * import format, models and mappers use; the SDL is the API's contract. They must not drift.
 */
import { buildSchema, GraphQLEnumType } from 'graphql';

import {
  EVENT_KINDS,
  EVENT_ROLES,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PROGRAM_KINDS,
  PROGRAM_PARTY_ROLES,
  PROGRAM_PERSON_ROLES,
  PROGRAM_STATUSES,
  STATED_PROGRAM_STATUSES,
  STATEMENT_KINDS,
} from '../../src/domain/vocabularies';
import type * as Api from '../../src/generated/graphql';
import type * as Models from '../../src/models';
import { readTypeDefs } from '../../src/server';

// Compile-time: each model type is exactly its generated SDL enum type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: Record<string, true> = {
  EventKind: true satisfies Same<Models.EventKind, Api.EventKind>,
  EventRole: true satisfies Same<Models.EventRole, Api.EventRole>,
  OrganizationKind: true satisfies Same<Models.OrganizationKind, Api.OrganizationKind>,
  PlaceKind: true satisfies Same<Models.PlaceKind, Api.PlaceKind>,
  ProgramKind: true satisfies Same<Models.ProgramKind, Api.ProgramKind>,
  ProgramPartyRole: true satisfies Same<Models.ProgramPartyRole, Api.ProgramPartyRole>,
  ProgramPersonRoleKind: true satisfies Same<
    Models.ProgramPersonRoleKind,
    Api.ProgramPersonRoleKind
  >,
  ProgramStatus: true satisfies Same<Models.ProgramStatus, Api.ProgramStatus>,
  StatementKind: true satisfies Same<Models.StatementKind, Api.StatementKind>,
};

const TABLES: Record<string, readonly string[]> = {
  EventKind: EVENT_KINDS,
  EventRole: EVENT_ROLES,
  OrganizationKind: ORGANIZATION_KINDS,
  PlaceKind: PLACE_KINDS,
  ProgramKind: PROGRAM_KINDS,
  ProgramPartyRole: PROGRAM_PARTY_ROLES,
  ProgramPersonRoleKind: PROGRAM_PERSON_ROLES,
  ProgramStatus: PROGRAM_STATUSES,
  StatementKind: STATEMENT_KINDS,
};

const schema = buildSchema(readTypeDefs().join('\n'));

test.each(Object.keys(TABLES))('%s lists the values of its SDL enum', (name) => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the SDL`);
  const sdl = type.getValues().map((value) => value.name);
  expect([...(TABLES[name] ?? [])].sort()).toEqual([...sdl].sort());
  expect(sameTypes[name]).toBe(true);
});

test('a document states every program status but UNKNOWN', () => {
  expect([...STATED_PROGRAM_STATUSES]).toEqual(PROGRAM_STATUSES.filter((s) => s !== 'UNKNOWN'));
});
