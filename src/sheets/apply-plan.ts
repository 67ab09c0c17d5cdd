// Writes a SheetPlan to a sheet in a small, constant number of batched service calls (no decisions here).
import { rangeSize } from '../plans/shared/a1.ts';
import { asLiteralText } from '../plans/shared/literal-text.ts';
import type { PlanCell, PlanRule, SheetPlan } from '../plans/shared/sheet-plan.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What setValues gets for a plan cell: text literally, formulas as `=...` strings, blanks as ''. */
function cellValue_(cell: PlanCell): string | number {
  if (cell === null) return '';
  if ('text' in cell) return asLiteralText(cell.text);
  if ('number' in cell) return cell.number;
  return cell.formula;
}

function checkGrid_<T>(what: string, range: string, grid: T[][]): void {
  const { rows, cols } = rangeSize(range);
  if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
    throw new Error(`apply-plan: ${what} grid does not match ${range}`);
  }
}

function buildValidation_({ rule, allowInvalid, helpText }: PlanRule): DataValidation {
  // A new rule allows invalid input (shows a warning) unless told otherwise: one call saved.
  const fresh = SpreadsheetApp.newDataValidation();
  const strict = allowInvalid ? fresh : fresh.setAllowInvalid(false);
  const builder = helpText ? strict.setHelpText(helpText) : strict;
  if (rule.kind === 'list') return builder.requireValueInList(rule.values, true).build();
  if (rule.kind === 'numberAtLeast') return builder.requireNumberGreaterThanOrEqualTo(rule.min).build();
  if (rule.kind === 'numberAbove') return builder.requireNumberGreaterThan(rule.min).build();
  if (rule.kind === 'numberBetween') return builder.requireNumberBetween(rule.min, rule.max).build();
  return builder.requireDate().build();
}

/**
 * Applies `plan` to a sheet just inserted (empty, no rules: nothing of the user's is read or
 * replaced). Every named range it creates is passed to `created` as soon as it exists, so a
 * caller can remove exactly those if a later call fails. The call count depends only on the plan's
 * shape, not on the number of channels or rows (see `npm run bench`).
 */
export function applyPlan_(
  ss: Spreadsheet,
  sheet: Sheet,
  plan: SheetPlan,
  created: (name: string) => void,
): void {
  const { values, numberFormats, styles, validations } = plan;
  checkGrid_('values', values.range, values.grid);
  checkGrid_('numberFormats', numberFormats.range, numberFormats.grid);
  checkGrid_('validations', validations.range, validations.grid);
  const styleGrids: Record<string, unknown[][]> = {
    backgrounds: styles.backgrounds,
    fontColors: styles.fontColors,
    fontWeights: styles.fontWeights,
    fontSizes: styles.fontSizes,
    notes: styles.notes,
  };
  for (const [what, grid] of Object.entries(styleGrids)) checkGrid_(what, styles.range, grid);
  if (values.range !== styles.range) throw new Error('apply-plan: values and styles must share one range');
  if (numberFormats.range !== validations.range) {
    throw new Error('apply-plan: number formats and validations must share one range');
  }

  if (plan.addRows) sheet.insertRowsAfter(plan.addRows.after, plan.addRows.count);
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
  top.setTextStyles(textStyles_(styles));
  top.setNotes(styles.notes);

  // Number formats and validation over the whole table share one range object.
  const all = range(numberFormats.range);
  all.setNumberFormats(numberFormats.grid);
  const rules = validations.rules.map(buildValidation_);
  all.setDataValidations(
    validations.grid.map((row) => row.map((i) => (i === null ? null : (rules[i] ?? null)))),
  );

  sheet.setFrozenRows(plan.frozenRows);
  // Warning-only protection needs no extra scope and leaves every editor able to edit.
  for (const a1 of plan.warningRanges) range(a1).protect().setWarningOnly(true);
  for (const run of plan.columnWidths) sheet.setColumnWidths(run.startCol, run.numCols, run.width);

  for (const nr of plan.namedRanges) {
    ss.setNamedRange(nr.name, range(nr.range));
    created(nr.name);
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
    // asColumnChart/asLineChart, not setChartType(Charts.ChartType...): same chart, no Charts service.
    const blank = sheet.newChart();
    let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = (
      chart.type === 'line' ? blank.asLineChart() : blank.asColumnChart()
    ).setNumHeaders(chart.headerRows);
    for (const r of chart.ranges) builder = builder.addRange(range(r));
    const options = { ...chart.options, width: chart.width, height: chart.height };
    for (const [key, value] of Object.entries(options)) builder = builder.setOption(key, value);
    sheet.insertChart(builder.setPosition(chart.anchor.row, chart.anchor.col, 0, 0).build());
  }
}

/**
 * Font colour, weight and size of every top-area cell as one grid of TextStyles: one setTextStyles
 * instead of setFontColors + setFontWeights + setFontSizes (two document calls fewer). Each
 * distinct style is built once (builders touch no document).
 */
function textStyles_(styles: SheetPlan['styles']): GoogleAppsScript.Spreadsheet.TextStyle[][] {
  const built = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();
  return styles.fontColors.map((row, r) =>
    row.map((color, c) => {
      const bold = styles.fontWeights[r]?.[c] === 'bold';
      const size = styles.fontSizes[r]?.[c] ?? 10;
      const key = `${color}|${bold}|${size}`;
      let style = built.get(key);
      if (!style) {
        style = SpreadsheetApp.newTextStyle()
          .setForegroundColor(color)
          .setBold(bold)
          .setFontSize(size)
          .build();
        built.set(key, style);
      }
      return style;
    }),
  );
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
