// The add-on menu, the sidebar it opens and the wizard's defaults, through the local spreadsheet.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const ITEMS = [
  { caption: 'Set up campaign goal...', functionName: 'showCampaignWizard' },
  { caption: 'Flag limit breaches...', functionName: 'showFlagBreaches' },
  { caption: 'Prepare for sharing...', functionName: 'showPrepareForSharing' },
  { caption: '---', functionName: '' },
  { caption: 'Enable functions in this spreadsheet', functionName: 'enableFunctions' },
  { caption: 'Function reference', functionName: 'showFunctionReference' },
  { caption: 'Help', functionName: 'showHelp' },
];

describe('menu', () => {
  it('builds the add-on menu in AuthMode.NONE, touching nothing that needs authorization', () => {
    const ss = openLocalSpreadsheet({ authMode: 'NONE' });
    expect(ss.openErrors).toEqual([]);
    expect(ss.menu()?.items).toEqual(ITEMS);
  });

  it('onInstall adds the same menu', () => {
    const ss = openLocalSpreadsheet({ runOnOpen: false });
    expect(ss.menu()).toBeNull();
    ss.trigger('onInstall');
    expect(ss.menu()?.items).toEqual(ITEMS);
  });

  it('opens the sidebar on the wizard or on the function reference', () => {
    const ss = openLocalSpreadsheet({});
    ss.clickMenu('Set up campaign goal...');
    // The title bar names the add-on: it stays while the tabs inside switch panels.
    expect(ss.sidebar()?.title).toBe('Performance-marketing KPIs');
    expect(ss.sidebar()?.html).toContain('data-view="wizard"');
    ss.clickMenu('Function reference');
    expect(ss.sidebar()?.html).toContain('data-view="reference"');
    ss.clickMenu('Flag limit breaches...');
    expect(ss.sidebar()?.title).toBe('Performance-marketing KPIs');
    expect(ss.sidebar()?.html).toContain('data-view="flags"');
    ss.clickMenu('Help');
    expect(ss.sidebar()?.html).toContain('data-view="help"');
  });

  it('Prepare for sharing opens the sidebar on its view, without writing anything', () => {
    const ss = openLocalSpreadsheet({});
    ss.clickMenu('Prepare for sharing...');
    expect(ss.sidebar()?.title).toBe('Performance-marketing KPIs');
    expect(ss.sidebar()?.html).toContain('data-view="sharing"');
    expect(ss.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('getWizardDefaults', () => {
  it('gives today, currency, locale and time zone of the spreadsheet', () => {
    const de = openLocalSpreadsheet({ locale: 'de_DE', timeZone: 'Europe/Berlin' }).run('getWizardDefaults');
    expect(de).toEqual({
      today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      currency: 'EUR',
      locale: 'de_DE',
      timeZone: 'Europe/Berlin',
    });
    const us = openLocalSpreadsheet({}).run('getWizardDefaults') as { currency: string; today: string };
    expect(us.currency).toBe('USD');
    // Today in New York is today or yesterday in UTC terms, never more than a day apart.
    const diff = Math.abs(Date.parse(us.today) - Date.parse(new Date().toISOString().slice(0, 10)));
    expect(diff).toBeLessThanOrEqual(86_400_000);
  });

  it('is callable but the helpers ending in _ are not', () => {
    const ss = openLocalSpreadsheet({});
    expect(() => ss.run('applyPlan_')).toThrow(/Script function not found/);
  });
});
