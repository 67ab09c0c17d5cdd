// Emulated LockService: https://developers.google.com/apps-script/reference/lock/lock-service
import { expose } from './calls.ts';
import type { DocState } from './state.ts';

type Lock = GoogleAppsScript.Lock.Lock;
export type LockKind = 'document' | 'script' | 'user';

/**
 * One execution at a time runs here, so a lock is free unless the API user marks it as held by
 * another execution (LocalSpreadsheet.holdLock) - which lets tests exercise the busy path.
 */
export class LockImpl {
  readonly _api: Lock;
  private _held = false;
  constructor(
    readonly _doc: DocState,
    readonly _kind: LockKind,
    readonly _busy: Set<LockKind>,
  ) {
    this._api = expose(this, 'Lock', _doc.ctx);
  }
  /** false when another execution holds it past the timeout (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)). */
  tryLock(timeoutInMillis: number): boolean {
    // A negative timeout never acquires (gas-fakes test/testlock.js, recorded on live Apps Script).
    if (timeoutInMillis < 0 || this._busy.has(this._kind)) return false;
    this._held = true;
    return true;
  }
  /** Throws when the lock cannot be acquired in time (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)); message is Apps Script's (reported). */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this._held = false;
  }
  hasLock(): boolean {
    return this._held;
  }
}

export class LockServiceImpl {
  readonly _api: GoogleAppsScript.Lock.LockService;
  constructor(
    readonly _doc: DocState,
    readonly _busy: Set<LockKind>,
  ) {
    this._api = expose(this, 'LockService', _doc.ctx);
  }
  getDocumentLock(): Lock {
    return new LockImpl(this._doc, 'document', this._busy)._api;
  }
  getScriptLock(): Lock {
    return new LockImpl(this._doc, 'script', this._busy)._api;
  }
  getUserLock(): Lock {
    return new LockImpl(this._doc, 'user', this._busy)._api;
  }
}
