// Emulated conditional formatting: rule builder, rules, and the effective style of a cell.
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import { DetailedCellError } from 'hyperformula';
import { formulaReferences, type GridRange, shiftFormula } from '../engine/a1.ts';
import { toEngineFormula } from '../engine/formula-syntax.ts';
import type { CfRuleModel, SheetModel } from '../engine/model.ts';
import { autocorrectSeparators } from '../engine/typed-input.ts';
import { expose, unwrap } from './calls.ts';
import { GradientConditionImpl, gradientColor, gradientPoint } from './color-scale.ts';
import { BooleanCriteria, type EnumValue } from './enums.ts';
import { RangeImpl, rangeApi } from './range.ts';
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR, type DocState, normalizeColor } from './state.ts';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Criteria = keyof typeof BooleanCriteria;

function cloneModel(m: CfRuleModel): CfRuleModel {
  return {
    ...m,
    ranges: m.ranges.map((r) => ({ sheet: r.sheet, grid: { ...r.grid } })),
    condition: m.condition ? { type: m.condition.type, values: [...m.condition.values] } : null,
    gradient: m.gradient ? structuredClone(m.gradient) : null,
  };
}

/** https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition */
class BooleanConditionImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.BooleanCondition;
  constructor(
    doc: DocState,
    readonly _model: CfRuleModel,
  ) {
    this._api = expose(this, 'ConditionalFormatBooleanCondition', doc.ctx);
  }
  getCriteriaType(): EnumValue | null {
    return (BooleanCriteria as Record<string, EnumValue>)[this._model.condition?.type ?? ''] ?? null;
  }
  getCriteriaValues(): unknown[] {
    return [...(this._model.condition?.values ?? [])];
  }
  getBackground(): string | null {
    return this._model.background ?? null;
  }
  getFontColor(): string | null {
    return this._model.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._model.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._model.italic ?? null;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class ConditionalFormatRuleImpl {
  readonly _api: Rule;
  constructor(
    readonly _doc: DocState,
    readonly _model: CfRuleModel,
  ) {
    this._api = expose(this, 'ConditionalFormatRule', _doc.ctx);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._model.ranges.map((r) => {
      const sheet = this._doc.wb.sheetByName(r.sheet);
      if (!sheet) throw new Error(`Sheet ${r.sheet} not found`);
      return rangeApi(this._doc, sheet, r.grid);
    });
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this._model.condition ? new BooleanConditionImpl(this._doc, this._model)._api : null;
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return this._model.gradient ? new GradientConditionImpl(this._doc, this._model.gradient)._api : null;
  }
  copy(): Builder {
    return new ConditionalFormatRuleBuilderImpl(this._doc, cloneModel(this._model))._api;
  }
}

export class ConditionalFormatRuleBuilderImpl {
  readonly _api: Builder;
  constructor(
    readonly _doc: DocState,
    readonly _model: CfRuleModel = { ranges: [], condition: null },
  ) {
    this._api = expose(this, 'ConditionalFormatRuleBuilder', _doc.ctx);
  }
  private _when(type: Criteria, values: unknown[]): Builder {
    this._model.condition = { type, values };
    this._model.gradient = null;
    return this._api;
  }
  /** A colour scale replaces a boolean condition (a rule has one or the other). */
  private _point(which: 'min' | 'mid' | 'max', color: string, type: unknown, value: unknown): Builder {
    const gradient = this._model.gradient ?? { min: null, mid: null, max: null };
    gradient[which] = gradientPoint(normalizeColor(color, DEFAULT_BACKGROUND), type, value);
    this._model.gradient = gradient;
    this._model.condition = null;
    return this._api;
  }
  /** "Uses the minimum value in the rule's ranges" (reference). */
  setGradientMinpoint(color: string): Builder {
    return this._point('min', color, 'MIN', '');
  }
  setGradientMinpointWithValue(color: string, type: unknown, value: string): Builder {
    return this._point('min', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: unknown, value: string): Builder {
    return this._point('mid', color, type, value);
  }
  /** "Uses the maximum value in the rule's ranges" (reference). */
  setGradientMaxpoint(color: string): Builder {
    return this._point('max', color, 'MAX', '');
  }
  setGradientMaxpointWithValue(color: string, type: unknown, value: string): Builder {
    return this._point('max', color, type, value);
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return new ConditionalFormatRuleImpl(this._doc, this._model).getGradientCondition();
  }
  /** The formula is written for the top-left cell of the first range (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenFormulaSatisfied(String)). */
  whenFormulaSatisfied(formula: string): Builder {
    // `;` is auto-corrected in comma locales in rules too (reported, same source as typed formulas:
    // typed-input.ts), so a rule written with `;` works and reads back with `,`.
    return this._when('CUSTOM_FORMULA', [autocorrectSeparators(formula, this._doc.wb.locale)]);
  }
  whenCellEmpty(): Builder {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): Builder {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenNumberGreaterThan(number: number): Builder {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): Builder {
    return this._when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): Builder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberEqualTo(number: number): Builder {
    return this._when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): Builder {
    return this._when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberBetween(start: number, end: number): Builder {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): Builder {
    return this._when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenTextContains(text: string): Builder {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenTextEqualTo(text: string): Builder {
    return this._when('TEXT_EQUAL_TO', [text]);
  }
  /** null clears the colour (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#setBackground(String)). */
  setBackground(color: string | null): Builder {
    this._model.background = color === null ? null : normalizeColor(color, DEFAULT_BACKGROUND);
    return this._api;
  }
  setFontColor(color: string | null): Builder {
    this._model.fontColor = color === null ? null : normalizeColor(color, DEFAULT_FONT_COLOR);
    return this._api;
  }
  setBold(bold: boolean | null): Builder {
    this._model.bold = bold;
    return this._api;
  }
  setItalic(italic: boolean | null): Builder {
    this._model.italic = italic;
    return this._api;
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Builder {
    this._model.ranges = ranges.map((r) => {
      const impl = unwrap(r, RangeImpl);
      if (!impl) throw new Error('not emulated: a Range that is not from this spreadsheet');
      return { sheet: impl._sheet.name, grid: { ...impl._grid } };
    });
    return this._api;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return new ConditionalFormatRuleImpl(this._doc, this._model).getRanges();
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return new ConditionalFormatRuleImpl(this._doc, this._model).getBooleanCondition();
  }
  copy(): Builder {
    return new ConditionalFormatRuleBuilderImpl(this._doc, cloneModel(this._model))._api;
  }
  build(): Rule {
    const g = this._model.gradient;
    if (g && (!g.min || !g.max)) {
      throw new Error(
        'not emulated: a colour scale without both a minpoint and a maxpoint (the reference is silent)',
      );
    }
    if (!this._model.condition && !g) throw new Error('Conditional format rule must have a condition.');
    return new ConditionalFormatRuleImpl(this._doc, cloneModel(this._model))._api;
  }
}

export function ruleModelOf(rule: unknown): CfRuleModel {
  const impl = unwrap(rule, ConditionalFormatRuleImpl);
  if (!impl) throw new Error('not emulated: a ConditionalFormatRule that is not from this spreadsheet');
  return cloneModel(impl._model);
}

/**
 * Why a custom formula can never match, or null. Sheets accepts only references to the rule's own
 * sheet in conditional-format formulas (other sheets need INDIRECT; Sheets help
 * https://support.google.com/docs/answer/78413 ). Named ranges are reported to need INDIRECT too;
 * we follow that stricter report. Docs are silent on what Apps Script does with such a rule: we
 * store it, it never matches, and the API reports this reason.
 */
export function formulaProblem(doc: DocState, sheet: SheetModel, formula: string): string | null {
  for (const ref of formulaReferences(formula)) {
    if (ref.sheet !== undefined && ref.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      return `references another sheet (${ref.sheet}); use INDIRECT`;
    }
  }
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const { name } of doc.namedRanges.values()) {
    if (new RegExp(`(?<![A-Za-z0-9_.!])${name}(?![A-Za-z0-9_(])`, 'i').test(code)) {
      return `uses the named range ${name}; use INDIRECT("${name}")`;
    }
  }
  return null;
}

function covers(g: GridRange, row: number, col: number): boolean {
  return row >= g.row && row < g.row + g.numRows && col >= g.col && col < g.col + g.numCols;
}

function truthy(v: unknown): boolean {
  if (v instanceof DetailedCellError) return false;
  if (Array.isArray(v)) return truthy(v[0]?.[0]);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return false;
}

function satisfied(doc: DocState, sheet: SheetModel, rule: CfRuleModel, row: number, col: number): boolean {
  const cond = rule.condition;
  if (!cond) return false;
  const value = doc.wb.value(sheet, row, col);
  const [a, b] = cond.values as number[];
  const n = typeof value === 'number' ? value : Number.NaN;
  const text = typeof value === 'string' ? value.toLowerCase() : String(value).toLowerCase();
  switch (cond.type) {
    case 'CUSTOM_FORMULA': {
      const first = rule.ranges[0]?.grid;
      const formula = String(cond.values[0] ?? '');
      if (!first || formulaProblem(doc, sheet, formula)) return false;
      const shifted = shiftFormula(
        formula.startsWith('=') ? formula : `=${formula}`,
        row - first.row,
        col - first.col,
      );
      try {
        // Open-ended ranges (A14:A) closed at the sheet's last row, as for cell formulas.
        const closed = toEngineFormula(doc.wb.closeOpenRanges(sheet, shifted).formula, doc.wb.locale);
        return truthy(doc.wb.hf.calculateFormula(closed, sheet.hfId));
      } catch {
        return false;
      }
    }
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_GREATER_THAN':
      return n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(n) && n !== Number(a);
    case 'NUMBER_BETWEEN':
      return n >= Math.min(a ?? 0, b ?? 0) && n <= Math.max(a ?? 0, b ?? 0);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(n) && !(n >= Math.min(a ?? 0, b ?? 0) && n <= Math.max(a ?? 0, b ?? 0));
    case 'TEXT_CONTAINS':
      return text.includes(String(cond.values[0]).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text === String(cond.values[0]).toLowerCase();
    default:
      return false;
  }
}

/** Every number in a rule's ranges on `sheet`: what a colour scale's MIN, MAX and percents read. */
function scaleValues(doc: DocState, sheet: SheetModel, rule: CfRuleModel): number[] {
  const out: number[] = [];
  for (const r of rule.ranges) {
    if (r.sheet.toLowerCase() !== sheet.name.toLowerCase()) continue;
    for (let i = 0; i < r.grid.numRows; i++) {
      for (let j = 0; j < r.grid.numCols; j++) {
        const v = doc.wb.value(sheet, r.grid.row + i, r.grid.col + j);
        if (typeof v === 'number') out.push(v);
      }
    }
  }
  return out;
}

export interface EffectiveStyle {
  background: string;
  fontColor: string;
  bold: boolean;
}

/**
 * The look of a cell: the first rule (in the sheet's order) that covers the cell and is satisfied
 * decides; its unset properties fall back to the cell's own format (Sheets help: "rules are
 * applied in order", https://support.google.com/docs/answer/78413 ).
 */
export function effectiveStyle(doc: DocState, sheet: SheetModel, row: number, col: number): EffectiveStyle {
  const own = doc.wb.peek(sheet, row, col);
  const style: EffectiveStyle = {
    background: own?.background ?? DEFAULT_BACKGROUND,
    fontColor: own?.fontColor ?? DEFAULT_FONT_COLOR,
    bold: own?.fontWeight === 'bold',
  };
  for (const rule of sheet.cfRules) {
    const inRange = rule.ranges.some(
      (r) => r.sheet.toLowerCase() === sheet.name.toLowerCase() && covers(r.grid, row, col),
    );
    if (!inRange) continue;
    if (rule.gradient) {
      // A colour scale colours the background of its numbers (first matching rule wins); a cell
      // that is not a number is left to the rules after it.
      const color = gradientColor(
        rule.gradient,
        doc.wb.value(sheet, row, col),
        scaleValues(doc, sheet, rule),
      );
      if (color === null) continue;
      style.background = color;
      break;
    }
    if (!satisfied(doc, sheet, rule, row, col)) continue;
    if (rule.background) style.background = rule.background;
    if (rule.fontColor) style.fontColor = rule.fontColor;
    if (rule.bold !== null && rule.bold !== undefined) style.bold = rule.bold;
    break;
  }
  return style;
}
