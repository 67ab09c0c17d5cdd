// Emulated HtmlService, HtmlOutput and HtmlTemplate: https://developers.google.com/apps-script/reference/html/html-service
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expose } from './calls.ts';
import { type EnumValue, SandboxMode, XFrameOptionsMode } from './enums.ts';
import type { DocState } from './state.ts';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

function readHtmlFile(doc: DocState, name: string): string {
  const base = name.endsWith('.html') ? name : `${name}.html`;
  const path = join(doc.distDir, base);
  // Apps Script's message for a missing file (reported wording).
  if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
  return readFileSync(path, 'utf8');
}

/** https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutputImpl {
  readonly _api: HtmlOutput;
  _title = '';
  _width: number | undefined;
  _height: number | undefined;
  constructor(
    readonly _doc: DocState,
    public _content: string,
  ) {
    this._api = expose(this, 'HtmlOutput', _doc.ctx);
  }
  setTitle(title: string): HtmlOutput {
    this._title = title;
    return this._api;
  }
  getTitle(): string {
    return this._title;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): HtmlOutput {
    this._content = content;
    return this._api;
  }
  append(addedContent: string): HtmlOutput {
    this._content += addedContent;
    return this._api;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this._content += escapeHtml(addedContent);
    return this._api;
  }
  setWidth(width: number): HtmlOutput {
    this._width = width;
    return this._api;
  }
  getWidth(): number | undefined {
    return this._width;
  }
  setHeight(height: number): HtmlOutput {
    this._height = height;
    return this._api;
  }
  getHeight(): number | undefined {
    return this._height;
  }
  /** Only IFRAME exists today; other modes are ignored by Google too (https://developers.google.com/apps-script/reference/html/sandbox-mode). */
  setSandboxMode(_mode: EnumValue): HtmlOutput {
    return this._api;
  }
  setXFrameOptionsMode(_mode: EnumValue): HtmlOutput {
    return this._api;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this._content = `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">${this._content}`;
    return this._api;
  }
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Compiles template text into JavaScript that appends to `__o`: `<?= e ?>` prints e escaped,
 * `<?!= e ?>` prints e raw, `<? code ?>` runs code; template properties are variables
 * (https://developers.google.com/apps-script/guides/html/templates ). Google escapes contextually;
 * we HTML-escape everywhere, including inside <script> (a simplification).
 */
export function compileTemplate(source: string): string {
  let code = 'var __o = [];\nwith (__vars) {\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    const idx = m.index ?? 0;
    code += `__o.push(${JSON.stringify(source.slice(last, idx))});\n`;
    const body = m[2] ?? '';
    if (m[1] === '=') code += `__o.push(__esc(${body}));\n`;
    else if (m[1] === '!=') code += `__o.push(__raw(${body}));\n`;
    else code += `${body}\n`;
    last = idx + m[0].length;
  }
  code += `__o.push(${JSON.stringify(source.slice(last))});\n}\nreturn __o.join('');`;
  return code;
}

/** https://developers.google.com/apps-script/reference/html/html-template */
export class HtmlTemplateImpl {
  readonly _api: HtmlTemplate;
  _vars: Record<string, unknown> = {};
  constructor(
    readonly _doc: DocState,
    readonly _source: string,
  ) {
    this._api = expose(this, 'HtmlTemplate', _doc.ctx);
  }
  evaluate(): HtmlOutput {
    return new HtmlOutputImpl(this._doc, this._doc.runTemplate(compileTemplate(this._source), this._vars))
      ._api;
  }
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
}

export class HtmlServiceImpl {
  readonly _api: GoogleAppsScript.HTML.HtmlService;
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'HtmlService', _doc.ctx, ['SandboxMode', 'XFrameOptionsMode']);
  }
  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutputImpl(this._doc, html ?? '')._api;
  }
  /** Reads `<distDir>/<name>.html` as is: scriptlets are not evaluated (https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)). */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutputImpl(this._doc, readHtmlFile(this._doc, filename))._api;
  }
  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplateImpl(this._doc, html)._api;
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplateImpl(this._doc, readHtmlFile(this._doc, filename))._api;
  }
}
