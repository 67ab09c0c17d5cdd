// Plain data kept per sheet beside the formula engine: formats, notes, rules, charts, protections.
import type { GridRange } from './a1.ts';

/** Per-cell presentation and metadata that HyperFormula does not hold. */
export interface CellFormat {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  /** Points; Sheets' default is 10. */
  fontSize?: number;
  note?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  validation?: ValidationModel;
  /** Set when a value that breaks an allow-invalid validation rule was stored (Sheets shows a red corner). */
  invalid?: boolean;
}

/** A boolean condition: Apps Script BooleanCriteria name and its values. */
export interface ConditionModel {
  type: string;
  values: unknown[];
}

/** A colour-scale point: its colour (`#rrggbb`), InterpolationType name and value ('' for MIN/MAX). */
export interface GradientPoint {
  color: string;
  type: 'NUMBER' | 'PERCENT' | 'PERCENTILE' | 'MIN' | 'MAX';
  value: string;
}

export interface GradientModel {
  min: GradientPoint | null;
  mid: GradientPoint | null;
  max: GradientPoint | null;
}

export interface CfRuleModel {
  ranges: { sheet: string; grid: GridRange }[];
  condition: ConditionModel | null;
  /** A colour scale instead of a condition (a rule has one or the other). */
  gradient?: GradientModel | null;
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
}

export interface ValidationModel {
  type: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ChartModel {
  chartType: string;
  /** EmbeddedChartBuilder.setNumHeaders; null when left to Sheets' guess. */
  numHeaders: number | null;
  ranges: string[];
  position: { row: number; col: number; offsetX: number; offsetY: number } | null;
  options: Record<string, unknown>;
  chartId: number;
}

export interface ProtectionModel {
  type: 'SHEET' | 'RANGE';
  sheet: string;
  a1: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface SheetModel {
  /** HyperFormula sheet id. */
  hfId: number;
  name: string;
  /** Google's gid, shown in URLs (#gid=...). */
  gid: number;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  tabColor: string | null;
  hidden: boolean;
  columnWidths: Map<number, number>;
  /** Keyed `${row},${col}`, 1-based. */
  cells: Map<string, CellFormat>;
  cfRules: CfRuleModel[];
  charts: ChartModel[];
  merges: GridRange[];
  /** Rows hidden by the user (Sheet.hideRows), 1-based. */
  hiddenRows: Set<number>;
  /** The sheet's basic filter (at most one: https://developers.google.com/apps-script/reference/spreadsheet/filter). */
  filter: FilterModel | null;
}

/** A basic filter: its range (header row first) and, per sheet column, the values it hides. */
export interface FilterModel {
  grid: GridRange;
  hidden: Map<number, string[]>;
}

/**
 * Developer metadata (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata):
 * a key, an optional value, and where it belongs - the spreadsheet, a sheet, or whole rows or
 * columns (`start`, `len`, 1-based), which it follows as rows and columns are inserted and deleted.
 */
export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location:
    | { type: 'SPREADSHEET' }
    | { type: 'SHEET'; sheet: SheetModel }
    | { type: 'ROW' | 'COLUMN'; sheet: SheetModel; start: number; len: number };
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}
