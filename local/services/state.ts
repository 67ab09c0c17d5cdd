// The state of one local spreadsheet shared by its emulated services.
import type { GridRange } from '../engine/a1.ts';
import type { DeveloperMetadataModel, ProtectionModel, SheetModel } from '../engine/model.ts';
import type { Workbook } from '../engine/workbook.ts';
import type { ServiceContext } from './calls.ts';
import { CSS_COLORS } from './css-colors.ts';

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: { caption: string; functionName: string; separator?: boolean }[];
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
}

export type PropertyKind = 'document' | 'user' | 'script';

export interface DocState {
  ctx: ServiceContext;
  wb: Workbook;
  id: string;
  name: string;
  addOnTitle: string;
  activeSheet: SheetModel;
  activeRange: { sheet: SheetModel; grid: GridRange } | null;
  /** Keyed by lower-case name; `name` keeps the spelling given. */
  namedRanges: Map<string, { name: string; sheet: SheetModel; grid: GridRange }>;
  protections: ProtectionModel[];
  developerMetadata: DeveloperMetadataModel[];
  menus: MenuRecord[];
  dialogs: DialogRecord[];
  alerts: string[];
  toasts: string[];
  logs: string[];
  properties: Record<PropertyKind, Map<string, string>>;
  distDir: string;
  /** The script's time zone: appsscript.json `timeZone` (Session.getScriptTimeZone). */
  scriptTimeZone: string;
  /** Evaluates template code in the Code.js context (set by the runtime). */
  runTemplate: (code: string, vars: Record<string, unknown>) => string;
  userEmail: string;
}

/** Google's color normalisation: CSS names (any case) and #rgb become lower-case #rrggbb. */
export function normalizeColor(color: string | null | undefined, fallback: string): string {
  if (color === null || color === undefined || color === '') return fallback;
  const c = color.trim().toLowerCase();
  const named = CSS_COLORS.get(c);
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  throw new Error(`Invalid color: ${color}`);
}

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';
