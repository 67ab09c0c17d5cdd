// The breach rule, once for every table that flags spend over a cost-per-result limit: the
// conditional-format formula, the Status ARRAYFORMULA and the overage text all come from here.
//
// Public API (stable; the campaign-goal sheet and flags on reports both call it):
//
//   breachFormulas(table: BreachTable): { rule: string; status: string }
//     `rule`: the custom formula for ONE conditional-format rule whose range starts at
//       `table.firstRow` (any columns: colour the row's whole width). Relative row, absolute
//       columns (`$I14`), same-sheet references only, as Sheets' conditional formats require.
//     `status`: `=ARRAYFORMULA(...)` for the first row of the Status column, one text per row of
//       firstRow..lastRow: '' (blank or excluded row), 'OK', 'Over CPL limit by $12.40',
//       'Check Spend: not a number', 'Check Spend: negative', 'Check Leads: not a number'.
//     Both are en_US formulas: write them through renderFormula(formula, table.locale).
//     Hooks: `spend.read` / `results.read` turn number-like text into numbers; `exclude` leaves
//     rows out by content; `limit` is a function of the row, so per-row (per-channel) limits work.
//     Options (flags on reports): `results.masked` judges a masked small count (TikTok's `<5`);
//     `results.negative: 'check'` gives negative results a Check Status; `lastRow: null` makes the
//     ranges open-ended (`I14:I`), so rows typed below later are judged too; `statusColumn` makes
//     `rule` colour the rows whose Status (written there) says Over, instead of judging again.
//   breachVerdict(v: BreachVerdict): string
//     The same rule on totals (one cell, not a table): `=IFERROR(...)` giving '' without spend,
//     `${v.over}$12.40` or `v.within`. en_US, render it too.
//   amountText(expr, currency, locale): string
//     en_US expression turning an amount (> 0) into text such as `$12.40` / `12,40 €`.
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
   * number for number-like text (e.g. `"1,234.50"` from an export) and the value unchanged
   * otherwise. Without it the cell's value is used as is.
   */
  read?: (ref: string) => string;
  /**
   * With `read`: an element-wise condition (1 or 0, never an error) that the cell holds a number or
   * text `read` turns into one. The rule asks it once and evaluates `read` only where it holds, so
   * a cheap `read` and a thorough `readable` keep the formula short. Without it: ISNUMBER(read).
   */
  readable?: (ref: string) => string;
  /**
   * A masked count (TikTok's `<5`: 0 to 4 results). Such a row is a certain breach when spend >
   * limit x MAX(max, 1) (Status `Over ... by at least ...`), certainly fine when spend <= limit, and
   * otherwise gets `status` (and no colour). Results columns only.
   */
  masked?: { text: string; max: number; status: string };
  /** 'check': a negative value gets `Check <label>: negative` (spend always does). Results only. */
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
   * The column the Status formula is written to. When given, `rule` colours the rows whose Status
   * starts with `Over <model> limit`, so the colour follows the Status exactly and a long reader is
   * not evaluated again for every cell of the row.
   */
  statusColumn?: string;
  /**
   * The limit's own check, for a limit in a cell the user can clear: an en_US condition (a number:
   * 0 fails) and the Status of every row with spend while it fails (never coloured). Without it a
   * cleared limit would count as 0 and flag every row.
   */
  limitCheck?: { ok: string; status: string };
}

/** One judgement step: rows where `ok` fails get `status` (and are never coloured). */
interface Check {
  /** Element-wise condition over column ranges, for the ARRAYFORMULA (a number: 0 fails). */
  ok: string;
  status: string;
  /** The same for one row, for the conditional format; omitted where a later check implies it. */
  okInRow?: string;
}

/** The formula parts of the rule over `ref`'s cells: one list of checks, then the breach test. */
function ruleParts(t: BreachTable, ref: RowRef, inRow: boolean) {
  const read = (c: BreachColumn): string => (c.read ? c.read(ref(c.column)) : ref(c.column));
  const S = read(t.spend);
  const R = read(t.results);
  // Blank, `--` and masked are told by the cell itself; an error value there is "not a number".
  const raw = (c: BreachColumn): string => ref(c.column);
  const isNumber = (c: BreachColumn, value: string): string =>
    c.readable ? `(${c.readable(raw(c))})` : `ISNUMBER(${value})`;
  const [rawS, rawR] = [raw(t.spend), raw(t.results)];
  // With a reader the cells may hold error values: they must read as "not a number", not break the
  // Status. Without one (the goal sheet) the formulas stay as they always were.
  const guard = (c: BreachColumn, expr: string, onError: string): string =>
    c.readable ? `IFERROR(${expr},${onError})` : expr;
  const L = t.limit(ref);
  const masked = t.results.masked;
  const isMasked = masked ? `IFERROR(${rawR}=${quote(masked.text)},0)` : '0';
  // 0+ turns the condition into a number: a boolean compared with 0 is FALSE in some engines.
  const kept = t.exclude ? `(0+(${t.exclude(ref)}))=0` : undefined;
  const checks: Check[] = [
    ...(kept ? [{ ok: kept, status: '', okInRow: kept }] : []),
    { ok: guard(t.spend, `(${rawS}<>"")*(${rawS}<>"--")`, '1'), status: '' },
    ...(t.limitCheck ? [{ ok: t.limitCheck.ok, status: t.limitCheck.status, okInRow: t.limitCheck.ok }] : []),
    {
      ok: isNumber(t.spend, S),
      status: `Check ${t.spend.label}: not a number`,
      okInRow: isNumber(t.spend, S),
    },
    { ok: `${S}>=0`, status: `Check ${t.spend.label}: negative` },
    {
      ok: `${guard(t.results, `(${rawR}="")+(${rawR}="--")`, '0')}+${isNumber(t.results, R)}${masked ? `+${isMasked}` : ''}`,
      status: `Check ${t.results.label}: not a number`,
      okInRow: t.results.readable
        ? `OR(IFERROR(OR(${rawR}="",${rawR}="--"),0),${isNumber(t.results, R)}${masked ? `,${isMasked}` : ''})`
        : `OR(${rawR}="",${rawR}="--",ISNUMBER(${R})${masked ? `,${isMasked}` : ''})`,
    },
    ...(t.results.negative === 'check'
      ? [
          {
            // IF, not ISNUMBER(R)*(R<0): R may be an error where it is not a number.
            ok: `IF(ISNUMBER(${R}),${R}>=0,1)`,
            status: `Check ${t.results.label}: negative`,
            okInRow: `NOT(AND(ISNUMBER(${R}),${R}<0))`,
          },
        ]
      : []),
  ];
  // Results below 1 (none, `--`, a fraction) count as 1: IF, not MAX, which folds a range.
  // With a reader, R past the checks is a number or an error (blank, `--`): one use fewer of a
  // long expression. Without one a blank R is "", which compares above any number.
  const perResult = inRow
    ? `MAX(IF(ISNUMBER(${R}),${R},0),1)`
    : t.results.readable
      ? `IFERROR(IF(${R}>1,${R},1),1)`
      : `IF(ISNUMBER(${R}),IF(${R}>1,${R},1),1)`;
  const breach = `${S}>${L}*${perResult}`;
  return { S, R, L, checks, perResult, breach, masked, isMasked };
}

/** The conditional-format formula and the Status ARRAYFORMULA of a table (en_US; see the top). */
export function breachFormulas(t: BreachTable): { rule: string; status: string } {
  if (!(t.firstRow >= 1 && (t.lastRow === null || t.lastRow >= t.firstRow))) {
    throw new Error(`breach rule: rows ${t.firstRow}..${t.lastRow} are not a range`);
  }
  const range = (c: string): string =>
    t.lastRow === null ? `${c}${t.firstRow}:${c}` : columnRange(c, t.firstRow, t.lastRow);
  const arr = ruleParts(t, range, false);
  const overText = `Over ${t.model} limit by `;
  const over = `${quote(overText)}&${amountText(`${arr.S}/${arr.perResult}-${arr.L}`, t.currency, t.locale)}`;
  let judged = `IF(${arr.breach},${over},"OK")`;
  if (arr.masked) {
    // A masked count of 0..max: over even at max results, within even at none, else unknown.
    const m = arr.masked;
    const atLeast = `${quote(`${overText}at least `)}&${amountText(`${arr.S}/${Math.max(m.max, 1)}-${arr.L}`, t.currency, t.locale)}`;
    judged = `IF(${arr.isMasked},IF(${arr.S}>${arr.L}*${Math.max(m.max, 1)},${atLeast},IF(${arr.S}<=${arr.L},"OK",${quote(m.status)})),${judged})`;
  }
  const status = arr.checks.reduceRight(
    (inner, check) => `IF(${check.ok},${inner},${quote(check.status)})`,
    judged,
  );
  const rule = t.statusColumn
    ? `=LEFT($${t.statusColumn}${t.firstRow},${overText.length - 4})=${quote(overText.slice(0, -4))}`
    : breachRow(t);
  return { rule, status: `=ARRAYFORMULA(${status})` };
}

function breachRow(t: BreachTable): string {
  const one = ruleParts(t, (c) => `$${c}${t.firstRow}`, true);
  const ok = one.checks.flatMap((c) => (c.okInRow ? [c.okInRow] : []));
  const breach = one.masked
    ? `IF(${one.isMasked},${one.S}>${one.L}*${Math.max(one.masked.max, 1)},${one.breach})`
    : one.breach;
  return `=AND(${[...ok, breach].join(',')})`;
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
  currency: string;
  locale: string;
}

/** The rule on totals: '' without spend, `over` + amount above the limit, else `within`. */
export function breachVerdict(v: BreachVerdict): string {
  const amount = amountText(`${v.spend}/MAX(${v.results},1)-${v.limit}`, v.currency, v.locale);
  return `=IFERROR(IF(N(${v.spend})=0,"",IF(${v.spend}>${v.limit}*MAX(${v.results},1),${quote(v.over)}&${amount},${quote(v.within)})),"")`;
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

/** A cell as the rule sees it once read: a number, blank (or `--`), a masked count, or a problem. */
export type RuleValue =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'masked'; max: number }
  | { kind: 'problem' };

/**
 * The rule of breachFormulas in code, for what must be predicted without reading the sheet back
 * (the count a server function answers): 'none' (no spend), 'check', 'masked' (cannot tell),
 * 'ok' or 'over'. Tests hold it to the Status formula's verdicts.
 */
export function judgeRow(
  spend: RuleValue,
  results: RuleValue,
  limit: number,
): 'none' | 'check' | 'masked' | 'ok' | 'over' {
  if (spend.kind === 'blank') return 'none';
  if (spend.kind !== 'number' || spend.value < 0) return 'check';
  if (results.kind === 'problem' || (results.kind === 'number' && results.value < 0)) return 'check';
  if (results.kind === 'masked') {
    if (spend.value > limit * Math.max(results.max, 1)) return 'over';
    return spend.value <= limit ? 'ok' : 'masked';
  }
  const count = results.kind === 'number' ? results.value : 0;
  return spend.value > limit * Math.max(count, 1) ? 'over' : 'ok';
}
