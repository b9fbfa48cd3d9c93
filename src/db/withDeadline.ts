/** Thrown when a promise did not settle before its deadline. */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';
}

/**
 * Settles like `promise`, or rejects with `DeadlineExceededError` after `ms`; the late promise's
 * own rejection is then swallowed (nobody waits for it any more).
 */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      promise.catch(() => undefined);
      reject(new DeadlineExceededError(`no answer within ${ms} ms`));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
