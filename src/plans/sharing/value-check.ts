// The check before a cell is converted: the value the add-on's function gives for the inputs it
// read, against what the cell shows today; and why a cell showing an error shows it.

/** The value of a formula that is one add-on call, as its inputs give it today. */
export interface WholeValue {
  readonly name: string;
  readonly v: unknown;
}

/** The top-left value of a result (what the formula's own cell shows when it spills). */
const topLeft = (v: unknown): unknown => (Array.isArray(v) ? (v[0] as unknown[] | undefined)?.[0] : v);

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  const blank = (x: unknown): boolean => x === '' || x === null || x === undefined;
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return String(a) === String(b);
}

const shownText = (v: unknown): string => (v === '' || v === null || v === undefined ? 'a blank' : String(v));

/**
 * Why a conversion would change what the cell shows, or undefined: the native formula gives the
 * add-on's value for these inputs, so a cell showing something else is answered by another function
 * of the same name (a user's own script) or is stale - converting would change it silently.
 */
export function valueChange(whole: WholeValue, shown: unknown): string | undefined {
  const v = topLeft(whole.v);
  if (sameValue(v, shown)) return undefined;
  return `It shows ${shownText(shown)} today, but the add-on's ${whole.name} gives ${shownText(v)} for these inputs: another function named ${whole.name} (a script of your own?) may be answering here. Left as it is, so its value does not change; check which function the cell calls.`;
}

/** Why a cell shows an error today when the walk found no refusal of its own. */
export function errorReason(shown: string, whole: WholeValue | undefined): string {
  const v = whole?.v;
  if (
    shown === '#REF!' &&
    Array.isArray(v) &&
    (v.length > 1 || ((v[0] as unknown[] | undefined)?.length ?? 0) > 1)
  ) {
    const rows = v.length;
    const cols = (v[0] as unknown[]).length;
    return `It shows #REF! today: its result (${rows} x ${cols} cells) is blocked by cells that are not empty below or beside it (a blocked spill). Clear them, then convert.`;
  }
  return `It shows ${shown} today. Fix what the function refuses first (a negative, a date or text where a number goes): a native formula would show a number there.`;
}
