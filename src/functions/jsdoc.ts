// Renders a function spec as the JSDoc block Sheets reads for autocomplete (`@customfunction`).
// The build writes it above each generated top-level declaration in dist/Code.js, because
// esbuild drops comments from the bundle.
import type { FunctionSpec } from './spec.ts';

/** JSDoc text must not close the comment early. */
const clean = (text: string): string => text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();

export function renderJsDoc(spec: FunctionSpec): string {
  const lines = [clean(spec.summary), ''];
  for (const p of spec.params) {
    const name = p.optional ? `[${p.name}]` : p.name;
    const dflt = p.optional && p.defaultValue !== undefined ? ` Optional; default ${p.defaultValue}.` : '';
    lines.push(`@param {number|Array<Array<number>>} ${name} ${clean(p.description)}${dflt}`);
  }
  lines.push(`@return ${clean(spec.returns)}`, `@example ${clean(spec.example)}`, '@customfunction');
  return ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}

/** The top-level declaration Apps Script needs, delegating to the bundle. */
/** `target` is the path inside the bundle variable, e.g. `customFunctions.ROAS`. */
export function renderStub(
  bundleVar: string,
  target: string,
  name: string,
  params: readonly string[],
): string {
  // The parameter list names the arguments for autocomplete and the reader; `arguments` passes on
  // every argument given, so `=ROAS(A2, B2, C2)` gets the "takes at most 2 arguments" error that a
  // built-in would give instead of silently dropping C2.
  return `function ${name}(${params.join(', ')}) {\n  return ${bundleVar}.${target}.apply(null, arguments);\n}`;
}
