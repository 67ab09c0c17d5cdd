// Public API of the local spreadsheet: open one, run the add-on's functions, type like a user, read what Sheets would show.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ReportFile, readReportFile } from './csv.ts';
import { type GridRange, toA1 } from './engine/a1.ts';
import { callableCustomFunctions } from './engine/custom-functions.ts';
import { localeInfo } from './engine/locale.ts';
import type { ChartModel, GradientModel, ProtectionModel } from './engine/model.ts';
import { type AppsValue, Workbook } from './engine/workbook.ts';
import { ScriptRuntime, scanScript, transferable } from './runtime.ts';
import { type AuthModeName, CallCounter, type ServiceContext } from './services/calls.ts';
import { effectiveStyle, formulaProblem } from './services/conditional-format.ts';
import { rejectionMessage, violates } from './services/data-validation.ts';
import { AuthMode } from './services/enums.ts';
import { HtmlServiceImpl } from './services/html-service.ts';
import { type LockKind, LockServiceImpl } from './services/lock.ts';
import { LoggerImpl, ScriptAppImpl, SessionImpl, UtilitiesImpl } from './services/misc.ts';
import { PropertiesServiceImpl } from './services/properties.ts';
import { usedSize } from './services/sheet.ts';
import { resolveRange, setNamed, spreadsheetApi } from './services/spreadsheet.ts';
import { SpreadsheetAppImpl } from './services/spreadsheet-app.ts';
import type { DocState, MenuRecord, PropertyKind } from './services/state.ts';
import { UserEdits } from './user-edits.ts';

export { decodeReportBytes, parseCsv, type ReportFile, readReportFile } from './csv.ts';
export type { AuthModeName } from './services/calls.ts';

/** The repository root (this file lives in <root>/local). */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export type CellInput = string | number | boolean | null;

export interface LocalSpreadsheetOptions {
  /** A Sheets locale of src/locale/locales.ts, e.g. 'de_DE'; default 'en_US'. Another code throws. */
  locale?: string;
  /** Default 'America/New_York'. TODAY() and NOW() in formulas are evaluated in it, as in Sheets. */
  timeZone?: string;
  /** The clock formulas' TODAY()/NOW() read; default the real one (Code.js's own Date is not affected). */
  now?: () => Date;
  /** Spreadsheet name; default 'Untitled spreadsheet'. */
  name?: string;
  /** Initial sheets; cells are typed as a user would (see type()). Default: one empty 'Sheet1'. */
  sheets?: { name: string; rows?: CellInput[][] }[];
  /**
   * A report file imported as an extra (or the only) sheet, as File > Import > Insert new sheet
   * does: text, or the downloaded bytes (UTF-8 with or without BOM, UTF-16 with BOM; comma or tab).
   * The new sheet is exactly as large as the data (see importSheet).
   */
  csv?: ReportFile;
  /** Script source given inline (tests); wins over codePath. */
  code?: string;
  /** Default 'dist/Code.js', resolved from the repo root. */
  codePath?: string;
  /** HtmlService file folder; default 'dist', resolved from the repo root. */
  distDir?: string;
  /**
   * false: the add-on reaches neither this user nor this document - a client's copy of the file,
   * the add-on removed or delisted. Its custom functions are not callable (cells show #NAME?,
   * reported) and onOpen does not run, so there is no add-on menu. run() still calls the script,
   * standing for someone who has the add-on. Default true.
   */
  addOnInstalled?: boolean;
  /**
   * true: the add-on is installed but its custom functions show #NAME? in this document until the
   * add-on is used here (a menu item, a run(), onInstall) - the stricter, reported behaviour. The
   * automatic onOpen then defaults to AuthMode.NONE (installed, not yet used in this document).
   * Default false: available at once, as Google's page says.
   */
  requireEnable?: boolean;
  /** Mode of the automatic onOpen when the spreadsheet opens. Default 'LIMITED' (add-on used in this document); 'NONE' with requireEnable. */
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /** Run onOpen(e) on open, as Sheets does. Default true. */
  runOnOpen?: boolean;
  /** Title of the add-on menu under Extensions; default 'Add-on'. */
  addOnTitle?: string;
  /** Session.getActiveUser().getEmail(); default 'user@example.com'. */
  userEmail?: string;
  /**
   * Milliseconds one custom-function call may run before its cell shows #ERROR! "Exceeded maximum
   * execution time". Default 30,000, Sheets' limit; tests lower it.
   */
  customFunctionTimeLimitMs?: number;
}

/** "Custom function runtime: 30 sec / execution" (https://developers.google.com/apps-script/guides/services/quotas). */
export const CUSTOM_FUNCTION_TIME_LIMIT_MS = 30_000;

export interface RuleInfo {
  ranges: string[];
  criteria: string | null;
  values: unknown[];
  formula?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  /** A colour scale's points, for a colour-scale rule. */
  gradient?: GradientModel;
  /** Why this rule can never match (e.g. a cross-sheet reference), if so. */
  problem?: string;
}

export interface ValidationInfo {
  a1: string;
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
  invalid: boolean;
}

export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
}

function resolveFromRoot(p: string): string {
  return isAbsolute(p) ? p : resolve(REPO_ROOT, p);
}

function errorText(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

export class LocalSpreadsheet {
  readonly calls: {
    total(): number;
    /** Document calls vs builder calls (see CallCounter.split). */
    split(): { document: number; builders: number };
    byMethod(): Record<string, number>;
    reset(): void;
  };
  readonly services: Services;
  /** Rows and columns inserted, deleted, sorted, hidden and filtered as a person does in the UI. */
  readonly user: UserEdits;
  /** Errors thrown by the automatic onOpen (Sheets logs them; the menu is then missing). */
  readonly openErrors: string[] = [];
  private readonly doc: DocState;
  private readonly runtime: ScriptRuntime;
  private readonly customFunctions: string[];
  private readonly busyLocks = new Set<LockKind>();
  /** Whether the add-on has been used in this document (see requireEnable). */
  private enabled: boolean;
  private readonly timeLimitMs: number;

  constructor(opts: LocalSpreadsheetOptions = {}) {
    const code = opts.code ?? this.readCode(opts.codePath ?? 'dist/Code.js');
    const scan = scanScript(code);
    // Names ending in _ or clashing with a built-in are not custom functions in Sheets.
    this.customFunctions = callableCustomFunctions(scan.customFunctions);
    this.enabled = opts.requireEnable !== true;
    this.timeLimitMs = opts.customFunctionTimeLimitMs ?? CUSTOM_FUNCTION_TIME_LIMIT_MS;
    if (!(this.timeLimitMs > 0)) throw new Error('customFunctionTimeLimitMs must be a positive number');
    const counter = new CallCounter();
    const ctx: ServiceContext = { calls: counter, authMode: 'FULL' };
    this.calls = {
      total: () => counter.total(),
      split: () => counter.split(),
      byMethod: () => counter.byMethod(),
      reset: () => counter.reset(),
    };
    let runtime: ScriptRuntime | undefined;
    const wb = new Workbook({
      locale: localeInfo(opts.locale ?? 'en_US'),
      timeZone: opts.timeZone ?? 'America/New_York',
      ...(opts.now ? { now: opts.now } : {}),
      // Without the add-on its functions are unknown names: reported #NAME? in a copy of the file
      // (https://github.com/evepraisal/evepraisal-google-sheets/issues/7). Google's docs are silent
      // on what such a user sees in the cells; they say a collaborator without the add-on still sees
      // its menu in a document where someone used it
      // (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle) - that is
      // the default (installed) case here, not this one.
      customFunctions: opts.addOnInstalled === false ? null : scan.customFunctions,
      invoke: (name, args) => this.invokeCustom(runtime, name, args),
      functionsAvailable: () => this.enabled,
    });
    const initial = opts.sheets ?? (opts.csv ? [] : [{ name: 'Sheet1' }]);
    for (const s of initial) {
      const sheet = wb.addSheet(s.name);
      if (s.rows && s.rows.length > 0) this.writeRows(wb, sheet, s.rows);
    }
    if (opts.csv) this.importSheet(wb, opts.csv);
    const first = wb.sheets[0];
    if (!first) throw new Error('a spreadsheet needs at least one sheet');
    this.doc = {
      ctx,
      wb,
      id: `local-${Math.random().toString(36).slice(2, 12)}`,
      name: opts.name ?? 'Untitled spreadsheet',
      addOnTitle: opts.addOnTitle ?? 'Add-on',
      activeSheet: first,
      activeRange: null,
      namedRanges: new Map(),
      protections: [],
      developerMetadata: [],
      menus: [],
      dialogs: [],
      alerts: [],
      toasts: [],
      logs: [],
      properties: { document: new Map(), user: new Map(), script: new Map() },
      distDir: resolveFromRoot(opts.distDir ?? 'dist'),
      scriptTimeZone: manifestTimeZone(resolveFromRoot(opts.distDir ?? 'dist')),
      runTemplate: (c, vars) => this.runtime.runTemplate(c, vars),
      userEmail: opts.userEmail ?? 'user@example.com',
    };
    this.user = new UserEdits(this.doc);
    this.services = {
      SpreadsheetApp: new SpreadsheetAppImpl(this.doc)._api,
      HtmlService: new HtmlServiceImpl(this.doc)._api,
      PropertiesService: new PropertiesServiceImpl(this.doc)._api,
      LockService: new LockServiceImpl(this.doc, this.busyLocks)._api,
      Session: new SessionImpl(this.doc)._api,
      Utilities: new UtilitiesImpl(this.doc)._api,
      Logger: new LoggerImpl(this.doc)._api,
      ScriptApp: new ScriptAppImpl(this.doc)._api,
    };
    const log = (...a: unknown[]): void => {
      this.doc.logs.push(a.map(String).join(' '));
    };
    const consoleShim = { log, info: log, warn: log, error: log, debug: log };
    runtime = new ScriptRuntime(code, opts.code === undefined ? 'Code.js' : 'inline.js', {
      ...this.services,
      console: consoleShim,
    });
    this.runtime = runtime;
    // Formulas entered before the script existed evaluated without it; recompute now that it does.
    wb.recalculate();
    // Without the add-on nothing of it runs on open (see addOnInstalled).
    const opens = opts.runOnOpen !== false && opts.addOnInstalled !== false;
    if (opens && typeof runtime.global('onOpen') === 'function') {
      try {
        this.trigger('onOpen', opts.authMode ?? (this.enabled ? 'LIMITED' : 'NONE'));
      } catch (e) {
        this.openErrors.push(errorText(e));
      }
    }
  }

  private readCode(codePath: string): string {
    const path = resolveFromRoot(codePath);
    if (!existsSync(path))
      throw new Error(`${path} not found: run \`npm run build\` first, or pass { code }`);
    return readFileSync(path, 'utf8');
  }

  /**
   * An imported sheet's grid is the data's rows and columns. Google's docs do not say how large
   * Sheets makes an imported sheet; it is either this or the 1000 x 26 of a new sheet grown to fit.
   * The smaller grid is the stricter one: a report as wide as its sheet leaves no free column,
   * which the add-on must handle either way (issue 14, item 1).
   */
  private importSheet(wb: Workbook, file: ReportFile): void {
    const rows = readReportFile(file);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const sheet = wb.addSheet(file.name, undefined, { rows: Math.max(1, rows.length), cols: width });
    if (rows.length > 0) this.writeRows(wb, sheet, rows);
  }

  private writeRows(wb: Workbook, sheet: ReturnType<Workbook['addSheet']>, rows: CellInput[][]): void {
    const width = Math.max(1, ...rows.map((r) => r.length));
    const grid = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    wb.write(sheet, { row: 1, col: 1, numRows: grid.length, numCols: width }, grid);
  }

  /**
   * Custom functions run in AuthMode.CUSTOM_FUNCTION: read-only services
   * (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services),
   * each call within the time limit (customFunctionTimeLimitMs).
   */
  private invokeCustom(runtime: ScriptRuntime | undefined, name: string, args: unknown[]): unknown {
    if (!runtime) throw new Error('Loading...');
    const previous = this.doc.ctx.authMode;
    this.doc.ctx.authMode = 'CUSTOM_FUNCTION';
    try {
      return runtime.callWithin(
        name,
        args.map((a) => runtime.importValue(a)),
        this.timeLimitMs,
      );
    } finally {
      this.doc.ctx.authMode = previous;
    }
  }

  private withMode<T>(mode: AuthModeName, fn: () => T): T {
    const previous = this.doc.ctx.authMode;
    this.doc.ctx.authMode = mode;
    try {
      return fn();
    } finally {
      this.doc.ctx.authMode = previous;
    }
  }

  // ---- running the add-on ----
  /**
   * As google.script.run or a menu click: only top-level functions not ending in `_` are callable,
   * arguments and the result must be primitives or plain objects/arrays
   * (https://developers.google.com/apps-script/guides/html/communication#private_functions ).
   * Returns the JSON-safe result; throws Error(message) when the call fails.
   */
  run(fnName: string, ...args: unknown[]): unknown {
    if (fnName.endsWith('_') || !this.runtime.functionNames().includes(fnName)) {
      throw new Error(`Script function not found: ${fnName}`);
    }
    const sent = args.map((a, i) => this.runtime.importJson(transferable(a, String(i))));
    this.enable();
    let result: unknown;
    try {
      result = this.withMode('FULL', () => this.runtime.call(fnName, sent));
    } catch (e) {
      throw new Error(errorText(e));
    }
    return transferable(result);
  }

  /**
   * Runs a simple trigger with its event object: authMode, and source (the Spreadsheet) unless
   * the mode is NONE (https://developers.google.com/apps-script/guides/triggers/events#open ).
   * onInstall runs in FULL (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#installation_authorization ).
   */
  trigger(name: 'onOpen' | 'onInstall', authMode?: 'NONE' | 'LIMITED' | 'FULL'): void {
    const mode = authMode ?? (name === 'onInstall' ? 'FULL' : 'LIMITED');
    if (typeof this.runtime.global(name) !== 'function')
      throw new Error(`Script function not found: ${name}`);
    const event: Record<string, unknown> = { authMode: AuthMode[mode], triggerUid: '' };
    if (mode !== 'NONE') {
      event.source = spreadsheetApi(this.doc);
      event.user = { getEmail: () => this.doc.userEmail };
    }
    // Installing from the open document enables the add-on there (the lifecycle page's table).
    if (name === 'onInstall') this.enable();
    try {
      this.withMode(mode, () => this.runtime.call(name, [event]));
    } catch (e) {
      throw new Error(errorText(e));
    }
  }

  /**
   * "An add-on is enabled in a document ... when anyone uses it there"
   * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle). Reported: its
   * custom functions compute only from then on - "none of the custom functions will work in a given
   * document until you have enabled the add-on" (https://github.com/datacommonsorg/docsite/pull/365,
   * also https://github.com/datacommonsorg/docsite/pull/26), while Google's page says they are
   * available once installed (https://developers.google.com/workspace/add-ons/editors/sheets#custom_functions).
   * Docs are silent on whether cells already showing #NAME? recompute then; we recompute them.
   */
  private enable(): void {
    if (this.enabled) return;
    this.enabled = true;
    this.doc.wb.recalculate();
  }

  /** Whether the add-on counts as used in this document (always true unless requireEnable). */
  addOnEnabled(): boolean {
    return this.enabled;
  }

  /** The add-on menu as onOpen built it (or the last custom menu); separators have caption '---'. */
  menu(): { title: string; items: { caption: string; functionName: string }[] } | null {
    const m = this.doc.menus.find((x) => x.addon) ?? this.doc.menus[this.doc.menus.length - 1];
    return m
      ? { title: m.title, items: m.items.map((i) => ({ caption: i.caption, functionName: i.functionName })) }
      : null;
  }

  menus(): MenuRecord[] {
    return this.doc.menus.map((m) => ({ ...m, items: m.items.map((i) => ({ ...i })) }));
  }

  /** Runs the function of the first menu item with this caption, as a click does (same rules as run()). */
  clickMenu(caption: string): void {
    for (const m of this.doc.menus) {
      const item = m.items.find((i) => i.caption === caption && !i.separator);
      if (item) {
        this.run(item.functionName);
        return;
      }
    }
    throw new Error(`No menu item "${caption}"`);
  }

  sidebar(): { title: string; html: string } | null {
    const s = [...this.doc.dialogs].reverse().find((d) => d.kind === 'sidebar');
    return s ? { title: s.title, html: s.html } : null;
  }

  dialogs(): { kind: string; title: string; html: string }[] {
    return this.doc.dialogs.map((d) => ({ ...d }));
  }

  alerts(): string[] {
    return [...this.doc.alerts];
  }

  toasts(): string[] {
    return [...this.doc.toasts];
  }

  logs(): string[] {
    return [...this.doc.logs];
  }

  global(name: string): unknown {
    return this.runtime.global(name);
  }

  /** Names of the @customfunction functions found in the script. */
  customFunctionNames(): string[] {
    return [...this.customFunctions];
  }

  /** Simulates another execution holding a lock, so tryLock returns false and waitLock throws. */
  holdLock(kind: LockKind, held = true): void {
    if (held) this.busyLocks.add(kind);
    else this.busyLocks.delete(kind);
  }

  // ---- the user at the keyboard ----
  /**
   * Types into one cell: '=..' a formula in the locale's syntax, "'.." literal text, numbers with
   * the locale's decimal mark, '12%' (0.12, percent format), '$45' (currency format), dates;
   * '' clears. A rule with setAllowInvalid(false) rejects bad input (throws, cell unchanged); with
   * allowInvalid the value is stored and flagged.
   */
  type(a1: string, input: string): void {
    const { sheet, grid } = resolveRange(this.doc, a1);
    this.enter(sheet, { ...grid, numRows: 1, numCols: 1 }, [[input]]);
  }

  /**
   * Pastes text cells with a1 as the top-left corner, each parsed as typed. Validation applies as
   * for typing: cells under an allow-invalid rule are flagged; if any cell breaks a rule that
   * rejects input, the whole paste is undone and throws (Google's docs are silent on pasting;
   * Sheets refuses such a paste with the rule's message).
   */
  paste(a1: string, rows: string[][]): void {
    const { sheet, grid } = resolveRange(this.doc, a1);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const block = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    this.enter(sheet, { row: grid.row, col: grid.col, numRows: block.length, numCols: width }, block);
  }

  /** A user's entry over `area`: written as typed, then checked against the cells' validation rules. */
  private enter(sheet: DocState['activeSheet'], area: GridRange, block: string[][]): void {
    const wb = this.doc.wb;
    const before = wb.snapshot(sheet, area);
    wb.write(sheet, area, block);
    const flags: [number, number, boolean][] = [];
    for (let row = area.row; row < area.row + area.numRows; row++) {
      for (let col = area.col; col < area.col + area.numCols; col++) {
        const rule = wb.peek(sheet, row, col)?.validation;
        if (!rule) continue;
        const bad = violates(rule, wb.value(sheet, row, col));
        if (bad && !rule.allowInvalid) {
          wb.restore(before);
          throw new Error(rejectionMessage(rule));
        }
        flags.push([row, col, bad]);
      }
    }
    for (const [row, col, bad] of flags) wb.cell(sheet, row, col).invalid = bad;
  }

  // ---- reading what Sheets shows ----
  private cells<T>(a1: string, fn: (sheet: DocState['activeSheet'], row: number, col: number) => T): T[][] {
    const { sheet, grid } = resolveRange(this.doc, a1);
    return Array.from({ length: grid.numRows }, (_, r) =>
      Array.from({ length: grid.numCols }, (_, c) => fn(sheet, grid.row + r, grid.col + c)),
    );
  }

  /** As Range.getValues: '' for blank, errors as '#ERROR!'-style text, date-formatted cells as Date. */
  values(a1: string): AppsValue[][] {
    return this.cells(a1, (s, r, c) => this.doc.wb.value(s, r, c));
  }

  displayValues(a1: string): string[][] {
    return this.cells(a1, (s, r, c) => this.doc.wb.display(s, r, c));
  }

  formulas(a1: string): string[][] {
    return this.cells(a1, (s, r, c) => this.doc.wb.formula(s, r, c));
  }

  /** The message behind each error value (a custom function's thrown message, a parse error), else null. */
  errors(a1: string): (string | null)[][] {
    return this.cells(a1, (s, r, c) => this.doc.wb.error(s, r, c));
  }

  /** Effective backgrounds: the first satisfied conditional-format rule, else the cell's own (lower-case hex). */
  backgrounds(a1: string): string[][] {
    return this.cells(a1, (s, r, c) => effectiveStyle(this.doc, s, r, c).background);
  }

  fontColors(a1: string): string[][] {
    return this.cells(a1, (s, r, c) => effectiveStyle(this.doc, s, r, c).fontColor);
  }

  /** Background, font colour and weight at once: one conditional-format pass per cell (the playground's grid). */
  effectiveStyles(a1: string): { background: string; fontColor: string; bold: boolean }[][] {
    return this.cells(a1, (s, r, c) => effectiveStyle(this.doc, s, r, c));
  }

  fontWeights(a1: string): ('bold' | 'normal')[][] {
    return this.cells(a1, (s, r, c) => (effectiveStyle(this.doc, s, r, c).bold ? 'bold' : 'normal'));
  }

  numberFormats(a1: string): string[][] {
    return this.cells(a1, (s, r, c) => this.doc.wb.effectiveFormat(s, r, c));
  }

  /** Font sizes in points (Sheets' default 10); conditional formats cannot change them. */
  fontSizes(a1: string): number[][] {
    return this.cells(a1, (s, r, c) => this.doc.wb.peek(s, r, c)?.fontSize ?? 10);
  }

  notes(a1: string): string[][] {
    return this.cells(a1, (s, r, c) => this.doc.wb.peek(s, r, c)?.note ?? '');
  }

  sheetNames(): string[] {
    return this.doc.wb.sheets.map((s) => s.name);
  }

  activeSheetName(): string {
    return this.doc.activeSheet.name;
  }

  /** The top-left cell (1-based) a script selected on the active sheet (Range.activate), or null. */
  activeCell(): { row: number; col: number } | null {
    const a = this.doc.activeRange;
    return a && a.sheet === this.doc.activeSheet ? { row: a.grid.row, col: a.grid.col } : null;
  }

  /** Named ranges with their A1 as Sheets' Named ranges panel shows it: `'Goal sheet'!B2:C3`. */
  namedRanges(): { name: string; a1: string }[] {
    return [...this.doc.namedRanges.values()].map((e) => ({
      name: e.name,
      a1: qualified(e.sheet.name, e.grid),
    }));
  }

  /** Defines a named range as a user would in Data > Named ranges. */
  defineName(name: string, a1: string): void {
    const { sheet, grid } = resolveRange(this.doc, a1);
    setNamed(this.doc, name, sheet, grid);
  }

  conditionalRules(sheetName: string): RuleInfo[] {
    const sheet = this.sheet(sheetName);
    return sheet.cfRules.map((r) => {
      const info: RuleInfo = {
        ranges: r.ranges.map((x) => toA1(x.grid)),
        criteria: r.condition?.type ?? null,
        values: [...(r.condition?.values ?? [])],
      };
      if (r.condition?.type === 'CUSTOM_FORMULA') {
        info.formula = String(r.condition.values[0]);
        const problem = formulaProblem(this.doc, sheet, info.formula);
        if (problem) info.problem = problem;
      }
      if (r.background) info.background = r.background;
      if (r.fontColor) info.fontColor = r.fontColor;
      if (r.bold !== null && r.bold !== undefined) info.bold = r.bold;
      if (r.gradient) info.gradient = structuredClone(r.gradient);
      return info;
    });
  }

  /** One entry per validated cell, in row-major order. */
  dataValidations(sheetName: string): ValidationInfo[] {
    const sheet = this.sheet(sheetName);
    const out: ValidationInfo[] = [];
    const keys = [...sheet.cells.keys()].map((k) => k.split(',').map(Number) as [number, number]);
    keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, col] of keys) {
      const f = sheet.cells.get(`${row},${col}`);
      if (!f?.validation) continue;
      const v = f.validation;
      out.push({
        a1: toA1({ row, col, numRows: 1, numCols: 1 }),
        criteria: v.type,
        values: [...v.values],
        allowInvalid: v.allowInvalid,
        helpText: v.helpText,
        invalid: f.invalid === true,
      });
    }
    return out;
  }

  charts(sheetName: string): ChartModel[] {
    return this.sheet(sheetName).charts.map((c) => ({
      ...c,
      ranges: [...c.ranges],
      options: { ...c.options },
    }));
  }

  frozenRows(sheetName: string): number {
    return this.sheet(sheetName).frozenRows;
  }

  columnWidth(sheetName: string, column: number): number {
    return this.sheet(sheetName).columnWidths.get(column) ?? 100;
  }

  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map((g) => toA1(g));
  }

  protections(): ProtectionModel[] {
    return this.doc.protections.map((p) => ({ ...p, editors: [...p.editors] }));
  }

  properties(kind: PropertyKind): Record<string, string> {
    return Object.fromEntries(this.doc.properties[kind]);
  }

  /** The used size of a sheet (as getLastRow/getLastColumn). */
  size(sheetName: string): { rows: number; cols: number } {
    return usedSize(this.doc, this.sheet(sheetName));
  }

  private sheet(name: string): DocState['activeSheet'] {
    const s = this.doc.wb.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }
}

function qualified(sheet: string, grid: GridRange): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${toA1(grid)}`;
}

/** Opens a local spreadsheet, loads the script and runs onOpen - synchronously. */
export function openLocalSpreadsheet(opts: LocalSpreadsheetOptions = {}): LocalSpreadsheet {
  return new LocalSpreadsheet(opts);
}

/**
 * The script's time zone from the manifest beside Code.js (https://developers.google.com/apps-script/manifest:
 * `timeZone`), else America/New_York. Code.js's own `new Date()` still runs in the host's zone:
 * node:vm cannot give one context another time zone.
 */
function manifestTimeZone(distDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as {
      timeZone?: unknown;
    };
    return typeof manifest.timeZone === 'string' ? manifest.timeZone : 'America/New_York';
  } catch {
    return 'America/New_York';
  }
}
