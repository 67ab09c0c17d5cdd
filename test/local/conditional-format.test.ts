// Conditional formatting: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)
import { describe, expect, it } from 'vitest';
import { shiftFormula } from '../../local/engine/a1.ts';
import { openLocalSpreadsheet } from '../../local/index.ts';

// Spend in B, limit in $D$1: rows over the limit turn red (B2:C4 row-wise, formula written for B2).
const code = `
function flag() {
  var s = SpreadsheetApp.getActiveSheet();
  var over = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$B2>$D$1')
    .setBackground('#F4CCCC').setFontColor('#990000').setBold(true).setRanges([s.getRange('B2:C4')]).build();
  var big = SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(0)
    .setBackground('#d9ead3').setRanges([s.getRange('B2:C4')]).build();
  s.setConditionalFormatRules([over, big]);
  return s.getConditionalFormatRules().length;
}
function replaceWithOne() {
  var s = SpreadsheetApp.getActiveSheet();
  s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('yellow')
    .setRanges([s.getRange('A1:A1')]).build()]);
  return s.getConditionalFormatRules().map(function (r) { return r.getRanges()[0].getA1Notation() + ' ' + r.getBooleanCondition().getCriteriaType(); });
}
function readBack() {
  var r = SpreadsheetApp.getActiveSheet().getConditionalFormatRules()[0];
  var c = r.getBooleanCondition();
  return [String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getBold(), r.getRanges()[0].getA1Notation()];
}
function crossSheet() {
  var s = SpreadsheetApp.getActiveSheet();
  s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=B2>Limits!A1')
    .setBackground('#ff0000').setRanges([s.getRange('B2:B4')]).build()]);
}
`;
const rows = [
  ['Campaign', 'Spend', 'Leads', 50],
  ['Brand', 40, 2],
  ['Search', 60, 3],
  ['Social', -5, 0],
];

describe('conditional formats', () => {
  it('the first satisfied rule decides the background; relative rows shift per cell, $ parts do not', () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows }] });
    expect(ss.run('flag')).toBe(2);
    // Row 3 (60 > 50): first rule on both B3 and C3 (the $B column anchor); row 2: second rule (40 > 0, 2 > 0).
    expect(ss.backgrounds('B2:C4')).toEqual([
      ['#d9ead3', '#d9ead3'],
      ['#f4cccc', '#f4cccc'],
      ['#ffffff', '#ffffff'],
    ]);
    expect(ss.fontColors('B3:C3')).toEqual([['#990000', '#990000']]);
    expect(ss.fontWeights('B2:B3')).toEqual([['normal'], ['bold']]);
    // Cells outside the rule's ranges keep their own background.
    expect(ss.backgrounds('A3')).toEqual([['#ffffff']]);
  });
  it('re-evaluates when the limit cell changes (typed by the user)', () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows }] });
    ss.run('flag');
    ss.type('D1', '30');
    expect(ss.backgrounds('B2:B3')).toEqual([['#f4cccc'], ['#f4cccc']]);
  });
  it('getConditionalFormatRules returns the rules with their condition and ranges', () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows }] });
    ss.run('flag');
    expect(ss.run('readBack')).toEqual(['CUSTOM_FORMULA', ['=$B2>$D$1'], '#f4cccc', true, 'B2:C4']);
    expect(ss.conditionalRules('Sheet1')[1]).toMatchObject({
      criteria: 'NUMBER_GREATER_THAN',
      values: [0],
      ranges: ['B2:C4'],
    });
  });
  it('setConditionalFormatRules replaces ALL existing rules', () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows }] });
    ss.run('flag');
    expect(ss.run('replaceWithOne')).toEqual(['A1 CELL_EMPTY']);
    expect(ss.conditionalRules('Sheet1')).toHaveLength(1);
    expect(ss.backgrounds('B3')).toEqual([['#ffffff']]);
  });
  it('a formula referencing another sheet never matches and is reported (Sheets requires INDIRECT)', () => {
    const ss = openLocalSpreadsheet({
      code,
      sheets: [
        { name: 'Sheet1', rows },
        { name: 'Limits', rows: [[0]] },
      ],
    });
    ss.run('crossSheet');
    expect(ss.backgrounds('B2:B4')).toEqual([['#ffffff'], ['#ffffff'], ['#ffffff']]);
    expect(ss.conditionalRules('Sheet1')[0]?.problem).toMatch(/another sheet/);
  });
});

describe('shiftFormula (relative reference shifting)', () => {
  it.each([
    ['=$B2>$D$1', 2, 1, '=$B4>$D$1'],
    ['=B2>D$1', 1, 2, '=D3>F$1'],
    ['=AND(B2<>"", LEN("B2")>0)', 1, 0, '=AND(B3<>"", LEN("B2")>0)'],
    ['=LOG10(A1)+Sheet1!A1', 1, 1, '=LOG10(B2)+Sheet1!B2'],
    ["='My sheet'!$A1*2", 3, 0, "='My sheet'!$A4*2"],
    ['=A1', -1, 0, '=#REF!'],
  ])('%s shifted by (%i,%i) is %s', (f, dr, dc, expected) => {
    expect(shiftFormula(f, dr, dc)).toBe(expected);
  });
});

describe('renaming a sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String))', () => {
  it('keeps its conditional formats working and listed under the new name', () => {
    const ss = openLocalSpreadsheet({
      code: `function setup() { var s = SpreadsheetApp.getActiveSheet();
          s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$A1>5')
            .setBackground('#ff0000').setRanges([s.getRange('A1:B3')]).build()]); }
        function rename() { SpreadsheetApp.getActiveSheet().setName('Renamed'); }
        function ranges() { return SpreadsheetApp.getActiveSheet().getConditionalFormatRules()[0].getRanges()
          .map(function (r) { return r.getA1Notation(); }); }`,
    });
    ss.run('setup');
    ss.type('A2', '9');
    ss.run('rename');
    expect(ss.backgrounds('Renamed!A1:B2')).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ff0000', '#ff0000'],
    ]);
    expect(ss.run('ranges')).toEqual(['A1:B3']);
  });
});

describe('open-ended ranges in a custom-formula rule', () => {
  it('=COUNTIF($A$1:$A,$A1)>1 marks duplicates down the whole column', () => {
    const ss = openLocalSpreadsheet({
      code: `function setup() { var s = SpreadsheetApp.getActiveSheet();
          s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=COUNTIF($A$1:$A,$A1)>1')
            .setBackground('#ff0000').setRanges([s.getRange('A1:A5')]).build()]); }`,
    });
    ss.run('setup');
    ss.paste('A1', [['x'], ['y'], ['x']]);
    expect(ss.backgrounds('A1:A3').flat()).toEqual(['#ff0000', '#ffffff', '#ff0000']);
  });
});
