// Emulated text styles: https://developers.google.com/apps-script/reference/spreadsheet/text-style-builder
// and https://developers.google.com/apps-script/reference/spreadsheet/text-style. Only bold, font
// size and foreground colour are emulated; the other setters throw "not emulated".
import { expose, unwrap } from './calls.ts';
import { type DocState, normalizeColor } from './state.ts';

/** What a TextStyle sets; null leaves that property as it is (a builder that never set it). */
export interface TextStyleModel {
  bold: boolean | null;
  fontSize: number | null;
  foregroundColor: string | null;
}

export class TextStyleImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.TextStyle;
  constructor(
    doc: DocState,
    readonly _model: TextStyleModel,
  ) {
    this._api = expose(this, 'TextStyle', doc.ctx);
  }
  isBold(): boolean | null {
    return this._model.bold;
  }
  getFontSize(): number | null {
    return this._model.fontSize;
  }
  getForegroundColor(): string | null {
    return this._model.foregroundColor;
  }
}

export class TextStyleBuilderImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.TextStyleBuilder;
  private readonly _model: TextStyleModel = { bold: null, fontSize: null, foregroundColor: null };
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'TextStyleBuilder', _doc.ctx);
  }
  setBold(bold: boolean): GoogleAppsScript.Spreadsheet.TextStyleBuilder {
    this._model.bold = bold === true;
    return this._api;
  }
  setFontSize(size: number): GoogleAppsScript.Spreadsheet.TextStyleBuilder {
    // The reference is silent on bad sizes; our wording (as Range.setFontSize's).
    if (typeof size !== 'number' || !Number.isFinite(size) || size <= 0) {
      throw new Error(`Invalid font size: ${String(size)}`);
    }
    this._model.fontSize = size;
    return this._api;
  }
  /** A CSS colour ('#ff0000', 'red'); null here means "not set" (the reference is silent on null). */
  setForegroundColor(color: string): GoogleAppsScript.Spreadsheet.TextStyleBuilder {
    this._model.foregroundColor = normalizeColor(color, '#000000');
    return this._api;
  }
  build(): GoogleAppsScript.Spreadsheet.TextStyle {
    return new TextStyleImpl(this._doc, { ...this._model })._api;
  }
}

/** The model of a TextStyle built here; anything else is refused. */
export function textStyleModel(style: unknown): TextStyleModel {
  const impl = unwrap(style, TextStyleImpl);
  if (!impl) throw new Error('not emulated: a TextStyle not built by SpreadsheetApp.newTextStyle()');
  return impl._model;
}
