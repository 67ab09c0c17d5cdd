// A1 helpers: column letters <-> 1-based column numbers.

/** `1` -> `A`, `27` -> `AA`. */
export function columnLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Not a column number: ${n}`);
  let s = '';
  let k = n;
  while (k > 0) {
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** `A` -> 1, `AA` -> 27; NaN for anything that is not upper-case column letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return Number.NaN;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
