// Placeholder until the KPI specs land: the list of every custom function's single spec.
import type { FunctionSpec } from './spec.ts';

export const SPECS: readonly FunctionSpec[] = [];
