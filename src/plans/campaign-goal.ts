// Pure builder: a validated campaign goal -> the SheetPlan of its tracking sheet (native formulas only).
import { currencyInfo, currencyNumberFormat } from './currency.ts';
import { decimalMark, renderFormula } from './formula-locale.ts';
import { type CampaignGoal, CHANNELS, OBJECTIVES } from './goal-config.ts';
import type { PlanCell, PlanValidation, SheetPlan } from './sheet-plan.ts';
import { parseIsoDate } from './validate-goal.ts';

/** Rows the tracking table holds; the ARRAYFORMULAs and the breach rule cover exactly these. */
export const TABLE_CAPACITY = 500;

/**
 * Fixed cell positions (1-based rows; columns as letters). They do not depend on the number of
 * channels, so a sheet built for 1 channel and one for 7 share every address.
 */
export const LAYOUT = {
  titleCell: 'A1',
  blockHeaderRow: 2,
  goal: {
    objective: 'B3',
    model: 'B4',
    target: 'B5',
    startDate: 'B6',
    endDate: 'B7',
    limit: 'B8',
    budget: 'B9',
    currency: 'B10',
  },
  progress: {
    results: 'G3',
    pctOfTarget: 'G4',
    targetBar: 'H4',
    spend: 'G5',
    budgetUsed: 'G6',
    budgetBar: 'H6',
    blendedCost: 'G7',
    blendedStatus: 'H7',
    daysElapsed: 'G8',
    daysLeft: 'G9',
    expected: 'G10',
    pace: 'H10',
    neededPerDay: 'G11',
    projected: 'G12',
    projectedVerdict: 'H12',
  },
  /** Channel summary: header row, then one row per chosen channel from firstRow (7 slots). */
  channels: { headerRow: 3, firstRow: 4, slots: CHANNELS.length },
  table: { headerRow: 13, firstRow: 14, lastRow: 13 + TABLE_CAPACITY },
  /** Top area (values and styles): title, blocks, table header and the first data row. */
  lastColumn: 'R',
  chartAnchor: { row: 2, col: 20 },
} as const;

/** Tracking-table columns, A..P. */
const TABLE_COLUMNS = [
  'Date',
  'Channel',
  'Campaign',
  'Impressions',
  'Clicks',
  'Leads',
  'Conversions',
  'Revenue',
  'Spend',
  'CTR',
  'CVR',
  'CPC',
  'CPL',
  'CPA',
  'ROAS',
  'Status',
] as const;
type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Column letter of a tracking-table column. */
export function tableColumn(name: TableColumn): string {
  return String.fromCharCode(65 + TABLE_COLUMNS.indexOf(name));
}

/** Channel-summary columns J..R; J:L (channel, cost per result, limit applied) feed the chart. */
const CHANNEL_COLUMNS = [
  'Channel',
  'Cost per result',
  'Limit applied',
  'Your limit',
  'Spend',
  'Results',
  'Status',
  'ROAS',
  'Share of spend',
] as const;
const CHANNEL_FIRST_COL = 10; // J
const CHANNEL_LIMIT_COL = String.fromCharCode(64 + CHANNEL_FIRST_COL + CHANNEL_COLUMNS.indexOf('Your limit'));

const COLORS = {
  header: '#1a73e8',
  headerText: '#ffffff',
  blockTitle: '#e8f0fe',
  input: '#fff8e1',
  plain: '#ffffff',
  text: '#202124',
  breachFill: '#f4c7c3',
  breachText: '#a50e0e',
} as const;

const SHEETS_EPOCH_OFFSET = 25569; // days from 1899-12-30 (Sheets serial 0) to 1970-01-01

function col(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function splitCell(a1: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m?.[1] || !m[2]) throw new Error(`bad cell ${a1}`);
  return { col: colNumber(m[1]), row: Number(m[2]) };
}

function abs(a1: string): string {
  const { col: c, row } = splitCell(a1);
  return `$${col(c)}$${row}`;
}

/** Sheets date serial of a 'YYYY-MM-DD'. */
export function dateSerial(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === undefined) throw new Error(`bad date ${iso}`);
  return day + SHEETS_EPOCH_OFFSET;
}

/** FNV-1a, 32 bits, as 8 hex digits: tells apart sheet names that clean up to the same letters. */
function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Named-range prefix for a sheet: `CG_<letters and digits of the name>_<sheet id>`, or the hash of
 * the exact name when no id is known. Names are workbook-wide; a sheet id is never reused, so a
 * new sheet never collides with the names a deleted sheet of the same name left behind.
 */
export function namedRangePrefix(sheetName: string, sheetId?: number): string {
  const cleaned = sheetName
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return `CG_${cleaned ? `${cleaned}_` : ''}${sheetId === undefined ? hash8(sheetName) : sheetId}`;
}

/**
 * en_US formula for an overage as text, e.g. `"$"&INT(c/100)&"."&RIGHT("0"&MOD(c,100),2)` with
 * c = cents. Built from integers so it reads the same in every engine and locale (TEXT's pattern
 * syntax is locale-dependent); no thousands grouping.
 */
function amountText(expr: string, currency: string, locale: string): string {
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

export interface PlanOptions {
  locale: string;
  sheetName: string;
  /** Prefix for the workbook-wide named ranges; defaults to namedRangePrefix(sheetName). */
  namePrefix?: string;
}

/** Builds the layout plan of a campaign-goal sheet. Pure: same goal and options, same plan. */
export function planCampaignGoal(goal: CampaignGoal, opts: PlanOptions): SheetPlan {
  const { locale } = opts;
  const obj = OBJECTIVES[goal.objective];
  const model = goal.model;
  const f = (enUs: string): PlanCell => ({ formula: renderFormula(enUs, locale) });
  const money = currencyNumberFormat(goal.currency);
  const amt = (expr: string): string => amountText(expr, goal.currency, locale);

  const T = LAYOUT.table;
  const rng = (c: TableColumn): string => `${tableColumn(c)}${T.firstRow}:${tableColumn(c)}${T.lastRow}`;
  const absRng = (c: TableColumn): string =>
    `$${tableColumn(c)}$${T.firstRow}:$${tableColumn(c)}$${T.lastRow}`;
  const resultsCol: TableColumn = obj.results as TableColumn;
  const G = LAYOUT.goal;
  const P = LAYOUT.progress;
  const limit = abs(G.limit);
  const target = abs(G.target);
  const start = abs(G.startDate);
  const end = abs(G.endDate);
  const budget = abs(G.budget);
  const resultWord = obj.results.toLowerCase();
  const resultsFormat = resultsCol === 'Conversions' ? '#,##0.00' : '#,##0';

  const lastCol = colNumber(LAYOUT.lastColumn);
  const topRows = T.firstRow;
  const values: PlanCell[][] = Array.from({ length: topRows }, () => Array<PlanCell>(lastCol).fill(null));
  const backgrounds = Array.from({ length: topRows }, () => Array<string>(lastCol).fill(COLORS.plain));
  const fontColors = Array.from({ length: topRows }, () => Array<string>(lastCol).fill(COLORS.text));
  const fontWeights = Array.from({ length: topRows }, () => Array<'bold' | 'normal'>(lastCol).fill('normal'));
  const fontSizes = Array.from({ length: topRows }, () => Array<number>(lastCol).fill(10));
  const notes = Array.from({ length: topRows }, () => Array<string>(lastCol).fill(''));
  const formats = Array.from({ length: T.lastRow }, () => Array<string>(lastCol).fill(''));

  const at = (a1: string): { r: number; c: number } => {
    const { col: c, row } = splitCell(a1);
    return { r: row - 1, c: c - 1 };
  };
  const put = (a1: string, cell: PlanCell, format?: string): void => {
    const { r, c } = at(a1);
    const row = values[r];
    if (!row) throw new Error(`plan: ${a1} is outside the top area`);
    row[c] = cell;
    if (format !== undefined) {
      const fr = formats[r];
      if (fr) fr[c] = format;
    }
  };
  const style = (
    a1: string,
    s: { bg?: string; color?: string; bold?: boolean; size?: number; note?: string },
  ) => {
    const { r, c } = at(a1);
    if (s.bg !== undefined) (backgrounds[r] as string[])[c] = s.bg;
    if (s.color !== undefined) (fontColors[r] as string[])[c] = s.color;
    if (s.bold) (fontWeights[r] as string[])[c] = 'bold';
    if (s.size !== undefined) (fontSizes[r] as number[])[c] = s.size;
    if (s.note !== undefined) (notes[r] as string[])[c] = s.note;
  };
  const text = (s: string): PlanCell => ({ text: s });
  const num = (n: number): PlanCell => ({ number: n });

  // Title and how-to line.
  put(LAYOUT.titleCell, text(goal.name));
  style(LAYOUT.titleCell, {
    bold: true,
    size: 14,
    note: 'Built by the campaign-goal wizard. Every formula is a native Sheets formula, so the sheet works without the add-on.',
  });
  put(
    'J1',
    text(
      `Type one row per day and channel from row ${T.firstRow}. Rows over the ${model} limit turn red. Yellow cells are yours to edit.`,
    ),
  );

  // Block titles.
  const H = LAYOUT.blockHeaderRow;
  for (const [cell, title] of [
    [`A${H}`, 'Goal'],
    [`D${H}`, 'Progress'],
    [`J${H}`, 'Channels'],
  ] as const) {
    put(cell, text(title));
    style(cell, { bold: true, bg: COLORS.blockTitle });
  }

  // Goal block: labels in A, values in B. Editable values are yellow.
  const goalRows: [string, string, PlanCell, string | undefined, boolean, string?][] = [
    [G.objective, 'Objective', text(obj.label), undefined, false],
    [G.model, 'Payment model', text(model), undefined, false],
    [G.target, `Target (${resultWord})`, num(goal.target), '#,##0', true],
    [G.startDate, 'Start date', num(dateSerial(goal.startDate)), 'yyyy-mm-dd', true],
    [G.endDate, 'End date', num(dateSerial(goal.endDate)), 'yyyy-mm-dd', true],
    [
      G.limit,
      `Max ${model}`,
      num(goal.maxCostPerResult),
      money,
      true,
      `The most one ${obj.result} may cost. Rows whose spend is above this limit x ${resultWord} (at least 1) turn red; a channel's own limit (Channels block, column ${CHANNEL_LIMIT_COL}) overrides it. Edit it and the rows re-flag at once.`,
    ],
    [G.budget, 'Budget', num(goal.budget), money, true],
    [G.currency, 'Currency', text(goal.currency), undefined, false],
  ];
  for (const [cell, label, value, format, editable, note] of goalRows) {
    const { row } = splitCell(cell);
    put(`A${row}`, text(label));
    put(cell, value, format);
    if (editable) style(cell, { bg: COLORS.input });
    if (note) style(cell, { note });
  }

  // Progress block: labels in D (overflowing into E:F), values in G, bars and verdicts in H.
  const results = `SUM(${rng(resultsCol)})`;
  const spend = `SUM(${rng('Spend')})`;
  const days = `(${end}-${start}+1)`;
  // Blank unless the fraction is a number: MIN/MAX skip text, so a blank "" would draw a full bar.
  const bar = (fraction: string): string =>
    `=IFERROR(IF(ISNUMBER(${fraction}),REPT("█",ROUND(MAX(0,MIN(1,${fraction}))*20,0))&REPT("░",20-ROUND(MAX(0,MIN(1,${fraction}))*20,0)),""),"")`;
  const progressRows: [string, string, string, string, string?][] = [
    [P.results, `${obj.results} to date`, `=${results}`, resultsFormat],
    [P.pctOfTarget, '% of target', `=IFERROR(${P.results}/${target},"")`, '0%'],
    [P.spend, 'Spend', `=${spend}`, money],
    [P.budgetUsed, 'Budget used', `=IFERROR(${P.spend}/${budget},"")`, '0%'],
    [P.blendedCost, `Blended ${model}`, `=IF(N(${P.results})>0,${P.spend}/${P.results},"")`, money],
    // Pace counts whole days before today: on day 1 nothing was expected yet, so a new sheet does
    // not open "Behind" (ad platforms report yesterday's numbers anyway).
    [
      P.daysElapsed,
      'Days completed',
      `=IFERROR(MAX(0,MIN(TODAY()-1,${end})-${start}+1),"")`,
      '0',
      'Campaign days before today.',
    ],
    [
      P.daysLeft,
      'Days left',
      `=IFERROR(MAX(0,${end}-MAX(TODAY(),${start})+1),"")`,
      '0',
      'Campaign days from today to the end date, today included.',
    ],
    [
      P.expected,
      'Expected so far',
      `=IFERROR(ROUND(${target}*MIN(${P.daysElapsed},${days})/${days},0),"")`,
      '#,##0',
      `Linear pace: the target spread evenly over the ${goal.days} days, counted through yesterday.`,
    ],
    [
      P.neededPerDay,
      'Needed per day',
      `=IFERROR(IF(${P.daysLeft}>0,MAX(0,${target}-${P.results})/${P.daysLeft},""),"")`,
      '#,##0.0',
      'Results needed on each remaining day (today included) to reach the target.',
    ],
    [
      P.projected,
      'Projected results',
      `=IFERROR(IF(${P.daysElapsed}>0,ROUND(${P.results}/${P.daysElapsed}*${days},0),""),"")`,
      '#,##0',
      'Results at the end date if the pace of the completed days continues.',
    ],
  ];
  for (const [cell, label, formula, format, note] of progressRows) {
    const { row } = splitCell(cell);
    put(`D${row}`, text(label));
    put(cell, f(formula), format);
    if (note) style(`D${row}`, { note });
  }
  put(P.targetBar, f(bar(P.pctOfTarget)));
  put(P.budgetBar, f(bar(P.budgetUsed)));
  put(
    P.blendedStatus,
    f(
      `=IFERROR(IF(N(${P.spend})=0,"",IF(${P.spend}>${limit}*MAX(${P.results},1),"Over the goal's ${model} by "&${amt(`${P.spend}/MAX(${P.results},1)-${limit}`)},"Within the goal's ${model}")),"")`,
    ),
  );
  put(
    P.pace,
    f(
      `=IFERROR(IF(${P.results}=${P.expected},"On pace",IF(${P.results}>${P.expected},"Ahead by "&(${P.results}-${P.expected}),"Behind by "&(${P.expected}-${P.results}))),"")`,
    ),
  );
  put(
    P.projectedVerdict,
    f(
      `=IFERROR(IF(${P.projected}="","",IF(${P.projected}>=${target},"On track for the target","Short by "&(${target}-${P.projected}))),"")`,
    ),
  );

  // Channel summary: one row per chosen channel; "Limit applied" is what rows of that channel use.
  const C = LAYOUT.channels;
  const chCol = (name: (typeof CHANNEL_COLUMNS)[number]): string =>
    col(CHANNEL_FIRST_COL + CHANNEL_COLUMNS.indexOf(name));
  CHANNEL_COLUMNS.forEach((name, i) => {
    const cell = `${col(CHANNEL_FIRST_COL + i)}${C.headerRow}`;
    const label = name === 'Cost per result' ? model : name === 'Results' ? obj.results : name;
    put(cell, text(label));
    style(cell, { bold: true, bg: COLORS.header, color: COLORS.headerText });
  });
  style(`${chCol('Your limit')}${C.headerRow}`, {
    note: `Optional: this channel's own ${model} limit. Blank means the goal's limit (${G.limit}).`,
  });
  goal.channels.forEach((ch, i) => {
    const r = C.firstRow + i;
    const c = (name: (typeof CHANNEL_COLUMNS)[number]): string => `${chCol(name)}${r}`;
    const spendHere = `SUMIF(${absRng('Channel')},$${chCol('Channel')}${r},${absRng('Spend')})`;
    put(c('Channel'), text(ch.name));
    put(c('Your limit'), ch.limit === null ? null : num(ch.limit), money);
    style(c('Your limit'), { bg: COLORS.input });
    put(c('Limit applied'), f(`=IF(ISNUMBER(${c('Your limit')}),${c('Your limit')},${limit})`), money);
    put(c('Spend'), f(`=${spendHere}`), money);
    put(
      c('Results'),
      f(`=SUMIF(${absRng('Channel')},$${chCol('Channel')}${r},${absRng(resultsCol)})`),
      resultsFormat,
    );
    put(c('Cost per result'), f(`=IF(${c('Results')}>0,${c('Spend')}/${c('Results')},"")`), money);
    put(
      c('Status'),
      f(
        `=IFERROR(IF(${c('Spend')}=0,"",IF(${c('Spend')}>${c('Limit applied')}*MAX(${c('Results')},1),"Over ${model} limit by "&${amt(`${c('Spend')}/MAX(${c('Results')},1)-${c('Limit applied')}`)},"Within limit")),"")`,
      ),
    );
    put(
      c('ROAS'),
      f(
        `=IF(${c('Spend')}>0,SUMIF(${absRng('Channel')},$${chCol('Channel')}${r},${absRng('Revenue')})/${c('Spend')},"")`,
      ),
      '0.00"x"',
    );
    put(
      c('Share of spend'),
      f(`=IF(SUM(${absRng('Spend')})>0,${c('Spend')}/SUM(${absRng('Spend')}),"")`),
      '0%',
    );
  });

  // The limit that applies to a row (its channel's, else the goal's), as an en_US expression over
  // `channelRef` (a range inside ARRAYFORMULA, or one cell in the conditional format).
  const rowLimit = (channelRef: string): string =>
    goal.channels.reduceRight(
      (otherwise, _ch, i) =>
        `IF(${channelRef}=$${chCol('Channel')}$${C.firstRow + i},$${chCol('Limit applied')}$${C.firstRow + i},${otherwise})`,
      limit,
    );

  // Tracking table header and the computed columns' ARRAYFORMULAs in the first data row.
  TABLE_COLUMNS.forEach((name, i) => {
    const cell = `${col(i + 1)}${T.headerRow}`;
    put(cell, text(name));
    style(cell, { bold: true, bg: COLORS.header, color: COLORS.headerText });
  });
  style(`${tableColumn('Status')}${T.headerRow}`, {
    note: `Over ${model} limit when Spend > limit x MAX(${obj.results}, 1), the limit being the row's channel's (Channels block) else ${G.limit}. Computed for rows ${T.firstRow}-${T.lastRow}.`,
  });
  const ratio = (numerator: TableColumn, denominator: TableColumn): string =>
    `=ARRAYFORMULA(IF(ISNUMBER(${rng(numerator)})*ISNUMBER(${rng(denominator)}),IF(${rng(denominator)}>0,${rng(numerator)}/${rng(denominator)},""),""))`;
  const first = (c: TableColumn): string => `${tableColumn(c)}${T.firstRow}`;
  const cvrNumerator: TableColumn = goal.objective === 'leads' ? 'Leads' : 'Conversions';
  put(first('CTR'), f(ratio('Clicks', 'Impressions')));
  put(first('CVR'), f(ratio(cvrNumerator, 'Clicks')));
  put(first('CPC'), f(ratio('Spend', 'Clicks')));
  put(first('CPL'), f(ratio('Spend', 'Leads')));
  put(first('CPA'), f(ratio('Spend', 'Conversions')));
  put(first('ROAS'), f(ratio('Revenue', 'Spend')));
  const S = rng('Spend');
  const R = rng(resultsCol);
  const perResult = `IF(ISNUMBER(${R}),IF(${R}>1,${R},1),1)`;
  // Ad exports write `--` for "no data": it counts as blank, as in the KPI functions.
  put(
    first('Status'),
    f(
      `=ARRAYFORMULA(IF((${S}="")+(${S}="--"),"",IF(ISNUMBER(${S}),IF(${S}<0,"Check Spend: negative",IF((${R}="")+(${R}="--")+ISNUMBER(${R}),IF(${S}>${rowLimit(rng('Channel'))}*${perResult},"Over ${model} limit by "&${amt(`${S}/${perResult}-${rowLimit(rng('Channel'))}`)},"OK"),"Check ${obj.results}: not a number")),"Check Spend: not a number")))`,
    ),
  );

  // Number formats of the tracking table, for every data row.
  const tableFormats: Record<TableColumn, string> = {
    Date: 'yyyy-mm-dd',
    Channel: '@',
    Campaign: '@',
    Impressions: '#,##0',
    Clicks: '#,##0',
    Leads: '#,##0',
    // Ad platforms report fractional conversions (52.50); two decimals, as Google Ads shows them.
    Conversions: '#,##0.00',
    Revenue: money,
    Spend: money,
    CTR: '0.00%',
    CVR: '0.00%',
    CPC: money,
    CPL: money,
    CPA: money,
    ROAS: '0.00"x"',
    // Automatic, not '@': the Status ARRAYFORMULA lives in this column, and a formula re-entered
    // into a plain-text cell would be stored as text.
    Status: '',
  };
  for (let r = T.firstRow; r <= T.lastRow; r++) {
    const row = formats[r - 1] as string[];
    TABLE_COLUMNS.forEach((name, i) => {
      row[i] = tableFormats[name];
    });
  }

  // Breach rule: fill the whole row. Limits are referenced absolutely on this sheet ($L$4, $B$8).
  const rowCell = (c: TableColumn): string => `$${tableColumn(c)}${T.firstRow}`;
  const rSpend = rowCell('Spend');
  const rResults = rowCell(resultsCol);
  const breach = `=AND(ISNUMBER(${rSpend}),OR(${rResults}="",${rResults}="--",ISNUMBER(${rResults})),${rSpend}>${rowLimit(rowCell('Channel'))}*MAX(IF(ISNUMBER(${rResults}),${rResults},0),1))`;

  // Warnings, not rejections (allowInvalid): a pasted report keeps its rows, and the formulas above
  // treat text in number cells as "Check ...", never as a breach.
  const atLeastZero: PlanValidation = { kind: 'numberAtLeast', min: 0 };
  const validations: (PlanValidation | null)[] = [
    null,
    { kind: 'list', values: goal.channels.map((c) => c.name) },
    null,
    ...(['Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue', 'Spend'] as const).map(
      () => atLeastZero,
    ),
  ];

  const prefix = opts.namePrefix ?? namedRangePrefix(opts.sheetName);
  const n = goal.channels.length;
  const lastChannelRow = C.firstRow + n - 1;
  return {
    sheetName: opts.sheetName,
    locale,
    values: { range: `A1:${LAYOUT.lastColumn}${topRows}`, grid: values },
    numberFormats: { range: `A1:${LAYOUT.lastColumn}${T.lastRow}`, grid: formats },
    styles: {
      range: `A1:${LAYOUT.lastColumn}${topRows}`,
      backgrounds,
      fontColors,
      fontWeights,
      fontSizes,
      notes,
    },
    namedRanges: [
      { name: `${prefix}_Limit`, range: abs(G.limit) },
      {
        name: `${prefix}_Table`,
        range: `$A$${T.headerRow}:$${tableColumn('Status')}$${T.lastRow}`,
      },
    ],
    conditionalFormats: [
      {
        range: `A${T.firstRow}:${tableColumn('Status')}${T.lastRow}`,
        formula: renderFormula(breach, locale),
        background: COLORS.breachFill,
        fontColor: COLORS.breachText,
      },
    ],
    dataValidation: {
      range: `A${T.firstRow}:${tableColumn('Spend')}${T.lastRow}`,
      columns: validations,
      allowInvalid: true,
    },
    // The goal's own inputs reject what would break every formula that reads them (text in the
    // limit would turn every Status into #VALUE!), with a help text that says what fits.
    cellValidations: [
      {
        range: G.target,
        rule: { kind: 'numberAbove', min: 0 },
        helpText: `The target: a number of ${resultWord} above 0.`,
      },
      {
        range: `${G.startDate}:${G.endDate}`,
        rule: { kind: 'date' },
        helpText: 'A date, e.g. 2026-12-01.',
      },
      {
        range: `${G.limit}:${G.budget}`,
        rule: { kind: 'numberAbove', min: 0 },
        helpText: `An amount in ${goal.currency} above 0.`,
      },
      {
        range: `${chCol('Your limit')}${C.firstRow}:${chCol('Your limit')}${lastChannelRow}`,
        rule: { kind: 'numberAbove', min: 0 },
        helpText: `Blank for the goal's limit, or this channel's own ${model} limit in ${goal.currency}, above 0.`,
      },
    ],
    frozenRows: T.headerRow,
    // The computed columns (their ARRAYFORMULAs sit in the first data row): typing or pasting over
    // them would stop every row's Status, so Sheets asks first.
    warningRanges: [`${tableColumn('CTR')}${T.headerRow}:${tableColumn('Status')}${T.lastRow}`],
    columnWidths: [
      { startCol: 1, numCols: 3, width: 130 },
      { startCol: 16, numCols: 1, width: 230 },
      { startCol: 17, numCols: 2, width: 110 },
    ],
    charts: [
      {
        type: 'column',
        ranges: [`${chCol('Channel')}${C.headerRow}:${chCol('Limit applied')}${lastChannelRow}`],
        headerRows: 1,
        anchor: LAYOUT.chartAnchor,
        width: 480,
        height: 300,
        options: {
          title: `${model} by channel vs limit`,
        },
      },
    ],
  };
}
