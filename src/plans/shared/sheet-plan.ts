// The SheetPlan: a pure, JSON-serialisable description of one sheet that src/sheets/apply-plan.ts writes.

/**
 * One cell's content. `text` is written literally (never parsed as a formula, number or date);
 * `formula` is already rendered for the spreadsheet locale; `null` leaves the cell blank.
 */
export type PlanCell = null | { text: string } | { number: number } | { formula: string };

/** A rectangle of cells in A1 notation on the plan's own sheet, e.g. `A1:R14`. */
export interface Block<T> {
  range: string;
  /** rows x columns, exactly the size of `range`. */
  grid: T[][];
}

/** A validation rule; equal rules (same JSON) are built once by the applier. */
export type PlanValidation =
  | { kind: 'list'; values: string[] }
  | { kind: 'numberAtLeast'; min: number }
  | { kind: 'numberAbove'; min: number }
  | { kind: 'numberBetween'; min: number; max: number }
  | { kind: 'date' };

/** A validation rule as the applier builds it: rejects (allowInvalid false) or only warns. */
export interface PlanRule {
  rule: PlanValidation;
  /** true: invalid input is kept and marked; false: it is refused with `helpText`. */
  allowInvalid: boolean;
  helpText?: string;
}

export interface PlanConditionalFormat {
  /** The range the rule formats (same sheet). */
  range: string;
  /** Custom formula, relative to the range's top-left cell, rendered for the locale. */
  formula: string;
  background: string;
  fontColor: string;
}

export interface PlanChart {
  /** asColumnChart (bars per category) or asLineChart (one line per series). */
  type: 'column' | 'line';
  /** Ranges on the plan's sheet; the first is the domain (categories), the rest are series. */
  ranges: string[];
  /** Header rows inside the ranges (series names). */
  headerRows: number;
  /** 1-based anchor cell of the chart's top-left corner. */
  anchor: { row: number; col: number };
  width: number;
  height: number;
  /** EmbeddedChartBuilder.setOption pairs (Google Charts options), JSON only. */
  options: Record<string, string | number | boolean | Record<string, unknown>>;
}

export interface SheetPlan {
  sheetName: string;
  /** Locale the formulas are rendered for. */
  locale: string;
  /** Values and formulas, written in one setValues. */
  values: Block<PlanCell>;
  /** Number formats (Sheets patterns), written in one setNumberFormats. */
  numberFormats: Block<string>;
  /** Look of the top area: each grid has the size of `range`. */
  styles: {
    range: string;
    backgrounds: string[][];
    fontColors: string[][];
    fontWeights: ('bold' | 'normal')[][];
    fontSizes: number[][];
    notes: string[][];
  };
  /** Workbook-wide names (prefixed to stay unique), each to one range on this sheet. */
  namedRanges: { name: string; range: string }[];
  conditionalFormats: PlanConditionalFormat[];
  /**
   * Data validation over `range` in one setDataValidations: `grid` holds, per cell, an index into
   * `rules` or null (no rule). Each rule is built once, however many cells share it.
   */
  validations: { range: string; rules: PlanRule[]; grid: (number | null)[][] };
  frozenRows: number;
  /**
   * Rows to add under a new sheet's last row before anything is written, so that every range of
   * the plan exists (getRange past the last row fails); null when the new sheet is tall enough.
   */
  addRows: { after: number; count: number } | null;
  /** Ranges protected with a warning only: editing them asks "are you sure?" (computed cells). */
  warningRanges: string[];
  /** Runs of columns sharing a width in pixels (1-based start column). */
  columnWidths: { startCol: number; numCols: number; width: number }[];
  charts: PlanChart[];
}

/**
 * Rows of a sheet that Spreadsheet.insertSheet creates: 1000 (and 26 columns) in Sheets (reported;
 * the reference at https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
 * is silent). The local spreadsheet starts its sheets the same size.
 */
export const NEW_SHEET_ROWS = 1000;

/** The addRows a plan needs so that a new sheet reaches row `lastRow`. */
export function rowsToAdd(lastRow: number): SheetPlan['addRows'] {
  return lastRow > NEW_SHEET_ROWS ? { after: NEW_SHEET_ROWS, count: lastRow - NEW_SHEET_ROWS } : null;
}
