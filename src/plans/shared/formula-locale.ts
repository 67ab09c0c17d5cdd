// Renders formulas written in en_US syntax for a spreadsheet locale (Sheets parses setFormulas in the locale).
import { type ArgSeparator, type DecimalMark, sheetsLocale } from '../../locale/locales.ts';
import { literalSegments } from './formula-text.ts';

/** The decimal mark of a spreadsheet locale such as `de_DE` (src/locale/locales.ts). */
export function decimalMark(locale: string): DecimalMark {
  return sheetsLocale(locale).decimal;
}

/**
 * The function-argument separator formulas are written with in a locale: the locale's own, from
 * the one locale table. Why per locale and not `;` everywhere (Sheets is reported to auto-correct
 * `;` to `,` where `,` is the separator, and budget-n-sheets relies on it): the auto-correction is
 * reported for typing and budget-n-sheets' `setFormula`, never documented, and the 28 comma locales
 * hold most of our users (en_US, en_GB, en_IN...), where `,` is what Google's own examples write.
 * Writing each locale's own separator needs no auto-correction anywhere, and a formula reads back
 * exactly as written. Where the table does not settle the separator (a locale outside the cited
 * list, or one Sheets adds later) the table gives `;`, the spelling reported to parse everywhere.
 */
export function argSeparator(locale: string): ArgSeparator {
  return sheetsLocale(locale).argSeparator;
}

/**
 * Renders an en_US formula for `locale`: `,` becomes `;` outside string literals where the decimal
 * mark is `,`. Throws on decimal literals (`0.5`) and array literals (`{1,2}`), whose spelling differs
 * per locale: plans must write `1/2` or use cells instead.
 */
export function renderFormula(enUsFormula: string, locale: string): string {
  if (!enUsFormula.startsWith('=')) throw new Error(`Not a formula: ${enUsFormula}`);
  const parts = literalSegments(enUsFormula);
  for (const p of parts) {
    if (!p.code) continue;
    if (/(^|[^A-Za-z0-9_$])\d*\.\d/.test(p.text)) {
      throw new Error(`Decimal literal in formula (spelled differently per locale): ${enUsFormula}`);
    }
    if (p.text.includes('{')) {
      throw new Error(`Array literal in formula (spelled differently per locale): ${enUsFormula}`);
    }
  }
  if (argSeparator(locale) === ',') return enUsFormula;
  return parts.map((p) => (p.code ? p.text.split(',').join(';') : p.text)).join('');
}
