import { str } from '../db/rowValues';
import type { EventRole, ProgramPartyRole, ProgramPersonRoleKind } from '../models';

export const PARTY_ROLES: readonly ProgramPartyRole[] = [
  'SIGNATORY',
  'PARTNER',
  'HOST',
  'PARTICIPANT',
];
export const PERSON_ROLES: readonly ProgramPersonRoleKind[] = ['SIGNED', 'LEADS', 'REPRESENTS'];
export const EVENT_ROLES: readonly EventRole[] = [
  'LEADER',
  'MEMBER',
  'HOST',
  'SIGNATORY',
  'PARTICIPANT',
];

/** Reads an enum value stored on a relationship; a value outside the allow-list is a bug. */
export function storedEnum<T extends string>(value: unknown, allowed: readonly T[]): T {
  const text = str(value);
  const found = allowed.find((candidate) => candidate === text);
  if (!found) throw new Error(`unexpected stored value ${text}`);
  return found;
}
