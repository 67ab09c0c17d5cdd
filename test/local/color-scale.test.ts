// Colour-scale (gradient) conditional-format rules, after Google's ConditionalFormatRuleBuilder and
// GradientCondition reference pages, and gas-fakes' test/testconditionalformat.js (recorded on live
// Apps Script); a user's colour scale on a report survives flagBreaches.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { AMBER, detect, fixtureText, flag, RED } from '../flags/helpers.ts';
import { gammaCdf } from '../reference/distributions.ts';

/** GradientCondition as the reference has it today (@types 2.0.13 predates the *ColorObject getters). */
interface Gradient {
  getMinColorObject(): { asRgbColor(): { asHexString(): string } } | null;
  getMidColorObject(): { asRgbColor(): { asHexString(): string } } | null;
  getMinType(): unknown;
  getMaxType(): unknown;
}

function scaleBook() {
  const ss = openLocalSpreadsheet({
    code: 'function onOpen(e) {}',
    sheets: [{ name: 'S', rows: [[0], [25], [50], [75], [100], ['n/a']] }],
  });
  const app = ss.services.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('S') as GoogleAppsScript.Spreadsheet.Sheet;
  return { ss, app, sheet };
}

describe('colour-scale rules', () => {
  it('read back as gas-fakes recorded them: a ConditionalFormatGradientCondition with its points', () => {
    const { app, sheet } = scaleBook();
    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpoint('#00FF00')
      .setGradientMaxpointWithValue('#0000FF', app.InterpolationType.MAX, '')
      .setRanges([sheet.getRange('C1:C10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const got = sheet.getConditionalFormatRules()[0];
    expect(got?.getBooleanCondition()).toBe(null);
    const g = got?.getGradientCondition() as unknown as Gradient | null | undefined;
    expect(String(g)).toBe('ConditionalFormatGradientCondition');
    expect(g?.getMinColorObject()?.asRgbColor().asHexString()).toBe('#00ff00');
    expect(String(g?.getMaxType())).toBe('MAX');
    expect(String(g?.getMinType())).toBe('MIN');
    expect(g?.getMidColorObject()).toBe(null);
  });

  it('colour each number between its points (MIN, NUMBER midpoint, MAX); text is left to later rules', () => {
    const { ss, app, sheet } = scaleBook();
    const scale = app
      .newConditionalFormatRule()
      .setGradientMinpoint('#ff0000')
      .setGradientMidpointWithValue('#ffffff', app.InterpolationType.NUMBER, '50')
      .setGradientMaxpoint('#00ff00')
      .setRanges([sheet.getRange('A1:A6')])
      .build();
    const textRule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('n/a')
      .setBackground('#cccccc')
      .setRanges([sheet.getRange('A1:A6')])
      .build();
    sheet.setConditionalFormatRules([scale, textRule]);
    // 25 is half-way from red to white: (255, 127.5 -> 128, 128); 75 half-way from white to green.
    expect(ss.backgrounds('S!A1:A6').map((r) => r[0])).toEqual([
      '#ff0000',
      '#ff8080',
      '#ffffff',
      '#80ff80',
      '#00ff00',
      '#cccccc',
    ]);
  });

  it('PERCENT and PERCENTILE points read the range: 0-100 with min at the 50th percentile', () => {
    const { ss, app, sheet } = scaleBook();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue('#000000', app.InterpolationType.PERCENTILE, '50')
        .setGradientMaxpointWithValue('#ffffff', app.InterpolationType.PERCENT, '100')
        .setRanges([sheet.getRange('A1:A5')])
        .build(),
    ]);
    expect(ss.backgrounds('S!A1:A5').map((r) => r[0])).toEqual([
      '#000000',
      '#000000',
      '#000000',
      '#808080',
      '#ffffff',
    ]);
  });

  it('a point given as a formula is not emulated', () => {
    const { app } = scaleBook();
    expect(() =>
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue('#000000', app.InterpolationType.NUMBER, '=B1'),
    ).toThrow(/^not emulated/);
  });
});

describe("a user's colour scale on a report, then flagBreaches", () => {
  it('stays first; where both apply its colour shows (first matching rule wins), the rest of the row takes the flag colour', () => {
    const ss = openLocalSpreadsheet({
      csv: { name: 'Report', text: fixtureText('google-ads-campaigns.csv') },
    });
    const app = ss.services.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Report') as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .setGradientMinpoint('#ffffff')
        .setGradientMaxpoint('#57bb8a')
        .setRanges([sheet.getRange('J4:J11')])
        .build(),
    ]);
    flag(ss, detect(ss), 'CPA', 60);
    const rules = ss.conditionalRules('Report');
    // The user's scale, then the flags' two rules (issue 19: amber for not yet sure, red confirmed).
    expect(rules.length).toBe(3);
    expect(rules[0]?.gradient?.max?.color).toBe('#57bb8a');
    expect(rules[1]?.formula).toMatch(/Flag limit breaches/);
    expect(rules[2]?.formula).toMatch(/Flag limit breaches/);
    // Row 5 (Generic, $3,397.72 for 52.5 conversions against $60) breaches; by the reference Gamma
    // CDF, P = GAMMA.DIST(3397.72 / 60, 53.5, 1, TRUE) is under 95%: not yet sure, so amber. Its spend
    // cell keeps the user's scale colour, its other cells take the flag's.
    const p = gammaCdf(3397.72 / 60, 52.5 + 1);
    const fill = p >= 0.95 ? RED : AMBER;
    expect(fill).toBe(AMBER);
    const row = ss.backgrounds('Report!A5:P5')[0] ?? [];
    expect(row[9]).not.toBe(fill);
    expect(row[9]).toMatch(/^#[0-9a-f]{6}$/);
    expect(row.filter((c, i) => i !== 9 && c === fill).length).toBe(15);
  });
});
