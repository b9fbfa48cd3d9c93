import type { ApolloServerPlugin } from '@apollo/server';

import { ErrorCode } from '../errors';

/** How many bytes a string takes in the JSON, quotes left out. */
type StringBytes = (text: string) => number;

const utf8Bytes: StringBytes = (text) => Buffer.byteLength(text, 'utf8');
/** The most UTF-8 takes for a UTF-16 unit: a bound that needs no encoding. */
const mostUtf8Bytes: StringBytes = (text) => text.length * 3;

/**
 * The walk of both counts: scalars by a fixed width, strings by `stringBytes`, up to `stop`.
 * Every value counts one separator after it (the comma before the next), containers included.
 */
function sizeUpTo(value: unknown, stop: number, stringBytes: StringBytes): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= stop) {
    const current = stack.pop();
    if (typeof current === 'string') total += stringBytes(current) + 3;
    else if (typeof current === 'number' || typeof current === 'bigint') total += 24;
    else if (current === null || typeof current !== 'object') total += 6;
    else if (Array.isArray(current)) {
      total += 3;
      for (const item of current as unknown[]) stack.push(item);
    } else {
      total += 3;
      // for...in, not Object.entries: the walk runs on every answer and allocates no pairs.
      const fields = current as Record<string, unknown>;
      for (const key in fields) {
        total += key.length + 4;
        stack.push(fields[key]);
      }
    }
  }
  return total;
}

/**
 * The size of `value` as JSON, in bytes, counted up to `stop` (the walk ends as soon as it is
 * passed). Strings count their UTF-8 bytes and quotes; escapes are not counted, so an answer
 * may pass the budget by the escapes of control characters, never by repeated content.
 */
export const jsonSizeUpTo = (value: unknown, stop: number): number =>
  sizeUpTo(value, stop, utf8Bytes);

/**
 * A bound `jsonSizeUpTo` never passes, counted without encoding a string. Nearly every answer
 * is far below the budget, and this walk alone settles it (a third or less of the time).
 */
export const jsonSizeBoundUpTo = (value: unknown, stop: number): number =>
  sizeUpTo(value, stop, mostUtf8Bytes);

/**
 * Refuses an answer larger than `maxBytes` with RESPONSE_TOO_LARGE before it is serialised:
 * thirty aliases of one large source text share a single string in memory, but their JSON would
 * hold thirty copies, and a handful of such requests would take the server's memory.
 */
export function responseSizePlugin<TContext extends object>(
  maxBytes: number,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if (jsonSizeBoundUpTo(result, maxBytes) <= maxBytes) return Promise.resolve();
          if (jsonSizeUpTo(result, maxBytes) > maxBytes) {
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: `The answer is larger than ${maxBytes} bytes (MAX_RESPONSE_BYTES); ask for fewer fields, aliases or items (a source's text once, not once per alias).`,
                  extensions: {
                    code: ErrorCode.RESPONSE_TOO_LARGE,
                    limit: 'MAX_RESPONSE_BYTES',
                    maximum: maxBytes,
                  },
                },
              ],
            };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
