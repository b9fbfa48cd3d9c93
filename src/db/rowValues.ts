/** Typed readers for plain row values (after `toPlain`); they fail loudly on a shape mismatch. */

/** A required string. */
export function str(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`expected a string, got ${typeof value}`);
  return value;
}

/** An optional string. */
export function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}

/** A list of strings (null reads as empty). */
export function strList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`expected a list, got ${typeof value}`);
  return value.map(str);
}

/** A required number. */
export function num(value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`expected a number, got ${typeof value}`);
  return value;
}

/** A map (plain object). */
export function map(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError('expected a map');
  }
  return value as Record<string, unknown>;
}

/** A list of maps (null reads as empty). */
export function mapList(value: unknown): Record<string, unknown>[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError('expected a list');
  return value.map(map);
}
