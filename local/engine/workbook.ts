// The formula engine wrapper: HyperFormula sheets plus per-cell formats, read and written the Apps Script way.
import {
  CellError,
  CellType,
  type CellValue,
  CellValueDetailedType,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  type ExportedChange,
  HyperFormula,
  type RawCellContent,
} from 'hyperformula';
import {
  collapseOpenRanges,
  expandOpenRanges,
  type GridRange,
  type OpenRanges,
  rangeEndRows,
  shiftFormula,
} from './a1.ts';
import { followArrayRules } from './array-rules.ts';
import { clockPlugin } from './clock.ts';
import { fasterCriteria } from './criteria-speed.ts';
import {
  addressKey,
  type CustomFunctionBridge,
  callableCustomFunctions,
  customFunctionPlugin,
  type EngineAddress,
  parseKey as parseAddressKey,
} from './custom-functions.ts';
import { dateToSerial, serialToDate, zonedParts } from './dates.ts';
import { doubledQuotePlugin, fromEngineFormula, toEngineFormula } from './formula-syntax.ts';
import { isDatePlugin } from './isdate.ts';
import { letPlugin } from './let.ts';
import { engineConfig, type LocaleInfo } from './locale.ts';
import { type CellFormat, cellKey, type SheetModel } from './model.ts';
import { DEFAULT_NUMBER_FORMAT, formatNumber, isDateFormat, isTextFormat } from './number-format.ts';
import { Spills } from './spills.ts';
import { moveIndex, type StructuralEdit } from './structure.ts';
import { toTextPlugin } from './to-text.ts';
import { autocorrectSeparators, dateInput, readTypedNumber } from './typed-input.ts';

/** A value as Range.getValues returns it. */
export type AppsValue = number | string | boolean | Date;

/** What an area held before an entry, so a rejected entry can be undone (see Workbook.snapshot). */
export interface AreaSnapshot {
  sheet: SheetModel;
  grid: GridRange;
  contents: RawCellContent[][];
  open: [string, OpenRanges][];
  formats: (CellFormat | undefined)[][];
}

export interface WorkbookOptions {
  locale: LocaleInfo;
  timeZone: string;
  /** Names of Code.js custom functions to register; null when the add-on is not installed. */
  customFunctions: string[] | null;
  invoke: (name: string, args: unknown[]) => unknown;
  /** The clock TODAY()/NOW() read (default: the real one). */
  now?: () => Date;
  /**
   * False while the custom functions are registered but not callable in this document (an add-on
   * not yet used there): their cells show #NAME?. Default: always callable.
   */
  functionsAvailable?: () => boolean;
}

/** A new sheet's grid, as Sheets makes it: 1,000 rows x 26 columns (A-Z). */
const NEW_SHEET = { rows: 1000, cols: 26 };

/** Functions whose result depends on cells' number formats, which the engine does not know. */
const READS_FORMATS = /\b(?:ISDATE|TO_TEXT)\s*\(/i;

/** Sheets' display text for engine error types it names differently (circular refs and blocked spills are #REF!). */
const ERROR_TEXT: Record<string, string> = { '#CYCLE!': '#REF!', '#SPILL!': '#REF!', '#LIC!': '#ERROR!' };

/** Sheets' text for each engine error type (what getValue returns for an error cell). */
const ERROR_TYPE_TEXT: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.ERROR]: '#ERROR!',
  [ErrorType.CYCLE]: '#REF!',
  [ErrorType.SPILL]: '#REF!',
  [ErrorType.LIC]: '#ERROR!',
};

/**
 * Sheets holds "up to 10 million cells or 18,278 columns" per spreadsheet, counting every cell of
 * every sheet's grid, blank or not (Google's "Files you can store in Google Drive",
 * https://support.google.com/drive/answer/37603; 10 million since
 * https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html). The engine
 * is configured past them, so these are the limits a user meets, in Sheets' words.
 */
export const SHEETS_CELL_LIMIT = 10_000_000;
export const SHEETS_COLUMN_LIMIT = 18_278;
/** HyperFormula's own limits (its defaults stop a sheet at 40,000 rows): never below Sheets'. */
const ENGINE_LIMITS = { maxRows: SHEETS_CELL_LIMIT, maxColumns: SHEETS_COLUMN_LIMIT };

/**
 * Sheet names: Google's docs are silent on limits. Sheets' UI refuses an empty name and cuts names
 * at 100 characters, and a tab name cannot hold a line break; we throw for all three (our wording).
 */
const MAX_SHEET_NAME = 100;
function checkSheetName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw new Error('A sheet name cannot be empty.');
  if (name.length > MAX_SHEET_NAME)
    throw new Error(`A sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw new Error('A sheet name cannot contain line breaks or other control characters.');
  return name;
}

function duplicateSheetName(name: string): Error {
  // Message as Apps Script reports it for Spreadsheet.insertSheet (reported wording).
  return new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

/**
 * Errors HyperFormula 3.5 throws from inside its own evaluation (not about the caller's input): an
 * array formula whose result outgrew its area (=FILTER(A:A, ..) or =ARRAYFORMULA(A:A*2) once rows
 * are added: "Resizing to smaller array"), or an area read while in that state.
 */
const ENGINE_FAULT =
  /^(Resizing to smaller array|Unknown array|Array should be already computed|Array not computed yet\.|Unknown node|Value of the formula cell is not computed\.)/;

/** What HyperFormula's setCellContents, batch and the like return: the cells whose value changed. */
function isChangeList(v: unknown): v is ExportedChange[] {
  return Array.isArray(v);
}

export function isDate(v: unknown): v is Date {
  // Dates from the Code.js vm realm fail `instanceof Date`, so check the tag.
  return Object.prototype.toString.call(v) === '[object Date]';
}

export class Workbook {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  readonly locale: LocaleInfo;
  readonly timeZone: string;
  /** The custom functions callable from cells (private `_` names and built-in names left out). */
  readonly customFunctions: string[];
  private readonly bridge: CustomFunctionBridge;
  /** Cells showing a Date a custom function returned: the date(-time) format they display with. */
  private readonly resultFormats = new Map<string, string>();
  /** Formula cells whose open-ended ranges (`A2:A`) we closed for the engine, keyed by engine address. */
  private readonly openRanges = new Map<string, OpenRanges>();
  private readonly spills: Spills;
  private nextGid = 0;
  /** Set once a formula that reads cell formats (ISDATE, TO_TEXT) is entered: formatsChanged has work. */
  private readsFormats = false;

  constructor(opts: WorkbookOptions) {
    this.locale = opts.locale;
    this.timeZone = opts.timeZone;
    this.customFunctions = callableCustomFunctions(opts.customFunctions ?? []);
    this.bridge = {
      invoke: opts.invoke,
      available: opts.functionsAvailable ?? (() => true),
      observed: new Map(),
      reserved: new Map(),
      sized: new Map(),
      toArgument: (value, address) => this.toArgument(value, address),
      fromResult: (value, target) => this.fromResult(value, target),
      sheetSize: (id) => {
        const sheet = this.sheets.find((s) => s.hfId === id);
        return { rows: sheet?.maxRows ?? 1000, cols: sheet?.maxCols ?? 26 };
      },
    };
    const plugins = [
      ...followArrayRules(fasterCriteria(HyperFormula.getAllFunctionPlugins())),
      clockPlugin(opts.timeZone, opts.now),
      doubledQuotePlugin(),
      letPlugin(),
      toTextPlugin({
        formatOf: (at, type) => (at ? this.formatAt(at) : undefined) ?? this.typeFormat(type),
        render: (n, pattern) => formatNumber(n, pattern, opts.locale),
      }),
      isDatePlugin({
        formatAt: (a) => this.formatAt(a),
        isDateFormat,
        locale: opts.locale,
        year: () => Number(zonedParts((opts.now ?? (() => new Date()))(), opts.timeZone)('year')),
      }),
    ];
    if (opts.customFunctions && this.customFunctions.length > 0)
      plugins.push(customFunctionPlugin(this.customFunctions, this.bridge));
    this.hf = HyperFormula.buildEmpty({
      ...engineConfig(opts.locale),
      ...ENGINE_LIMITS,
      functionPlugins: plugins,
    });
    // Sheets reads TRUE and FALSE in a formula as the logical values (=TRUE, =IF(A1, TRUE, FALSE);
    // reported: https://infoinspired.com/google-docs/spreadsheet/the-role-of-true-logical-function-in-google-sheets/ ,
    // Google's docs are silent). HyperFormula takes them for named expressions, so we define them as
    // such; users cannot name a range TRUE or FALSE (checkRangeName), as in Sheets.
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    this.spills = new Spills(this.hf, this.bridge, (a, formula) => this.setContents(a, formula));
  }

  /**
   * Applies an engine change. When HyperFormula faults inside its evaluation (ENGINE_FAULT) the
   * change itself is already in place and only the recalculation stopped half-way, so we enter
   * every formula afresh - which sizes every array from the current data - rather than leave the
   * workbook broken. Sheets has no such failure; the cells end as a fresh open of the file shows them.
   */
  private change(fn: () => unknown): void {
    try {
      // Engine operations that report which cells changed tell Spills about new blocked spills.
      const changes = fn();
      if (isChangeList(changes)) this.spills.note(changes);
    } catch (e) {
      if (!(e instanceof Error && ENGINE_FAULT.test(e.message))) throw e;
      this.reenterFormulas();
    }
  }

  /**
   * Evaluates every formula again, e.g. once the script that defines the custom functions is
   * loaded. Unlike HyperFormula's rebuildAndRecalculate, which rebuilds from the serialized cells
   * and so turns a spilled array's values into constants that then block it, formulas are entered
   * afresh.
   */
  recalculate(): void {
    this.reenterFormulas();
    this.settle();
  }

  /**
   * After a named range is defined, moved or removed: the formulas naming it are entered again, so
   * an array result over it takes its new size (HyperFormula sizes an array when the formula is
   * entered; a custom function over names defined later would stay one cell).
   */
  namesChanged(name: string): void {
    // Range names are letters, digits and underscores (checkRangeName): no pattern characters.
    const word = new RegExp(`(^|[^A-Za-z0-9_$!])${name}(?![A-Za-z0-9_(!])`, 'i');
    this.reenterFormulas((f) => word.test(f));
    this.settle();
  }

  private reenterFormulas(which: (formula: string) => boolean = () => true): void {
    const formulas: [EngineAddress, string][] = [];
    for (const sheet of this.sheets) {
      this.hf.getSheetFormulas(sheet.hfId).forEach((row, r) => {
        row.forEach((f, c) => {
          if (f !== undefined && which(f)) formulas.push([{ sheet: sheet.hfId, row: r, col: c }, f]);
        });
      });
    }
    if (formulas.length === 0) return;
    // Cleared first, so no old spill stands in the way of a formula entered before its owner.
    this.spills.note(
      this.hf.batch(() => {
        for (const [a] of formulas) this.hf.setCellContents(a, null);
        for (const [a, f] of formulas) this.hf.setCellContents(a, f);
      }),
    );
  }

  private setContents(a: EngineAddress, content: RawCellContent | RawCellContent[][]): void {
    if (!this.readsFormats) {
      const cells = Array.isArray(content) ? content.flat() : [content];
      this.readsFormats = cells.some((c) => typeof c === 'string' && READS_FORMATS.test(c));
    }
    this.change(() => this.hf.setCellContents(a, content));
  }

  // ---- sheets ----
  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** `size`: the grid of a sheet made by an import (default: a new sheet's 1000 x 26). */
  addSheet(name: string, index?: number, size: { rows: number; cols: number } = NEW_SHEET): SheetModel {
    checkSheetName(name);
    if (this.sheetByName(name)) throw duplicateSheetName(name);
    this.checkGrid(null, size.rows, size.cols);
    this.hf.addSheet(name);
    const hfId = this.hf.getSheetId(name);
    if (hfId === undefined) throw new Error(`engine refused sheet name ${name}`);
    const sheet: SheetModel = {
      hfId,
      name,
      gid: this.nextGid,
      maxRows: size.rows,
      maxCols: size.cols,
      frozenRows: 0,
      frozenCols: 0,
      tabColor: null,
      hidden: false,
      columnWidths: new Map(),
      cells: new Map(),
      cfRules: [],
      charts: [],
      merges: [],
      hiddenRows: new Set(),
      filter: null,
    };
    this.nextGid = this.nextGid === 0 ? 1_000_001 : this.nextGid + 7919;
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.change(() => this.hf.removeSheet(sheet.hfId));
    // The engine may give its id to the next sheet: nothing we noted about these cells may carry over.
    const gone = (key: string): boolean => this.parseKey(key).sheet === sheet.hfId;
    for (const notes of [
      this.resultFormats,
      this.openRanges,
      this.bridge.observed,
      this.bridge.reserved,
      this.bridge.sized,
    ]) {
      for (const key of [...notes.keys()]) if (gone(key)) notes.delete(key);
    }
    this.spills.forgetSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.settle();
  }

  renameSheet(sheet: SheetModel, name: string): void {
    checkSheetName(name);
    const other = this.sheetByName(name);
    if (other && other !== sheet) throw duplicateSheetName(name);
    this.change(() => this.hf.renameSheet(sheet.hfId, name));
    sheet.name = name;
  }

  // ---- per-cell formats ----
  peek(sheet: SheetModel, row: number, col: number): CellFormat | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  cell(sheet: SheetModel, row: number, col: number): CellFormat {
    const key = cellKey(row, col);
    let f = sheet.cells.get(key);
    if (!f) {
      f = {};
      sheet.cells.set(key, f);
    }
    return f;
  }

  /** The format set on a cell (explicit, or a custom function's Date result), if any. */
  private formatAt(a: EngineAddress): string | undefined {
    const sheet = this.sheets.find((s) => s.hfId === a.sheet);
    const explicit = sheet ? this.peek(sheet, a.row + 1, a.col + 1)?.numberFormat : undefined;
    return explicit || this.resultFormats.get(addressKey(a));
  }

  /** Explicit format, else the one Sheets infers from the value (typed %, currency, date). */
  effectiveFormat(sheet: SheetModel, row: number, col: number): string {
    const explicit = this.peek(sheet, row, col)?.numberFormat;
    if (explicit) return explicit;
    const fromResult = this.resultFormats.get(addressKey(this.addr(sheet, row, col)));
    if (fromResult) return fromResult;
    return this.typeFormat(this.hf.getCellValueDetailedType(this.addr(sheet, row, col)));
  }

  /** The format a value shows with by the engine's typing of it alone (a typed %, currency, date, time). */
  private typeFormat(type: string | undefined): string {
    switch (type) {
      case CellValueDetailedType.NUMBER_PERCENT:
        return '0.00%';
      case CellValueDetailedType.NUMBER_CURRENCY:
        return this.locale.currencyFormat;
      case CellValueDetailedType.NUMBER_DATE:
        return this.locale.dateFormat;
      case CellValueDetailedType.NUMBER_DATETIME:
        return `${this.locale.dateFormat} H:mm:ss`;
      case CellValueDetailedType.NUMBER_TIME:
        return 'H:mm:ss';
      default:
        return DEFAULT_NUMBER_FORMAT;
    }
  }

  // ---- reading ----
  addr(sheet: SheetModel, row: number, col: number): EngineAddress {
    return { sheet: sheet.hfId, row: row - 1, col: col - 1 };
  }

  raw(sheet: SheetModel, row: number, col: number): CellValue {
    return this.hf.getCellValue(this.addr(sheet, row, col));
  }

  /** As Range.getValue: '' for blank, errors as their text, date-formatted numbers as Date. */
  value(sheet: SheetModel, row: number, col: number): AppsValue {
    const v = this.raw(sheet, row, col);
    if (v === null) return '';
    if (v instanceof DetailedCellError) return ERROR_TEXT[v.value] ?? v.value;
    if (typeof v === 'number' && isDateFormat(this.effectiveFormat(sheet, row, col))) {
      return serialToDate(v, this.timeZone);
    }
    return v;
  }

  /** As Range.getDisplayValue: the value rendered with its number format in the locale. */
  display(sheet: SheetModel, row: number, col: number): string {
    const v = this.raw(sheet, row, col);
    if (v === null) return '';
    if (v instanceof DetailedCellError) return ERROR_TEXT[v.value] ?? v.value;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'string') return v;
    return formatNumber(v, this.effectiveFormat(sheet, row, col), this.locale);
  }

  /** The formula as typed: open-ended ranges we closed for the engine read back open (`A2:A`). */
  formula(sheet: SheetModel, row: number, col: number): string {
    const a = this.addr(sheet, row, col);
    const text = fromEngineFormula(this.hf.getCellFormula(a) ?? '', this.locale);
    const open = this.openRanges.get(addressKey(a));
    return open && text ? collapseOpenRanges(text, open) : text;
  }

  /** The error message behind an error value, in Sheets' wording where we know it; null if no error. */
  error(sheet: SheetModel, row: number, col: number): string | null {
    const v = this.raw(sheet, row, col);
    if (!(v instanceof DetailedCellError)) return null;
    const unknown = /^Function name (.+) not recognized\.$/.exec(v.message);
    if (unknown) return `Unknown function: '${unknown[1]}'.`;
    if (v.value === '#CYCLE!') return 'Circular dependency detected.';
    if (v.value === '#SPILL!') {
      // Sheets' note for a blocked spill (reported wording,
      // https://github.com/googleapis/google-api-go-client/issues/1041; Google's docs are silent).
      const blocker = this.spills.blocker(this.addr(sheet, row, col));
      if (blocker) return `Array result was not expanded because it would overwrite data in ${blocker}.`;
    }
    if (v.value === '#ERROR!' && v.message.startsWith('Parsing error'))
      return `Formula parse error. (${v.message})`;
    return v.message || v.value;
  }

  // ---- writing ----
  /**
   * Writes a block of Apps Script values (setValues) or typed text. Strings go through the engine's
   * input parser, so '=..' is a formula, "'.." literal text, '123' / '12%' / dates are parsed in the
   * locale - as Sheets treats a string written by setValue (the reference is silent on parsing; this
   * is Sheets' documented behaviour for typed input and what scripts observe, reported).
   */
  write(sheet: SheetModel, grid: GridRange, values: unknown[][]): void {
    this.ensureSize(sheet, grid);
    this.forget(sheet, grid);
    const opened: [string, OpenRanges][] = [];
    // Array.from: arrays from the Code.js vm realm fail the engine's `instanceof Array` checks.
    const contents: RawCellContent[][] = Array.from(values, (row, r) =>
      Array.from(row, (v, c) => {
        const content = this.toContent(sheet, grid.row + r, grid.col + c, v);
        if (typeof content !== 'string' || !content.startsWith('=')) return content;
        const { formula, open } = this.closeOpenRanges(sheet, content);
        if (open.ends.size > 0) opened.push([addressKey(this.addr(sheet, grid.row + r, grid.col + c)), open]);
        return formula;
      }),
    );
    for (const [key, open] of opened) this.openRanges.set(key, open);
    this.setContents(this.addr(sheet, grid.row, grid.col), contents);
    let switched = false;
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (typeof v === 'string' && this.inferFormat(sheet, grid.row + r, grid.col + c)) switched = true;
      });
    });
    if (switched) this.formatsChanged();
    this.settle();
  }

  /** The area's engine contents, open-range notes and per-cell formats, for restore(). */
  snapshot(sheet: SheetModel, grid: GridRange): AreaSnapshot {
    const cells = <T>(fn: (row: number, col: number) => T): T[][] =>
      Array.from({ length: grid.numRows }, (_, r) =>
        Array.from({ length: grid.numCols }, (_, c) => fn(grid.row + r, grid.col + c)),
      );
    const open: [string, OpenRanges][] = [];
    const contents = cells((row, col) => {
      const a = this.addr(sheet, row, col);
      const ranges = this.openRanges.get(addressKey(a));
      if (ranges) open.push([addressKey(a), ranges]);
      return (this.hf.getCellSerialized(a) ?? null) as RawCellContent;
    });
    const formats = cells((row, col) => {
      const f = this.peek(sheet, row, col);
      return f ? { ...f } : undefined;
    });
    return { sheet, grid, contents, open, formats };
  }

  /** Puts an area back as snapshot() found it (a rejected entry leaves no trace). */
  restore(s: AreaSnapshot): void {
    this.forget(s.sheet, s.grid);
    for (const [key, ranges] of s.open) this.openRanges.set(key, ranges);
    this.setContents(this.addr(s.sheet, s.grid.row, s.grid.col), s.contents);
    s.formats.forEach((line, r) => {
      line.forEach((f, c) => {
        const key = cellKey(s.grid.row + r, s.grid.col + c);
        if (f) s.sheet.cells.set(key, f);
        else s.sheet.cells.delete(key);
      });
    });
    this.settle();
  }

  /**
   * Puts `from`'s cells into the empty sheet `to`: contents as entered (formulas keep their text, so
   * unqualified references point into the copy and qualified ones where they pointed), open ranges,
   * per-cell formats, notes and validations. A spilled array's cells are left to its formula.
   */
  copyCells(from: SheetModel, to: SheetModel): void {
    const { height, width } = this.hf.getSheetDimensions(from.hfId);
    to.maxRows = from.maxRows;
    to.maxCols = from.maxCols;
    if (height > 0 && width > 0) {
      const grid = { row: 1, col: 1, numRows: height, numCols: width };
      const shot = this.snapshot(from, grid);
      const contents = shot.contents.map((line, r) =>
        line.map((content, c) => {
          const a = { sheet: from.hfId, row: r, col: c };
          return this.hf.isCellPartOfArray(a) && !this.hf.doesCellHaveFormula(a) ? null : content;
        }),
      );
      const open = shot.open.map(([key, ranges]): [string, OpenRanges] => {
        const a = this.parseKey(key);
        return [addressKey({ ...a, sheet: to.hfId }), ranges];
      });
      this.restore({ sheet: to, grid, contents, open, formats: shot.formats });
    }
    for (const [key, f] of from.cells) {
      to.cells.set(key, {
        ...f,
        ...(f.validation ? { validation: { ...f.validation, values: [...f.validation.values] } } : {}),
      });
    }
  }

  clear(sheet: SheetModel, grid: GridRange): void {
    this.forget(sheet, grid);
    const blank = Array.from({ length: grid.numRows }, () =>
      Array.from({ length: grid.numCols }, () => null),
    );
    this.setContents(this.addr(sheet, grid.row, grid.col), blank);
    this.settle();
  }

  /** Drops what we remember about cells whose content is replaced. */
  private forget(sheet: SheetModel, grid: GridRange): void {
    for (let r = 0; r < grid.numRows; r++) {
      for (let c = 0; c < grid.numCols; c++) {
        const key = addressKey(this.addr(sheet, grid.row + r, grid.col + c));
        this.openRanges.delete(key);
        this.resultFormats.delete(key);
        this.bridge.observed.delete(key);
        this.bridge.reserved.delete(key);
        this.spills.forget(key);
      }
    }
  }

  /**
   * The formula text the engine gets: open-ended ranges such as `A2:A` closed at the last row of
   * their sheet (our rewrite: HyperFormula cannot parse them, Sheets can; formula() reads them back
   * open). Exported for formulas evaluated outside cells (conditional formats).
   */
  closeOpenRanges(sheet: SheetModel, formula: string): { formula: string; open: OpenRanges } {
    return expandOpenRanges(
      formula,
      (name) => (name === undefined ? sheet : this.sheetByName(name))?.maxRows,
    );
  }

  /**
   * Inserts or deletes rows or columns anywhere (see StructuralEdit). HyperFormula's
   * addRows/removeRows/addColumns/removeColumns move the cells and rewrite every formula and named
   * expression that refers to them, as Sheets does; per-cell formats, notes and validations move
   * with their cells here. Rules, names, protections and the like are moved by the caller.
   */
  restructure(sheet: SheetModel, e: StructuralEdit): void {
    const rows = e.dim === 'row';
    const size = rows ? sheet.maxRows : sheet.maxCols;
    if (e.count > 0) {
      this.checkGrid(sheet, sheet.maxRows + (rows ? e.count : 0), sheet.maxCols + (rows ? 0 : e.count));
    } else if (e.at + -e.count - 1 > size) {
      throw new Error(`Those ${rows ? 'rows' : 'columns'} are out of bounds.`);
    } else if (-e.count >= size) {
      // Sheets refuses to delete every row or column of a sheet (reported wording; docs silent).
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${rows ? 'rows' : 'columns'}.`);
    }
    const index: [number, number] = [e.at - 1, Math.abs(e.count)];
    const edit = (): unknown => {
      if (rows)
        return e.count > 0 ? this.hf.addRows(sheet.hfId, index) : this.hf.removeRows(sheet.hfId, index);
      return e.count > 0 ? this.hf.addColumns(sheet.hfId, index) : this.hf.removeColumns(sheet.hfId, index);
    };
    const across = this.arraysAcross(sheet, e);
    this.change(() => (across.length === 0 ? edit() : this.hf.batch(() => this.insertAcross(across, edit))));
    if (rows) sheet.maxRows += e.count;
    else sheet.maxCols += e.count;
    const move = (row: number, col: number): [number, number] | null => {
      const to = moveIndex(rows ? row : col, e);
      if (to === null) return null;
      return rows ? [to, col] : [row, to];
    };
    const cells = new Map<string, CellFormat>();
    for (const [key, f] of sheet.cells) {
      const [row = 0, col = 0] = key.split(',').map(Number);
      const to = move(row, col);
      if (to) cells.set(cellKey(to[0], to[1]), f);
    }
    sheet.cells = cells;
    const notes = <V>(map: Map<string, V>): void => {
      const moved: [string, V][] = [];
      for (const [key, v] of [...map]) {
        const a = this.parseKey(key);
        if (a.sheet !== sheet.hfId) continue;
        map.delete(key);
        const to = move(a.row + 1, a.col + 1);
        if (to) moved.push([addressKey(this.addr(sheet, to[0], to[1])), v]);
      }
      for (const [key, v] of moved) map.set(key, v);
    };
    notes(this.resultFormats);
    notes(this.openRanges);
    // The engine moved the closed ends of open ranges with the rows: what they end at now is theirs.
    for (const [key, open] of this.openRanges) {
      const text = this.hf.getCellFormula(this.parseKey(key));
      const ends = text === undefined ? [] : rangeEndRows(text);
      for (const i of open.ends.keys()) {
        const end = ends[i];
        if (end !== undefined) open.ends.set(i, end);
      }
    }
    for (const map of [this.bridge.observed, this.bridge.reserved, this.bridge.sized]) {
      for (const key of [...map.keys()]) if (this.parseKey(key).sheet === sheet.hfId) map.delete(key);
    }
    this.spills.forgetSheet(sheet.hfId);
    this.resized();
    this.reenterFormulas();
    this.settle();
  }

  /**
   * The array formulas of `sheet` whose result reaches across the line where `e` inserts rows
   * (columns): the results the engine keeps in place, moving their cells back over the inserted
   * ones. HyperFormula 3.5 throws "Cannot move cell. Destination already occupied." there when a
   * formula reads a range over such a result (=SUM(A1:A10) beside =SEQUENCE(10), inserting at row
   * 5): DependencyGraph.addRows first gives that range the inserted cells as empty cells of its own
   * (fixRangesWhenAddingRows), then moves the result's cells onto them (fixArraysAfterAddingRow);
   * addColumns alike. Deleting moves no array cell. A result is found by walking from its corner
   * to the line: a result stacked beside a wider one may be taken for part of it, which costs only
   * an unneeded round through insertAcross.
   */
  private arraysAcross(sheet: SheetModel, e: StructuralEdit): EngineAddress[] {
    const line = e.at - 1;
    if (e.count <= 0 || line < 1) return [];
    const rows = e.dim === 'row';
    const across: EngineAddress[] = [];
    this.hf.getSheetFormulas(sheet.hfId).forEach((cells, row) => {
      cells.forEach((formula, col) => {
        const corner = { sheet: sheet.hfId, row, col };
        if (formula === undefined || (rows ? row : col) >= line) return;
        if (this.hf.getCellType(corner) !== CellType.ARRAYFORMULA) return;
        for (let i = (rows ? row : col) + 1; i <= line; i++) {
          const cell = rows ? { ...corner, row: i } : { ...corner, col: i };
          if (this.hf.getCellType(cell) !== CellType.ARRAY) return;
        }
        across.push(corner);
      });
    });
    return across;
  }

  /**
   * Runs an insertion (`insert`, inside a batch) with the array formulas at `corners` held as
   * one-cell formulas, =ROWS(formula), so the engine has no array cells there to move, while it
   * still rewrites their references as it rewrites every formula's; then gives them back. ROWS
   * yields one value whatever its argument (HyperFormula sizes it 1x1: vectorizationForbidden), and
   * nothing is evaluated inside the batch. Their corners are before the line, so they do not move.
   * Sheets has no such step: its arrays simply recompute over the new rows (see restructure).
   */
  private insertAcross(corners: EngineAddress[], insert: () => unknown): void {
    const WRAP = '=ROWS(';
    for (const a of corners) {
      const formula = this.hf.getCellFormula(a) ?? '=';
      this.hf.setCellContents(a, `${WRAP}${formula.slice(1)})`);
    }
    insert();
    for (const a of corners) {
      const held = this.hf.getCellFormula(a);
      if (!held?.startsWith(WRAP) || !held.endsWith(')'))
        throw new Error(`engine rewrote a held array formula unexpectedly: ${held}`);
      this.hf.setCellContents(a, `=${held.slice(WRAP.length, -1)}`);
    }
  }

  /**
   * Puts the rows of `grid` in the order `order` gives (order[i] = the grid row, 0-based, that goes
   * to position i), as Range.sort does: each cell's content and format travel with it, and a
   * formula's relative references shift by the rows it moved, as a pasted formula's do (Google's
   * docs are silent on formulas in a sorted range).
   */
  permuteRows(sheet: SheetModel, grid: GridRange, order: number[]): void {
    const shot = this.snapshot(sheet, grid);
    const open = new Map(shot.open);
    const moved: [string, OpenRanges][] = [];
    const contents = order.map((from, to) =>
      (shot.contents[from] ?? []).map((content, c) => {
        const fromKey = addressKey(this.addr(sheet, grid.row + from, grid.col + c));
        const ranges = open.get(fromKey);
        if (ranges) moved.push([addressKey(this.addr(sheet, grid.row + to, grid.col + c)), ranges]);
        return typeof content === 'string' && content.startsWith('=')
          ? shiftFormula(content, to - from, 0)
          : content;
      }),
    );
    const formats = order.map((from) => shot.formats[from] ?? []);
    this.restore({ sheet, grid, contents, open: moved, formats });
  }

  /** Writes past the grid grow it, as Sheets grows a sheet for setValues beyond its last row. */
  private ensureSize(sheet: SheetModel, grid: GridRange): void {
    const rows = Math.max(sheet.maxRows, grid.row + grid.numRows - 1);
    const cols = Math.max(sheet.maxCols, grid.col + grid.numCols - 1);
    if (rows === sheet.maxRows && cols === sheet.maxCols) return;
    this.checkGrid(sheet, rows, cols);
    sheet.maxRows = rows;
    sheet.maxCols = cols;
    this.resized();
  }

  /**
   * Throws, in Sheets' words, if `sheet` (null: a new sheet) with a grid of rows x cols would take
   * the spreadsheet past Sheets' limits. Message as the Sheets API reports it (reported wording:
   * https://github.com/nithinmurali/pygsheets/issues/589); the column message is ours.
   */
  private checkGrid(sheet: SheetModel | null, rows: number, cols: number): void {
    if (cols > SHEETS_COLUMN_LIMIT)
      throw new Error(
        `A sheet can have at most ${SHEETS_COLUMN_LIMIT.toLocaleString('en-US')} columns (up to ZZZ).`,
      );
    const others = this.sheets.reduce((n, s) => (s === sheet ? n : n + s.maxRows * s.maxCols), 0);
    if (others + rows * cols > SHEETS_CELL_LIMIT)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${SHEETS_CELL_LIMIT} cells.`,
      );
  }

  /**
   * After a sheet grows: open-ended ranges reach its new last row, whole-column arguments of custom
   * functions cover the new rows, and results that did not fit may now spill.
   */
  private resized(): void {
    for (const [key, open] of [...this.openRanges]) {
      const a = this.parseKey(key);
      const text = this.hf.getCellFormula(a);
      const owner = this.sheets.find((s) => s.hfId === a.sheet);
      if (text === undefined || !owner) {
        this.openRanges.delete(key);
        continue;
      }
      const next = this.closeOpenRanges(owner, collapseOpenRanges(text, open));
      if (next.formula === text) continue;
      this.openRanges.set(key, next.open);
      this.setContents(a, next.formula);
    }
    // Custom-function cells are few; re-evaluating them all is simpler than finding who reads `sheet`.
    for (const key of [...this.bridge.observed.keys()]) {
      const a = this.parseKey(key);
      this.bridge.observed.delete(key);
      const text = this.hf.getCellFormula(a);
      if (text !== undefined) this.setContents(a, text);
    }
  }

  private parseKey(key: string): EngineAddress {
    return parseAddressKey(key);
  }

  private toContent(sheet: SheetModel, row: number, col: number, v: unknown): RawCellContent {
    if (v === null || v === undefined || v === '') return null;
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v === 'string') {
      if (isTextFormat(this.peek(sheet, row, col)?.numberFormat) && !v.startsWith("'")) {
        // Plain text format (`@`) stores what is entered as text: '00123' stays "00123", '2024'
        // stays text (https://developers.google.com/sheets/api/guides/formats: "@" is text). Docs
        // are silent on '=' input in such a cell; Sheets keeps it as text, and so do we. A leading
        // apostrophe is still the literal-text marker and is dropped (our choice, docs silent).
        return `'${v}`;
      }
      if (v.startsWith('=')) return toEngineFormula(autocorrectSeparators(v, this.locale), this.locale);
      const typed = readTypedNumber(v, this.locale);
      if (!typed) return dateInput(v, this.locale);
      const f = this.cell(sheet, row, col);
      if (typed.format && !f.numberFormat) f.numberFormat = typed.format;
      return typed.value;
    }
    if (isDate(v)) {
      const serial = dateToSerial(v, this.timeZone);
      const f = this.cell(sheet, row, col);
      // setValue(Date) shows a date-time in Sheets unless the cell already has a date format.
      if (!f.numberFormat || !isDateFormat(f.numberFormat)) f.numberFormat = this.dateFormatFor(serial);
      return serial;
    }
    return String(v);
  }

  /** The format Sheets gives a JS Date it stores: a date at midnight, else a date-time. */
  private dateFormatFor(serial: number): string {
    return Number.isInteger(serial) ? this.locale.dateFormat : `${this.locale.dateFormat} H:mm:ss`;
  }

  /**
   * Sheets gives typed percentages, currency amounts and dates a matching format. A date typed into
   * a cell with a number or currency format switches it to the locale's date format (Excel does,
   * https://excelribbon.tips.net/T012729_Preventing_Automatic_Date_Formatting_Changes.html, and
   * Sheets is reported to do the same: "1/30 is not a number, so the format is reset ... The same
   * happens in Google Sheets", https://github.com/telerik/kendo-ui-core/issues/1686; Google's docs
   * are silent). A date format already set stays, as does text `@` (never parsed, see toContent).
   */
  private inferFormat(sheet: SheetModel, row: number, col: number): boolean {
    const a = this.addr(sheet, row, col);
    if (this.hf.doesCellHaveFormula(a)) return false;
    const type = this.hf.getCellValueDetailedType(a);
    const set = this.peek(sheet, row, col)?.numberFormat;
    if (set) {
      const typedDate =
        type === CellValueDetailedType.NUMBER_DATE || type === CellValueDetailedType.NUMBER_DATETIME;
      if (typedDate && !isDateFormat(set) && !isTextFormat(set)) {
        this.cell(sheet, row, col).numberFormat =
          type === CellValueDetailedType.NUMBER_DATE
            ? this.locale.dateFormat
            : `${this.locale.dateFormat} H:mm:ss`;
        return true;
      }
      return false;
    }
    const v = this.hf.getCellValue(a);
    let format: string | undefined;
    if (type === CellValueDetailedType.NUMBER_PERCENT && typeof v === 'number') {
      format = Number.isInteger(Math.round(v * 1e6) / 1e4) ? '0%' : '0.00%';
    } else if (type === CellValueDetailedType.NUMBER_CURRENCY) format = this.locale.currencyFormat;
    else if (type === CellValueDetailedType.NUMBER_DATE) format = this.locale.dateFormat;
    else if (type === CellValueDetailedType.NUMBER_DATETIME) format = `${this.locale.dateFormat} H:mm:ss`;
    if (format) this.cell(sheet, row, col).numberFormat = format;
    return false;
  }

  /**
   * Applies a change of number formats (Range.setNumberFormat(s), clearFormat), then evaluates the
   * formulas that read formats again. Not only where a number's date-ness changed: finding those
   * cells costs about as much as the re-evaluation (measured on creating a goal sheet).
   */
  changeFormats(apply: () => void): void {
    apply();
    this.formatsChanged();
  }

  /**
   * After cells' number formats change: formulas that read formats (ISDATE, TO_TEXT) are evaluated again, as
   * the engine knows values, not our formats. Sheets recalculates them (its docs are silent on when).
   */
  private formatsChanged(): void {
    if (!this.readsFormats) return;
    const formulas: [EngineAddress, string][] = [];
    for (const sheet of this.sheets) {
      this.hf.getSheetFormulas(sheet.hfId).forEach((line, r) => {
        line.forEach((f, c) => {
          if (f !== undefined && READS_FORMATS.test(f))
            formulas.push([{ sheet: sheet.hfId, row: r, col: c }, f]);
        });
      });
    }
    if (formulas.length === 0) return;
    this.change(() =>
      this.hf.batch(() => {
        for (const [a, f] of formulas) this.hf.setCellContents(a, f);
      }),
    );
    this.settle();
  }

  // ---- spills ----
  /**
   * Re-enters formulas whose result needs another area than the engine gave it (custom-function
   * results of a new shape, blocked spills whose way is now clear): see Spills.
   */
  settle(): void {
    this.spills.settle();
  }

  // ---- custom-function argument/result conversion ----
  private toArgument(value: unknown, address: EngineAddress | null): unknown {
    if (value === EmptyValue || value === null || value === undefined) return '';
    if (value instanceof CellError) {
      // An error cell inside a range argument. Google's docs are silent; Sheets is reported to
      // pass the error's text as a string ("#DIV/0!", "#N/A"), and so do we.
      return ERROR_TYPE_TEXT[value.type] ?? '#ERROR!';
    }
    if (typeof value === 'object' && value !== null && 'val' in value) {
      // HyperFormula wraps typed numbers (percent, currency, date) in an object holding `val`.
      return this.toArgument((value as { val: unknown }).val, address);
    }
    if (typeof value === 'number' && address) {
      const sheet = this.sheets.find((s) => s.hfId === address.sheet);
      if (sheet && isDateFormat(this.effectiveFormat(sheet, address.row + 1, address.col + 1))) {
        return serialToDate(value, this.timeZone);
      }
    }
    return value;
  }

  private fromResult(
    value: unknown,
    target: EngineAddress | null,
  ): number | string | boolean | typeof EmptyValue {
    if (target) this.resultFormats.delete(addressKey(target));
    // A returned '' is the text '', as a native formula's "" is (ISBLANK FALSE, COUNTA counts it).
    // Google's custom-function guide is silent and no report was found either way; this is the
    // answer under which a sheet converted to native formulas and one still calling the add-on
    // compare strictly (docs/local-spreadsheet.md). null and undefined leave the cell empty.
    if (value === null || value === undefined) return EmptyValue;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    if (isDate(value)) {
      const serial = dateToSerial(value, this.timeZone);
      // A returned Date lands in the cell as a date (https://developers.google.com/apps-script/guides/sheets/functions#data_types:
      // Sheets dates are JavaScript Dates in custom functions). Docs are silent on its display;
      // we show it as setValue(Date) does: a date at midnight, else a date-time.
      if (target) this.resultFormats.set(addressKey(target), this.dateFormatFor(serial));
      return serial;
    }
    return String(value);
  }
}
