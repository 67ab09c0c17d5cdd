// The breach rule, once for every table that flags spend over a cost-per-result limit: the
// conditional-format formula, the Status ARRAYFORMULA and the overage text all come from here.
//
// Public API (stable; the campaign-goal sheet and flags on reports both call it):
//
//   breachFormulas(table: BreachTable): { rule: string; status: string }
//     `rule`: the custom formula for ONE conditional-format rule whose range starts at
//       `table.firstRow` (any columns: colour the row's whole width). Relative row, absolute
//       columns (`$I14`), same-sheet references only, as Sheets' conditional formats require.
//       With `statusColumn` it reads the Status cell; without, it runs the checks itself.
//     `status`: `=ARRAYFORMULA(...)` for the first row of the Status column, one text per row of
//       firstRow..lastRow: '' (blank or excluded row), 'OK', 'Over CPL limit by $12.40',
//       'Check Spend: not a number' / 'negative' / 'too large' / 'an error value' / 'a date' /
//       'a percentage or a time, not money' (the same but the last for the results column), 'Set
//       the CPL limit' (the row's limit is blank or not above 0).
//     Both are en_US formulas: write them through renderFormula(formula, table.locale). Both come
//     from one list of checks, so a row is coloured exactly when its Status says "Over".
//     Hooks: `spend.read` / `results.read` turn number-like text into numbers; `exclude` leaves
//     rows out by content; `limit` is a function of the row, so per-row (per-channel) limits work;
//     `maskedResults` for counts an export hides (`<5`); `missingLimit` words the blank-limit text.
//   breachVerdict(v: BreachVerdict): string
//     The same rule on totals (one cell, not a table): `=IFERROR(...)` giving '' without spend,
//     `${v.over}$12.40`, `v.within`, or `v.missingLimit`. en_US, render it too.
//   amountText(expr, currency, locale): string
//     en_US expression turning an amount (> 0) into text such as `$12.40` / `12,40 €`.
//   CHECK_PREFIX: Status texts of rows that could not be judged start with it (totals skip them).
//   judgeRow(spend, results, limit): the same verdict in code, for counts a server function must
//     answer without reading the Status back (flags on reports: count.ts, which reads only the
//     spend and results cells' number formats, where a row is over); tests hold it to the formula.
//   BREACH_COLORS: the fill and text colour of a breaching row, on every sheet the add-on flags.
//
// The rule: a row breaches when spend > limit x MAX(results, 1) - its cost per result is over the
// limit, or it spent one whole allowance without a single result. Blank spend (or ad exports'
// `--`) is no row; blank or `--` results are 0 results. Rows whose spend or results cannot be
// judged get a `Check ...` Status and are never coloured.

import { columnNumber, columnRange } from './a1.ts';
import {
  CONFIRMED,
  confidenceParts,
  levelTest,
  moreWithout,
  NOT_YET,
  RESULT_WORD,
} from './breach-verdict.ts';
import type { CostModel } from './cost-model.ts';
import { currencyInfo } from './currency.ts';
import { decimalMark } from './formula-locale.ts';
import { quoteString } from './formula-text.ts';

/** The look of a breaching row, on every sheet the add-on flags. */
export const BREACH_COLORS = { fill: '#f4c7c3', text: '#a50e0e' } as const;

/** The look of a row over the limit whose breach is not yet sure (amber): a warning, not a verdict. */
export const NOT_YET_COLORS = { fill: '#fce8b2', text: '#7a4f01' } as const;

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
   * number-like text. Given, `read` may be cheap and meaningful only where this holds: the rule
   * asks `readable` once and looks at the cell itself for errors, blanks and masked counts; the
   * Status computes `read` once (LET, Names) and a row formula inlines it only where it needs it.
   */
  readable?: (ref: string) => string;
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
   * `name(key, expr)` gives a piece used more than once a name (the Status computes it once).
   */
  exclude?: (row: RowRef, name: (key: string, expr: string) => string) => string;
  /**
   * Checks of the table's own (a date outside the campaign, an unknown channel): element-wise
   * en_US conditions, true for a row to leave unjudged, each with its Status as an en_US text
   * expression (it may quote the cell: `"Check Channel: '"&B14:B&"'"`). Asked after errors and
   * blank spend, before the spend and results checks; such rows are never coloured.
   */
  extraChecks?: (row: RowRef) => { bad: string; status: string }[];
  /**
   * Status of a row whose spend is blank (or `--`) while its results cell is not: given, only a row
   * blank in both is no row (''), and such a row says this instead of being left out silently. A
   * goal sheet's totals count every row whose Status is no Check: a row of leads typed before its
   * spend would count unjudged (its date, channel and results never checked).
   */
  blankSpendWithResults?: string;
  /**
   * Status when the row's limit is blank, text, an error or not above 0; default `Set the CPL limit`.
   * A text, or an en_US text expression (`{ expr }`, cellWords: the cell's address as it is now).
   */
  missingLimit?: string | { expr: string };
  /**
   * The confidence level as an en_US expression of one cell, e.g. `$Q$4` (0.95 for 95%). Given, a
   * judged row's Status says how sure it is (breach-verdict.ts): `... · confirmed` (coloured red),
   * `... · not yet sure: $84.64 more without a conversion confirms it` (amber), `OK · confirmed`.
   */
  level?: string;
  /** Status when the level is blank, text or outside 50%-99.9%; default `Set the confidence level` (text or `{ expr }`). */
  missingLevel?: string | { expr: string };
  /**
   * A masked results count (TikTok writes `<5` for 0 to 4): certainly over when spend > limit x
   * atMost, certainly fine when spend <= limit, else `status` (default: cannot tell), uncoloured.
   */
  maskedResults?: { text: string; atMost: number; status?: string };
  /**
   * The column the Status ARRAYFORMULA is written to (its first row being firstRow). Given, the
   * rule just reads it (`LEFT($P14,5)="Over "`): coloured exactly where Status says "Over", and
   * cheap for Sheets to evaluate on every cell of a wide table. Without it, the rule re-evaluates
   * the same checks itself (for a table whose Status lives elsewhere or nowhere).
   */
  statusColumn?: string;
  /**
   * With `statusColumn`: words written into the rule as an always-true term
   * (`=AND(LEFT($P4,5)="Over ","Flag limit breaches"<>"")`), so the code that wrote the rule tells it
   * apart from another table's status-column rule on the same sheet (and the user sees whose it is).
   */
  statusRuleTag?: string;
}

/** Largest spend or count judged: beyond it a value is a typo, and its overage text unreadable. */
export const BREACH_MAX_VALUE = 1_000_000_000_000;

/** What a Check says of a spend cell showing a percentage or a time (`Check Spend: ...`). */
const PERCENT_OR_TIME = 'a percentage or a time, not money';

/**
 * Whether a number shown with `pattern` (a cell's number format) shows a `%` or a `:`, which the
 * Status's TO_TEXT check reads as a percentage or a time: the same test in code, for the counts a
 * server function answers (report-flags/count.ts). Quoted or escaped, the characters show all the
 * same; a pattern whose `%` or `:` sits only in a section for other numbers (`0;0;"n/a:"`) is
 * taken as showing it (rare; the count may then miss such a row).
 */
export function showsPercentOrTime(pattern: string): boolean {
  return /[%:]/.test(pattern);
}

/** The same of a results cell (`Check Leads: ...`). */
const PERCENT_OR_TIME_COUNT = 'a percentage or a time, not a count';

/** Status texts starting with this say the row could not be judged; totals leave those rows out. */
export const CHECK_PREFIX = 'Check ';

/**
 * One judgement step: rows where `ok` fails (or `bad` holds) get `status` and are never coloured.
 * Both are element-wise conditions, so the same text serves the ARRAYFORMULA and the row formula;
 * `implied` steps are left out of the row formula, whose IFERROR and ISNUMBER tests cover them.
 */
type Check = ({ ok: string } | { bad: string }) & { status: string; implied?: true; expr?: true };

/**
 * The Status ARRAYFORMULA's shared pieces, each computed once. Inside an ARRAYFORMULA every
 * mention of a column or of a piece is a pass over every row; LET names it once, and "the
 * value_expressions evaluates only once in the LET function, even if the next value_expressions or
 * the formula_expression uses them multiple times" (https://support.google.com/docs/answer/13190535).
 * Each computed value is its own ARRAYFORMULA, and so is the LET's formula: Google does not say
 * whether LET inside ARRAYFORMULA evaluates its value_expressions element by element, and
 * ARRAYFORMULA is element by element either way (the page's own example names an array - a FILTER
 * result - and uses it inside ARRAYFORMULA). Functions that read a cell's format (ISDATE, TO_TEXT)
 * are given the cells themselves, never a name: whether a name bound to a range keeps the cells'
 * formats the page does not say. The row formula of a conditional format names nothing (`on` false).
 */
class Names {
  private readonly pairs: [string, string][] = [];
  constructor(readonly on: boolean) {}
  /** `expr` under the name `st_<key>`: a range as it is, a computed value in its own ARRAYFORMULA. */
  name(key: string, expr: string, computed = true): string {
    if (!this.on) return expr;
    const name = `st_${key}`;
    // LET's names are case-insensitive (its page): `st_k` would be `st_K`.
    const known = this.pairs.find(([n]) => n.toUpperCase() === name.toUpperCase());
    if (known) {
      if (known[1] !== (computed ? `ARRAYFORMULA(${expr})` : expr))
        throw new Error(`breach rule: ${name} named twice`);
      return name;
    }
    this.pairs.push([name, computed ? `ARRAYFORMULA(${expr})` : expr]);
    return name;
  }
  /** The formula over every name given so far. */
  wrap(body: string): string {
    if (this.pairs.length === 0) return body;
    return `LET(${this.pairs.map(([n, v]) => `${n},${v}`).join(',')},ARRAYFORMULA(${body}))`;
  }
}

/**
 * The checks and the breach test of the rule over `ref`'s cells (column ranges or one row). The
 * columns are read through `names` (the Status), the cells' own formats through `ref`.
 */
function ruleParts(t: BreachTable, ref: RowRef, names: Names) {
  // Every column the rule reads, once: the Status names it, a row formula mentions the cell.
  const col: RowRef = (c) => names.name(c, ref(c), false);
  const read = (c: BreachColumn): string =>
    c.read ? names.name(`${c.column}_number`, c.read(col(c.column))) : col(c.column);
  const S = read(t.spend);
  const R = read(t.results);
  // One limit for every row (a cell) is mentioned as it is; a limit per row is computed once.
  const limit = t.limit(col);
  const oneLimit = t.limit(() => '') === limit;
  const L = oneLimit ? limit : names.name('limit', limit);
  const spend = `${CHECK_PREFIX}${t.spend.label}`;
  const results = `${CHECK_PREFIX}${t.results.label}`;
  const noLimit = t.missingLimit ?? `Set the ${t.model} limit`;
  const max = String(BREACH_MAX_VALUE);
  const m = t.maskedResults;
  // With a thorough `readable`, R and S are numbers only where it holds: what must be told of any
  // cell (an error value, blank, `--`, a masked count) is told from the cell itself.
  const cellS = t.spend.readable ? col(t.spend.column) : S;
  const cellR = t.results.readable ? col(t.results.column) : R;
  const isNumber = (c: BreachColumn, value: string): string =>
    c.readable ? `(${c.readable(col(c.column))})` : `ISNUMBER(${value})`;
  // A judged row's results as a number, and 0 where that is an error: blank or `--` (or, past the
  // checks, nothing else). R*1 and IFERROR, not IF(ISNUMBER(R),R,0): one test of the column.
  const number = names.name('count', `IFERROR(${R}*1,0)`);
  const masked = m ? `(${cellR}=${quoteString(m.text)})` : '0';
  const overRows = names.on;
  // Over a range, whether ISDATE answers per element is asked of a two-element SEQUENCE, not of the
  // whole column again: the same answer at a fraction of the cost (the Status is evaluated per row).
  // The probe is one value (IFERROR on it, not on each row's answer): rows whose cell is an error
  // value never get this far down the chain, so the per-row answer needs no IFERROR of its own.
  const isDate = (c: string): string =>
    overRows
      ? `IF(IFERROR(ROWS(ISDATE(SEQUENCE(2)))=2,FALSE()),ISDATE(${c}),0)`
      : `IFERROR(IF(ROWS(ISDATE(${c}))=ROWS(${c}),ISDATE(${c}),0),0)`;
  // A number whose cell shows a `%` or a `:` (a time): TO_TEXT gives a number as its cell shows it
  // (https://support.google.com/docs/answer/3094285). One TO_TEXT, `:` turned into `%`, one FIND:
  // the Status reads the column once for both. Guarded as isDate is: how TO_TEXT answers a range
  // inside ARRAYFORMULA is not documented (local/engine/array-rules.ts).
  // Over a range the test leaves out ISNUMBER(cell): it comes after the not-a-number check, which
  // has told every text cell already (TO_TEXT of a text is the text, `%` or not).
  const percentOrTime = (c: string): string => {
    const shown = `ISNUMBER(FIND("%",SUBSTITUTE(TO_TEXT(${c}),":","%")))`;
    return overRows
      ? `IF(IFERROR(ROWS(TO_TEXT(SEQUENCE(2)))=2,FALSE()),${shown},0)`
      : `IFERROR(ISNUMBER(${c})*${shown},0)`;
  };
  const atMost = m ? String(Math.max(Math.ceil(m.atMost), 1)) : '1';
  const checks: Check[] = [
    // 0+ turns the condition into a number: a boolean compared with 0 is FALSE in some engines.
    ...(t.exclude ? [{ bad: `0+(${t.exclude(col, (k, e) => names.name(k, e))})`, status: '' }] : []),
    // Errors first: every later test would turn into the error itself.
    { bad: `ISERROR(${cellS})`, status: `${spend}: an error value`, implied: true },
    { bad: `ISERROR(${cellR})`, status: `${results}: an error value`, implied: true },
    ...(t.blankSpendWithResults === undefined
      ? [{ bad: `(${cellS}="")+(${cellS}="--")`, status: '', implied: true as const }]
      : [
          {
            bad: `((${cellS}="")+(${cellS}="--"))*((${cellR}="")+(${cellR}="--"))`,
            status: '',
            implied: true as const,
          },
          { bad: `(${cellS}="")+(${cellS}="--")`, status: t.blankSpendWithResults },
        ]),
    ...(t.extraChecks?.(col) ?? []).map((c) => ({
      bad: `0+(${c.bad})`,
      status: c.status,
      expr: true as const,
    })),
    // Sheets stores a date as a number (3/2/2025 is 45718): typed into Spend it would count as
    // money. ISDATE tells it by the cell's date format (https://support.google.com/docs/answer/9061381),
    // which typing a date gives the cell even where the column had a money format. Google does not
    // say how ISDATE behaves over a range inside ARRAYFORMULA (local/engine/array-rules.ts): should
    // it answer one value for an array, or an error, the check falls silent (the ROWS test on
    // ISDATE(SEQUENCE(2)), IFERROR) instead of giving every row the first row's answer or that error.
    // The probe is a SEQUENCE, not two rows of the column: rows inserted or deleted do not resize it.
    { bad: isDate(ref(t.spend.column)), status: `${spend}: a date` },
    { ok: isNumber(t.spend, S), status: `${spend}: not a number` },
    // Typing `12%` or `10:30` stores 0.12 or 0.4375 with a percent or time format: a formula sees
    // only the number, which would count as money. The cell's shown text tells them apart.
    { bad: percentOrTime(ref(t.spend.column)), status: `${spend}: ${PERCENT_OR_TIME}` },
    { ok: `${S}>=0`, status: `${spend}: negative` },
    { ok: `${S}<=${max}`, status: `${spend}: too large` },
    // The same for a date typed into the results column: 3/2/2025 would count as 45718 leads.
    { bad: isDate(ref(t.results.column)), status: `${results}: a date` },
    {
      ok: `(${cellR}="")+(${cellR}="--")+${isNumber(t.results, R)}+${masked}`,
      status: `${results}: not a number`,
    },
    // `12%` or `10:30` typed into the results column (a rate pasted into the wrong column) is no
    // count: 0.12 or 0.4375 results would be judged as a fraction of one.
    { bad: percentOrTime(ref(t.results.column)), status: `${results}: ${PERCENT_OR_TIME_COUNT}` },
    // Blank, `--` or masked results pass these (read as 0), as text compares unlike numbers.
    // Read as it is (no reader), text and blank compare as not below 0: the cell itself, once.
    { bad: t.results.read ? `(${number}<0)` : `(${R}<0)`, status: `${results}: negative` },
    { bad: `(${number}>${max})`, status: `${results}: too large` },
    // One test, never an error (IF picks the comparisons only for a number): each step of an IF
    // chain costs a pass over every row in the ARRAYFORMULA, a test of the one limit cell does not.
    // A limit typed as 1e308 overflows limit x count: #NUM! in every row, totals included.
  ];
  const limitOk = `IF(ISNUMBER(${L}),(${L}>0)*(${L}<=${max}),0)`;
  if (t.level) {
    const V = t.level;
    const noLevel = t.missingLevel ?? 'Set the confidence level';
    // One step for both cells: the words are picked by a test of the limit alone, one value (not
    // a pass over every row) where the limit is one cell.
    checks.push({
      ok: `${limitOk}*IF(ISNUMBER(${V}),${levelTest(V)},0)`,
      status: `IF(${limitOk},${wordsOf(noLevel)},${wordsOf(noLimit)})`,
      expr: true,
    });
  } else {
    checks.push({ ok: limitOk, status: wordsOf(noLimit), expr: true });
  }
  if (m) {
    checks.push({
      bad: `${masked}*(${S}>${L})*(${S}<=${L}*${atMost})`,
      status: m.status ?? `${t.results.label} masked (${m.text}): cannot tell`,
    });
  }
  // Results below 1 (none, `--`, a fraction) count as 1; a masked count as its upper bound. IF,
  // not MAX: MAX would fold a whole range inside the ARRAYFORMULA. Only tables with masked counts
  // pay for that branch.
  const counted = `IF(${number}>1,${number},1)`;
  const perResult = names.name('per_result', m ? `IF(${masked},${atMost},${counted})` : counted);
  // spend > limit x MAX(results, 1); `--` results count as 0.
  const breach = names.name('over', `${S}>${L}*${perResult}`);
  // The results the confidence counts: a masked count as its upper bound over the limit and as 0
  // within it (the cautious end both ways), blank or `--` as 0.
  const count = m
    ? names.name('results_counted', `IF(${masked},IF(${breach},${atMost},0),${number})`)
    : number;
  return { S, L, cellS, checks, perResult, breach, count, noResult: `(${count}=0)`, names };
}

/**
 * The Status of a judged row: over or within, and with a level how sure (breach-verdict.ts). A row
 * without any result says so (`Over CPA limit: no conversion after $336.05`) instead of an overage
 * per result that does not exist. Inside the ARRAYFORMULA every branch is evaluated for every row;
 * the pieces used more than once are named (Names).
 */
function judgedText(t: BreachTable, arr: ReturnType<typeof ruleParts>): string {
  const { S, L, breach } = arr;
  const over = quoteString(`Over ${t.model} limit by `);
  const amountOf = (expr: string): string => amountTextOnce(expr, t.currency, t.locale);
  if (!t.level) return `IF(${breach},${over}&${amountOf(`${S}/${arr.perResult}-${L}`)},"OK")`;
  // One amount for the overage and the spend of a row without results: for those the per-result
  // divisor is 1 and nothing is taken off.
  const amount = amountOf(`${S}/${arr.perResult}-${L}*(${arr.count}<>0)`);
  const V = t.level;
  const { p, more } = confidenceParts(S, arr.count, L, V, (key, expr) => arr.names.name(key, expr));
  const none = quoteString(`Over ${t.model} limit: no ${RESULT_WORD[t.model]} after `);
  // Where not yet sure the amount is above 0 (GAMMA.INV is past spend / limit), so no clamp to 1.
  const notYet = `${quoteString(NOT_YET)}&${amountTextOnce(more, t.currency, t.locale, 'up')}&${quoteString(moreWithout(t.model))}`;
  // P once per row: over the limit the confidence is P, within it 1 - P, i.e. |(1 - over) - P|;
  // "OK" & " · confirmed" is OK_CONFIRMED.
  const sure = `ABS(1-(${breach})-${p})>=${V}`;
  return `IF(${breach},IF(${arr.noResult},${none},${over})&${amount},"OK")&IF(${sure},${quoteString(CONFIRMED)},IF(${breach},${notYet},""))`;
}

/**
 * The Status over the rows: the first check that fails gives its text, else the judged text.
 * Inside the ARRAYFORMULA each step of an IF chain is a pass over every row, so a table whose
 * checks can only be an error where its spend or results cell is one (no reader, masked count or
 * checks of its own: a plain report) gets them as one number per row instead: each failing
 * check adds a power of 4, the first (highest) one wins, LOG base 4 finds it (the lower checks
 * add less than a third of it, so the logarithm stays clear of the next integer) and one CHOOSE
 * gives its text. An error value in spend or results makes the number an error: IFERROR says
 * which column. Rows left out (`exclude`) stay one IF around it, asked first as before.
 */
function checkedStatus(
  t: BreachTable,
  arr: ReturnType<typeof ruleParts>,
  said: (c: Check) => string,
): string {
  const judged = judgedText(t, arr);
  const simple =
    !t.extraChecks &&
    !t.spend.read &&
    !t.results.read &&
    !t.maskedResults &&
    t.blankSpendWithResults === undefined;
  const first = t.exclude ? 1 : 0;
  if (!simple) {
    return arr.checks.reduceRight(
      (rest, c) => ('ok' in c ? `IF(${c.ok},${rest},${said(c)})` : `IF(${c.bad},${said(c)},${rest})`),
      judged,
    );
  }
  // checks[first] and checks[first + 1] are the error-value checks of spend and results.
  const ranked = arr.checks.slice(first);
  const weight = (i: number): string => String(4 ** (ranked.length - i));
  const flags = ranked
    .slice(2)
    .map((c, i) => `${'ok' in c ? `(1-(${c.ok}))` : `(${c.bad})`}*${weight(i + 2)}`)
    .join('+');
  const [spendError, resultsError] = [weight(0), weight(1)];
  const cellS = arr.cellS;
  const code = `IFERROR(${flags},${resultsError}+ISERROR(${cellS})*${Number(spendError) - Number(resultsError)})`;
  const texts = [...ranked].reverse().map(said).join(',');
  const chosen = `CHOOSE(INT(LOG(2*(${code})+1,4))+1,${judged},${texts})`;
  const exclude = arr.checks[0];
  return t.exclude && exclude && 'bad' in exclude ? `IF(${exclude.bad},${said(exclude)},${chosen})` : chosen;
}

/** A Status text as an en_US text expression: quoted, or the expression as given. */
function wordsOf(words: string | { expr: string }): string {
  return typeof words === 'string' ? quoteString(words) : words.expr;
}

/**
 * `before` + the address of `cell` (an absolute reference such as `$F$1`) as it is now + `after`,
 * as an en_US text expression: Sheets moves the reference with inserted and deleted rows and
 * columns, so the words name the cell where it went (ADDRESS mode 4: `F1`,
 * https://support.google.com/docs/answer/3093308). A cell deleted with its row or column turns the
 * reference into #REF!: the words are then `lost`.
 */
export function cellWords(before: string, cell: string, after: string, lost: string): { expr: string } {
  return {
    expr: `IFERROR(${quoteString(before)}&ADDRESS(ROW(${cell}),COLUMN(${cell}),4)&${quoteString(after)},${quoteString(lost)})`,
  };
}

/** The conditional-format formula and the Status ARRAYFORMULA of a table (en_US; see the top). */
export function breachFormulas(t: BreachTable): { rule: string; status: string; notYetRule?: string } {
  const last = t.lastRow;
  const rowsOk = Number.isInteger(t.firstRow) && t.firstRow >= 1 && (last === null || Number.isInteger(last));
  if (!rowsOk || (last !== null && last < t.firstRow)) {
    throw new Error(`breach rule: rows ${t.firstRow}..${t.lastRow} are not a range`);
  }
  const over = `Over ${t.model} limit by `;
  const names = new Names(true);
  const arr = ruleParts(
    t,
    (c) => (last === null ? `${c}${t.firstRow}:${c}` : columnRange(c, t.firstRow, last)),
    names,
  );
  const said = (c: Check): string => (c.expr ? c.status : quoteString(c.status));
  const status = `=ARRAYFORMULA(${names.wrap(checkedStatus(t, arr, said))})`;
  if (t.statusColumn) {
    // "Over " starts no other Status text.
    const word = over.slice(0, 5);
    const cell = `$${t.statusColumn}${t.firstRow}`;
    const tagged = (test: string): string =>
      t.statusRuleTag ? `=AND(${test},${quoteString(t.statusRuleTag)}<>"")` : `=${test}`;
    const rule = tagged(`LEFT(${cell},${word.length})=${quoteString(word)}`);
    // Written before the red rule: Sheets applies the first rule that holds
    // (https://support.google.com/docs/answer/78413), so not-yet-sure rows are amber, the rest red.
    if (!t.level) return { rule, status };
    return { rule, status, notYetRule: tagged(`ISNUMBER(SEARCH(${quoteString(NOT_YET.trim())},${cell}))`) };
  }
  if (t.level) throw new Error('breach rule: a confidence level needs the Status column (statusColumn)');
  const one = ruleParts(t, (c) => `$${c}${t.firstRow}`, new Names(false));
  const fine = one.checks.flatMap((c) => (c.implied ? [] : ['ok' in c ? c.ok : `NOT(${c.bad})`]));
  // IFERROR: AND evaluates every argument, so an error value in the row is its result: no colour.
  return { rule: `=IFERROR(AND(${[...fine, one.breach].join(',')}),0)`, status };
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
  /**
   * Text before the spend when over without any result, e.g. `Over CPL limit: no lead after `, as
   * a row says it: an overage per result that does not exist (spend - limit) would mislead.
   */
  none?: string;
  /** Text when the limit is blank, text or not above 0 (and there is spend); default `Set the limit`. */
  missingLimit?: string;
  currency: string;
  locale: string;
  /** The level cell and the model, for the rows' verdict words on the totals. */
  confidence?: { level: string; model: CostModel };
}

/** What a status-column rule that breachFormulas wrote says: where Status is, and its tag if any. */
export interface StatusRule {
  /** 1-based column of the Status column, and its first row. */
  statusCol: number;
  firstRow: number;
  /** The `statusRuleTag` it was written with; null for an untagged rule (a goal sheet's). */
  tag: string | null;
}

/**
 * Reads back a rule breachFormulas wrote with `statusColumn`: `=LEFT($P14,5)="Over "` or, tagged,
 * `=AND(LEFT($P4,5)="Over ","Flag limit breaches"<>"")` (`;` in comma-decimal locales, as
 * renderFormula writes it). Anything else is null: the formula is the only record, so a copy of
 * the file keeps working.
 */
export function statusRuleOf(formula: string): StatusRule | null {
  const m =
    /^=(?:LEFT\(\$([A-Z]{1,3})(\d+)[,;]5\)="Over "|AND\(LEFT\(\$([A-Z]{1,3})(\d+)[,;]5\)="Over "[,;]"((?:[^"]|"")*)"<>""\))$/.exec(
      formula.trim(),
    );
  if (!m) return null;
  const tagged = m[3] !== undefined;
  const letters = (tagged ? m[3] : m[1]) as string;
  const row = Number(tagged ? m[4] : m[2]);
  return {
    statusCol: columnNumber(letters),
    firstRow: row,
    tag: tagged ? (m[5] as string).replace(/""/g, '"') : null,
  };
}

/** The verdict words of breachVerdict: the same as a row's, on the totals. */
function totalsConfidence(v: BreachVerdict, over: string, c: { level: string; model: CostModel }): string {
  const V = c.level;
  // One cell, not a range: AND is safe here.
  const levelOk = `AND(ISNUMBER(${V}),${levelTest(V)})`;
  const { p, more } = confidenceParts(v.spend, `N(${v.results})`, v.limit, V);
  const notYet = `${quoteString(NOT_YET)}&${amountText(more, v.currency, v.locale, 'up')}&${quoteString(moreWithout(c.model))}`;
  return `IF(${levelOk},IF(ABS(1-(${over})-${p})>=${V},${quoteString(CONFIRMED)},IF(${over},${notYet},"")),NA())`;
}

/** statusRuleOf's twin for the amber rule breachFormulas writes with a level (`notYetRule`). */
export function notYetRuleOf(formula: string): StatusRule | null {
  const m =
    /^=(?:ISNUMBER\(SEARCH\("· not yet sure:"[,;]\$([A-Z]{1,3})(\d+)\)\)|AND\(ISNUMBER\(SEARCH\("· not yet sure:"[,;]\$([A-Z]{1,3})(\d+)\)\)[,;]"((?:[^"]|"")*)"<>""\))$/.exec(
      formula.trim(),
    );
  if (!m) return null;
  const tagged = m[3] !== undefined;
  return {
    statusCol: columnNumber((tagged ? m[3] : m[1]) as string),
    firstRow: Number(tagged ? m[4] : m[2]),
    tag: tagged ? (m[5] as string).replace(/""/g, '"') : null,
  };
}

/**
 * The rule on totals: '' without spend, `over` + amount above the limit, else `within`; with
 * `confidence`, the same verdict words as the rows (` · confirmed`, ` · not yet sure: ...`) on the
 * sums, dropped (never an error) while the level cell does not hold a level.
 */
export function breachVerdict(v: BreachVerdict): string {
  const amount = amountText(`${v.spend}/MAX(${v.results},1)-${v.limit}`, v.currency, v.locale);
  const over = `${v.spend}>${v.limit}*MAX(${v.results},1)`;
  const words = v.confidence ? `&IFERROR(${totalsConfidence(v, over, v.confidence)},"")` : '';
  const by = `${quoteString(v.over)}&${amount}`;
  const overText = v.none
    ? `IF(N(${v.results})=0,${quoteString(v.none)}&${amountText(v.spend, v.currency, v.locale)},${by})`
    : by;
  const judged = `IF(${over},${overText},${quoteString(v.within)})${words}`;
  const limitOk = `IF(ISNUMBER(${v.limit}),${v.limit}>0,FALSE())`;
  return `=IFERROR(IF(N(${v.spend})=0,"",IF(${limitOk},${judged},${quoteString(v.missingLimit ?? 'Set the limit')})),"")`;
}

/**
 * An amount in the currency's minor units, as both amount texts round it: `up` for an amount still
 * to spend (rounded down, it would fall short of confirming), else to the nearest.
 */
function roundedUnits(expr: string, currency: string, round: 'nearest' | 'up') {
  const info = currencyInfo(currency);
  // The currency's minor-unit digits (0 for yen, 2 for most, 3 for dinars, 4 for CLF).
  const digits = info?.decimals ?? 2;
  const scale = String(10 ** digits);
  const r = round === 'up' ? `ROUNDUP((${expr})*${scale},0)` : `ROUND((${expr})*${scale},0)`;
  return { info, symbol: info?.symbol ?? currency, digits, scale, r };
}

/**
 * en_US formula for an overage as text, e.g. `"$"&INT(c/100)&"."&RIGHT("0"&MOD(c,100),2)` with
 * c = cents. Built from integers so it reads the same in every engine and locale (TEXT's pattern
 * syntax is locale-dependent); no thousands grouping.
 */
export function amountText(
  expr: string,
  currency: string,
  locale: string,
  round: 'nearest' | 'up' = 'nearest',
): string {
  const { info, symbol, digits, scale, r } = roundedUnits(expr, currency, round);
  const dec = decimalMark(locale);
  // Rounded to the smallest unit, but at least one: `expr` is an overage (> 0 where it is used), so a
  // row that breaches by a fraction of a cent says "by $0.01", never "by $0.00". The clamp is added
  // to the last digits only (r < 1 means r = 0: INT is 0 either way), so `expr` is written three
  // times, not four - inside ARRAYFORMULA each copy is evaluated for every row.
  // IF, not MAX: this also runs inside ARRAYFORMULA, where MAX would fold the whole column.
  const clamp = round === 'up' ? '' : `+(${r}<1)`;
  const number =
    digits === 0
      ? `(${r}${clamp})`
      : `INT(${r}/${scale})&"${dec}"&RIGHT("${'0'.repeat(digits - 1)}"&(MOD(${r},${scale})${clamp}),${digits})`;
  return info?.position === 'suffix' ? `${number}&" ${symbol}"` : `"${symbol}"&${number}`;
}

/**
 * amountText's twin for the Status ARRAYFORMULA, where every mention of `expr` is evaluated again
 * for every row: the same text, with `expr` written once (no name of its own needed).
 * BASE gives the rounded amount's digits, at least one more than the minor unit's (`005` for 5
 * cents; digits only, the same in every locale: https://support.google.com/docs/answer/3093312);
 * padded with spaces to a fixed width, the decimal mark goes in at a fixed place, and TRIM takes
 * the padding off. The clamp to one minor unit replaces the one padded text that is all zeros
 * (` 000`: a space then zeros is no other amount). Meant for amounts below 2^53 minor units, as
 * the rule's are (spend and results at most BREACH_MAX_VALUE); how Sheets' BASE answers beyond
 * that its page does not say.
 */
export function amountTextOnce(
  expr: string,
  currency: string,
  locale: string,
  round: 'nearest' | 'up' = 'nearest',
): string {
  const { info, symbol, digits, r } = roundedUnits(expr, currency, round);
  const width = 20;
  const raw = `RIGHT("${' '.repeat(width)}"&BASE(${r},10,${digits + 1}),${width})`;
  const padded =
    round === 'up' ? raw : `SUBSTITUTE(${raw}," ${'0'.repeat(digits + 1)}"," ${'0'.repeat(digits)}1")`;
  const number =
    digits === 0
      ? `TRIM(${padded})`
      : `TRIM(REPLACE(${padded},${width - digits + 1},0,"${decimalMark(locale)}"))`;
  return info?.position === 'suffix' ? `${number}&" ${symbol}"` : `"${symbol}"&${number}`;
}

/** A cell as the rule sees it once read: a number, blank (or `--`), a masked count, or a problem. */
export type RuleValue =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'masked'; atMost: number }
  | { kind: 'problem' };

/**
 * breachFormulas' verdict on one row in code, the limit already checked above 0: 'none' (no spend),
 * 'check', 'masked' (cannot tell), 'ok' or 'over'. For counts a server function answers without
 * reading the Status back (a number whose cell shows `%` or `:` comes in as a problem: count.ts
 * with showsPercentOrTime); the flag tests hold it to the colours the Status formula gives.
 */
export function judgeRow(
  spend: RuleValue,
  results: RuleValue,
  limit: number,
): 'none' | 'check' | 'masked' | 'ok' | 'over' {
  if (spend.kind === 'blank') return 'none';
  if (spend.kind !== 'number' || spend.value < 0 || spend.value > BREACH_MAX_VALUE) return 'check';
  if (results.kind === 'problem') return 'check';
  if (results.kind === 'number' && (results.value < 0 || results.value > BREACH_MAX_VALUE)) return 'check';
  if (results.kind === 'masked') {
    const atMost = Math.max(Math.ceil(results.atMost), 1);
    if (spend.value > limit && spend.value <= limit * atMost) return 'masked';
    return spend.value > limit * atMost ? 'over' : 'ok';
  }
  const count = results.kind === 'number' ? results.value : 0;
  return spend.value > limit * Math.max(count, 1) ? 'over' : 'ok';
}
