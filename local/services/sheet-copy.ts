// Sheet.copyTo within one spreadsheet: https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)
import type { CfRuleModel, SheetModel } from '../engine/model.ts';
import { copyChart } from './charts.ts';
import type { DocState } from './state.ts';

/**
 * The reference: "Copies the sheet to a given spreadsheet, which can be the same spreadsheet as the
 * source. The copied sheet is named "Copy of [original name]"." It is silent on what is copied; we
 * copy what the Sheets UI's "Duplicate" keeps: values, formulas, formats, notes, data validations,
 * conditional formats, charts, merges, frozen rows and columns, column widths and the tab colour.
 * Silent too on where the copy goes (placed last here), on the active sheet (unchanged here) and on
 * protections and named ranges (not copied here: they name cells of the original).
 */
export function copySheet(doc: DocState, source: SheetModel): SheetModel {
  const name = `Copy of ${source.name}`;
  if (doc.wb.sheetByName(name)) {
    throw new Error(
      `not emulated: Sheet.copyTo while a sheet named "${name}" exists (the reference does not say what Sheets names the copy then)`,
    );
  }
  if (name.length > 100) {
    throw new Error(`not emulated: Sheet.copyTo of a sheet whose "Copy of" name would pass 100 characters`);
  }
  const copy = doc.wb.addSheet(name);
  try {
    copy.frozenRows = source.frozenRows;
    copy.frozenCols = source.frozenCols;
    copy.tabColor = source.tabColor;
    copy.hidden = source.hidden;
    for (const [col, width] of source.columnWidths) copy.columnWidths.set(col, width);
    copy.merges.push(...source.merges.map((m) => ({ ...m })));
    doc.wb.copyCells(source, copy);
    copy.cfRules.push(...source.cfRules.map((rule) => copyRule(rule, source.name, copy.name)));
    copy.charts.push(...source.charts.map((chart) => copyChart(chart, source.name, copy.name)));
  } catch (err) {
    doc.wb.removeSheet(copy);
    throw err;
  }
  return copy;
}

function copyRule(rule: CfRuleModel, from: string, to: string): CfRuleModel {
  return {
    ...rule,
    ranges: rule.ranges.map((r) => ({ sheet: r.sheet === from ? to : r.sheet, grid: { ...r.grid } })),
    condition: rule.condition ? { ...rule.condition, values: [...rule.condition.values] } : null,
    gradient: rule.gradient ? structuredClone(rule.gradient) : null,
  };
}
