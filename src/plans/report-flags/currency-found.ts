// Pure: the currency of a report - from its spend header, a currency column, a preamble line or
// the symbol its spend cells show - or a sentence saying why there is none.
import { CURRENCIES, currencyInfo } from '../shared/currency.ts';
import { type SheetGrid, text } from './header-row.ts';

/** The currency named on a preamble line above the header (`Currency: USD`). */
function preambleCurrency(values: SheetGrid['values'], headerIndex: number): string | null {
  for (let r = 0; r < headerIndex; r++) {
    for (const cell of values[r] ?? []) {
      const m = /\bcurrency\s*:\s*([A-Za-z]{3})\b/i.exec(text(cell));
      if (m?.[1]) return m[1].toUpperCase();
    }
  }
  return null;
}

/**
 * The one currency whose symbol the spend cells show (`€947.51`, `947,51 €`), when the symbol
 * belongs to one currency only: `$` is USD, CAD, AUD... in the user's eyes, so it decides nothing.
 */
function displayCurrency(display: SheetGrid['display'], rows: number[], spendCol: number): string | null {
  const found = new Set<string>();
  for (const r of rows) {
    const shown = (display[r]?.[spendCol] ?? '').trim();
    if (shown === '') continue;
    const hits = CURRENCIES.filter((c) => shown.startsWith(c.symbol) || shown.endsWith(c.symbol));
    const longest = Math.max(0, ...hits.map((c) => c.symbol.length));
    const best = hits.filter((c) => c.symbol.length === longest);
    const symbolOwners = CURRENCIES.filter((c) => best[0] && c.symbol === best[0].symbol);
    if (best.length === 0 || symbolOwners.length !== 1 || best[0]?.symbol === '$') return null;
    found.add(best[0]?.code ?? '');
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

export interface CurrencyFound {
  code: string | null;
  problems: string[];
}

export function reportCurrency(
  grid: SheetGrid,
  campaignRows: number[],
  spendCol: number,
  headerCurrency: string | null,
  currencyCol: number | null,
  headerIndex: number,
): CurrencyFound {
  const { values } = grid;
  const known = (code: string, where: string): CurrencyFound =>
    currencyInfo(code)
      ? { code, problems: [] }
      : { code: null, problems: [`The currency ${code} (${where}) is not one this add-on formats.`] };
  if (headerCurrency) return known(headerCurrency, 'in the spend header');
  if (currencyCol !== null) {
    const codes = [
      ...new Set(
        campaignRows.map((r) => text(values[r]?.[currencyCol]).trim().toUpperCase()).filter(Boolean),
      ),
    ];
    if (codes.length > 1) {
      return {
        code: null,
        problems: [
          `The rows are in more than one currency (${codes.join(', ')}): flag one currency at a time.`,
        ],
      };
    }
    if (codes[0]) return known(codes[0], 'in the currency column');
  }
  const preamble = preambleCurrency(values, headerIndex);
  if (preamble) return known(preamble, 'above the header');
  const shown = displayCurrency(grid.display, campaignRows, spendCol);
  if (shown) return known(shown, 'shown in the spend cells');
  return {
    code: null,
    problems: [
      'No currency found in the headers, a currency column, the lines above the header or the spend cells.',
    ],
  };
}
