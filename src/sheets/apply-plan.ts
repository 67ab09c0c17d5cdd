// Writes a SheetPlan to a sheet in a small, constant number of batched service calls (no decisions here).
import { asLiteralText_ } from '../plans/literal-text.ts';
import type { Block, PlanCell, PlanCellValidation, PlanValidation, SheetPlan } from '../plans/sheet-plan.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What setValues gets for a plan cell: text literally, formulas as `=...` strings, blanks as ''. */
function cellValue_(cell: PlanCell): string | number {
  if (cell === null) return '';
  if ('text' in cell) return asLiteralText_(cell.text);
  if ('number' in cell) return cell.number;
  return cell.formula;
}

/** 1-based number of a column's letters (`A` = 1, `AA` = 27). */
function colOf_(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Rows and columns of an A1 range such as `A1:R513`, to check a grid fits it before writing. */
function dims_(range: string): { rows: number; cols: number } {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) throw new Error(`apply-plan: expected a rectangular A1 range, got ${range}`);
  return {
    rows: Number(m[4]) - Number(m[2]) + 1,
    cols: colOf_(m[3] as string) - colOf_(m[1] as string) + 1,
  };
}

function checkGrid_<T>(what: string, range: string, grid: T[][]): void {
  const { rows, cols } = dims_(range);
  if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
    throw new Error(`apply-plan: ${what} grid does not match ${range}`);
  }
}

function buildValidation_(rule: PlanValidation, allowInvalid: boolean, helpText?: string): DataValidation {
  // A new rule allows invalid input (shows a warning) unless told otherwise: one call saved.
  const fresh = SpreadsheetApp.newDataValidation();
  const strict = allowInvalid ? fresh : fresh.setAllowInvalid(false);
  const builder = helpText ? strict.setHelpText(helpText) : strict;
  if (rule.kind === 'list') return builder.requireValueInList(rule.values, true).build();
  if (rule.kind === 'numberAtLeast') return builder.requireNumberGreaterThanOrEqualTo(rule.min).build();
  if (rule.kind === 'numberAbove') return builder.requireNumberGreaterThan(rule.min).build();
  return builder.requireDate().build();
}

/**
 * Applies `plan` to a sheet just inserted (empty, no rules: nothing of the user's is read or
 * replaced). Every named range it creates is pushed onto `createdNames` as soon as it exists, so a
 * caller can remove exactly those if a later call fails. The call count depends only on the plan's
 * shape, not on the number of channels or rows (see `npm run bench`).
 */
export function applyPlan_(ss: Spreadsheet, sheet: Sheet, plan: SheetPlan, createdNames: string[]): void {
  const { values, numberFormats, styles, dataValidation } = plan;
  checkGrid_('values', values.range, values.grid);
  checkGrid_('numberFormats', numberFormats.range, numberFormats.grid);
  const styleGrids: Record<string, unknown[][]> = {
    backgrounds: styles.backgrounds,
    fontColors: styles.fontColors,
    fontWeights: styles.fontWeights,
    fontSizes: styles.fontSizes,
    notes: styles.notes,
  };
  for (const [what, grid] of Object.entries(styleGrids)) checkGrid_(what, styles.range, grid);
  if (values.range !== styles.range) throw new Error('apply-plan: values and styles must share one range');

  const range = rangesOf_(sheet, [
    values.range,
    numberFormats.range,
    ...plan.namedRanges.map((nr) => nr.range),
    ...plan.conditionalFormats.map((cf) => cf.range),
    ...plan.charts.flatMap((chart) => chart.ranges),
    ...plan.warningRanges,
  ]);

  // One write per property over the top area; formulas go in with the values (parsed in the locale).
  const top = range(values.range);
  top.setValues(values.grid.map((row) => row.map(cellValue_)));
  top.setBackgrounds(styles.backgrounds);
  top.setFontColors(styles.fontColors);
  top.setFontWeights(styles.fontWeights);
  top.setFontSizes(styles.fontSizes);
  top.setNotes(styles.notes);

  // Number formats and validation over the whole table share one range object.
  const all = range(numberFormats.range);
  all.setNumberFormats(numberFormats.grid);
  all.setDataValidations(validationGrid_(numberFormats, dataValidation, plan.cellValidations));

  sheet.setFrozenRows(plan.frozenRows);
  // Warning-only protection needs no extra scope and leaves every editor able to edit.
  for (const a1 of plan.warningRanges) range(a1).protect().setWarningOnly(true);
  for (const run of plan.columnWidths) sheet.setColumnWidths(run.startCol, run.numCols, run.width);

  for (const nr of plan.namedRanges) {
    ss.setNamedRange(nr.name, range(nr.range));
    createdNames.push(nr.name);
  }

  // setConditionalFormatRules replaces every rule on the sheet; a new sheet has none to keep.
  sheet.setConditionalFormatRules(
    plan.conditionalFormats.map((cf) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(cf.formula)
        .setBackground(cf.background)
        .setFontColor(cf.fontColor)
        .setRanges([range(cf.range)])
        .build(),
    ),
  );

  for (const chart of plan.charts) {
    // asColumnChart, not setChartType(Charts.ChartType.COLUMN): same chart, no Charts service needed.
    let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = sheet
      .newChart()
      .asColumnChart()
      .setNumHeaders(chart.headerRows);
    for (const r of chart.ranges) builder = builder.addRange(range(r));
    const options = { ...chart.options, width: chart.width, height: chart.height };
    for (const [key, value] of Object.entries(options)) builder = builder.setOption(key, value);
    sheet.insertChart(builder.setPosition(chart.anchor.row, chart.anchor.col, 0, 0).build());
  }
}

/**
 * Range handles for every A1 notation the plan names, fetched with one Sheet.getRangeList and one
 * RangeList.getRanges instead of a getRange per range.
 */
function rangesOf_(sheet: Sheet, a1s: string[]): (a1: string) => Range {
  const unique = [...new Set(a1s)];
  const ranges = sheet.getRangeList(unique).getRanges();
  return (a1) => {
    const r = ranges[unique.indexOf(a1)];
    if (!r) throw new Error(`apply-plan: ${a1} was not fetched with the plan's ranges`);
    return r;
  };
}

/**
 * The rule grid for setDataValidations over the whole `formats` block: the plan's per-column rules
 * on the validation rows, the goal cells' own rules, null elsewhere. Each distinct rule is built
 * once and shared by reference, so the cost is per distinct rule, not per cell.
 */
function validationGrid_(
  formats: Block<string>,
  dv: SheetPlan['dataValidation'],
  cells: readonly PlanCellValidation[],
): (DataValidation | null)[][] {
  const outer = dims_(formats.range);
  const inner = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(dv.range);
  const top = /^([A-Z]+)(\d+):/.exec(formats.range);
  if (!inner || !top || top[1] !== 'A' || top[2] !== '1' || inner[1] !== 'A') {
    throw new Error(`apply-plan: validation range ${dv.range} must start in column A of ${formats.range}`);
  }
  const byKey = new Map<string, DataValidation>();
  const once = (rule: PlanValidation, allowInvalid: boolean, helpText?: string): DataValidation => {
    const key = JSON.stringify([rule, allowInvalid, helpText]);
    const existing = byKey.get(key) ?? buildValidation_(rule, allowInvalid, helpText);
    byKey.set(key, existing);
    return existing;
  };
  const built = dv.columns.map((rule) => (rule ? once(rule, dv.allowInvalid) : null));
  const first = Number(inner[2]);
  const last = Number(inner[4]);
  const empty: (DataValidation | null)[] = Array(outer.cols).fill(null);
  const ruled: (DataValidation | null)[] = empty.map((_, c) => built[c] ?? null);
  // Rows share one array unless a goal cell's rule makes them differ.
  const grid = Array.from({ length: outer.rows }, (_, i) =>
    i + 1 >= first && i + 1 <= last ? ruled : empty,
  );
  for (const cell of cells) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(cell.range);
    if (!m) throw new Error(`apply-plan: expected an A1 cell or range, got ${cell.range}`);
    const rule = once(cell.rule, false, cell.helpText);
    const c0 = colOf_(m[1] as string);
    const c1 = colOf_((m[3] ?? m[1]) as string);
    for (let r = Number(m[2]); r <= Number(m[4] ?? m[2]); r++) {
      if (r < 1 || r > outer.rows || c1 > outer.cols) {
        throw new Error(`apply-plan: ${cell.range} is outside ${formats.range}`);
      }
      const row = [...(grid[r - 1] as (DataValidation | null)[])];
      for (let c = c0; c <= c1; c++) row[c - 1] = rule;
      grid[r - 1] = row;
    }
  }
  return grid;
}
