// The header names ad platforms export, by column role and platform (fixtures/README.md's table).

export type Platform = 'google-ads' | 'meta' | 'linkedin' | 'microsoft' | 'tiktok' | 'unknown';

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

/**
 * Exact header names (lower case) per role, most specific first: when a report has two that fit
 * (`Conversions` and `Results`), the earlier wins. Money headers may carry ` (USD)` after the name
 * (see `splitCurrencySuffix`). Matching is exact, never by substring: `Cost / conv.` is not `Cost`.
 */
export const ROLE_HEADERS: Readonly<Record<ColumnRole, readonly string[]>> = {
  campaign: ['campaign', 'campaign name', 'kampagne', 'kampagnenname', 'nom de la campagne'],
  date: [
    'day',
    'date',
    'tag',
    'reporting starts',
    'début des rapports',
    'start date (in utc)',
    'gregorian date',
    'by day',
  ],
  spend: ['cost', 'kosten', 'amount spent', 'ausgegebener betrag', 'montant dépensé', 'total spent', 'spend'],
  impressions: ['impr.', 'impressions', 'impressionen'],
  clicks: [
    'clicks',
    'klicks',
    'link clicks',
    'link-klicks',
    'clicks (all)',
    'klicks (alle)',
    'clicks (destination)',
  ],
  conversions: ['conversions', 'results', 'ergebnisse', 'résultats', 'purchases', 'post-click conversions'],
  leads: ['leads'],
  revenue: [
    'conv. value',
    'conv.-wert',
    'revenue',
    'purchases conversion value',
    'conversion-wert',
    'total conversion value',
    'total complete payment value',
  ],
};

/** Columns that hold the ISO currency code of each row. */
export const CURRENCY_HEADERS: readonly string[] = ['currency code', 'currency', 'währungscode', 'währung'];

/** Trimmed, lower case, inner runs of spaces as one: how headers are compared. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** `amount spent (usd)` -> { name: 'amount spent', currency: 'USD' }; no suffix -> currency null. */
export function splitCurrencySuffix(normalized: string): { name: string; currency: string | null } {
  const m = /^(.*\S) \(([a-z]{3})\)$/.exec(normalized);
  return m?.[1] && m[2] ? { name: m[1], currency: m[2].toUpperCase() } : { name: normalized, currency: null };
}

/** The role of a header text and the currency its name carries, or null when it names no role. */
export function headerRole(text: string): { role: ColumnRole; rank: number; currency: string | null } | null {
  const norm = normalizeHeader(text);
  for (const candidate of [{ name: norm, currency: null }, splitCurrencySuffix(norm)]) {
    for (const role of COLUMN_ROLES) {
      const rank = ROLE_HEADERS[role].indexOf(candidate.name);
      // A currency suffix only makes sense on money columns.
      if (rank >= 0 && (candidate.currency === null || role === 'spend' || role === 'revenue')) {
        return { role, rank, currency: candidate.currency };
      }
    }
  }
  return null;
}

export function isCurrencyHeader(text: string): boolean {
  return CURRENCY_HEADERS.includes(normalizeHeader(text));
}

/**
 * Headers only one platform exports, so the header set tells the platform. Checked in order; the
 * spend header decides between platforms that share the rest (`Campaign name`: Microsoft, TikTok).
 */
const PLATFORM_SIGNS: readonly { platform: Platform; all: readonly string[] }[] = [
  { platform: 'meta', all: ['amount spent'] },
  { platform: 'meta', all: ['ausgegebener betrag'] },
  { platform: 'meta', all: ['montant dépensé'] },
  { platform: 'linkedin', all: ['total spent'] },
  { platform: 'microsoft', all: ['spend'] },
  { platform: 'tiktok', all: ['cost', 'clicks (destination)'] },
  { platform: 'tiktok', all: ['cost', 'campaign name'] },
  { platform: 'google-ads', all: ['cost'] },
  { platform: 'google-ads', all: ['kosten'] },
];

/** The platform a header row comes from, `unknown` when no sign fits. */
export function platformOf(headers: readonly string[]): Platform {
  const names = new Set(headers.map((h) => splitCurrencySuffix(normalizeHeader(h)).name));
  for (const sign of PLATFORM_SIGNS) if (sign.all.every((n) => names.has(n))) return sign.platform;
  return 'unknown';
}

/** The spend header names as a person reads them, for "not found" messages. */
export const SPEND_NAMES_FOR_PEOPLE = 'Cost, Kosten, Amount spent (USD), Total Spent or Spend';

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

/** A line that is a footer, not data: Microsoft's copyright line and the like. */
export function isFooterText(text: string): boolean {
  return /©|\(c\) ?\d{4}|copyright|all rights reserved/i.test(text);
}
