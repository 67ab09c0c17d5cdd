// The pure grid builder: plan blocks put cells, styles, number formats and validation rules at A1
// addresses; build() returns the rectangles a SheetPlan holds, so the applier only writes them.
import { columnLetters, parseCell, parseRange } from './a1.ts';
import type { PlanCell, PlanRule, PlanValidation, SheetPlan } from './sheet-plan.ts';

export interface CellStyle {
  bg?: string;
  color?: string;
  bold?: boolean;
  size?: number;
  note?: string;
}

export interface GridOptions {
  /** Rows 1..topRows hold values and styles (written in one setValues and one call per style). */
  topRows: number;
  /** Rows 1..formatRows hold number formats and validation rules (>= topRows). */
  formatRows: number;
  /** Columns 1..cols (letters: the last one), the width of every grid. */
  lastColumn: number;
  defaults: { background: string; fontColor: string; fontSize: number; numberFormat: string };
}

export type GridOutput = Pick<SheetPlan, 'values' | 'numberFormats' | 'styles' | 'validations'>;

export interface GridBuilder {
  /** Content (and optionally the number format) of one top-area cell. */
  put(a1: string, cell: PlanCell, format?: string): void;
  style(a1: string, s: CellStyle): void;
  /** Number format of every cell of a range (any row up to formatRows). */
  format(range: string, pattern: string): void;
  /** Validation rule of every cell of a range; equal rules are shared. */
  validate(range: string, rule: PlanValidation, allowInvalid: boolean, helpText?: string): void;
  build(): GridOutput;
}

function fill<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}

export function gridBuilder(opts: GridOptions): GridBuilder {
  const { topRows, formatRows, lastColumn: cols, defaults } = opts;
  if (formatRows < topRows) throw new Error('grid: formatRows must cover the top rows');
  const values = fill<PlanCell>(topRows, cols, null);
  const backgrounds = fill(topRows, cols, defaults.background);
  const fontColors = fill(topRows, cols, defaults.fontColor);
  const fontWeights = fill<'bold' | 'normal'>(topRows, cols, 'normal');
  const fontSizes = fill(topRows, cols, defaults.fontSize);
  const notes = fill(topRows, cols, '');
  const formats = fill(formatRows, cols, defaults.numberFormat);
  const rules: PlanRule[] = [];
  const ruleIndex = new Map<string, number>();
  // Rows without a rule share one array; a row is copied the first time a rule lands in it.
  const emptyRow: (number | null)[] = Array(cols).fill(null);
  const validationGrid: (number | null)[][] = Array.from({ length: formatRows }, () => emptyRow);

  const topCell = (a1: string): { r: number; c: number } => {
    const { col, row } = parseCell(a1);
    if (row > topRows || col > cols) throw new Error(`grid: ${a1} is outside the top area`);
    return { r: row - 1, c: col - 1 };
  };
  const eachCell = (range: string, what: string, visit: (r: number, c: number) => void): void => {
    const box = parseRange(range);
    if (box.bottom > formatRows || box.right > cols)
      throw new Error(`grid: ${what} range ${range} is outside`);
    for (let r = box.top - 1; r < box.bottom; r++) for (let c = box.left - 1; c < box.right; c++) visit(r, c);
  };
  const set = <T>(grid: T[][], r: number, c: number, v: T): void => {
    (grid[r] as T[])[c] = v;
  };

  return {
    put(a1, cell, format) {
      const { r, c } = topCell(a1);
      set(values, r, c, cell);
      if (format !== undefined) set(formats, r, c, format);
    },
    style(a1, s) {
      const { r, c } = topCell(a1);
      if (s.bg !== undefined) set(backgrounds, r, c, s.bg);
      if (s.color !== undefined) set(fontColors, r, c, s.color);
      if (s.bold !== undefined) set(fontWeights, r, c, s.bold ? 'bold' : 'normal');
      if (s.size !== undefined) set(fontSizes, r, c, s.size);
      if (s.note !== undefined) set(notes, r, c, s.note);
    },
    format(range, pattern) {
      eachCell(range, 'format', (r, c) => set(formats, r, c, pattern));
    },
    validate(range, rule, allowInvalid, helpText) {
      const planRule: PlanRule =
        helpText === undefined ? { rule, allowInvalid } : { rule, allowInvalid, helpText };
      const key = JSON.stringify(planRule);
      const index = ruleIndex.get(key) ?? rules.push(planRule) - 1;
      ruleIndex.set(key, index);
      const copied = new Set<number>();
      eachCell(range, 'validation', (r, c) => {
        if (!copied.has(r)) {
          validationGrid[r] = [...(validationGrid[r] as (number | null)[])];
          copied.add(r);
        }
        set(validationGrid, r, c, index);
      });
    },
    build() {
      const last = columnLetters(cols);
      return {
        values: { range: `A1:${last}${topRows}`, grid: values },
        numberFormats: { range: `A1:${last}${formatRows}`, grid: formats },
        styles: { range: `A1:${last}${topRows}`, backgrounds, fontColors, fontWeights, fontSizes, notes },
        validations: { range: `A1:${last}${formatRows}`, rules, grid: validationGrid },
      };
    },
  };
}
