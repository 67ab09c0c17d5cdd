// The add-on menu (onOpen/onInstall) and the menu actions that open the sidebar or say what is coming.
import { ENABLE_FUNCTIONS_ITEM, FUNCTIONS_ENABLED_MESSAGE } from '../functions/enable.ts';

/**
 * Shown in the sidebar's title bar. Sheets fixes the title when the sidebar opens
 * (HtmlOutput.setTitle, https://developers.google.com/apps-script/reference/html/html-output#settitletitle)
 * while its tabs switch panels inside: so it names the add-on, and each panel has its own heading.
 */
export const ADDON_NAME = 'Performance-marketing KPIs';

type View = 'wizard' | 'flags' | 'sharing' | 'reference' | 'help';

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the Ui. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Set up campaign goal...', 'showCampaignWizard')
    .addItem('Flag limit breaches...', 'showFlagBreaches')
    .addItem('Prepare for sharing...', 'showPrepareForSharing')
    .addSeparator()
    .addItem(ENABLE_FUNCTIONS_ITEM, 'enableFunctions')
    .addItem('Function reference', 'showFunctionReference')
    .addItem('Help', 'showHelp')
    .addToUi();
}

/** Installing from the Marketplace does not run onOpen in the open file; this adds the menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens Sidebar.html; the template reads `view` through `<?= view ?>`. */
function showSidebar_(view: View): void {
  const template = HtmlService.createTemplateFromFile('Sidebar');
  template.view = view;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(ADDON_NAME));
}

export function showCampaignWizard(): void {
  showSidebar_('wizard');
}

export function showFunctionReference(): void {
  showSidebar_('reference');
}

/** The flags panel works on the sheet active when it opens (detectReport without a name). */
export function showFlagBreaches(): void {
  showSidebar_('flags');
}

export function showPrepareForSharing(): void {
  showSidebar_('sharing');
}

/** What each panel is for and how to start, inside the sidebar (it works offline and in any copy). */
export function showHelp(): void {
  showSidebar_('help');
}

/**
 * Running any menu item uses the add-on in this spreadsheet, which is what turns its custom
 * functions on there (reported); this item exists so a user who wants only the functions can find
 * it, and says that it worked.
 */
export function enableFunctions(): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(FUNCTIONS_ENABLED_MESSAGE, 'KPI functions');
}
