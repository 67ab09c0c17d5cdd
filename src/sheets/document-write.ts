// The one transaction shape of every writer (createCampaignGoal, convertForSharing, flagBreaches, removeBreachFlags):
// the document lock, undo of what was written when a call fails midway, and the message in words.

/** How long a writer waits for another script's document lock, in ms. */
export const LOCK_WAIT_MS = 10_000;

/** What the user reads when the lock is not acquired in time. */
export const STILL_RUNNING = 'Another change to this spreadsheet is still running; try again in a moment.';

/** The message of anything thrown; not `instanceof Error`, which fails for errors from another realm. */
export function messageOf_(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string') {
    return err.message;
  }
  return String(err);
}

/** JavaScript's own errors are bugs, not something a user can act on: their text stays in the log. */
const INTERNAL_ERRORS = ['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError'];

/**
 * What the user reads about a failure: the spreadsheet's own message (a service error such as
 * "Service Spreadsheets failed while accessing document") without its closing period, or plain
 * words for our own bugs. The full error goes to the log (Apps Script's Executions page).
 */
function userCause_(err: unknown): string {
  console.error(err instanceof Error && err.stack ? err.stack : messageOf_(err));
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  if (INTERNAL_ERRORS.includes(name)) return 'the add-on hit an internal problem (details are in the log)';
  return messageOf_(err).trim().replace(/\.+$/, '');
}

/** Records how to take back one write (`what` names it in the message if that fails too). */
export type RecordUndo = (what: string, step: () => void) => void;

/** What a failed write tells its writer's message. */
export interface WriteFailure {
  /** The cause in words (our own bugs as "an internal problem"; the details are logged). */
  cause: string;
  /** What could not be taken back, in words; empty when every write was undone. */
  leftOver: string[];
}

export interface DocumentWrite<P, T> {
  /** The server function, for the log. */
  writer: string;
  /** Reads and checks under the lock; what it throws reaches the user as it is (nothing written yet). */
  prepare: () => P;
  /** The writes; each records its undo step as soon as what it wrote exists. */
  write: (prepared: P, undo: RecordUndo) => T;
  /** Whether `write` changed the document (default: yes); when not, there is nothing to flush. */
  wrote?: (result: T) => boolean;
  /** The sentence the user reads when a write failed: the cause and what was (or was not) undone. */
  explain: (failure: WriteFailure, prepared: P) => string;
}

/**
 * Every writer's transaction: holds the document lock (waits LOCK_WAIT_MS for another script's,
 * then refuses in words), prepares, writes and flushes. When a write or the flush throws, every
 * recorded undo step runs (last first; each failure is logged and named) and the error thrown is
 * `explain`'s sentence: no half-built sheet, and the user told what happened. Pending changes are
 * flushed before the lock is released, as the Lock docs ask
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
export function documentWrite_<P, T>(w: DocumentWrite<P, T>): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (err) {
    console.error(`${w.writer}: lock not acquired: ${messageOf_(err)}`);
    throw new Error(STILL_RUNNING);
  }
  try {
    const prepared = w.prepare();
    const steps: { what: string; step: () => void }[] = [];
    try {
      const result = w.write(prepared, (what, step) => steps.push({ what, step }));
      if (w.wrote?.(result) ?? true) SpreadsheetApp.flush();
      return result;
    } catch (err) {
      const cause = userCause_(err);
      const leftOver: string[] = [];
      for (const { what, step } of steps.reverse()) {
        try {
          step();
        } catch (undoErr) {
          console.error(`${w.writer}: undo of ${what} failed: ${messageOf_(undoErr)}`);
          leftOver.push(what);
        }
      }
      throw new Error(w.explain({ cause, leftOver }, prepared));
    }
  } finally {
    lock.releaseLock();
  }
}
