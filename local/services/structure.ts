// A user's structural edit of one sheet (rows or columns inserted or deleted) carried to everything
// that names cells: conditional formats, validations, protections, named ranges, charts, merges,
// hidden rows, the filter, column widths and developer metadata.
import type { SheetModel, ValidationModel } from '../engine/model.ts';
import {
  moveA1,
  moveGrid,
  moveIndex,
  moveQualifiedA1,
  moveReferences,
  moveSpan,
  type StructuralEdit,
} from '../engine/structure.ts';
import type { DocState } from './state.ts';

/**
 * Sheets moves every reference to the moved cells, whether a formula's, a rule's or a name's
 * ("Sheets shifts references in formulas, conditional-format ranges, validation, protections and
 * named ranges"; for metadata: "if developer metadata is associated with row 5 and another row is
 * then subsequently inserted above row 5, that original metadata is still associated with the row
 * it was first associated with (what is now row 6). If the associated object is deleted then its
 * metadata is deleted too", https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
 * Google's pages are silent on a rule, protection, name or chart range whose every cell is
 * deleted: rules, protections and names then go here, as Sheets' panels stop listing them; a
 * chart keeps its other ranges.
 */
export function applyEdit(doc: DocState, sheet: SheetModel, e: StructuralEdit): void {
  doc.wb.restructure(sheet, e);
  const onSheet =
    (owner: SheetModel) =>
    (name: string | undefined): boolean =>
      name === undefined ? owner === sheet : name.toLowerCase() === sheet.name.toLowerCase();
  for (const other of doc.wb.sheets) moveRules(other, sheet, e, onSheet(other));
  moveValidations(sheet, e, onSheet(sheet));
  doc.protections = doc.protections.filter((p) => {
    if (p.sheet !== sheet.name || p.type !== 'RANGE') return true;
    const a1 = moveA1(p.a1, e);
    if (a1 === null) return false;
    p.a1 = a1;
    return true;
  });
  for (const [key, entry] of [...doc.namedRanges]) {
    if (entry.sheet !== sheet) continue;
    const grid = moveGrid(entry.grid, e);
    if (grid) entry.grid = grid;
    else {
      doc.wb.hf.removeNamedExpression(entry.name);
      doc.namedRanges.delete(key);
    }
  }
  for (const other of doc.wb.sheets) {
    for (const chart of other.charts) {
      chart.ranges = chart.ranges.flatMap((a1) => {
        const moved = moveQualifiedA1(a1, sheet.name, e);
        return moved === null ? [] : [moved];
      });
      if (other === sheet && chart.position) {
        const p = chart.position;
        const at = (i: number): number => moveIndex(i, e) ?? Math.max(1, e.at);
        if (e.dim === 'row') p.row = at(p.row);
        else p.col = at(p.col);
      }
    }
  }
  sheet.merges = sheet.merges.flatMap((m) => {
    const g = moveGrid(m, e);
    return g ? [g] : [];
  });
  moveRowsAndColumns(sheet, e);
  doc.developerMetadata = doc.developerMetadata.filter((m) => {
    const l = m.location;
    if (l.type === 'SPREADSHEET' || l.type === 'SHEET' || l.sheet !== sheet) return true;
    if ((l.type === 'ROW') !== (e.dim === 'row')) return true;
    const span = moveSpan(l.start, l.len, e);
    if (!span) return false;
    l.start = span.start;
    l.len = span.len;
    return true;
  });
}

function moveRules(
  owner: SheetModel,
  sheet: SheetModel,
  e: StructuralEdit,
  onSheet: (n?: string) => boolean,
): void {
  owner.cfRules = owner.cfRules.filter((rule) => {
    rule.ranges = rule.ranges.flatMap((r) => {
      if (r.sheet !== sheet.name) return [r];
      const grid = moveGrid(r.grid, e);
      return grid ? [{ sheet: r.sheet, grid }] : [];
    });
    if (rule.condition?.type === 'CUSTOM_FORMULA') {
      rule.condition.values = rule.condition.values.map((v) =>
        typeof v === 'string' ? moveReferences(v, e, onSheet) : v,
      );
    }
    return rule.ranges.length > 0;
  });
}

/** Validations travel with their cells (Workbook.restructure); formulas in them are moved once each. */
function moveValidations(sheet: SheetModel, e: StructuralEdit, onSheet: (n?: string) => boolean): void {
  const seen = new Set<ValidationModel>();
  for (const f of sheet.cells.values()) {
    const v = f.validation;
    if (!v || seen.has(v)) continue;
    seen.add(v);
    v.values = v.values.map((x) =>
      typeof x === 'string' && x.startsWith('=') ? moveReferences(x, e, onSheet) : x,
    );
  }
}

/** Hidden rows, the filter's range and criteria, and column widths follow their rows and columns. */
function moveRowsAndColumns(sheet: SheetModel, e: StructuralEdit): void {
  const moveKeys = <V>(map: Map<number, V>): Map<number, V> => {
    const out = new Map<number, V>();
    for (const [i, v] of map) {
      const to = moveIndex(i, e);
      if (to !== null) out.set(to, v);
    }
    return out;
  };
  if (e.dim === 'row') {
    sheet.hiddenRows = new Set(
      [...sheet.hiddenRows].flatMap((r) => {
        const to = moveIndex(r, e);
        return to === null ? [] : [to];
      }),
    );
  } else {
    sheet.columnWidths = moveKeys(sheet.columnWidths);
  }
  if (sheet.filter) {
    const grid = moveGrid(sheet.filter.grid, e);
    if (!grid) sheet.filter = null;
    else {
      sheet.filter.grid = grid;
      if (e.dim === 'col') sheet.filter.hidden = moveKeys(sheet.filter.hidden);
    }
  }
}
