import neo4j from 'neo4j-driver';

/**
 * Readers of values as the driver returns them (a plan's rows skip `toPlain`): driver Integers
 * become numbers, temporal values ISO strings. They fail loudly on a shape the plan did not build.
 */

/** A required string. */
export function rawString(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`expected a string, got ${typeof value}`);
  return value;
}

/** An optional string (temporal values as their ISO text). */
export function rawStringOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && neo4j.isDate(value)) return value.toString();
  throw new TypeError(`expected a string, got ${typeof value}`);
}

/** A required number (driver Integers included). */
export function rawNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  throw new TypeError(`expected a number, got ${typeof value}`);
}

/** A list (null reads as empty). */
export function rawList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`expected a list, got ${typeof value}`);
  return value;
}

/** A list of strings (null reads as empty). */
export function rawStringList(value: unknown): string[] {
  return rawList(value).map(rawString);
}

/** A value as the mappers read rows: driver Integers as numbers, temporal values as ISO text. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(plainValue);
  return value;
}
