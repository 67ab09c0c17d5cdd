// The KPI custom functions, keyed by the name users type: each one is its spec run through the
// one shared argument path.
import { type KpiResult, runFunction } from './args.ts';
import type { FunctionSpec } from './spec.ts';
import { SPECS } from './specs.ts';

export type CustomFunction = (...args: unknown[]) => KpiResult;

function customFunction(spec: FunctionSpec): CustomFunction {
  return (...args: unknown[]) => runFunction(spec, args);
}

export const CUSTOM_FUNCTIONS: Readonly<Record<string, CustomFunction>> = Object.fromEntries(
  SPECS.map((spec) => [spec.name, customFunction(spec)]),
);
