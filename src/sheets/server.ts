// Server functions the wizard calls through google.script.run: defaults for the form and createCampaignGoal.
import type { CampaignGoalInput } from '../plans/campaign-goal/config.ts';
import { goalRangeNames, namedRangePrefix, planCampaignGoal } from '../plans/campaign-goal/plan.ts';
import { describeErrors, validateGoalConfig } from '../plans/campaign-goal/validate.ts';
import { currencyForLocale } from '../plans/shared/currency.ts';
import { uniqueSheetName } from '../plans/shared/sheet-name.ts';
import { applyPlan_ } from './apply-plan.ts';

/** What createCampaignGoal answers: the name of the sheet it made (it may differ from the goal's name). */
export interface CreatedGoal {
  sheetName: string;
}

/** How long createCampaignGoal waits for another script's document lock, in ms. */
const LOCK_WAIT_MS = 10_000;

export interface WizardDefaults {
  /** Today in the spreadsheet's time zone, 'YYYY-MM-DD'. */
  today: string;
  /** ISO 4217 code of the spreadsheet locale's currency. */
  currency: string;
  /** Spreadsheet locale, e.g. 'de_DE'. */
  locale: string;
  /** IANA time zone of the spreadsheet, e.g. 'Europe/Berlin'. */
  timeZone: string;
}

export function getWizardDefaults(): WizardDefaults {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  return {
    today: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'),
    currency: currencyForLocale(locale),
    locale,
    timeZone,
  };
}

/** The message of anything thrown; not `instanceof Error`, which fails for errors from another realm. */
export function messageOf_(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string') {
    return err.message;
  }
  return String(err);
}

/** JavaScript's own errors are bugs, not something a user can act on: their text stays in the log. */
const INTERNAL_ERRORS = ['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError'];

/**
 * What the user reads about a failure: the spreadsheet's own message (a service error such as
 * "Service Spreadsheets failed while accessing document") without its closing period, or plain
 * words for our own bugs. The full error goes to the log (Apps Script's Executions page).
 */
function userCause_(err: unknown): string {
  console.error(err instanceof Error && err.stack ? err.stack : messageOf_(err));
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  if (INTERNAL_ERRORS.includes(name)) return 'the add-on hit an internal problem (details are in the log)';
  return messageOf_(err).trim().replace(/\.+$/, '');
}

/** How many prefixes createCampaignGoal tries before it gives up on finding free names. */
const MAX_NAME_ATTEMPTS = 20;

/**
 * The first named-range prefix whose names nobody has: a name the user (or another goal sheet)
 * already defined is never moved. One getRangeByName per name tried; two when the first is free.
 */
function freeNamePrefix_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string): string {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const prefix = namedRangePrefix(sheetName, attempt);
    const names = Object.values(goalRangeNames(prefix));
    if (names.every((name) => ss.getRangeByName(name) === null)) return prefix;
  }
  throw new Error(
    `The named ranges this sheet needs (${namedRangePrefix(sheetName)}_...) are all taken; rename or remove some under Data > Named ranges`,
  );
}

/**
 * Validates `config` (never trusting the sidebar), then under the document lock inserts a sheet
 * with a new unique name and applies the plan. Nothing is written when validation fails; a
 * failure midway removes the half-built sheet and its named ranges. insertSheet makes the new
 * sheet the active one, which is what the user sees on success. `config` is typed as the sidebar
 * sends it; the body trusts nothing of it (validateGoalConfig reads it as unknown).
 */
export function createCampaignGoal(config: CampaignGoalInput): CreatedGoal {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = ss.getSpreadsheetLocale();
  const checked = validateGoalConfig(config, { defaultCurrency: currencyForLocale(locale) });
  if (!checked.ok) throw new Error(`The campaign goal is not valid: ${describeErrors(checked.errors)}`);

  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (err) {
    console.error(`createCampaignGoal: lock not acquired: ${messageOf_(err)}`);
    throw new Error('Another change to this spreadsheet is still running; try again in a moment.');
  }
  try {
    const sheetName = uniqueSheetName(checked.goal.name, (name) => ss.getSheetByName(name) !== null);
    const namePrefix = freeNamePrefix_(ss, sheetName);
    const sheet = ss.insertSheet(sheetName);
    const createdNames: string[] = [];
    try {
      applyPlan_(ss, sheet, planCampaignGoal(checked.goal, { locale, sheetName, namePrefix }), createdNames);
      // Lock docs: flush pending spreadsheet changes before releasing the lock
      // (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
      SpreadsheetApp.flush();
    } catch (err) {
      const cause = userCause_(err);
      const cleanup = removeHalfBuilt_(ss, sheet, createdNames);
      throw new Error(`Could not build the campaign-goal sheet "${sheetName}": ${cause}. ${cleanup}`);
    }
    return { sheetName };
  } finally {
    lock.releaseLock();
  }
}

/** Deletes what a failed build left; returns a sentence for the error message saying what happened. */
function removeHalfBuilt_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  createdNames: readonly string[],
): string {
  const problems: string[] = [];
  for (const name of createdNames) {
    try {
      ss.removeNamedRange(name);
    } catch (err) {
      console.error(`createCampaignGoal clean-up: named range ${name}: ${messageOf_(err)}`);
      problems.push(`named range ${name}`);
    }
  }
  try {
    ss.deleteSheet(sheet);
  } catch (err) {
    console.error(`createCampaignGoal clean-up: sheet: ${messageOf_(err)}`);
    problems.push(`the sheet "${sheet.getName()}"`);
  }
  return problems.length === 0
    ? 'The half-built sheet was removed; nothing else changed.'
    : `Removing the half-built parts also failed (${problems.join(', ')}); delete them by hand.`;
}
