// The native-formula twin of numbers.ts: reads number-like text in a report cell inside a formula.

/** A formula string literal. */
const lit = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Nested SUBSTITUTEs that delete each of `chars` from `expr`. */
function without(expr: string, chars: readonly string[]): string {
  return chars.reduce((acc, ch) => `SUBSTITUTE(${acc},${lit(ch)},"")`, expr);
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * An element-wise en_US expression of `ref` (a cell or a column range) that gives a number for
 * number-like text in the spreadsheet's marks - `"1,234.50"` or `$947.51` in en_US, `1.234,56` in
 * de_DE - and `ref` unchanged otherwise; an error value becomes the text `#` (so a check says
 * "not a number" instead of the Status turning into the error).
 *
 * Text is a number only when it is digits with at most one decimal mark, grouped in threes by the
 * locale's other mark (below a billion) or not at all, with the report currency's symbol around it:
 * `1.11.2026` (a date typed as text) and `1,234.50` in de_DE are refused, never read as 1112026 or
 * 1.23450. VALUE then reads the ungrouped digits, which every locale spells the same way but for
 * its decimal mark. The same reading as numbers.ts readReportNumber (a test compares the two).
 * No LET (the local engine lacks it), so every use inlines the whole reader: it is kept short.
 */
export function nativeNumberReader(decimal: '.' | ',', symbol: string | null): (ref: string) => string {
  const group = decimal === '.' ? ',' : '.';
  const g = lit(group);
  return (ref) => {
    const t = symbol ? `TRIM(SUBSTITUTE(${ref},${lit(symbol)},""))` : `TRIM(${ref})`;
    const count = (mark: string): string => `(LEN(${t})-LEN(SUBSTITUTE(${t},${lit(mark)},"")))`;
    // Only digits and the two marks, something in it, at most one decimal mark.
    const shape = `(LEN(${without(t, [...DIGITS, group, decimal])})=0)*(LEN(${t})>0)*(${count(decimal)}<2)`;
    // Grouping marks, where there are any, sit 4 and 8 characters left of the decimal mark (or the
    // end): 1 mark in a 5-7 digit number, 2 in an 8-10 digit one. More (a billion) is refused.
    const p = `FIND(${lit(decimal)},${t}&${lit(decimal)})`;
    const markAt = (back: number): string => `(MID("${' '.repeat(back)}"&${t},${p},1)=${g})`;
    const n = count(group);
    const grouping = `(${n}=0)+(${n}=1)*(${p}>5)*(${p}<9)*${markAt(4)}+(${n}=2)*(${p}>9)*(${p}<13)*${markAt(4)}*${markAt(8)}`;
    const value = `IF(${shape}*(${grouping}),VALUE(SUBSTITUTE(${t},${g},"")),${ref})`;
    return `IF(ISNUMBER(${ref}),${ref},IF(ISERROR(${ref}),"#",IFERROR(${value},${ref})))`;
  };
}
