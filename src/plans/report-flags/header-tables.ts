// The column names ad platforms export, per platform and language, each list with its source (a
// key of README.md's platform and language table, which cites it). Names are lower case and
// matched whole after headers.ts normalizeHeader: `Cost / conv.` is never Cost. A list marked
// `unverified` was not found in a stored source: it is the platform's term as far as we know it,
// and a report in that language is only sure to be read by the names it shares with a cited list.

import type { ColumnRole } from './headers.ts';

export type Platform =
  | 'google-ads'
  | 'meta'
  | 'linkedin'
  | 'microsoft'
  | 'tiktok'
  | 'amazon'
  | 'pinterest'
  | 'snapchat'
  | 'reddit'
  | 'x'
  | 'apple-search-ads'
  | 'connector'
  | 'unknown';

/** Names people read, for the panel and the messages. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  'google-ads': 'Google Ads',
  meta: 'Meta Ads Manager',
  linkedin: 'LinkedIn Campaign Manager',
  microsoft: 'Microsoft Advertising',
  tiktok: 'TikTok Ads Manager',
  amazon: 'Amazon Ads',
  pinterest: 'Pinterest Ads',
  snapchat: 'Snapchat Ads',
  reddit: 'Reddit Ads',
  x: 'X Ads',
  'apple-search-ads': 'Apple Search Ads',
  connector: 'a connector table (Supermetrics, Windsor.ai, Fivetran...)',
  unknown: 'an unrecognised report',
};

export interface HeaderList {
  platform: Exclude<Platform, 'unknown'>;
  /** BCP 47 language of the export. */
  lang: string;
  /**
   * Where the names come from: a key of README.md's table "Report headers by platform and
   * language" (test/flags/header-lists.test.ts holds them to it); 'unverified' when no stored
   * source lists these names.
   */
  source: string;
  roles: Partial<Record<ColumnRole, readonly string[]>>;
  /** Columns holding each row's ISO currency code. */
  currency?: readonly string[];
}

/** Every list, most common first: earlier names win when a report has two of a role. */
export const HEADER_LISTS: readonly HeaderList[] = [
  {
    platform: 'google-ads',
    lang: 'en',
    source: 'real-google-en',
    roles: {
      campaign: ['campaign', 'campaign name'],
      date: ['day', 'date', 'week', 'month'],
      spend: ['cost'],
      impressions: ['impr.', 'impressions'],
      clicks: ['clicks'],
      conversions: ['conversions', 'conv.'],
      revenue: ['conv. value', 'total conv. value'],
    },
    currency: ['currency code'],
  },
  {
    platform: 'meta',
    lang: 'en',
    source: 'meta-en',
    roles: {
      campaign: ['campaign name'],
      date: ['reporting starts', 'day'],
      spend: ['amount spent'],
      impressions: ['impressions'],
      clicks: ['link clicks', 'clicks (all)'],
      conversions: ['results', 'purchases'],
      leads: ['leads'],
      revenue: ['purchases conversion value'],
    },
    currency: ['currency'],
  },
  {
    platform: 'linkedin',
    lang: 'en',
    source: 'linkedin-en',
    roles: {
      campaign: ['campaign name'],
      date: ['start date (in utc)'],
      spend: ['total spent'],
      impressions: ['impressions'],
      clicks: ['clicks'],
      conversions: ['conversions', 'post-click conversions'],
      leads: ['leads'],
      revenue: ['total conversion value'],
    },
    currency: ['currency'],
  },
  {
    platform: 'microsoft',
    lang: 'en',
    source: 'microsoft-en',
    roles: {
      campaign: ['campaign name', 'campaign'],
      date: ['gregorian date', 'date'],
      spend: ['spend'],
      impressions: ['impr.', 'impressions'],
      clicks: ['clicks'],
      conversions: ['conversions', 'conv.'],
      revenue: ['revenue'],
    },
    currency: ['currency code', 'currency'],
  },
  {
    platform: 'tiktok',
    lang: 'en',
    source: 'tiktok-en',
    roles: {
      campaign: ['campaign name'],
      date: ['by day', 'date'],
      spend: ['cost', 'total cost'],
      impressions: ['impressions'],
      clicks: ['clicks (destination)', 'clicks (all)'],
      conversions: ['conversions'],
      revenue: ['total complete payment value'],
    },
  },
  {
    platform: 'amazon',
    lang: 'en',
    source: 'amazon-en',
    roles: {
      campaign: ['campaign name'],
      date: ['start date', 'date'],
      spend: ['spend'],
      impressions: ['impressions'],
      clicks: ['clicks'],
      conversions: ['7 day total orders (#)', '14 day total orders (#)', 'orders'],
      revenue: ['7 day total sales', '14 day total sales', 'sales'],
    },
    currency: ['currency'],
  },
  {
    platform: 'apple-search-ads',
    lang: 'en',
    source: 'apple-en',
    roles: {
      campaign: ['campaign name', 'campaign'],
      spend: ['spend'],
      impressions: ['impressions'],
      clicks: ['taps'],
      conversions: ['installs', 'installs (total)', 'conversions'],
    },
  },
  {
    platform: 'x',
    lang: 'en',
    source: 'x-en',
    roles: {
      campaign: ['campaign'],
      date: ['time'],
      spend: ['spend'],
      impressions: ['impressions'],
      clicks: ['link clicks', 'clicks'],
      conversions: ['conversions'],
    },
  },
  {
    platform: 'snapchat',
    lang: 'en',
    source: 'snapchat-en',
    roles: {
      campaign: ['campaign_name', 'campaign name'],
      date: ['date_start'],
      spend: ['spend', 'amount spent'],
      impressions: ['impressions_paid', 'paid impressions', 'impressions'],
      clicks: ['clicks', 'swipe ups'],
      conversions: ['conversions'],
    },
    currency: ['currency'],
  },
  {
    platform: 'pinterest',
    lang: 'en',
    source: 'unverified',
    roles: {
      campaign: ['campaign name'],
      spend: ['spend in account currency'],
      impressions: ['impressions'],
      clicks: ['pin clicks', 'outbound clicks'],
      conversions: ['total conversions', 'conversions'],
    },
  },
  {
    platform: 'connector',
    lang: 'en',
    source: 'connectors',
    roles: {
      campaign: ['campaign_name', 'campaign'],
      date: ['date_day', 'date', 'day'],
      spend: ['spend', 'cost', 'cost_micros'],
      impressions: ['impressions'],
      clicks: ['clicks'],
      conversions: ['conversions'],
      revenue: ['conversions_value', 'conversion_value', 'revenue'],
    },
    currency: ['currency_code', 'currency'],
  },
  // Languages: Google Ads.
  {
    platform: 'google-ads',
    lang: 'pt-BR',
    source: 'real-google-pt-BR',
    roles: {
      campaign: ['campanha', 'nome da campanha'],
      date: ['dia', 'data'],
      spend: ['custo'],
      impressions: ['impr.', 'impressões'],
      clicks: ['cliques'],
      conversions: ['conversões', 'conv.'],
      revenue: ['valor conv.', 'valor da conv.'],
    },
    currency: ['código da moeda'],
  },
  {
    platform: 'google-ads',
    lang: 'pt-PT',
    source: 'google-pt',
    roles: {
      campaign: ['nome da campanha', 'campanha'],
      spend: ['custo'],
      impressions: ['impressões'],
      clicks: ['cliques'],
    },
  },
  {
    platform: 'google-ads',
    lang: 'de',
    source: 'google-de',
    roles: {
      campaign: ['kampagne'],
      date: ['tag'],
      spend: ['kosten'],
      impressions: ['impr.', 'impressionen'],
      clicks: ['klicks'],
      conversions: ['conversions', 'conv.'],
      revenue: ['conv.-wert', 'conversion-wert'],
    },
    currency: ['währungscode', 'währung'],
  },
  {
    platform: 'google-ads',
    lang: 'fr',
    source: 'google-fr',
    roles: {
      campaign: ['campagne'],
      date: ['jour'],
      spend: ['coût'],
      impressions: ['impr.', 'impressions'],
      clicks: ['clics'],
      conversions: ['conversions', 'conv.'],
      revenue: ['valeur de conv.'],
    },
    currency: ['code de la devise', 'devise'],
  },
  {
    platform: 'google-ads',
    lang: 'es',
    source: 'google-es',
    roles: {
      campaign: ['campaña'],
      date: ['día'],
      spend: ['costo', 'coste'],
      impressions: ['impr.', 'impresiones'],
      clicks: ['clics'],
      conversions: ['conversiones', 'conv.'],
      revenue: ['valor de conv.'],
    },
    currency: ['código de moneda', 'moneda'],
  },
  {
    platform: 'google-ads',
    lang: 'it',
    source: 'google-it',
    roles: {
      campaign: ['campagna'],
      date: ['giorno'],
      spend: ['costo'],
      impressions: ['impr.', 'impressioni'],
      clicks: ['clic'],
      conversions: ['conversioni', 'conv.'],
      revenue: ['valore conv.'],
    },
    currency: ['codice valuta', 'valuta'],
  },
  {
    platform: 'google-ads',
    lang: 'nl',
    source: 'google-nl',
    roles: {
      campaign: ['campagne'],
      date: ['dag'],
      spend: ['kosten'],
      impressions: ['verton.', 'vertoningen'],
      clicks: ['klikken'],
      conversions: ['conversies', 'conv.'],
    },
    currency: ['valutacode', 'valuta'],
  },
  {
    platform: 'google-ads',
    lang: 'pl',
    source: 'google-pl',
    roles: {
      campaign: ['kampania'],
      date: ['dzień'],
      spend: ['koszt'],
      impressions: ['wyśw.', 'wyświetlenia'],
      clicks: ['kliknięcia'],
      conversions: ['konwersje', 'konw.'],
    },
    currency: ['kod waluty', 'waluta'],
  },
  {
    platform: 'google-ads',
    lang: 'tr',
    source: 'google-tr',
    roles: {
      campaign: ['kampanya'],
      date: ['gün'],
      spend: ['maliyet'],
      impressions: ['gösterim', 'gösterimler'],
      clicks: ['tıklama', 'tıklamalar'],
      conversions: ['dönüşümler', 'dönüşüm'],
    },
    currency: ['para birimi kodu', 'para birimi'],
  },
  {
    platform: 'google-ads',
    lang: 'ja',
    source: 'google-ja',
    roles: {
      campaign: ['キャンペーン'],
      date: ['日'],
      spend: ['費用'],
      impressions: ['表示回数'],
      clicks: ['クリック数'],
      conversions: ['コンバージョン'],
      revenue: ['コンバージョン値'],
    },
    currency: ['通貨コード', '通貨'],
  },
  // Languages: Meta.
  {
    platform: 'meta',
    lang: 'de',
    source: 'meta-de',
    roles: {
      campaign: ['kampagnenname'],
      spend: ['ausgegebener betrag'],
      impressions: ['impressionen'],
      clicks: ['link-klicks', 'klicks (alle)'],
      conversions: ['ergebnisse'],
    },
    currency: ['währung'],
  },
  {
    platform: 'meta',
    lang: 'it',
    source: 'meta-it',
    roles: { campaign: ['nome della campagna'], spend: ['importo speso'], conversions: ['risultati'] },
  },
  {
    platform: 'meta',
    lang: 'fr',
    source: 'unverified',
    roles: {
      campaign: ['nom de la campagne'],
      date: ['début des rapports'],
      spend: ['montant dépensé'],
      clicks: ['clics sur un lien'],
      conversions: ['résultats'],
    },
  },
  {
    platform: 'meta',
    lang: 'es',
    source: 'unverified',
    roles: {
      campaign: ['nombre de la campaña'],
      spend: ['importe gastado'],
      clicks: ['clics en el enlace'],
      conversions: ['resultados'],
    },
  },
  {
    platform: 'meta',
    lang: 'pt',
    source: 'unverified',
    roles: {
      campaign: ['nome da campanha'],
      spend: ['valor usado', 'valor gasto'],
      clicks: ['cliques no link'],
      conversions: ['resultados'],
    },
  },
  {
    platform: 'meta',
    lang: 'nl',
    source: 'unverified',
    roles: { campaign: ['campagnenaam'], spend: ['besteed bedrag'], conversions: ['resultaten'] },
  },
  {
    platform: 'meta',
    lang: 'pl',
    source: 'unverified',
    roles: { campaign: ['nazwa kampanii'], spend: ['wydana kwota'], conversions: ['wyniki'] },
  },
  {
    platform: 'meta',
    lang: 'tr',
    source: 'unverified',
    roles: { campaign: ['kampanya adı'], spend: ['harcanan tutar'], conversions: ['sonuçlar'] },
  },
  {
    platform: 'meta',
    lang: 'ja',
    source: 'unverified',
    roles: { campaign: ['キャンペーン名'], spend: ['消化金額'], conversions: ['結果'] },
  },
  // Languages: LinkedIn, Microsoft, TikTok.
  {
    platform: 'linkedin',
    lang: 'pt-BR',
    source: 'linkedin-pt-BR',
    roles: {
      campaign: ['nome da campanha'],
      spend: ['total investido'],
      impressions: ['impressões'],
      clicks: ['cliques'],
      leads: ['leads'],
    },
    currency: ['moeda'],
  },
  {
    platform: 'microsoft',
    lang: 'de',
    source: 'microsoft-de',
    roles: {
      campaign: ['kampagne', 'kampagnenname'],
      spend: ['kosten'],
      impressions: ['impressionen', 'aufrufe'],
      clicks: ['klicks'],
      conversions: ['abschlüsse'],
      revenue: ['umsatz'],
    },
  },
  {
    platform: 'microsoft',
    lang: 'fr',
    source: 'microsoft-fr',
    roles: {
      campaign: ['campagne', 'nom de la campagne'],
      spend: ['dépenses'],
      clicks: ['clics'],
      conversions: ['conv.'],
      revenue: ['revenu'],
    },
  },
  {
    platform: 'microsoft',
    lang: 'ja',
    source: 'microsoft-ja',
    roles: { spend: ['支出'], clicks: ['クリック'], conversions: ['コンバージョン'], revenue: ['収益'] },
  },
  {
    platform: 'tiktok',
    lang: 'it',
    source: 'tiktok-it',
    roles: { spend: ['costo'] },
  },
];
