// Meta Ads Manager exports in every language of header-tables.ts: a header row in the order and
// spelling its cited source shows (README.md's `meta-*` sources), the currency in the spend header
// (`Importe gastado (MXN)`), the account summary row first and a Result indicator column. Each is
// detected as Meta, the currency read from the header, the summary row left out, and flagged on
// exactly the rows the test computes from the rows it wrote. Real exports: meta-real-exports.test.ts.
import { describe, expect, it } from 'vitest';
import { HEADER_LISTS } from '../../src/plans/report-flags/header-tables.ts';
import { detect, flag, flaggedRows, openReport } from './helpers.ts';

/** What a column holds; `other` columns are left blank. */
type Kind =
  | 'start'
  | 'end'
  | 'name'
  | 'delivery'
  | 'results'
  | 'type'
  | 'spend'
  | 'impr'
  | 'clicks'
  | 'other';

interface Export {
  lang: string;
  currency: string;
  /** The header as the source writes it, each with what it holds. */
  header: [string, Kind][];
}

const EXPORTS: Export[] = [
  {
    lang: 'en',
    currency: 'USD',
    header: [
      ['Reporting starts', 'start'],
      ['Reporting ends', 'end'],
      ['Campaign name', 'name'],
      ['Campaign delivery', 'delivery'],
      ['Results', 'results'],
      ['Result indicator', 'type'],
      ['Amount spent (USD)', 'spend'],
      ['Impressions', 'impr'],
      ['Link clicks', 'clicks'],
      ['Cost per results', 'other'],
    ],
  },
  {
    lang: 'de',
    currency: 'EUR',
    header: [
      ['Kampagnenname', 'name'],
      ['Ergebnisse', 'results'],
      ['Ausgegebener Betrag (EUR)', 'spend'],
      ['Impressionen', 'impr'],
      ['Link-Klicks', 'clicks'],
    ],
  },
  {
    lang: 'it',
    currency: 'EUR',
    header: [
      ['Nome della campagna', 'name'],
      ['Risultati', 'results'],
      ['Importo speso (EUR)', 'spend'],
    ],
  },
  {
    lang: 'fr',
    currency: 'EUR',
    header: [
      ['Début des rapports', 'start'],
      ['Fin des rapports', 'end'],
      ['Nom de la campagne', 'name'],
      ['Résultats', 'results'],
      ['Indicateur de résultats', 'type'],
      ['Montant dépensé (EUR)', 'spend'],
      ['Impressions', 'impr'],
      ['Clics sur le lien', 'clicks'],
      ['Coût par résultat', 'other'],
    ],
  },
  {
    lang: 'es',
    currency: 'MXN',
    header: [
      ['Inicio del informe', 'start'],
      ['Fin del informe', 'end'],
      ['Nombre de la campaña', 'name'],
      ['Resultados', 'results'],
      ['Indicador de resultado', 'type'],
      ['Importe gastado (MXN)', 'spend'],
      ['Impresiones', 'impr'],
      ['Clics en el enlace', 'clicks'],
      ['Costo por resultados', 'other'],
    ],
  },
  {
    lang: 'pt-BR',
    currency: 'BRL',
    header: [
      ['Início dos relatórios', 'start'],
      ['Encerramento dos relatórios', 'end'],
      ['Nome da campanha', 'name'],
      ['Veiculação da campanha', 'delivery'],
      ['Resultados', 'results'],
      ['Indicador de resultados', 'type'],
      ['Alcance', 'other'],
      ['Valor usado (BRL)', 'spend'],
      ['Impressões', 'impr'],
      ['CPM (custo por 1.000 impressões) (BRL)', 'other'],
      ['Cliques no link', 'clicks'],
      ['CPC (custo por clique no link) (BRL)', 'other'],
      ['Custo por resultados', 'other'],
    ],
  },
  {
    lang: 'nl',
    currency: 'EUR',
    header: [
      ['Start rapportage', 'start'],
      ['Campagnenaam', 'name'],
      ['Resultaten', 'results'],
      ['Resultaatindicator', 'type'],
      ['Besteed bedrag (EUR)', 'spend'],
      ['Weergaven', 'impr'],
      ['Klikken op links', 'clicks'],
      ['Kosten per resultaat', 'other'],
    ],
  },
  {
    lang: 'pl',
    currency: 'PLN',
    header: [
      ['Dzień', 'start'],
      ['Nazwa kampanii', 'name'],
      ['Typ wyniku', 'type'],
      ['Wyniki', 'results'],
      ['Wydana kwota (PLN)', 'spend'],
      ['Wyświetlenia', 'impr'],
      ['Zasięg', 'other'],
      ['Kliknięcia linku', 'clicks'],
    ],
  },
  {
    lang: 'tr',
    currency: 'TRY',
    header: [
      ['Rapor Başlangıcı', 'start'],
      ['Rapor Sonu', 'end'],
      ['Kampanya Adı', 'name'],
      ['Sonuçlar', 'results'],
      ['Sonuç Göstergesi', 'type'],
      ['Erişim', 'other'],
      ['Harcanan Tutar (TRY)', 'spend'],
      ['Gösterim', 'impr'],
      ['Bağlantı Tıklamaları', 'clicks'],
    ],
  },
  {
    lang: 'ja',
    currency: 'JPY',
    header: [
      ['レポート開始日', 'start'],
      ['レポート終了日', 'end'],
      ['キャンペーン名', 'name'],
      ['キャンペーンの配信', 'delivery'],
      ['結果', 'results'],
      ['結果インジケーター', 'type'],
      ['結果の単価', 'other'],
      ['消化金額 (JPY)', 'spend'],
      ['インプレッション数', 'impr'],
      ['リーチ', 'other'],
      ['リンククリック(ユニーク)', 'other'],
    ],
  },
];

/** The column role each kind of column is read as (header-tables.ts). */
const ROLE_OF = {
  start: 'date',
  name: 'campaign',
  results: 'conversions',
  spend: 'spend',
  impr: 'impressions',
  clicks: 'clicks',
} as const;

const LEAD = 'actions:offsite_conversion.fb_pixel_lead';
const CLICK = 'actions:link_click';
/** [campaign, spend, results, result type]: ratios around the limit, two rows without results. */
const CAMPAIGNS: [string, number, number, string][] = [
  ['Campaign 1', 120, 10, LEAD],
  ['Campaign 2', 450, 12, LEAD],
  ['Campaign 3', 35, 0, LEAD],
  ['Campaign 4', 15, 0, CLICK],
  ['Campaign 5', 900, 60, CLICK],
  ['Campaign 6', 700, 20, LEAD],
];
const LIMIT = 20;

/** The export's rows: header, the account summary (no name, the totals), then one row per campaign. */
function rowsOf(e: Export, types: 'one' | 'two'): string[][] {
  const cell = (kind: Kind, c: (typeof CAMPAIGNS)[number] | null, i: number): string => {
    const [name, spend, results, type] = c ?? ['', sum(1), sum(2), ''];
    switch (kind) {
      case 'start':
        return '2026-11-01';
      case 'end':
        return '2026-11-30';
      case 'name':
        return name;
      case 'delivery':
        return c ? 'active' : '';
      case 'results':
        return String(results);
      case 'type':
        return c && types === 'one' ? LEAD : type;
      case 'spend':
        return String(spend);
      case 'impr':
        return String(5000 + i * 311);
      case 'clicks':
        return String(100 + i * 7);
      default:
        return '';
    }
  };
  return [
    e.header.map(([h]) => h),
    e.header.map(([, kind]) => cell(kind, null, 0)),
    ...CAMPAIGNS.map((c, i) => e.header.map(([, kind]) => cell(kind, c, i + 1))),
  ];
}

function sum(field: 1 | 2): number {
  return CAMPAIGNS.reduce((s, c) => s + c[field], 0);
}

const letter = (i: number): string => String.fromCharCode(65 + i);
const col = (e: Export, kind: Kind): number => e.header.findIndex(([, k]) => k === kind);
/** Sheet rows of the campaigns over the limit (row 1 the header, row 2 the summary). */
const over = (only?: string): number[] =>
  CAMPAIGNS.flatMap(([, spend, results, type], i) =>
    (only === undefined || type === only) && spend > LIMIT * Math.max(results, 1) ? [i + 3] : [],
  );

describe.each(EXPORTS)('Meta Ads Manager export in $lang', (e) => {
  it("writes that language's own names: each header the test reads is in its list", () => {
    const list = HEADER_LISTS.find((l) => l.platform === 'meta' && l.lang === e.lang);
    const names = (kind: Kind): readonly string[] | undefined =>
      kind === 'type' ? list?.resultType : list?.roles[ROLE_OF[kind as keyof typeof ROLE_OF]];
    for (const [header, kind] of e.header) {
      if (!(kind in ROLE_OF) && kind !== 'type') continue;
      const name = header.toLowerCase().replace(/ \([a-z]{3}\)$/, '');
      expect(names(kind), `${e.lang} ${header}`).toContain(name);
    }
  });

  it('is Meta, reads the currency in the spend header, skips the summary row, flags exactly', () => {
    const rows = rowsOf(e, 'one');
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout.platform).toBe('meta');
    expect(layout.headerRow).toBe(1);
    expect(layout.currency).toBe(e.currency);
    expect(layout.columns.campaign).toBe(letter(col(e, 'name')));
    expect(layout.columns.spend).toBe(letter(col(e, 'spend')));
    expect(layout.columns.conversions).toBe(letter(col(e, 'results')));
    expect(layout.columns.impressions).toBe(col(e, 'impr') >= 0 ? letter(col(e, 'impr')) : null);
    expect(layout.skippedRows).toEqual([{ row: 2, reason: expect.stringMatching(/^summary row/) }]);
    expect(layout.problems).toEqual([]);
    if (col(e, 'type') >= 0) {
      expect(layout.resultTypes).toEqual({
        column: letter(col(e, 'type')),
        types: [{ type: LEAD, rows: CAMPAIGNS.length }],
      });
    }

    const want = over();
    expect(want.length).toBeGreaterThan(0);
    const answer = flag(ss, layout, 'CPA', LIMIT);
    expect(answer).toMatchObject({ rowsChecked: CAMPAIGNS.length, rowsFlagged: want.length });
    expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(want);
  });
});

describe.each(EXPORTS.filter((e) => col(e, 'type') >= 0))(
  'Meta Ads Manager export in $lang, two result types',
  (e) => {
    it('says Results mixes result types and judges the rows of one type only', () => {
      const rows = rowsOf(e, 'two');
      const ss = openReport(rows);
      const layout = detect(ss);
      expect(layout.problems.join(' ')).toMatch(
        new RegExp(`Results counts different things on different rows .*column ${letter(col(e, 'type'))}\\)`),
      );
      const judged = CAMPAIGNS.filter((c) => c[3] === LEAD).length;
      const want = over(LEAD);
      expect(want.length).toBeGreaterThan(0);
      const answer = ss.run('flagBreaches', { ...layout, model: 'CPA', limit: LIMIT, resultType: LEAD });
      expect(answer).toMatchObject({ rowsChecked: judged, rowsFlagged: want.length });
      expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(want);
    });
  },
);
