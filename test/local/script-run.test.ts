// google.script.run, menus, triggers and call accounting.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu();
  menu.addItem('New campaign goal', 'showWizard').addSeparator();
  if (e && e.authMode == ScriptApp.AuthMode.NONE) {
    menu.addItem('Help', 'help');
  } else {
    var seen = PropertiesService.getDocumentProperties().getProperty('seen');
    menu.addItem(seen ? 'Flags' : 'Start', 'help');
  }
  menu.addToUi();
}
function onInstall(e) { onOpen(e); }
function help() { SpreadsheetApp.getUi().alert('Read the docs'); }
function showWizard() {
  var t = HtmlService.createTemplate('<h1><?= title ?></h1><?!= raw ?><? for (var i = 0; i < n; i++) { ?><li><?= i ?></li><? } ?>');
  t.title = '<script>alert("x")</script> & co';
  t.raw = '<em>ok</em>';
  t.n = 2;
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Campaign goal'));
}
function echo(x) { return x; }
function today() { return new Date(2024, 0, 1); }
function helper_() { return 'private'; }
function fails() { throw new Error('Budget must be positive'); }
function writeRows(n) {
  var rows = [];
  for (var i = 0; i < n; i++) rows.push([i, i * 2]);
  var s = SpreadsheetApp.getActiveSheet();
  s.getRange(1, 1, n, 2).setValues(rows);
  s.getRange(1, 3, n, 1).setFormula('=A1+B1');
  s.getRange(1, 1, n, 3).setNumberFormat('0.00');
}
function unknown() { SpreadsheetApp.getActiveSheet().getRange('A1').setTextRotation(45); }
`;

describe('google.script.run rules (https://developers.google.com/apps-script/guides/html/communication)', () => {
  it('functions ending in _ are private: not callable', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('helper_')).toThrow('Script function not found: helper_');
    expect(() => ss.run('nope')).toThrow('Script function not found: nope');
  });
  it('primitives, plain objects and arrays pass; undefined in arrays becomes null', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('echo', { a: [1, 'x', true, null, undefined], b: { c: 2 } })).toEqual({
      a: [1, 'x', true, null, null],
      b: { c: 2 },
    });
  });
  it('a Date argument (also nested) makes the call fail', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('echo', new Date())).toThrow(/illegal value/);
    expect(() => ss.run('echo', { start: new Date() })).toThrow(
      'Failed due to illegal value in property: 0.start',
    );
    expect(() => ss.run('echo', () => 1)).toThrow(/illegal value/);
    class Goal {
      leads = 1;
    }
    expect(() => ss.run('echo', new Goal())).toThrow(/illegal value/);
  });
  it('a returned Date fails the same way (return values share the parameter restrictions)', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('today')).toThrow(/illegal value/);
  });
  it("a thrown error reaches the caller with its message (the failure handler's Error)", () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('fails')).toThrow('Budget must be positive');
  });
});

describe('menus, sidebar and HtmlService templates (https://developers.google.com/apps-script/guides/html/templates)', () => {
  it('onOpen builds the add-on menu; clicking an item runs its function', () => {
    const ss = openLocalSpreadsheet({ code, addOnTitle: 'Perf KPIs' });
    expect(ss.menu()).toEqual({
      title: 'Perf KPIs',
      items: [
        { caption: 'New campaign goal', functionName: 'showWizard' },
        { caption: '---', functionName: '' },
        { caption: 'Start', functionName: 'help' },
      ],
    });
    ss.clickMenu('Start');
    expect(ss.alerts()).toEqual(['Read the docs']);
  });
  it('<?= ?> escapes, <?!= ?> prints raw, <? ?> runs code with template properties as variables', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.clickMenu('New campaign goal');
    expect(ss.sidebar()).toEqual({
      title: 'Campaign goal',
      html: '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</h1><em>ok</em><li>0</li><li>1</li>',
    });
  });
});

describe('simple triggers and auth modes (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  it('onOpen in AuthMode.NONE: menus work, e.source is absent, document and properties access throw', () => {
    const probe = `${code}
      var seen = {};
      function onOpen(e) {
        seen.hasSource = e.source !== undefined;
        seen.mode = String(e.authMode);
        try { SpreadsheetApp.getActive(); seen.doc = 'ok'; } catch (err) { seen.doc = err.message; }
        try { PropertiesService.getUserProperties(); seen.props = 'ok'; } catch (err) { seen.props = err.message; }
        SpreadsheetApp.getUi().createAddonMenu().addItem('Help', 'help').addToUi();
      }`;
    const ss = openLocalSpreadsheet({ code: probe, authMode: 'NONE' });
    const seen = ss.global('seen') as Record<string, unknown>;
    expect(seen.hasSource).toBe(false);
    expect(seen.mode).toBe('NONE');
    expect(seen.doc).toMatch(/You do not have permission to call SpreadsheetApp.getActive/);
    expect(seen.props).toMatch(/You do not have permission/);
    expect(ss.menu()?.items).toEqual([{ caption: 'Help', functionName: 'help' }]);
  });
  it('in LIMITED mode the same onOpen reads properties; onInstall runs in FULL', () => {
    const ss = openLocalSpreadsheet({ code, authMode: 'NONE' });
    expect(ss.menu()?.items[2]?.caption).toBe('Help');
    ss.services.PropertiesService.getDocumentProperties().setProperty('seen', 'yes');
    ss.trigger('onInstall');
    expect(ss.menu()?.items[2]?.caption).toBe('Flags');
  });
});

describe('emulation boundaries and call accounting', () => {
  it('an unknown method throws "not emulated: Class.method" instead of doing nothing', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('unknown')).toThrow('not emulated: Range.setTextRotation');
    const sheet = ss.services.SpreadsheetApp.getActiveSheet() as unknown as Record<string, () => void>;
    expect(() => sheet.autoResizeColumns?.()).toThrow('not emulated: Sheet.autoResizeColumns');
  });
  it('counts calls per Class.method; a batched write costs the same whatever the row count', () => {
    const ss = openLocalSpreadsheet({ code, runOnOpen: false });
    ss.run('writeRows', 3);
    const small = ss.calls.byMethod();
    expect(small).toEqual({
      'Range.setFormula': 1,
      'Range.setNumberFormat': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 3,
      'SpreadsheetApp.getActiveSheet': 1,
    });
    ss.calls.reset();
    expect(ss.calls.total()).toBe(0);
    ss.run('writeRows', 50);
    expect(ss.calls.byMethod()).toEqual(small);
    expect(ss.calls.total()).toBe(7);
    expect(ss.values('C50')).toEqual([[147]]);
  });
  it("the emulator's own reads (values, backgrounds) are not counted", () => {
    const ss = openLocalSpreadsheet({ code, runOnOpen: false });
    ss.values('A1:C3');
    ss.backgrounds('A1:C3');
    ss.type('A1', '1');
    expect(ss.calls.total()).toBe(0);
  });
});
