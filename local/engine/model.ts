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

export interface CfRuleModel {
  ranges: { sheet: string; grid: GridRange }[];
  condition: ConditionModel | null;
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
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}
