// The one place that turns user text into a value Sheets stores as that text (never a formula or number).

/**
 * The value to write with setValues so the cell holds exactly `text`. setValues parses strings as
 * if typed (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)):
 * `=`/`+`/`-` start formulas, and Sheets reads far more as numbers and dates than a pattern could
 * safely predict (`March 1`, `1/2`, `(5)`, `TRUE`, `12%`, `€5`...). A leading apostrophe makes any
 * typed input text and is not part of the stored value, so every non-empty text gets one.
 */
export function asLiteralText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
