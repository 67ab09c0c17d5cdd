// What Prepare for sharing refuses to convert (and says why), what a client copy leaves alone, and
// how few service calls it makes.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import type { SharingResult, SharingScan } from '../../src/sheets/sharing.ts';

const open = () =>
  openLocalSpreadsheet({
    sheets: [
      {
        name: 'Ads',
        rows: [
          ['Spend', 'Leads', 'Note'],
          [120, 4, 'ok'],
          [-5, 2, 'negative spend'],
          ["'1 234", 2, 'number as text'],
          ['3/15/2024', 2, 'a date'],
          [90, 3, ''],
        ],
      },
    ],
  });

const reasonAt = (scan: SharingScan, a1: string): string =>
  scan.unconvertible.find((u) => u.a1 === a1)?.reason ?? `(no reason for ${a1})`;

describe('cells Prepare for sharing leaves as they are', () => {
  it('lists each with its reason and converts the rest', () => {
    const ss = open();
    ss.type('D2', '=CPL(A2,B2)');
    ss.type('D3', '=CPL(A3,B3)');
    ss.type('D4', '=IFERROR(CPL(A4,B4),"?")');
    ss.type('D5', '=IFERROR(CPL(A5,B5),"?")');
    ss.type('D6', '=CPL(A6,B6*RAND())');
    ss.type('D7', '=IFERROR(CPL(A6*2,B6),"?")');
    ss.type('D8', '=CPL(A2:A3,B2:B3)');
    ss.type('D9', '=CPL(A2,"2")');
    ss.type('D10', '=CPL(A2,B2,B3)');
    const scan = ss.run('scanForSharing') as SharingScan;
    expect(scan.cells.map((c) => c.a1)).toEqual(['D2']);
    expect(reasonAt(scan, 'D3')).toMatch(/^It shows #ERROR! today/);
    expect(reasonAt(scan, 'D4')).toMatch(/reads the text "1 234" in A4/);
    expect(reasonAt(scan, 'D5')).toMatch(/^CPL: spend must be a number, got a date/);
    expect(reasonAt(scan, 'D6')).toMatch(/calls RAND\(\)/);
    expect(reasonAt(scan, 'D7')).toMatch(/sits inside IFERROR/);
    expect(reasonAt(scan, 'D8')).toMatch(/#ERROR!/);
    expect(reasonAt(scan, 'D9')).toMatch(/is the text "2"/);
    expect(reasonAt(scan, 'D10')).toMatch(/#ERROR!|at most 2 arguments/);
    expect(scan.unconvertible).toHaveLength(8);

    const before = ss.formulas('D3:D10');
    const result = ss.run('convertForSharing') as SharingResult;
    expect(result.converted).toBe(1);
    expect(result.unconvertible).toEqual(scan.unconvertible);
    expect(ss.formulas('D3:D10')).toEqual(before);
    const again = ss.run('scanForSharing') as SharingScan;
    expect(again.cells).toEqual([]);
    expect(again.unconvertible.map((u) => u.a1)).toEqual(scan.unconvertible.map((u) => u.a1));
  });

  it('reads the cells behind a named range', () => {
    const ss = open();
    ss.defineName('Spend', 'Ads!A2:A3');
    ss.defineName('Leads', 'Ads!B2:B3');
    ss.defineName('Typed', 'Ads!A4');
    ss.type('E2', '=IFERROR(CPL(Spend,Leads),"?")');
    ss.type('E5', '=IFERROR(CPL(Typed,2),"?")');
    ss.type('E6', '=CPL(Ads!A2, Leads)');
    const scan = ss.run('scanForSharing') as SharingScan;
    // Spend holds -5 in A3: CPL refuses it, IFERROR hides that, so the cell is listed.
    expect(reasonAt(scan, 'E2')).toMatch(/^CPL: spend must not be negative, got -5 \(row 2 of the range\)/);
    expect(reasonAt(scan, 'E5')).toMatch(/reads the text "1 234" in Ads!A4/);
    expect(scan.cells.map((c) => c.a1)).toEqual(['E6']);
    const values = ss.values('E6');
    ss.run('convertForSharing');
    expect(ss.values('E6')).toEqual(values);
    expect(ss.formulas('E6')[0]?.[0]).toMatch(/^=ARRAYFORMULA\(IF\(\(\(Ads!A2=""\)/);
    expect(ss.formulas('E6')[0]?.[0]).toContain('/Ads!$B$2:$B$3');
  });

  it('an argument a function computes as text is listed: "0" is a zero to CPL, not to Sheets', () => {
    const ss = open();
    ss.type('E2', '=CPL(A2,IF(C2="ok","0",B2))');
    ss.type('E3', '=CPL(IF(C2="ok","1 234",A2),2)');
    ss.type('E4', '=CPL(A2,TEXT(B2-4,"0"))');
    ss.type('E5', '=CPL(A2,{"0"})');
    ss.type('E6', '=CPL(A2,(INDEX(A4:A4,1)))');
    ss.type('E9', '=CPL(A2,+IF(C2="ok","0",B2))');
    // Arithmetic gives a number whatever it reads, and so do SUM and ROUND: these convert.
    ss.type('E7', '=CPL(A2,IF(C2="ok","4",B2)*1)');
    ss.type('E8', '=CPL(ROUND(A2,0),SUM(B2:B3))');
    const values = ss.values('E2:E9');
    // Today: "0" leads is blank to CPL, the text "1 234" is 1234.
    expect(values.slice(0, 3)).toEqual([[''], [617], ['']]);
    const scan = ss.run('scanForSharing') as SharingScan;
    expect(reasonAt(scan, 'E2')).toMatch(/^CPL's leads is computed by IF\(\), which can give text/);
    expect(reasonAt(scan, 'E3')).toMatch(/^CPL's spend is computed by IF\(\)/);
    expect(reasonAt(scan, 'E4')).toMatch(/computed by TEXT\(\)/);
    expect(reasonAt(scan, 'E5')).toMatch(/computed by \{\.\.\.\}/);
    expect(reasonAt(scan, 'E6')).toMatch(/computed by INDEX\(\)/);
    expect(reasonAt(scan, 'E9')).toMatch(/computed by IF\(\)/);
    expect(scan.cells.map((c) => c.a1)).toEqual(['E7', 'E8']);
    ss.run('convertForSharing');
    expect(ss.values('E2:E9')).toEqual(values);
  });

  it('a formula that calls no add-on function, and text that only looks like a call, are not touched', () => {
    const ss = open();
    ss.type('D2', '=SUM(A2:A3)');
    ss.type('D3', '="=ROAS(A2,B2)"');
    ss.type('D4', "'=CPL(A2,B2)");
    expect(ss.run('scanForSharing')).toEqual({ sheets: [], cells: [], unconvertible: [] });
  });
});

describe('client copies', () => {
  it('copy: true converts "<sheet> (client)" and leaves the original, its notes, formats and rules as they were', () => {
    const ss = open();
    ss.type('D2', '=CPL(A2,B2)');
    ss.type('E2', '=CPL(A2:A2,B2:B2)');
    ss.services.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Ads')
      ?.getRange('D2')
      .setNote('cost per lead')
      .setNumberFormat('$0.00');
    const original = { formulas: ss.formulas('Ads!A1:E6'), values: ss.values('Ads!A1:E6') };
    const result = ss.run('convertForSharing', { copy: true }) as SharingResult;
    expect(result.sheets).toEqual(['Ads (client)']);
    expect(result.converted).toBe(2);
    expect(ss.sheetNames()).toEqual(['Ads', 'Ads (client)']);
    expect(ss.formulas('Ads!A1:E6')).toEqual(original.formulas);
    expect(ss.values("'Ads (client)'!A1:E6")).toEqual(original.values);
    expect(ss.formulas("'Ads (client)'!D2")[0]?.[0]).toMatch(/^=IF\(OR\(/);
    expect(ss.notes("'Ads (client)'!D2")).toEqual([['cost per lead']]);
    expect(ss.numberFormats("'Ads (client)'!D2")).toEqual([['$0.00']]);
    // A second run never replaces the first copy.
    const second = ss.run('convertForSharing', { copy: true, sheets: ['Ads'] }) as SharingResult;
    expect(second.sheets).toEqual(['Ads (client) (2)']);
  });

  it("keeps a copy's name within Sheets' 100 characters", () => {
    // 92 characters: the longest whose "Copy of" name the local spreadsheet emulates.
    const long = 'L'.repeat(92);
    const ss = openLocalSpreadsheet({ sheets: [{ name: long, rows: [[10, 2, '=CPL(A1,B1)']] }] });
    const result = ss.run('convertForSharing', { copy: true }) as SharingResult;
    expect(result.sheets).toEqual([`${'L'.repeat(91)} (client)`]);
    expect(ss.values(`'${result.sheets[0]}'!C1`)).toEqual([[5]]);
  });

  it('a failure midway removes the copies made so far and says so in words', () => {
    const ss = openLocalSpreadsheet({
      sheets: [
        { name: 'Ads', rows: [[10, 2, '=CPL(A1,B1)']] },
        { name: 'KPIs', rows: [[10, 2, '=CPC(A1,B1)']] },
        // The local copyTo refuses to guess the name of a second "Copy of KPIs".
        { name: 'Copy of KPIs', rows: [[1]] },
      ],
    });
    expect(() => ss.run('convertForSharing', { copy: true })).toThrow(
      'The client copies could not be made. The copies made so far were removed; the original sheets are untouched.',
    );
    expect(ss.sheetNames()).toEqual(['Ads', 'KPIs', 'Copy of KPIs']);
    expect(ss.formulas('Ads!C1')).toEqual([['=CPL(A1,B1)']]);
    expect(ss.logs().join('\n')).toMatch(/not emulated: Sheet.copyTo/);
  });

  it('names a sheet that does not exist in words', () => {
    const ss = open();
    expect(() => ss.run('convertForSharing', { sheets: ['Nope'] })).toThrow('No sheet named "Nope".');
    expect(() => ss.run('convertForSharing', { copy: 'yes' })).toThrow('copy must be true or false.');
    // A misspelt option converts nothing (it would otherwise convert every sheet in place).
    ss.type('D2', '=CPL(A2,B2)');
    expect(() => ss.run('convertForSharing', { sheet: ['Ads'], copies: true })).toThrow(
      'convertForSharing takes { sheets?: string[], copy?: boolean }, not "sheet", "copies".',
    );
    expect(ss.formulas('D2')).toEqual([['=CPL(A2,B2)']]);
    expect(ss.sheetNames()).toEqual(['Ads']);
  });
});

describe('service calls', () => {
  it('one read per sheet and one write per changed block, whatever the number of cells', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i * 10, i % 7, `=CPL(A${i + 1},B${i + 1})`]);
    const ss = openLocalSpreadsheet({
      sheets: [
        { name: 'Big', rows },
        { name: 'Other', rows: [[1]] },
      ],
    });
    ss.calls.reset();
    ss.run('convertForSharing');
    const calls = ss.calls.byMethod();
    expect(calls['Range.setFormulas']).toBe(1);
    expect(calls['Range.getFormulas']).toBe(2);
    expect(calls['Range.getValues']).toBe(1);
    // 7 once (spreadsheet, sheets, locale, lock x3, flush); per sheet its name, data range and
    // formulas; values only of the sheet with add-on calls; one range and one write per block.
    expect(ss.calls.split().document).toBe(7 + 3 * 2 + 1 + 2);
  });
});
