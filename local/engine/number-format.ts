// Renders a cell value as Sheets displays it, from its number format pattern and the spreadsheet locale.
// Pattern syntax: https://developers.google.com/sheets/api/guides/formats
import { serialParts } from './dates.ts';
import type { LocaleInfo } from './locale.ts';

/** What Apps Script reports for a cell never formatted (reported; the reference page is silent). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

interface Token {
  kind: 'literal' | 'code';
  text: string;
}

/** Splits a pattern into literal text (quoted, escaped, [$sym]) and format code. */
function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const push = (kind: Token['kind'], text: string): void => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      push('literal', pattern.slice(i + 1, stop));
      i = stop + 1;
    } else if (ch === '\\') {
      push('literal', pattern[i + 1] ?? '');
      i += 2;
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      const inner = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      // [$€] or [$€-407]: a currency symbol; other brackets (colours, conditions) are dropped.
      if (inner.startsWith('$')) push('literal', inner.slice(1).split('-')[0] ?? '');
      i = end < 0 ? pattern.length : end + 1;
    } else if (ch === '_' || ch === '*') {
      // Padding directives: Sheets renders `_x` as a space-width gap; plain text has no widths.
      i += 2;
    } else {
      push('code', ch);
      i++;
    }
  }
  return out;
}

function isDatePattern(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'code' && /[ydhs]|m{1,5}/i.test(t.text.replace(/[#0?.,%E+-]/gi, '')));
}

function groupThousands(int: string, locale: LocaleInfo): string {
  const sep = locale.thousands;
  if (!locale.lakh || int.length <= 3) return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  // India groups the last three digits, then pairs: 12,34,567 (CLDR en-IN; Sheets reported alike).
  const head = int.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, sep);
  return `${head}${sep}${int.slice(-3)}`;
}

/** General: up to 10 significant digits, no grouping (what a never-formatted cell shows). */
export function formatGeneral(n: number, locale: LocaleInfo): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  let s: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    // Sheets writes the exponent with a capital E: 5.55112E-17, 1E+15.
    s = n.toExponential(5).replace(/\.?0*e/, 'E');
  } else {
    s = String(Number(n.toPrecision(10)));
  }
  return locale.decimal === ',' ? s.replace('.', ',') : s;
}

function formatNumberCode(n: number, code: string, locale: LocaleInfo): string | null {
  const m = /^([#0?,]*)(?:\.([#0?]*))?$/.exec(code);
  if (!m) return null;
  const intPart = m[1] ?? '';
  const fracPart = m[2] ?? '';
  const grouping = intPart.includes(',') && /[#0?]/.test(intPart);
  const minInt = (intPart.match(/0/g) ?? []).length;
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = fracPart.length;
  const fixed = Math.abs(n).toFixed(maxFrac);
  let [int = '0', frac = ''] = fixed.split('.');
  while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  if (grouping) int = groupThousands(int, locale);
  return frac ? `${int}${locale.decimal}${frac}` : int;
}

function formatDate(serial: number, tokens: Token[], locale: LocaleInfo): string {
  const p = serialParts(serial);
  const ampm = tokens.some((t) => t.kind === 'code' && /am\/pm/i.test(t.text));
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    const re = /am\/pm|y+|m+|d+|h+|s+|./gi;
    const parts = t.text.match(re) ?? [];
    let lastWasHour = false;
    for (let i = 0; i < parts.length; i++) {
      const tok = parts[i] ?? '';
      const lower = tok.toLowerCase();
      const next = (parts.slice(i + 1).find((x) => /[a-z]/i.test(x)) ?? '').toLowerCase();
      if (lower[0] === 'y') out += lower.length <= 2 ? String(p.year).slice(-2) : String(p.year);
      else if (lower[0] === 'm' && (lastWasHour || next.startsWith('s'))) out += pad(p.minutes, lower.length);
      else if (lower[0] === 'm') {
        if (lower.length >= 4) out += locale.months[p.month - 1] ?? '';
        else if (lower.length === 3) out += (locale.months[p.month - 1] ?? '').slice(0, 3);
        else out += pad(p.month, lower.length);
      } else if (lower[0] === 'd') {
        if (lower.length >= 4) out += locale.days[p.weekday] ?? '';
        else if (lower.length === 3) out += (locale.days[p.weekday] ?? '').slice(0, 3);
        else out += pad(p.day, lower.length);
      } else if (lower[0] === 'h') out += pad(ampm ? ((p.hours + 11) % 12) + 1 : p.hours, lower.length);
      else if (lower[0] === 's') out += pad(p.seconds, lower.length);
      else if (lower === 'am/pm') out += p.hours < 12 ? 'AM' : 'PM';
      else out += tok;
      if (/[a-z]/.test(lower)) lastWasHour = lower[0] === 'h';
    }
  }
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(Math.min(width, 2), '0');
}

/**
 * Display text of a number under `pattern`. Supported: General, digit placeholders (0 # ?) with
 * grouping and decimals, %, quoted/escaped/[$sym] literals, sections `pos;neg;zero`, and date/time
 * codes. Anything else (scientific `E+`, fractions, conditions) falls back to General: a deviation,
 * chosen so an unsupported pattern still shows the value.
 */
export function formatNumber(n: number, pattern: string, locale: LocaleInfo): string {
  if (!pattern || pattern === DEFAULT_NUMBER_FORMAT || /^general$/i.test(pattern))
    return formatGeneral(n, locale);
  const sections = splitSections(pattern);
  let section = sections[0] ?? '';
  let value = n;
  let sign = n < 0 ? '-' : '';
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
    sign = '';
  } else if (n === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const tokens = tokenize(section);
  if (isDatePattern(tokens)) return formatDate(n, tokens, locale);
  const code = tokens
    .filter((t) => t.kind === 'code')
    .map((t) => t.text)
    .join('');
  const percent = code.includes('%');
  const numeric = code.replace(/%/g, '').replace(/\s+/g, '');
  const scaled = percent ? value * 100 : value;
  const digits = numeric ? formatNumberCode(scaled, numeric, locale) : '';
  if (digits === null) return formatGeneral(n, locale);
  // Reassemble: literals keep their place before/after the digits.
  let out = '';
  let placed = false;
  for (const t of tokens) {
    if (t.kind === 'literal') out += t.text;
    else {
      const lead = /^\s*/.exec(t.text)?.[0] ?? '';
      const trail = /\s*$/.exec(t.text)?.[0] ?? '';
      if (!placed && /[#0?]/.test(t.text)) {
        out += `${lead}${digits}${percent ? '%' : ''}${trail}`;
        placed = true;
      } else if (!/[#0?.,%]/.test(t.text)) out += t.text;
      else out += `${lead}${trail}`;
    }
  }
  if (!placed) out += digits;
  const isZero = Number(value.toFixed(10)) === 0 || !/[1-9]/.test(digits);
  return `${isZero ? '' : sign}${out}`;
}

function splitSections(pattern: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of pattern) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** True when the pattern renders dates; such cells read back as JS Date in Apps Script. */
export function isDateFormat(pattern: string | undefined): boolean {
  if (!pattern || pattern === DEFAULT_NUMBER_FORMAT || /^general$/i.test(pattern)) return false;
  return isDatePattern(tokenize(splitSections(pattern)[0] ?? ''));
}

/** The plain-text format `@` (https://developers.google.com/sheets/api/guides/formats): input stays text. */
export function isTextFormat(pattern: string | undefined): boolean {
  return pattern?.trim() === '@';
}
