// What a person does to rows and columns in the Sheets UI - insert, delete, sort, hide, filter -
// applied to a local spreadsheet as Sheets applies it, without counting as the add-on's calls.
import { toA1 } from './engine/a1.ts';
import type { SheetModel } from './engine/model.ts';
import { createFilter, FilterCriteriaImpl } from './services/filter.ts';
import { SheetImpl } from './services/sheet.ts';
import { sortRows } from './services/sort.ts';
import { resolveRange } from './services/spreadsheet.ts';
import type { DocState } from './services/state.ts';
import { applyEdit } from './services/structure.ts';

/** One developer metadata as a test reads it: where it is in words, e.g. `COLUMN Report!E:E`. */
export interface MetadataInfo {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: string;
}

export class UserEdits {
  constructor(private readonly doc: DocState) {}

  private sheet(name: string): SheetModel {
    const s = this.doc.wb.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }
  /** Right-click a row header > Insert rows above: `count` new rows so the first is row `before`. */
  insertRows(sheetName: string, before: number, count = 1): void {
    applyEdit(this.doc, this.sheet(sheetName), { dim: 'row', at: before, count });
  }
  deleteRows(sheetName: string, first: number, count = 1): void {
    applyEdit(this.doc, this.sheet(sheetName), { dim: 'row', at: first, count: -count });
  }
  insertColumns(sheetName: string, before: number, count = 1): void {
    applyEdit(this.doc, this.sheet(sheetName), { dim: 'col', at: before, count });
  }
  deleteColumns(sheetName: string, first: number, count = 1): void {
    applyEdit(this.doc, this.sheet(sheetName), { dim: 'col', at: first, count: -count });
  }
  /** Data > Sort range over `a1` by a sheet column. */
  sort(a1: string, column: number, ascending = true): void {
    const { sheet, grid } = resolveRange(this.doc, a1);
    if (column < grid.col || column >= grid.col + grid.numCols)
      throw new Error(`Column ${column} is not in ${a1}`);
    sortRows(this.doc, sheet, grid, [{ column, ascending }]);
  }
  hideRows(sheetName: string, first: number, count = 1): void {
    for (let r = first; r < first + count; r++) this.sheet(sheetName).hiddenRows.add(r);
  }
  /** Data > Create a filter over `a1`, hiding rows that show one of `hidden` in `column`. */
  filter(a1: string, column: number, hidden: string[]): void {
    const { sheet, grid } = resolveRange(this.doc, a1);
    createFilter(this.doc, sheet, grid).setColumnFilterCriteria(
      column,
      new FilterCriteriaImpl(this.doc, hidden)._api,
    );
  }
  /** Double-click the tab and type a name: rules, charts and protections follow (Sheet.setName). */
  renameSheet(from: string, to: string): void {
    new SheetImpl(this.doc, this.sheet(from)).setName(to);
  }
  /** Every developer metadata of the spreadsheet. */
  metadata(): MetadataInfo[] {
    return this.doc.developerMetadata.map((m) => {
      const l = m.location;
      let location: string = l.type;
      if (l.type === 'SHEET') location = `SHEET ${l.sheet.name}`;
      if (l.type === 'ROW') location = `ROW ${l.sheet.name}!${l.start}:${l.start + l.len - 1}`;
      if (l.type === 'COLUMN') {
        const cols = toA1({ row: 1, col: l.start, numRows: 1, numCols: l.len }).replace(/[0-9]/g, '');
        location = `COLUMN ${l.sheet.name}!${cols.includes(':') ? cols : `${cols}:${cols}`}`;
      }
      return { id: m.id, key: m.key, value: m.value, visibility: m.visibility, location };
    });
  }
}
