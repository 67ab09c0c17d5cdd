// Renders formulas written in en_US syntax for a spreadsheet locale (Sheets parses setFormulas in the locale).

/** Languages whose spreadsheets use a decimal comma, so formula arguments are separated by `;`. */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'ru',
  'pl',
  'sv',
  'da',
  'nb',
  'no',
  'fi',
  'cs',
  'sk',
  'tr',
  'el',
  'hu',
  'ro',
  'id',
  'vi',
  'uk',
  'bg',
  'hr',
  'sl',
  'lt',
  'lv',
  'et',
  'ca',
  'gl',
  'eu',
  'az',
  'kk',
  'be',
  'sr',
  'mk',
  'sq',
  'is',
  'ka',
  'hy',
  'mn',
  'af',
  'bs',
]);

/** Locales of those languages that write a decimal point (Switzerland, Latin American Spanish). */
const DECIMAL_POINT_EXCEPTIONS = new Set(['de_CH', 'it_CH', 'es_MX', 'es_US', 'es_419']);

/** The decimal mark of a spreadsheet locale such as `de_DE`; `.` for locales not listed. */
export function decimalMark(locale: string): '.' | ',' {
  const norm = locale.replace('-', '_');
  if (DECIMAL_POINT_EXCEPTIONS.has(norm)) return '.';
  const lang = norm.split('_')[0]?.toLowerCase() ?? '';
  return DECIMAL_COMMA_LANGUAGES.has(lang) ? ',' : '.';
}

/** The function-argument separator Sheets expects in a locale. */
export function argSeparator(locale: string): ',' | ';' {
  return decimalMark(locale) === ',' ? ';' : ',';
}

/** Splits a formula into code and "string literal" segments (a `""` inside a literal is a quote). */
function segments(formula: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = [];
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      if (j >= formula.length) throw new Error(`Unterminated string literal in formula ${formula}`);
      out.push({ code: false, text: formula.slice(i, j + 1) });
      i = j + 1;
    } else {
      const j = formula.indexOf('"', i);
      const end = j < 0 ? formula.length : j;
      out.push({ code: true, text: formula.slice(i, end) });
      i = end;
    }
  }
  return out;
}

/**
 * Renders an en_US formula for `locale`: `,` becomes `;` outside string literals where the decimal
 * mark is `,`. Throws on decimal literals (`0.5`) and array literals (`{1,2}`), whose spelling differs
 * per locale: plans must write `1/2` or use cells instead.
 */
export function renderFormula(enUsFormula: string, locale: string): string {
  if (!enUsFormula.startsWith('=')) throw new Error(`Not a formula: ${enUsFormula}`);
  const parts = segments(enUsFormula);
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
