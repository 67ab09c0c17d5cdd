// Array results that could not take their area: which formula cells wait for room, and entering
// them again once they have it, as Sheets expands them.
import { DetailedCellError, ExportedCellChange, type ExportedChange, type HyperFormula } from 'hyperformula';
import { toA1 } from './a1.ts';
import {
  addressKey,
  type CustomFunctionBridge,
  type EngineAddress,
  parseKey,
  type Shape,
} from './custom-functions.ts';

export class Spills {
  /** Formula cells whose custom-function result could not spill, with the area it wanted. */
  private readonly wanted = new Map<string, Shape>();
  /** Built-in array formulas (ARRAYFORMULA, FILTER...) whose result could not spill. */
  private readonly blockedArrays = new Set<string>();

  constructor(
    private readonly hf: HyperFormula,
    private readonly bridge: CustomFunctionBridge,
    /** Enters a formula afresh in its cell, which sizes its result from the current data. */
    private readonly reenter: (a: EngineAddress, formula: string) => void,
  ) {}

  /** Remembers the cells an engine change turned into a blocked spill. */
  note(changes: ExportedChange[]): void {
    for (const c of changes) {
      if (!(c instanceof ExportedCellChange)) continue;
      const v = c.newValue;
      if (v instanceof DetailedCellError && v.value === '#SPILL!')
        this.blockedArrays.add(addressKey(c.address));
    }
  }

  /** The cell's content was replaced: what it wanted no longer holds. */
  forget(key: string): void {
    this.wanted.delete(key);
  }

  forgetSheet(sheet: number): void {
    for (const key of [...this.wanted.keys()]) if (parseKey(key).sheet === sheet) this.wanted.delete(key);
    for (const key of [...this.blockedArrays])
      if (parseKey(key).sheet === sheet) this.blockedArrays.delete(key);
  }

  /**
   * Re-enters custom-function formulas whose returned array differs from the area the engine
   * reserved, and blocked spills whose area has been cleared (Sheets spills again then).
   */
  settle(): void {
    for (const [key, shape] of this.bridge.sized) {
      if (this.isBlocked(parseKey(key))) this.wanted.set(key, shape);
    }
    this.bridge.sized.clear();
    for (let round = 0; round < 5; round++) {
      const stale = [...this.staleCustom(), ...this.staleWanted(), ...this.staleArrays()];
      if (stale.length === 0) break;
      for (const a of stale) {
        const formula = this.hf.getCellFormula(a);
        if (formula !== undefined) this.reenter(a, formula);
      }
    }
    this.bridge.sized.clear();
  }

  /** A1 of the first cell in the way of a blocked spill at `a`, if we know its area. */
  blocker(a: EngineAddress): string | null {
    const key = addressKey(a);
    const shape = this.bridge.observed.get(key) ?? this.wanted.get(key) ?? this.arrayShape(a);
    const cell = shape ? this.firstBlocker(a, shape) : null;
    return cell ? toA1({ row: cell.row + 1, col: cell.col + 1, numRows: 1, numCols: 1 }) : null;
  }

  /** Custom-function cells whose result changed shape, or whose blocked area is now free. */
  private staleCustom(): EngineAddress[] {
    const stale: EngineAddress[] = [];
    for (const [key, seen] of this.bridge.observed) {
      const a = parseKey(key);
      if (this.hf.getCellFormula(a) === undefined) {
        this.bridge.observed.delete(key);
        this.bridge.reserved.delete(key);
        continue;
      }
      if (this.isBlocked(a)) {
        if (this.isFree(a, seen)) stale.push(a);
        continue;
      }
      const reserved = this.bridge.reserved.get(key);
      if (!reserved || reserved.rows !== seen.rows || reserved.cols !== seen.cols) stale.push(a);
    }
    return stale;
  }

  /** Custom-function cells blocked from the moment they were entered, whose area is now free. */
  private staleWanted(): EngineAddress[] {
    const stale: EngineAddress[] = [];
    for (const [key, want] of this.wanted) {
      const a = parseKey(key);
      if (!this.isBlocked(a)) this.wanted.delete(key);
      else if (this.isFree(a, want)) stale.push(a);
    }
    return stale;
  }

  /**
   * Sheets expands a blocked array formula again once the cell in its way is cleared (reported:
   * "if I go to B608 and just press backspace the error will disappear",
   * https://github.com/googleapis/google-api-go-client/issues/1041; Google's docs are silent).
   * HyperFormula leaves it blocked (https://github.com/handsontable/hyperformula/issues/1287), so
   * we enter it afresh when its area is free.
   */
  private staleArrays(): EngineAddress[] {
    const stale: EngineAddress[] = [];
    for (const key of [...this.blockedArrays]) {
      const a = parseKey(key);
      if (this.bridge.observed.has(key) || this.wanted.has(key) || !this.isBlocked(a)) {
        this.blockedArrays.delete(key);
        continue;
      }
      const want = this.arrayShape(a);
      if (want && this.isFree(a, want)) stale.push(a);
    }
    return stale;
  }

  private isBlocked(a: EngineAddress): boolean {
    const v = this.hf.getCellValue(a);
    return v instanceof DetailedCellError && v.value === '#SPILL!';
  }

  /** True when every cell of the area but its corner is empty. */
  private isFree(a: EngineAddress, shape: Shape): boolean {
    return this.firstBlocker(a, shape) === null;
  }

  private firstBlocker(a: EngineAddress, shape: Shape): EngineAddress | null {
    for (let r = 0; r < shape.rows; r++) {
      for (let c = 0; c < shape.cols; c++) {
        if (r === 0 && c === 0) continue;
        const cell = { sheet: a.sheet, row: a.row + r, col: a.col + c };
        if (!this.hf.isCellEmpty(cell)) return cell;
      }
    }
    return null;
  }

  /**
   * The size a built-in array formula's result would have where nothing blocks it: the formula
   * evaluated on its own (A1 references name the same cells wherever it is evaluated). Null when
   * it cannot be evaluated so.
   */
  private arrayShape(a: EngineAddress): Shape | null {
    const formula = this.hf.getCellFormula(a);
    if (formula === undefined) return null;
    // A custom function nested in it must not record sizes for the cell calculateFormula uses.
    const sized = new Map(this.bridge.sized);
    try {
      const v = this.hf.calculateFormula(formula, a.sheet);
      if (!Array.isArray(v)) return { rows: 1, cols: 1 };
      return { rows: v.length, cols: Math.max(1, ...v.map((r) => r.length)) };
    } catch {
      return null;
    } finally {
      this.bridge.sized.clear();
      for (const [k, v] of sized) this.bridge.sized.set(k, v);
    }
  }
}
