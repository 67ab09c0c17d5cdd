// The column names ad platforms export, per platform and language, each list with its source (a
// key of README.md's platform and language table, which cites it). Names are lower case and
// matched whole after headers.ts normalizeHeader: `Cost / conv.` is never Cost. A list marked
// `unverified` is our own wording (a translation; for Reddit, the metric names of its dashboard):
// no public source showing these as an export's column names was found (README says what was
// searched), and a report in that language is only sure to be read by the names it shares with a
// cited list.

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
  /** Columns saying what each row's results count (Meta's `Result indicator`). */
  resultType?: readonly string[];
}

/**
 * Every list, most common first (earlier names win when a report has two of a role), one per line:
 * `platform;language;source;role=name|name;...`, roles abbreviated as ROLE_KEYS says (`$`: the
 * currency column, `x`: the result-type column). A string rather than objects: Apps Script loads the whole bundle for every
 * custom-function call, and this is a third smaller.
 */
const LISTS = `
google-ads;en;real-google-en;c=campaign|campaign name;d=day|date|week|month;s=cost;i=impr.|impressions;k=clicks;v=conversions|conv.;r=conv. value|total conv. value;$=currency code
meta;en;meta-en;c=campaign name;d=reporting starts|day;s=amount spent;i=impressions;k=link clicks|clicks (all);v=results|purchases;l=leads;r=purchases conversion value;$=currency;x=result indicator|result type
linkedin;en;linkedin-en;c=campaign name;d=start date (in utc);s=total spent;i=impressions;k=clicks;v=conversions|post-click conversions;l=leads;r=total conversion value;$=currency
microsoft;en;microsoft-en;c=campaign name|campaign;d=gregorian date|date;s=spend;i=impr.|impressions;k=clicks;v=conversions|conv.;r=revenue;$=currency code|currency
tiktok;en;tiktok-en;c=campaign name;d=by day|date;s=cost|total cost;i=impressions;k=clicks (destination)|clicks (all);v=conversions|conversions [mmp];r=total complete payment value;$=currency
amazon;en;amazon-en;c=campaign name;d=start date|date;s=spend;i=impressions;k=clicks;v=7 day total orders (#)|14 day total orders (#)|orders;r=7 day total sales|14 day total sales|sales;$=currency
apple-search-ads;en;apple-en;c=campaign name|campaign;s=spend;i=impressions;k=taps;v=installs|installs (total)|conversions
x;en;x-en;c=campaign;d=time;s=spend;i=impressions;k=link clicks|clicks;v=conversions
snapchat;en;snapchat-en;c=campaign_name|campaign name;d=date_start;s=spend|amount spent;i=impressions_paid|paid impressions|impressions;k=clicks|swipe ups;v=conversions;$=currency
pinterest;en;pinterest-en;c=campaign name;s=spend|spend in account currency;i=impressions;k=pin clicks|outbound clicks;v=total conversions|conversions;r=total conversion value
reddit;en;unverified;c=campaign name;d=date;s=spend;i=impressions;k=clicks;v=conversions
connector;en;connectors;c=campaign_name|campaign;d=date_day|date|day;s=spend|cost|cost_micros;i=impressions;k=clicks;v=conversions;r=conversions_value|conversion_value|revenue;$=currency_code|currency
google-ads;pt-BR;real-google-pt-BR;c=campanha|nome da campanha;d=dia|data;s=custo;i=impr.|impressões;k=cliques;v=conversões|conv.;r=valor conv.|valor da conv.;$=código da moeda
google-ads;pt-PT;google-pt;c=nome da campanha|campanha;s=custo;i=impressões;k=cliques
google-ads;de;google-de;c=kampagne;d=tag;s=kosten;i=impr.|impressionen;k=klicks;v=conversions|conv.;r=conv.-wert|conversion-wert;$=währungscode|währung
google-ads;fr;google-fr;c=campagne;d=jour;s=coût;i=impr.|impressions;k=clics;v=conversions|conv.;r=valeur de conv.;$=code de la devise|devise
google-ads;es;google-es;c=campaña;d=día;s=costo|coste;i=impr.|impresiones;k=clics;v=conversiones|conv.;r=valor de conv.;$=código de moneda|moneda
google-ads;it;google-it;c=campagna;d=giorno;s=costo;i=impr.|impressioni;k=clic;v=conversioni|conv.;r=valore conv.;$=codice valuta|valuta
google-ads;nl;google-nl;c=campagne;d=dag;s=kosten;i=verton.|vertoningen;k=klikken;v=conversies|conv.;$=valutacode|valuta
google-ads;pl;google-pl;c=kampania;d=dzień;s=koszt;i=wyśw.|wyświetlenia;k=kliknięcia;v=konwersje|konw.;$=kod waluty|waluta
google-ads;tr;google-tr;c=kampanya;d=gün;s=maliyet;i=gösterim|gösterimler;k=tıklama|tıklamalar;v=dönüşümler|dönüşüm;$=para birimi kodu|para birimi
google-ads;ja;google-ja;c=キャンペーン;d=日;s=費用;i=表示回数;k=クリック数;v=コンバージョン;r=コンバージョン値;$=通貨コード|通貨
meta;de;meta-de;c=kampagnenname;s=ausgegebener betrag;i=impressionen;k=link-klicks|klicks (alle);v=ergebnisse;$=währung
meta;it;meta-it;c=nome della campagna;s=importo speso;v=risultati
meta;fr;meta-fr;c=nom de la campagne;d=début des rapports|fin des rapports;s=montant dépensé;i=impressions;k=clics sur le lien;v=résultats;x=indicateur de résultats
meta;es;meta-es;c=nombre de la campaña;d=inicio del informe|día|fin del informe;s=importe gastado;i=impresiones;k=clics en el enlace;v=resultados;$=divisa;x=indicador de resultado|indicador de resultados
meta;pt-BR;meta-pt-BR;c=nome da campanha;d=início dos relatórios|dia|término dos relatórios|encerramento dos relatórios;s=valor usado|valor gasto;i=impressões;k=cliques no link;v=resultados;x=indicador de resultados
meta;pt-PT;unverified;c=nome da campanha;s=valor usado|valor gasto;i=impressões;k=cliques no link;v=resultados
meta;nl;meta-nl;c=campagnenaam|naam campagne;d=start rapportage;s=besteed bedrag;i=weergaven|vertoningen;k=klikken op links|linkklikken;v=resultaten;x=resultaatindicator|resultatenindicator
meta;pl;meta-pl;c=nazwa kampanii;d=dzień;s=wydana kwota;i=wyświetlenia;k=kliknięcia linku;v=wyniki;x=typ wyniku
meta;tr;meta-tr;c=kampanya adı;d=rapor başlangıcı|rapor sonu;s=harcanan tutar;i=gösterim;k=bağlantı tıklamaları;v=sonuçlar;x=sonuç göstergesi
meta;ja;meta-ja;c=キャンペーン名;d=レポート開始日|日|レポート終了日;s=消化金額;i=インプレッション|インプレッション数;k=リンクのクリック|クリック(すべて);v=結果;l=リード;x=結果インジケーター
linkedin;pt-BR;real-linkedin-pt-BR;c=nome da campanha;d=data de início (em utc);s=total investido;i=impressões;k=cliques;v=conversões|conversões pós-clique;l=leads;r=valor total da conversão;$=moeda
linkedin;de;linkedin-de;c=name der anzeigengruppe|name der kampagne;d=startdatum (in utc);s=gesamtausgaben;i=impressions;k=klicks;v=conversions;l=leads
microsoft;de;microsoft-de;c=kampagne|kampagnenname;s=kosten;i=impressionen|aufrufe;k=klicks;v=abschlüsse;r=umsatz
microsoft;fr;microsoft-fr;c=campagne|nom de la campagne;s=dépenses;i=impressions;k=clics;v=conv.;r=revenu
microsoft;es;microsoft-es;s=gasto;i=impresiones;k=clics
microsoft;pt-BR;microsoft-pt-BR;s=gasto;i=impressões;k=cliques
microsoft;it;microsoft-it;s=spesa;i=impressioni;k=clic
microsoft;nl;unverified;s=uitgaven;i=vertoningen;k=klikken
microsoft;pl;unverified;s=wydatki;i=wyświetlenia;k=kliknięcia
microsoft;tr;unverified;s=harcama;i=gösterimler;k=tıklamalar
microsoft;ja;microsoft-ja;s=支出;k=クリック;v=コンバージョン;r=収益
tiktok;it;tiktok-it;s=costo
tiktok;es;tiktok-es;c=nombre de la campaña;d=por día;s=gasto|coste;i=impresiones;k=clics (destino);v=conversiones;$=moneda
tiktok;pt-BR;real-tiktok-pt-BR;c=nome da campanha;s=custo;i=impressões;k=cliques (destino);v=resultados|conversões;$=moeda
tiktok;pl;tiktok-pl;s=koszt;k=kliknięcia (miejsce docelowe)|kliknięcia (wszystkie);v=konwersje
tiktok;de;tiktok-de;s=kosten;i=impression;k=klick;v=conversion
`;

/** The one-letter keys of LISTS. */
const ROLE_KEYS: Readonly<Record<string, ColumnRole>> = {
  c: 'campaign',
  d: 'date',
  s: 'spend',
  i: 'impressions',
  k: 'clicks',
  v: 'conversions',
  l: 'leads',
  r: 'revenue',
};

function parseList(line: string): HeaderList {
  const [platform, lang, source, ...fields] = line.split(';');
  const roles: Partial<Record<ColumnRole, readonly string[]>> = {};
  let currency: readonly string[] | undefined;
  let resultType: readonly string[] | undefined;
  for (const field of fields) {
    const [key = '', names = ''] = field.split('=');
    const role = ROLE_KEYS[key];
    if (key === '$') currency = names.split('|');
    else if (key === 'x') resultType = names.split('|');
    else if (role) roles[role] = names.split('|');
  }
  return {
    platform: platform as HeaderList['platform'],
    lang: lang ?? '',
    source: source ?? '',
    roles,
    ...(currency ? { currency } : {}),
    ...(resultType ? { resultType } : {}),
  };
}

export const HEADER_LISTS: readonly HeaderList[] = LISTS.trim().split('\n').map(parseList);
