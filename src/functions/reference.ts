// The function reference the sidebar shows: plain JSON built from the specs (it crosses
// google.script.run, so no functions or Dates).
import type { FunctionSpec, ParamKind } from './spec.ts';
import { SPECS } from './specs.ts';

export interface ParamReference {
  name: string;
  description: string;
  kind: ParamKind;
  optional: boolean;
  /** Present only for optional parameters that have a default. */
  defaultValue?: number;
}

export interface FunctionReference {
  name: string;
  /** How it is typed, e.g. `LTV(avg_order_value, purchases_per_period, periods, [gross_margin])`. */
  syntax: string;
  summary: string;
  params: ParamReference[];
  returns: string;
  example: string;
  resultFormat: FunctionSpec['resultFormat'];
}

export function syntaxOf(spec: FunctionSpec): string {
  const list = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${list.join(', ')})`;
}

export function functionReference(specs: readonly FunctionSpec[] = SPECS): FunctionReference[] {
  return specs.map((spec) => ({
    name: spec.name,
    syntax: syntaxOf(spec),
    summary: spec.summary,
    params: spec.params.map((p) => {
      const ref: ParamReference = {
        name: p.name,
        description: p.description,
        kind: p.kind,
        optional: p.optional === true,
      };
      if (p.optional && p.defaultValue !== undefined) ref.defaultValue = p.defaultValue;
      return ref;
    }),
    returns: spec.returns,
    example: spec.example,
    resultFormat: spec.resultFormat,
  }));
}
