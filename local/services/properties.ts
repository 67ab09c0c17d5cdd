// Emulated PropertiesService: https://developers.google.com/apps-script/reference/properties/properties-service
import { expose } from './calls.ts';
import { requireAuth } from './spreadsheet-app.ts';
import type { DocState, PropertyKind } from './state.ts';

type Properties = GoogleAppsScript.Properties.Properties;

/** Quotas (https://developers.google.com/apps-script/guides/services/quotas#current_limitations): 9 KB per value, 500 KB per store. */
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** https://developers.google.com/apps-script/reference/properties/properties */
export class PropertiesImpl {
  readonly _api: Properties;
  constructor(
    readonly _doc: DocState,
    readonly _kind: PropertyKind,
  ) {
    this._api = expose(this, 'Properties', _doc.ctx);
  }
  private get _store(): Map<string, string> {
    return this._doc.properties[this._kind];
  }
  /** Throws as the quota page describes; messages are Apps Script's (reported wording). */
  private _check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > VALUE_LIMIT_BYTES) throw new Error(`Argument too large: value`);
      total += bytes(k) + bytes(v);
    }
    if (total > STORE_LIMIT_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }
  private _commit(next: Map<string, string>): Properties {
    this._check(next);
    this._doc.properties[this._kind] = next;
    return this._api;
  }
  getProperty(key: string): string | null {
    return this._store.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  /** Values are stored as strings (https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)). */
  setProperty(key: string, value: string): Properties {
    const next = new Map(this._store);
    next.set(key, String(value));
    return this._commit(next);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    return this._commit(next);
  }
  deleteProperty(key: string): Properties {
    const next = new Map(this._store);
    next.delete(key);
    return this._commit(next);
  }
  deleteAllProperties(): Properties {
    return this._commit(new Map());
  }
}

export class PropertiesServiceImpl {
  readonly _api: GoogleAppsScript.Properties.PropertiesService;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'PropertiesService', _doc.ctx);
  }
  /** Not available in AuthMode.NONE (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes). */
  getDocumentProperties(): Properties {
    requireAuth(this._doc, 'PropertiesService.getDocumentProperties');
    return new PropertiesImpl(this._doc, 'document')._api;
  }
  getUserProperties(): Properties {
    requireAuth(this._doc, 'PropertiesService.getUserProperties');
    return new PropertiesImpl(this._doc, 'user')._api;
  }
  getScriptProperties(): Properties {
    requireAuth(this._doc, 'PropertiesService.getScriptProperties');
    return new PropertiesImpl(this._doc, 'script')._api;
  }
}
