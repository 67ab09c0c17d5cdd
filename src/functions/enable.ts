// How a user turns the KPI functions on in a spreadsheet: one caption and one sentence, shared by
// the menu, the sidebar's function reference and the README.

/**
 * The add-on menu item that uses the add-on in the open spreadsheet. Reported: an add-on's custom
 * functions compute in a document only once the add-on has been used there, although Google's page
 * says they are available on install (see local/index.ts, requireEnable).
 */
export const ENABLE_FUNCTIONS_ITEM = 'Enable functions in this spreadsheet';

/** What a user whose KPI cells show #NAME? is told to do. */
export const ENABLE_FUNCTIONS_HINT = `If a function shows #NAME?, choose Extensions > this add-on > ${ENABLE_FUNCTIONS_ITEM} (once per spreadsheet).`;

/** The toast after the item ran (any item of the add-on's menu enables them as well). */
export const FUNCTIONS_ENABLED_MESSAGE =
  'The KPI functions (ROAS, CPA, CPL and the rest) now work in this spreadsheet. Type them in any cell.';
