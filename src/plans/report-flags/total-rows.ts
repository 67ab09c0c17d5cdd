// Pure: which rows under a report's header are totals, summaries or roll-ups rather than campaigns.
// One rule, written twice: in code for the panel's skipped list (detect.ts) and as an element-wise
// formula for the Status column (plan.ts), so the two leave out exactly the same rows.
//
// The rule, on a row's label columns (the text columns left of its first metric, dates and the
// currency column left out; labelColumns below):
//   - the row's label is its first label cell whose TRIM is neither '' nor `--` (Google Ads keyword
//     reports write `Total: ...` in the third column, the first two blank or ` --`);
//   - a label is a total when, its odd spaces made plain and `:`/`：` after a space closed up, it is
//     a total word alone, a total word and a colon (`Total: Account`, `Total : campagnes`,
//     `Gesamt: Konto`), or ends with ` total` (Microsoft's `Search total`, `Performance Max total`);
//   - a row is a total also when any of its label cells is a total word and a colon, whatever the
//     cells before it hold: a Google Ads report segmented by conversion action writes the action in
//     column A and `Total: Campañas` in column B (kenssHC/BotIA-Backend
//     `data/raw/Google_Julio_Nov_San_Camilo_Informe de campaña (8).csv` @0ae7375). Only the colon
//     form counts there: a campaign named `Total Recall`, or a `Budget type` cell `Campaign total`,
//     is no total;
//   - no label at all (every label cell blank) is a summary row: Meta's account-totals row first;
//     in a Meta export, so is a row whose campaign name cell is blank: its summary row writes `0`
//     and `Multiple attribution settings` in the delivery, budget and attribution columns left of
//     the metrics (fixtures/real/meta-ads-campaigns-pt-BR.csv), and a campaign row has a name;
//   - in a Meta export, a label cell `All` is a roll-up row of its breakdown export.
import { columnLetters } from '../shared/a1.ts';
import { quoteString } from '../shared/formula-text.ts';

/**
 * Total words, lower case. Seen in downloads (fixtures/real/, fixtures/README.md): `total` (en, fr,
 * es, pt), `gesamt`, `summe` (de). The others are the word a report of that language would use,
 * not seen in a stored download: a campaign named exactly so (or `word: ...`) is skipped too.
 */
export const TOTAL_WORDS: readonly string[] = [
  'total',
  'totals',
  'gesamt',
  'summe',
  'totale',
  'totaal',
  'suma',
  'razem',
  'toplam',
  '合計',
  '総計',
];

/**
 * TikTok's totals row counts the rows it sums: `Total de 7 resultados` (pt-BR download) and
 * `Total of 73 results` (en download), both in fixtures/real/. The singulars are the forms as far
 * as we know them, not seen in a stored download. A label is one when, after a prefix, `bare` (the
 * rest with its digits taken out) is ` word` for one of the words and the rest had a digit.
 */
const COUNT_TOTAL_PREFIXES: readonly string[] = ['total de ', 'total of '];
const COUNT_TOTAL_WORDS: readonly string[] = ['resultados', 'resultado', 'results', 'result'];
const PREFIX_LENGTH = 9;
if (COUNT_TOTAL_PREFIXES.some((p) => p.length !== PREFIX_LENGTH)) {
  throw new Error('total-rows: every count-total prefix must be 9 characters (countTotalFormula)');
}

/** Spaces exports write besides ' ': no-break, narrow no-break, figure, thin, tab, ideographic. */
const ODD_SPACES: readonly string[] = ['\u00a0', '\u202f', '\u2007', '\u2009', '\t', '\u3000'];

/** Sheets' TRIM: leading, trailing and repeated spaces (' ' only). */
const sheetsTrim = (s: string): string => s.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');

/** How the formula's label reads: odd spaces plain, trimmed, ` :` and `：` as `:`. */
function normalizeLabel(s: string): string {
  let t = s;
  for (const sp of ODD_SPACES) t = t.split(sp).join(' ');
  return sheetsTrim(t).split(' :').join(':').split('：').join(':');
}

export function isTotalLabel(text: string): boolean {
  const t = normalizeLabel(text).toLowerCase();
  const colon = t.indexOf(':');
  const head = colon < 0 ? t : t.slice(0, colon);
  return TOTAL_WORDS.includes(head) || t.endsWith(' total') || isCountTotal(t);
}

/**
 * A cell of the form `word: ...` for a total word: the text before its first `:` or `：`, odd
 * spaces made plain, trimmed and lower-cased, is one of TOTAL_WORDS (matched as colonTotalFormula
 * does, inside `|word|word|...|`). The head alone is trimmed, which reads `Total\u00a0: x` and
 * `Total : x` as normalizeLabel does.
 */
export function isColonTotalCell(text: string): boolean {
  const s = text.split('：').join(':');
  const colon = s.indexOf(':');
  if (colon < 0) return false;
  let head = s.slice(0, colon);
  for (const sp of ODD_SPACES) head = head.split(sp).join(' ');
  return TOTAL_WORDS_TEXT.includes(`|${sheetsTrim(head).toLowerCase()}|`);
}

/** TOTAL_WORDS as the formulas search them. */
const TOTAL_WORDS_TEXT = `|${TOTAL_WORDS.join('|')}|`;

/** A piece of an element-wise formula given a name where it is used more than once (LET). */
type Namer = (key: string, expr: string) => string;

/** isColonTotalCell as an element-wise formula on the cell reference `r` (its column `key`). */
function colonTotalFormula(r: string, key: string, name: Namer): string {
  const s = name(`colon_${key}`, `SUBSTITUTE(""&${r},"：",":")`);
  let head = `LEFT(${s},FIND(":",${s}&":")-1)`;
  for (const sp of ODD_SPACES) head = `SUBSTITUTE(${head},${quoteString(sp)}," ")`;
  return `ISNUMBER(FIND(":",${s}))*ISNUMBER(FIND("|"&LOWER(TRIM(${head}))&"|",${quoteString(TOTAL_WORDS_TEXT)}))`;
}

/** `t` lower case and normalised: `total de 7 resultados`. */
function isCountTotal(t: string): boolean {
  const prefix = COUNT_TOTAL_PREFIXES.find((p) => t.startsWith(p));
  if (prefix === undefined) return false;
  const rest = t.slice(prefix.length);
  const bare = rest.replace(/[0-9]/g, '');
  return bare !== rest && COUNT_TOTAL_WORDS.some((w) => bare === ` ${w}`);
}

/** isCountTotal as an element-wise formula on the normalised label `label`. */
function countTotalFormula(label: string, name: Namer): string {
  const lower = name('label_lower', `LOWER(${label})`);
  const prefixes = COUNT_TOTAL_PREFIXES.map((p) => `(LEFT(${lower},${p.length})=${quoteString(p)})`);
  // Every prefix is as long (checked at load): the rest starts at the same place for each; a
  // Sheets cell holds at most 50,000 characters, so MID takes all of it.
  const rest = `MID(${lower},${PREFIX_LENGTH + 1},50000)`;
  let digitless = rest;
  for (let d = 0; d <= 9; d++) digitless = `SUBSTITUTE(${digitless},"${d}","")`;
  const bare = name('label_bare', digitless);
  const words = quoteString(`|${COUNT_TOTAL_WORDS.map((w) => ` ${w}`).join('|')}|`);
  return `(${prefixes.join('+')})*(LEN(${rest})>LEN(${bare}))*ISNUMBER(FIND("|"&${bare}&"|",${words}))`;
}

/**
 * The columns (0-based) the rule reads, whether `All` marks a roll-up row, and the campaign name
 * column whose blank cell alone marks a summary row (Meta; null elsewhere).
 */
export interface TotalRule {
  labelColumns: number[];
  rollups: boolean;
  nameColumn: number | null;
}

/** At most this many label columns: the formula reads each one. */
export const MAX_LABEL_COLUMNS = 6;

const cellText = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);

/** A label cell that names nothing: its TRIM is '' or `--`. */
function blankLabel(cell: string): boolean {
  const trimmed = sheetsTrim(cell);
  return trimmed === '' || trimmed === '--';
}

/** The row's label: its first label cell whose TRIM is neither '' nor `--`, normalised; '' when none. */
export function rowLabel(row: readonly unknown[], rule: TotalRule): string {
  for (const c of rule.labelColumns) {
    if (!blankLabel(cellText(row[c]))) return normalizeLabel(cellText(row[c]));
  }
  return '';
}

/** Why the row is not a campaign (a skipped-list reason), or null when it is one. */
export function totalRowReason(row: readonly unknown[], rule: TotalRule): string | null {
  if (rule.labelColumns.length === 0) return null;
  if (rule.rollups && rule.labelColumns.some((c) => sheetsTrim(cellText(row[c])).toLowerCase() === 'all')) {
    return 'roll-up row (All)';
  }
  const label = rowLabel(row, rule);
  if (label !== '' && rule.nameColumn !== null && blankLabel(cellText(row[rule.nameColumn]))) {
    return `summary row (no campaign name in ${columnLetters(rule.nameColumn + 1)})`;
  }
  if (label === '') {
    const first = rule.labelColumns[0] as number;
    const last = rule.labelColumns[rule.labelColumns.length - 1] as number;
    const span =
      first === last ? columnLetters(first + 1) : `${columnLetters(first + 1)}-${columnLetters(last + 1)}`;
    return `summary row (no name in ${span})`;
  }
  if (isTotalLabel(label)) return `total row (${label})`;
  const colonTotal = rule.labelColumns.find((c) => isColonTotalCell(cellText(row[c])));
  return colonTotal === undefined ? null : `total row (${normalizeLabel(cellText(row[colonTotal]))})`;
}

/**
 * Element-wise en_US formula: non-zero where the row is left out (totalRowReason not null).
 * `ref(letter)` is the current row's cell of a column (breach-rule.ts RowRef); `name` names the
 * normalised label, which the tests read eight times (the Status computes it once: LET).
 */
export function totalRowFormula(
  rule: TotalRule,
  ref: (column: string) => string,
  name: Namer = (_key, expr) => expr,
): string {
  if (rule.labelColumns.length === 0) return '0';
  const refs = rule.labelColumns.map((c) => ref(columnLetters(c + 1)));
  // The first cell whose TRIM is neither '' nor '--', chosen raw and normalised once below.
  let chosen = '""';
  for (const r of [...refs].reverse()) chosen = `IF((TRIM(${r})<>"")*(TRIM(${r})<>"--"),${r},${chosen})`;
  let plain = `""&${chosen}`;
  for (const sp of ODD_SPACES) plain = `SUBSTITUTE(${plain},${quoteString(sp)}," ")`;
  const label = name('label', `SUBSTITUTE(SUBSTITUTE(TRIM(${plain})," :",":"),"：",":")`);
  // The part before the first colon (the whole label without one), matched whole in the word list.
  const head = `LEFT(${label},FIND(":",${label}&":")-1)`;
  const words = quoteString(`|${TOTAL_WORDS.join('|')}|`);
  // FIND of the lower-cased head, not SEARCH: SEARCH may read `*` and `?` in a name as wildcards.
  const total = `ISNUMBER(FIND("|"&LOWER(${head})&"|",${words}))+(RIGHT(${label},6)=" total")+${countTotalFormula(label, name)}`;
  const nameCell = rule.nameColumn === null ? '' : ref(columnLetters(rule.nameColumn + 1));
  const nameless = nameCell === '' ? '' : `+(TRIM(${nameCell})="")+(TRIM(${nameCell})="--")`;
  const summary = `(${label}="")${nameless}`;
  const rollup = rule.rollups ? refs.map((r) => `+(TRIM(${r})="All")`).join('') : '';
  const colonTotals = refs.map((r, i) => `+${colonTotalFormula(r, String(i), name)}`).join('');
  return `IFERROR(${total}+${summary}${rollup}${colonTotals},0)`;
}
