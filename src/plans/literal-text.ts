// The one place that turns user text into a value Sheets stores as that text (never a formula or number).

/**
 * Text Sheets would not keep as typed: formulas (`=`, `+`, `-`, `@`), a leading apostrophe (eaten as
 * the text marker), and anything that could parse as a number, date, time, percent, currency or boolean.
 */
const NEEDS_APOSTROPHE = /^(?:[=+\-@']|\s*[-+]?[\d.,$€£¥₹₩₺₪(]|\s*(?:true|false)\s*$)/i;

/**
 * The value to write with setValues so the cell holds exactly `text`: a leading apostrophe when
 * Sheets would otherwise parse it (Sheets keeps the apostrophe as a marker, not as content).
 */
export function asLiteralText_(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}
