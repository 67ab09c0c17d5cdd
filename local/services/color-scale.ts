// Colour-scale (gradient) conditional-format rules, after Google's reference:
// ConditionalFormatRuleBuilder.setGradientMinpoint / setGradientMinpointWithValue / setGradientMidpointWithValue /
// setGradientMaxpoint / setGradientMaxpointWithValue
// (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder),
// GradientCondition (https://developers.google.com/apps-script/reference/spreadsheet/gradient-condition)
// and InterpolationType (https://developers.google.com/apps-script/reference/spreadsheet/interpolation-type).
// The reference says what each point is; it is silent on how colours between points are mixed
// (here: straight lines in RGB), on cells that are not numbers (here: the scale does not apply, so
// a later rule may) and on PERCENTILE's method (here: linear between ranks, as PERCENTILE.INC).
import type { GradientModel, GradientPoint } from '../engine/model.ts';
import { expose } from './calls.ts';
import { type EnumValue, InterpolationType } from './enums.ts';
import type { DocState } from './state.ts';

type Kind = GradientPoint['type'];

/** A point of the scale; a value given as a formula (`=A1`) is not emulated. */
export function gradientPoint(color: string, type: unknown, value: unknown): GradientPoint {
  const kind = String(type) as Kind;
  if (!(kind in InterpolationType)) throw new Error(`Invalid interpolation type: ${String(type)}`);
  const text = value === undefined || value === null ? '' : String(value);
  if (text.startsWith('=')) throw new Error('not emulated: a colour-scale point given as a formula');
  return { color, type: kind, value: text };
}

/** https://developers.google.com/apps-script/reference/spreadsheet/rgb-color */
class RgbColorImpl {
  readonly _api: GoogleAppsScript.Base.RgbColor;
  constructor(
    doc: DocState,
    readonly _hex: string,
  ) {
    this._api = expose(this, 'RgbColor', doc.ctx);
  }
  asHexString(): string {
    return this._hex;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/color */
class ColorImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.Color;
  constructor(
    readonly _doc: DocState,
    readonly _hex: string,
  ) {
    this._api = expose(this, 'Color', _doc.ctx);
  }
  asRgbColor(): GoogleAppsScript.Base.RgbColor {
    return new RgbColorImpl(this._doc, this._hex)._api;
  }
}

export class GradientConditionImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.GradientCondition;
  constructor(
    readonly _doc: DocState,
    readonly _model: GradientModel,
  ) {
    this._api = expose(this, 'ConditionalFormatGradientCondition', _doc.ctx);
  }
  private point(which: 'min' | 'mid' | 'max'): GradientPoint | null {
    return this._model[which] ?? null;
  }
  private color(which: 'min' | 'mid' | 'max'): GoogleAppsScript.Spreadsheet.Color | null {
    const p = this.point(which);
    return p ? new ColorImpl(this._doc, p.color)._api : null;
  }
  private kind(which: 'min' | 'mid' | 'max'): EnumValue | null {
    const p = this.point(which);
    return p ? InterpolationType[p.type] : null;
  }
  getMinColorObject(): GoogleAppsScript.Spreadsheet.Color | null {
    return this.color('min');
  }
  getMidColorObject(): GoogleAppsScript.Spreadsheet.Color | null {
    return this.color('mid');
  }
  getMaxColorObject(): GoogleAppsScript.Spreadsheet.Color | null {
    return this.color('max');
  }
  getMinType(): EnumValue | null {
    return this.kind('min');
  }
  getMidType(): EnumValue | null {
    return this.kind('mid');
  }
  getMaxType(): EnumValue | null {
    return this.kind('max');
  }
  getMinValue(): string | null {
    return this.point('min')?.value ?? null;
  }
  getMidValue(): string | null {
    return this.point('mid')?.value ?? null;
  }
  getMaxValue(): string | null {
    return this.point('max')?.value ?? null;
  }
}

/** PERCENTILE.INC of sorted values at p (0-100). */
function percentile(sorted: readonly number[], p: number): number {
  const at = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (b - a) * (at - lo);
}

function pointValue(p: GradientPoint, sorted: readonly number[]): number {
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  if (p.type === 'MIN') return min;
  if (p.type === 'MAX') return max;
  const n = Number(p.value);
  if (p.type === 'PERCENT') return min + ((max - min) * n) / 100;
  if (p.type === 'PERCENTILE') return percentile(sorted, n);
  return n;
}

function mix(from: string, to: string, t: number): string {
  const channel = (hex: string, i: number): number => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => {
    const v = Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t);
    return v.toString(16).padStart(2, '0');
  });
  return `#${out.join('')}`;
}

/**
 * The colour the scale gives `value`, among `values` (every number in the rule's ranges); null when
 * the cell is not a number, so the scale does not apply to it.
 */
export function gradientColor(g: GradientModel, value: unknown, values: readonly number[]): string | null {
  if (typeof value !== 'number' || values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const stops = [g.min, g.mid, g.max]
    .filter((p): p is GradientPoint => p !== null && p !== undefined)
    .map((p) => ({ at: pointValue(p, sorted), color: p.color }));
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return null;
  if (value <= first.at) return first.color;
  if (value >= last.at) return last.color;
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1] as { at: number; color: string };
    const b = stops[i] as { at: number; color: string };
    if (value <= b.at) return b.at === a.at ? b.color : mix(a.color, b.color, (value - a.at) / (b.at - a.at));
  }
  return last.color;
}
