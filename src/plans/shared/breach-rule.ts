// The breach rule, once for every table that flags spend over a cost-per-result limit: the
// conditional-format formula, the Status ARRAYFORMULA, the overage text and the same judgement in
// code all come from here.
//
// Public API (stable; the campaign-goal sheet and flags on reports both call it):
//
//   breachFormulas(table: BreachTable): { rule: string; status: string }
//     `rule`: the custom formula for ONE conditional-format rule whose range starts at
//       `table.firstRow` (any columns: colour the row's whole width). Relative row, absolute
//       columns (`$I14`), same-sheet references only, as Sheets' conditional formats require.
//       With `statusColumn` it reads the Status cell; without, it runs the checks itself.
//     `status`: `=ARRAYFORMULA(...)` for the first row of the Status column, one text per row:
//       '' (no spend, or an excluded row), 'OK', 'Over CPL limit by $12.40' ('... by at least ...'
//       for a masked count), 'Check Spend: ' + 'an error value' / 'not a number' / 'negative' /
//       'too large' (the same for the results column), the missing-limit text.
//     Both are en_US formulas: write them through renderFormula(formula, table.locale). Both come
//     from one list of checks, so a row is coloured exactly when its Status says "Over".
//     Hooks: `read`/`readable` per column (number-like text from exports), `masked` (a count an
//     export hides, `<5`), `exclude` (rows left out by content), `limit` as a function of the row
//     (per-channel limits), `limitCheck`/`missingLimit` (a limit cell the user can clear),
//     `lastRow: null` (open-ended ranges, rows typed below later are judged too).
//   judgeRow(spend, results, limit): the same verdict in code, for counts a server function
//     answers without reading the sheet back.
//   breachVerdict(v: BreachVerdict): string
//     The same rule on totals (one cell, not a table): `=IFERROR(...)` giving '' without spend,
//     `${v.over}$12.40`, `v.within`, or `v.missingLimit`. en_US, render it too.
//   amountText(expr, currency, locale): string
//     en_US expression turning an amount (> 0) into text such as `$12.40` / `12,40 €`.
//   CHECK_PREFIX: Status texts of rows that could not be judged start with it (totals skip them).
//   BREACH_COLORS: the look of a breaching row on every sheet the add-on flags.
//
// The rule: a row breaches when spend > limit x MAX(results, 1) - its cost per result is over the
// limit, or it spent one whole allowance without a single result. Blank spend (or ad exports'
// `--`) is no row; blank or `--` results are 0 results. Rows whose spend or results cannot be
// judged get a `Check ...` Status and are never coloured.
import { currencyInfo } from '../currency.ts';
import { decimalMark } from '../formula-locale.ts';
import { columnRange } from './a1.ts';

export type CostModel = 'CPA' | 'CPL' | 'CPC';

/** The look of a breaching row, on every sheet the add-on flags. */
export const BREACH_COLORS = { fill: '#f4c7c3', text: '#a50e0e' } as const;

/** Largest spend or count judged: beyond it a value is a typo, and its overage text unreadable. */
export const BREACH_MAX_VALUE = 1_000_000_000_000;

/** Status texts starting with this say the row could not be judged; totals leave those rows out. */
export const CHECK_PREFIX = 'Check ';

/**
 * A reference to one column in "the current row": `$I14` inside the conditional format, the
 * column range `I14:I513` inside the Status ARRAYFORMULA. Expressions built from it must work
 * element by element in both: use `*` and `+` for AND/OR (OR and AND fold a whole range).
 */
export type RowRef = (column: string) => string;

export interface BreachColumn {
  /** Column letters on the table's own sheet, e.g. `I`. */
  column: string;
  /** The column's name in Status texts: `Check Spend: not a number`. */
  label: string;
  /**
   * Optional reader: an element-wise en_US expression of the column's reference that gives a
   * number for number-like text (e.g. `"1,234.50"` from an export). Without it the cell's value
   * is used as is.
   */
  read?: (ref: string) => string;
  /**
   * With `read`: an element-wise condition (1 or 0, never an error) that the cell holds a number or
   * text `read` turns into one. The rule asks it once and evaluates `read` only where it holds, so
   * a cheap `read` and a thorough `readable` keep the formula short. Without it: ISNUMBER(read).
   */
  readable?: (ref: string) => string;
  /**
   * Results only: a masked count (TikTok's `<5`: 0 to max results). Such a row is a certain breach
   * when spend > limit x MAX(max, 1) (Status `Over ... by at least ...`), certainly fine when
   * spend <= limit, and otherwise gets `status` (and no colour).
   */
  masked?: { text: string; max: number; status: string };
  /** Kept for callers that ask for it: negative values always get `Check <label>: negative`. */
  negative?: 'check';
}

export interface BreachTable {
  spend: BreachColumn;
  results: BreachColumn;
  /** 1-based sheet rows the rule and the Status cover; lastRow null: to the sheet's end (`I14:I`). */
  firstRow: number;
  lastRow: number | null;
  /**
   * The row's limit as an en_US expression, e.g. `$B$8`, or per channel
   * `(row) => \`IF(${row('B')}=$J$4,$L$4,$B$8)\``. Element-wise (see RowRef).
   */
  limit: (row: RowRef) => string;
  model: CostModel;
  /** ISO code of the amounts, for the overage text. */
  currency: string;
  /** Spreadsheet locale, for the overage text's decimal mark. */
  locale: string;
  /**
   * Rows that are not data (totals, footers): an element-wise en_US condition, true for a row to
   * leave out (no Status, never coloured), e.g. `(row) => \`LEFT(${row('C')},5)="Total"\``.
   * By content, not by row number: a row number goes stale once the user sorts or inserts rows.
   */
  exclude?: (row: RowRef) => string;
  /**
   * A check of the limit's own cell, before the values are read: an en_US condition (a number: 0
   * fails) and the Status of every row with spend while it fails (never coloured).
   */
  limitCheck?: { ok: string; status: string };
  /** Status when the row's limit is blank, text, an error or not above 0; default `Set the CPL limit`. */
  missingLimit?: string;
  /**
   * The column the Status formula is written to. Given, the rule reads it
   * (`LEFT($P14,14)="Over CPL limit"`):
   * coloured exactly where Status says Over, and cheap for Sheets to evaluate on every cell.
   */
  statusColumn?: string;
}

/**
 * One judgement step: rows where `ok` fails (or `bad` holds) get `status` and are never coloured.
 * Both are element-wise conditions, so the same text serves the ARRAYFORMULA and the row formula;
 * `implied` steps are left out of the row formula, whose IFERROR and number tests cover them.
 */
type Check = ({ ok: string } | { bad: string }) & { status: string; implied?: true };

/** The checks and the breach test of the rule over `ref`'s cells (column ranges or one row). */
function ruleParts(t: BreachTable, ref: RowRef) {
  const raw = (c: BreachColumn): string => ref(c.column);
  const read = (c: BreachColumn): string => (c.read ? c.read(raw(c)) : raw(c));
  const isNumber = (c: BreachColumn): string =>
    c.readable ? `(${c.readable(raw(c))})` : `ISNUMBER(${read(c)})`;
  const [rawS, rawR, S, R, L] = [raw(t.spend), raw(t.results), read(t.spend), read(t.results), t.limit(ref)];
  const spend = `${CHECK_PREFIX}${t.spend.label}`;
  const results = `${CHECK_PREFIX}${t.results.label}`;
  const noLimit = t.missingLimit ?? `Set the ${t.model} limit`;
  const max = String(BREACH_MAX_VALUE);
  const m = t.results.masked;
  const masked = m ? `IFERROR(${rawR}=${quote(m.text)},0)` : undefined;
  const checks: Check[] = [
    // 0+ turns the condition into a number: a boolean compared with 0 is FALSE in some engines.
    ...(t.exclude ? [{ bad: `0+(${t.exclude(ref)})`, status: '' }] : []),
    // Error values first: every later test would turn into the error itself, and a row with one
    // must say so even without spend, or totals over the table would break on it.
    { bad: `ISERROR(${rawS})`, status: `${spend}: an error value`, implied: true },
    { bad: `ISERROR(${rawR})`, status: `${results}: an error value`, implied: true },
    { bad: `(${rawS}="")+(${rawS}="--")`, status: '', implied: true },
    ...(t.limitCheck ? [{ ok: t.limitCheck.ok, status: t.limitCheck.status }] : []),
    { ok: isNumber(t.spend), status: `${spend}: not a number` },
    { ok: `${S}>=0`, status: `${spend}: negative` },
    { ok: `${S}<=${max}`, status: `${spend}: too large` },
    {
      ok: `(${rawR}="")+(${rawR}="--")+${isNumber(t.results)}${masked ? `+${masked}` : ''}`,
      status: `${results}: not a number`,
    },
    // IF, not ISNUMBER(R)*(R<0): where R is not a number it may be an error (a reader on a blank).
    { bad: `IF(ISNUMBER(${R}),${R}<0,0)`, status: `${results}: negative` },
    { bad: `IF(ISNUMBER(${R}),${R}>${max},0)`, status: `${results}: too large` },
    { bad: `ISERROR(${L})`, status: noLimit, implied: true },
    { ok: `ISNUMBER(${L})`, status: noLimit },
    { ok: `${L}>0`, status: noLimit },
  ];
  // Results below 1 (none, `--`, a fraction) count as 1. IF, not MAX: MAX folds a whole range.
  const perResult = `IF(ISNUMBER(${R}),IF(${R}>1,${R},1),1)`;
  const atMost = m ? String(Math.max(m.max, 1)) : '1';
  return { S, L, checks, perResult, masked, atMost, breach: `${S}>${L}*${perResult}` };
}

/** The conditional-format formula and the Status ARRAYFORMULA of a table (en_US; see the top). */
export function breachFormulas(t: BreachTable): { rule: string; status: string } {
  const last = t.lastRow;
  if (
    !Number.isInteger(t.firstRow) ||
    t.firstRow < 1 ||
    (last !== null && !(Number.isInteger(last) && last >= t.firstRow))
  ) {
    throw new Error(`breach rule: rows ${t.firstRow}..${last} are not a range`);
  }
  const over = `Over ${t.model} limit by `;
  const arr = ruleParts(t, (c) =>
    last === null ? `${c}${t.firstRow}:${c}` : columnRange(c, t.firstRow, last),
  );
  const amount = (perResult: string): string =>
    amountText(`${arr.S}/${perResult}-${arr.L}`, t.currency, t.locale);
  let judged = `IF(${arr.breach},${quote(over)}&${amount(arr.perResult)},"OK")`;
  if (arr.masked && t.results.masked) {
    // A masked count of 0..max: over even at max results, fine even at none, else unknown.
    const atLeast = `${quote(`${over}at least `)}&${amount(arr.atMost)}`;
    const unknown = `IF(${arr.S}<=${arr.L},"OK",${quote(t.results.masked.status)})`;
    judged = `IF(${arr.masked},IF(${arr.S}>${arr.L}*${arr.atMost},${atLeast},${unknown}),${judged})`;
  }
  const chain = arr.checks.reduceRight(
    (inner, c) =>
      'ok' in c ? `IF(${c.ok},${inner},${quote(c.status)})` : `IF(${c.bad},${quote(c.status)},${inner})`,
    judged,
  );
  const status = `=ARRAYFORMULA(${chain})`;
  if (t.statusColumn) {
    // `Over CPL limit` starts no other Status text (flags on reports read this formula back).
    const word = over.slice(0, -' by '.length);
    return { rule: `=LEFT($${t.statusColumn}${t.firstRow},${word.length})=${quote(word)}`, status };
  }
  const one = ruleParts(t, (c) => `$${c}${t.firstRow}`);
  const fine = one.checks.flatMap((c) => (c.implied ? [] : ['ok' in c ? c.ok : `NOT(${c.bad})`]));
  const breach = one.masked ? `IF(${one.masked},${one.S}>${one.L}*${one.atMost},${one.breach})` : one.breach;
  // IFERROR: AND evaluates every argument, so an error value in the row is its result: no colour.
  return { rule: `=IFERROR(AND(${[...fine, breach].join(',')}),0)`, status };
}

/** A cell as the rule sees it once read: a number, blank (or `--`), a masked count, text, an error. */
export type RuleValue =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'masked'; max: number }
  | { kind: 'problem' }
  | { kind: 'error' };

/**
 * The verdict of breachFormulas' Status in code, for what must be predicted without reading the
 * sheet back: 'none' (no spend), 'check' (a Check or missing-limit Status), 'masked' (cannot
 * tell), 'ok' or 'over'. Tests hold it to the Status formula.
 */
export function judgeRow(
  spend: RuleValue,
  results: RuleValue,
  limit: number,
): 'none' | 'check' | 'masked' | 'ok' | 'over' {
  if (spend.kind === 'error' || results.kind === 'error') return 'check';
  if (spend.kind === 'blank') return 'none';
  if (spend.kind !== 'number' || spend.value < 0 || spend.value > BREACH_MAX_VALUE) return 'check';
  if (results.kind === 'problem') return 'check';
  if (results.kind === 'number' && (results.value < 0 || results.value > BREACH_MAX_VALUE)) return 'check';
  if (!(limit > 0)) return 'check';
  if (results.kind === 'masked') {
    if (spend.value > limit * Math.max(results.max, 1)) return 'over';
    return spend.value <= limit ? 'ok' : 'masked';
  }
  const count = results.kind === 'number' ? results.value : 0;
  return spend.value > limit * Math.max(count, 1) ? 'over' : 'ok';
}

export interface BreachVerdict {
  /** en_US expressions of one cell each (totals): spend, results, the limit. */
  spend: string;
  results: string;
  limit: string;
  /** Text before the overage amount, e.g. `Over CPL limit by `. */
  over: string;
  /** Text when within the limit. */
  within: string;
  /** Text when the limit is blank, text or not above 0 (and there is spend); default `Set the limit`. */
  missingLimit?: string;
  currency: string;
  locale: string;
}

/** The rule on totals: '' without spend, `over` + amount above the limit, else `within`. */
export function breachVerdict(v: BreachVerdict): string {
  const amount = amountText(`${v.spend}/MAX(${v.results},1)-${v.limit}`, v.currency, v.locale);
  const judged = `IF(${v.spend}>${v.limit}*MAX(${v.results},1),${quote(v.over)}&${amount},${quote(v.within)})`;
  const limitOk = `IF(ISNUMBER(${v.limit}),${v.limit}>0,FALSE())`;
  return `=IFERROR(IF(N(${v.spend})=0,"",IF(${limitOk},${judged},${quote(v.missingLimit ?? 'Set the limit')})),"")`;
}

/** A formula string literal. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * en_US formula for an overage as text, e.g. `"$"&INT(c/100)&"."&RIGHT("0"&MOD(c,100),2)` with
 * c = cents. Built from integers so it reads the same in every engine and locale (TEXT's pattern
 * syntax is locale-dependent); no thousands grouping.
 */
export function amountText(expr: string, currency: string, locale: string): string {
  const info = currencyInfo(currency);
  const symbol = info?.symbol ?? currency;
  const dec = decimalMark(locale);
  // Rounded to the smallest unit, but at least one: `expr` is an overage (> 0 where it is used), so a
  // row that breaches by a fraction of a cent says "by $0.01", never "by $0.00".
  // IF, not MAX: this also runs inside ARRAYFORMULA, where MAX would fold the whole column.
  const units = (scale: string): string => `IF(ROUND((${expr})*${scale},0)<1,1,ROUND((${expr})*${scale},0))`;
  const number =
    info?.decimals === 0
      ? units('1')
      : `INT(${units('100')}/100)&"${dec}"&RIGHT("0"&MOD(${units('100')},100),2)`;
  return info?.position === 'suffix' ? `${number}&" ${symbol}"` : `"${symbol}"&${number}`;
}
