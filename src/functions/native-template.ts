// The usual shape of a spec's native formula template: blank for blank inputs and zero denominators.

/**
 * A native formula template that is blank where the custom function is: when an input is blank or
 * the `--` ad platforms export for "no data", and (tested only after that, so a `--` never reaches
 * the arithmetic) when a denominator is 0:
 * `IF(OR({a}="",{a}="--",{b}="",{b}="--"),"",IF({b}=0,"",expr))`. Every blank test sits inside one
 * OR(...) so src/plans/sharing can turn it into an element-wise sum for ranges.
 */
export function native(params: readonly string[], zero: readonly string[], expr: string): string {
  const blanks = params.flatMap((p) => [`{${p}}=""`, `{${p}}="--"`]);
  if (zero.length > 1) throw new Error(`native(): one denominator per template, got ${zero.join(', ')}`);
  const body = zero.length === 0 ? expr : `IF(${zero[0]}=0,"",${expr})`;
  return `IF(OR(${blanks.join(',')}),"",${body})`;
}
