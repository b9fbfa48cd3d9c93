import type { SemaphoreInterface } from 'async-mutex';
import { E_CANCELED, E_TIMEOUT, Semaphore, withTimeout } from 'async-mutex';
import type { Request, RequestHandler, Response } from 'express';
import onHeaders from 'on-headers';

import { databaseUnavailable, ErrorCode } from '../errors';

export interface AdmissionOptions {
  /** GraphQL requests executed at once; the rest wait in line, first come first served. */
  maxConcurrent: number;
  /**
   * Writes (see `isWrite`) executed at once, in a line of their own beside the reads' (the
   * reads' when not given).
   */
  maxConcurrentWrites?: number;
  /** Tells a write from a read; every request is a read when not given. */
  isWrite?: (req: Request) => boolean;
  /** Requests that may wait; past that a request is refused at once. */
  maxQueued: number;
  /** The longest a request waits for its turn before it is refused. */
  maxWaitMs: number;
  /** Whether the database answers (see `DatabaseAvailability`); always, when not given. */
  database?: {
    isUnavailable(): boolean;
    onUnavailable(listener: () => void): void;
  };
}

/** Requests running and waiting for their turn in one line, at this moment. */
export interface LaneLoad {
  running: number;
  waiting: number;
  maxConcurrent: number;
}

/** The reads' line (its figures at the top level) and the writes' line. */
export interface AdmissionLoad extends LaneLoad {
  writes: LaneLoad;
}

/** Why requests were refused, counted since the server started. */
export interface AdmissionRefusals {
  /** `MAX_QUEUED_REQUESTS` were already waiting. */
  queueFull: number;
  /** No turn came within `REQUEST_QUEUE_TIMEOUT_MS`. */
  waitTimeout: number;
  /** The database was unavailable. */
  databaseUnavailable: number;
}

export interface Admission {
  /** Lets a request through when its turn comes (see `admissionControl`). */
  middleware: RequestHandler;
  load: () => AdmissionLoad;
  refusals: () => AdmissionRefusals;
}

/**
 * Bounds how many GraphQL requests run at once. Neo4j and Node share their cores among everything
 * in flight, so without a bound a burst of heavy requests slows every request alike until all of
 * them run past the transaction timeout together; in line, each runs at full speed once its turn
 * comes, and its time budget for reads starts then. A request that cannot get a turn is answered
 * 503 SERVER_BUSY with Retry-After, never left hanging. Mount it after the body is read: a client
 * that sends its body slowly must not hold a turn while it does (see `bodyReadTimeoutMs`).
 *
 * While the database is away, waiting is pointless: the line is emptied with 503
 * DATABASE_UNAVAILABLE and requests that find no free turn get it at once; those that find one
 * still run, and the first to succeed tells that the database is back.
 */
export function admissionControl(options: AdmissionOptions): Admission {
  const reads = new Lane(options.maxConcurrent, options.maxWaitMs);
  // Writes wait for each other's locks in Neo4j: in the reads' line, a queue of imports behind
  // one slow import would hold every turn and starve the reads; in their own, they hold theirs.
  const writes = options.isWrite
    ? new Lane(options.maxConcurrentWrites ?? options.maxConcurrent, options.maxWaitMs)
    : reads;
  options.database?.onUnavailable(() => {
    reads.slots.cancel();
    if (writes !== reads) writes.slots.cancel();
  });
  const refused: AdmissionRefusals = { queueFull: 0, waitTimeout: 0, databaseUnavailable: 0 };
  const load = (): AdmissionLoad => ({
    ...reads.load(),
    writes: writes === reads ? { running: 0, waiting: 0, maxConcurrent: 0 } : writes.load(),
  });
  const middleware: RequestHandler = (req, res, next) => {
    const lane = options.isWrite?.(req) ? writes : reads;
    const slots = lane.slots;
    if (options.database?.isUnavailable() && slots.isLocked()) {
      refused.databaseUnavailable += 1;
      refuseUnavailable(res);
      return;
    }
    // A free turn is taken at once: the line's bound only counts those that must wait for one.
    if (lane.queued >= options.maxQueued && slots.isLocked()) {
      refused.queueFull += 1;
      refuseBusy(res, 'too many requests are waiting');
      return;
    }
    lane.queued += 1;
    slots.acquire().then(
      ([, release]) => {
        lane.queued -= 1;
        // A client that gave up while it waited frees its turn at once. (Not `req.destroyed`:
        // a request whose body has been read is destroyed, and the turn comes after the body.)
        if (res.destroyed) {
          release();
          return;
        }
        // The turn ends when the answer is ready to be written, not when the client has read
        // it: a client that is slow to read holds its connection (see responseWriteDeadline),
        // never a turn.
        onHeaders(res, release);
        res.once('close', release);
        next();
      },
      (error: unknown) => {
        lane.queued -= 1;
        if (error === E_TIMEOUT) {
          refused.waitTimeout += 1;
          refuseBusy(res, `no turn came within ${options.maxWaitMs} ms`);
        } else if (error === E_CANCELED) {
          refused.databaseUnavailable += 1;
          refuseUnavailable(res);
        } else next(error);
      },
    );
  };
  return { middleware, load, refusals: () => ({ ...refused }) };
}

/** One line: its turns and how many wait for one. */
class Lane {
  readonly slots: SemaphoreInterface;
  queued = 0;

  constructor(
    private readonly maxConcurrent: number,
    maxWaitMs: number,
  ) {
    this.slots = withTimeout(new Semaphore(maxConcurrent), maxWaitMs);
  }

  load(): LaneLoad {
    return {
      running: this.maxConcurrent - Math.max(0, this.slots.getValue()),
      waiting: this.queued,
      maxConcurrent: this.maxConcurrent,
    };
  }
}

function refuseBusy(res: Response, why: string): void {
  refuse(res, ErrorCode.SERVER_BUSY, `The server is busy (${why}); try again shortly.`);
}

function refuseUnavailable(res: Response): void {
  refuse(res, ErrorCode.DATABASE_UNAVAILABLE, databaseUnavailable().message);
}

function refuse(res: Response, code: ErrorCode, message: string): void {
  if (res.destroyed) return;
  res
    .status(503)
    .set('retry-after', '1')
    .json({ errors: [{ message, extensions: { code } }] });
}
