// Emulated Session, Utilities, Logger and ScriptApp (the small services Code.js may touch).
import { zonedParts } from '../engine/dates.ts';
import { expose } from './calls.ts';
import { AuthMode } from './enums.ts';
import type { DocState } from './state.ts';

/** https://developers.google.com/apps-script/reference/base/session */
export class SessionImpl {
  readonly _api: GoogleAppsScript.Base.Session;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'Session', _doc.ctx);
  }
  getActiveUser(): { getEmail(): string } {
    return { getEmail: () => this._doc.userEmail };
  }
  getEffectiveUser(): { getEmail(): string } {
    return { getEmail: () => this._doc.userEmail };
  }
  /** The manifest's time zone, not the spreadsheet's (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()). */
  getScriptTimeZone(): string {
    return this._doc.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this._doc.wb.locale.code.split('_')[0] ?? 'en';
  }
}

/** Java SimpleDateFormat letters we support: yyyy yy MM M dd d HH H mm ss EEE (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)). */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  const get = zonedParts(date, timeZone);
  // Whole runs of one letter, as SimpleDateFormat reads them; a run we do not render throws rather
  // than print something plausible but wrong (MMM, EEEE, hh, a, SSS, Z...).
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (tok, lit: string | undefined) => {
    if (lit !== undefined) return lit;
    switch (tok) {
      case 'yyyy':
        return get('year');
      case 'yy':
        return get('year').slice(-2);
      case 'MM':
        return get('month');
      case 'M':
        return String(Number(get('month')));
      case 'dd':
        return get('day');
      case 'd':
        return String(Number(get('day')));
      case 'HH':
        return get('hour');
      case 'H':
        return String(Number(get('hour')));
      case 'mm':
        return get('minute');
      case 'ss':
        return get('second');
      case 'EEE':
        return get('weekday');
      default:
        throw new Error(`not emulated: Utilities.formatDate pattern "${tok}"`);
    }
  });
}

/** https://developers.google.com/apps-script/reference/utilities/utilities */
export class UtilitiesImpl {
  readonly _api: GoogleAppsScript.Utilities.Utilities;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'Utilities', _doc.ctx);
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }
  getUuid(): string {
    return crypto.randomUUID();
  }
  /** Nothing else runs concurrently here, so waiting changes nothing observable. */
  sleep(_milliseconds: number): void {}
}

/** https://developers.google.com/apps-script/reference/base/logger */
export class LoggerImpl {
  readonly _api: GoogleAppsScript.Base.Logger;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'Logger', _doc.ctx);
  }
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this._doc.logs.push([data, ...values].map(String).join(' '));
    return this._api;
  }
}

/** https://developers.google.com/apps-script/reference/script/script-app */
export class ScriptAppImpl {
  readonly _api: GoogleAppsScript.Script.ScriptApp;
  readonly AuthMode = AuthMode;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'ScriptApp', _doc.ctx, ['AuthMode']);
  }
}
