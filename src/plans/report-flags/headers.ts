// The header names ad platforms export, by column role and platform (fixtures/README.md's table).

import { HEADER_LISTS, type HeaderList, PLATFORM_NAMES, type Platform } from './header-tables.ts';

export { PLATFORM_NAMES, type Platform } from './header-tables.ts';

/** The columns a report layout names; each is a column letter or null. */
export type ColumnRole =
  | 'campaign'
  | 'date'
  | 'spend'
  | 'impressions'
  | 'clicks'
  | 'conversions'
  | 'leads'
  | 'revenue';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'campaign',
  'date',
  'spend',
  'impressions',
  'clicks',
  'conversions',
  'leads',
  'revenue',
];

/** Names in `lists` per role, in list order, each once. */
function namesByRole(lists: readonly HeaderList[] = HEADER_LISTS): Record<ColumnRole, string[]> {
  const out = Object.fromEntries(COLUMN_ROLES.map((r) => [r, [] as string[]])) as Record<
    ColumnRole,
    string[]
  >;
  for (const list of lists) {
    for (const role of COLUMN_ROLES) {
      for (const name of list.roles[role] ?? []) if (!out[role].includes(name)) out[role].push(name);
    }
  }
  return out;
}

/**
 * Exact header names (lower case) per role, from every list of header-tables.ts, most common
 * first: when a report has two that fit (`Conversions` and `Results`), the earlier wins. Money
 * headers may carry ` (USD)` after the name (see `splitCurrencySuffix`). Matching is exact, never
 * by substring: `Cost / conv.` is not `Cost`.
 */
export const ROLE_HEADERS: Readonly<Record<ColumnRole, readonly string[]>> = namesByRole();

/** Columns that hold the ISO currency code of each row, in any language of the lists. */
export const CURRENCY_HEADERS: readonly string[] = [
  ...new Set(HEADER_LISTS.flatMap((l) => l.currency ?? [])),
];

/** Trimmed, lower case, inner runs of spaces as one: how headers are compared. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/[\s\u00a0\u202f\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `amount spent (usd)` -> { name: 'amount spent', currency: 'USD' }; no suffix -> currency null. */
export function splitCurrencySuffix(normalized: string): { name: string; currency: string | null } {
  const m = /^(.*\S) \(([a-z]{3})\)$/.exec(normalized);
  return m?.[1] && m[2] ? { name: m[1], currency: m[2].toUpperCase() } : { name: normalized, currency: null };
}

/** Names per platform and role, in list order. */
const PLATFORM_ROLE_HEADERS: ReadonlyMap<Platform, Record<ColumnRole, string[]>> = new Map(
  [...new Set(HEADER_LISTS.map((l) => l.platform))].map((p) => [
    p,
    namesByRole(HEADER_LISTS.filter((l) => l.platform === p)),
  ]),
);

/**
 * The role of a header text and the currency its name carries, or null when it names no role.
 * Given the report's platform, that platform's own names outrank every other list's: TikTok's
 * English download has `Conversions [MMP]` with counts and `Results` all `-` (fixtures/real/
 * tiktok-campaigns-en-usd.csv), and `results`, a Meta name, comes first in ROLE_HEADERS.
 */
export function headerRole(
  text: string,
  platform?: Platform,
): { role: ColumnRole; rank: number; currency: string | null } | null {
  const norm = normalizeHeader(text);
  const own = platform === undefined ? undefined : PLATFORM_ROLE_HEADERS.get(platform);
  for (const candidate of [{ name: norm, currency: null }, splitCurrencySuffix(norm)]) {
    for (const role of COLUMN_ROLES) {
      const rank = ROLE_HEADERS[role].indexOf(candidate.name);
      // A currency suffix only makes sense on money columns.
      if (rank >= 0 && (candidate.currency === null || role === 'spend' || role === 'revenue')) {
        const ownRank = own?.[role].indexOf(candidate.name) ?? -1;
        const ranked = ownRank >= 0 ? ownRank : ROLE_HEADERS[role].length + rank;
        return { role, rank: own ? ranked : rank, currency: candidate.currency };
      }
    }
  }
  return null;
}

export function isCurrencyHeader(text: string): boolean {
  return CURRENCY_HEADERS.includes(normalizeHeader(text));
}

/** Any of these header names present. */
const anyOf =
  (...names: string[]) =>
  (h: ReadonlySet<string>): boolean =>
    names.some((n) => h.has(n));
const allOf =
  (...tests: ((h: ReadonlySet<string>) => boolean)[]) =>
  (h: ReadonlySet<string>): boolean =>
    tests.every((t) => t(h));
const snakeCase = (h: ReadonlySet<string>): boolean =>
  [...h].filter((n) => /^[a-z0-9]+(_[a-z0-9]+)+$/.test(n)).length >= 2;

const META_SPEND: readonly string[] = HEADER_LISTS.filter((l) => l.platform === 'meta').flatMap(
  (l) => l.roles.spend ?? [],
);

const LINKEDIN_SIGNS: readonly string[] = HEADER_LISTS.filter((l) => l.platform === 'linkedin').flatMap(
  (l) => [...(l.roles.spend ?? []), ...(l.roles.date ?? [])],
);

/**
 * What names a platform: headers only its exports carry (or a spend header and one of them).
 * Checked in order; a report that fits none is `unknown` with a guess (platformGuess).
 */
const PLATFORM_SIGNS: readonly { platform: Platform; test: (h: ReadonlySet<string>) => boolean }[] = [
  { platform: 'snapchat', test: anyOf('impressions_paid', 'swipe ups', 'paid impressions') },
  { platform: 'connector', test: (h) => h.has('cost_micros') || snakeCase(h) },
  {
    platform: 'amazon',
    test: anyOf(
      '7 day total orders (#)',
      '14 day total orders (#)',
      '7 day total sales',
      '14 day total sales',
      'customer search term',
      'total advertising cost of sales (acos)',
    ),
  },
  // Meta's spend name in any of its lists (`Amount spent`, `Ausgegebener Betrag`, `Valor usado`...).
  { platform: 'meta', test: (h) => META_SPEND.some((n) => h.has(n)) },
  // LinkedIn's spend or report-date name in any of its lists (`Total Spent`, `Total investido`...).
  { platform: 'linkedin', test: (h) => LINKEDIN_SIGNS.some((n) => h.has(n)) },
  { platform: 'apple-search-ads', test: allOf(anyOf('spend'), anyOf('taps')) },
  { platform: 'x', test: anyOf('billed engagements', 'campaign url') },
  { platform: 'pinterest', test: anyOf('spend in account currency', 'pin clicks') },
  {
    platform: 'tiktok',
    test: anyOf(
      'clicks (destination)',
      'ctr (destination)',
      'cpc (destination)',
      'conversion rate (cvr)',
      'cliques (destino)',
      'clics (destino)',
      'cpc (destino)',
      'ctr (destino)',
      'kliknięcia (miejsce docelowe)',
      'koszt kliknięcia (miejsce docelowe)',
      'współczynnik klikalności (miejsce docelowe)',
    ),
  },
  {
    platform: 'microsoft',
    test: (h) =>
      (anyOf('spend', 'dépenses', '支出')(h) &&
        anyOf('impr.', 'conv.', 'conv. rate', 'avg. cpc', 'gregorian date', 'return on ad spend')(h)) ||
      anyOf('abschlüsse')(h),
  },
  {
    platform: 'google-ads',
    test: allOf(
      anyOf('cost', 'kosten', 'coût', 'costo', 'coste', 'custo', 'koszt', 'maliyet', '費用'),
      anyOf(
        'impr.',
        'verton.',
        'wyśw.',
        'currency code',
        'código da moeda',
        'währungscode',
        'code de la devise',
        'código de moneda',
        'codice valuta',
        'valutacode',
        'kod waluty',
        'para birimi kodu',
        '通貨コード',
        'cost / conv.',
        'custo / conv.',
        'conv. value',
        'campaign status',
        'status da campanha',
        'kampagnenstatus',
      ),
    ),
  },
];

const headerNames = (headers: readonly string[]): Set<string> =>
  new Set(headers.map((h) => splitCurrencySuffix(normalizeHeader(h)).name));

/** The platform a header row comes from, `unknown` when no sign fits. */
export function platformOf(headers: readonly string[]): Platform {
  const names = headerNames(headers);
  for (const sign of PLATFORM_SIGNS) if (sign.test(names)) return sign.platform;
  return 'unknown';
}

/**
 * For an `unknown` report: the platforms whose lists hold its spend header, said as a guess
 * (`Spend` alone is a goal sheet, a hand-typed table, or five platforms); null otherwise.
 */
export function platformGuess(headers: readonly string[], spendHeader: string): string | null {
  if (platformOf(headers) !== 'unknown' || spendHeader === '') return null;
  const spend = splitCurrencySuffix(normalizeHeader(spendHeader)).name;
  const owners = [
    ...new Set(
      HEADER_LISTS.filter((l) => l.platform !== 'connector' && (l.roles.spend ?? []).includes(spend)).map(
        (l) => PLATFORM_NAMES[l.platform],
      ),
    ),
  ];
  const who = owners.length === 0 ? 'no platform we know' : owners.join(', ');
  return `Not recognised as one platform's export: a "${spendHeader.trim()}" column is used by ${who} (a guess, not a finding).`;
}

/** The spend header names as a person reads them, for "not found" messages. */
export const SPEND_NAMES_FOR_PEOPLE =
  'Cost, Spend, Amount spent (USD), Total Spent, or its name in another language (Kosten, Custo, Coût, Costo, 費用...)';

/** Re-exported: the total rule lives in total-rows.ts with its formula twin. */
export { isTotalLabel } from './total-rows.ts';

/**
 * Headers of date columns no role maps (`Reporting ends`, `End Date`): a row's name is never in
 * them, and Meta's summary row fills them, so they are not label columns (total-rows.ts).
 */
export function isDateLikeHeader(text: string): boolean {
  return /\b(date|day|week|month|year|reporting (starts|ends)|datum|fecha|jour|tag|data|giorno|dag|tarih)\b/i.test(
    normalizeHeader(text),
  );
}

/** Result-type column names in any language of the lists (header-tables.ts `x=`). */
const RESULT_TYPE_HEADERS: readonly string[] = HEADER_LISTS.flatMap((l) => l.resultType ?? []);

/**
 * Meta's column saying what `Results` counts on each row: `Result indicator` in CSV exports,
 * `Result Type` in the spreadsheet export (fixtures/real/meta-ads-breakdown-ngn.csv), and their
 * names in the other languages of the lists.
 */
export function isResultTypeHeader(text: string): boolean {
  return RESULT_TYPE_HEADERS.includes(normalizeHeader(text));
}

/** Millionths of the currency per unit: Google Ads API's `cost_micros` (connector tables). */
export const MICROS_PER_UNIT = 1_000_000;

/** A spend header whose amounts are in millionths (`cost_micros`, `metrics.cost_micros`). */
export function isMicrosHeader(text: string): boolean {
  return /(^|[._ ])cost_micros$/.test(normalizeHeader(text));
}

/** A line that is a footer, not data: Microsoft's copyright line and the like. */
export function isFooterText(text: string): boolean {
  return /©|\(c\) ?\d{4}|copyright|all rights reserved/i.test(text);
}
