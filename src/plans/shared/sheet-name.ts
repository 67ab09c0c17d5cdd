// Picks a new, valid, unique sheet name for a goal: 'Goal - Q4 leads', then 'Goal - Q4 leads (2)', ...

/** Sheets' limit on a sheet name's length. */
export const SHEET_NAME_MAX = 100;

/**
 * `Goal - <name>` cleaned for a sheet tab: no control characters, none of `[ ] : * ? / \` (refused by
 * Excel export and by references in some tools), no leading/trailing apostrophe or space.
 */
export function baseSheetName(goalName: string): string {
  const cleaned = `Goal - ${goalName}`
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
    .replace(/[\u0000-\u001f\u007f[\]:*?/\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return cutAt(cleaned, SHEET_NAME_MAX).trimEnd();
}

/**
 * The first `max` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair
 * (an emoji): a lone half is not a character and shows as garbage in the tab.
 */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** The n-th candidate (n >= 1): the base, then `base (n)` truncated so it stays within 100 chars. */
export function sheetNameCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = ` (${n})`;
  return `${cutAt(base, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** The first candidate `exists` says is free; throws after `maxTries`. */
export function uniqueSheetName(goalName: string, exists: (name: string) => boolean, maxTries = 200): string {
  const base = baseSheetName(goalName);
  for (let n = 1; n <= maxTries; n++) {
    const candidate = sheetNameCandidate(base, n);
    if (!exists(candidate)) return candidate;
  }
  throw new Error(`There are already ${maxTries} sheets named like "${base}"; rename the goal`);
}
