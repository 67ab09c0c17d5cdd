// Server functions the wizard calls through google.script.run: defaults for the form and createCampaignGoal.

import type { CampaignGoalInput } from '../plans/campaign-goal/config.ts';
import { namedRangePrefix, planCampaignGoal } from '../plans/campaign-goal/plan.ts';
import { uniqueSheetName } from '../plans/campaign-goal/sheet-name.ts';
import { describeErrors, validateGoalConfig } from '../plans/campaign-goal/validate.ts';
import { currencyForLocale } from '../plans/currency.ts';
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
function messageOf_(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string') {
    return err.message;
  }
  return String(err);
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
  // Validation rules do not depend on today, so UTC's date is good enough here.
  const today = new Date().toISOString().slice(0, 10);
  const checked = validateGoalConfig(config, { today, defaultCurrency: currencyForLocale(locale) });
  if (!checked.ok) throw new Error(`The campaign goal is not valid: ${describeErrors(checked.errors)}`);

  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (err) {
    throw new Error(
      `Another change to this spreadsheet is still running; try again in a moment (${messageOf_(err)})`,
    );
  }
  try {
    const sheetName = uniqueSheetName(checked.goal.name, (name) => ss.getSheetByName(name) !== null);
    const sheet = ss.insertSheet(sheetName);
    const createdNames: string[] = [];
    try {
      const namePrefix = namedRangePrefix(sheetName, sheet.getSheetId());
      applyPlan_(ss, sheet, planCampaignGoal(checked.goal, { locale, sheetName, namePrefix }), createdNames);
      // Lock docs: flush pending spreadsheet changes before releasing the lock
      // (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
      SpreadsheetApp.flush();
    } catch (err) {
      const cleanup = removeHalfBuilt_(ss, sheet, createdNames);
      throw new Error(
        `Could not build the campaign-goal sheet "${sheetName}": ${messageOf_(err)}. ${cleanup}`,
      );
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
      problems.push(`named range ${name}: ${messageOf_(err)}`);
    }
  }
  try {
    ss.deleteSheet(sheet);
  } catch (err) {
    problems.push(`sheet: ${messageOf_(err)}`);
  }
  return problems.length === 0
    ? 'The half-built sheet was removed; nothing else changed.'
    : `Cleaning up also failed (${problems.join('; ')}); delete the half-built sheet by hand.`;
}
