// The goal sheet's writer: the server functions the wizard calls through google.script.run
// (getWizardDefaults for the form, createCampaignGoal to build the sheet).
import type { CampaignGoalInput } from '../plans/campaign-goal/config.ts';
import { goalRangeNames, namedRangePrefix, planCampaignGoal } from '../plans/campaign-goal/plan.ts';
import { validateGoalConfig } from '../plans/campaign-goal/validate.ts';
import { currencyForLocale } from '../plans/shared/currency.ts';
import { uniqueSheetName } from '../plans/shared/sheet-name.ts';
import { describeErrors } from '../plans/shared/validation.ts';
import { applyPlan_ } from './apply-plan.ts';
import { documentWrite_ } from './document-write.ts';

/** What createCampaignGoal answers: the name of the sheet it made (it may differ from the goal's name). */
export interface CreatedGoal {
  sheetName: string;
}

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

  return documentWrite_({
    writer: 'createCampaignGoal',
    // Reads and the new sheet: a failure here has nothing to take back, and says so itself.
    prepare: () => {
      const sheetName = uniqueSheetName(checked.goal.name, (name) => ss.getSheetByName(name) !== null);
      const namePrefix = freeNamePrefix_(ss, sheetName);
      return { sheetName, namePrefix, sheet: ss.insertSheet(sheetName) };
    },
    write: ({ sheetName, namePrefix, sheet }, undo) => {
      undo(`the sheet "${sheetName}"`, () => ss.deleteSheet(sheet));
      applyPlan_(ss, sheet, planCampaignGoal(checked.goal, { locale, sheetName, namePrefix }), (name) =>
        undo(`named range ${name}`, () => ss.removeNamedRange(name)),
      );
      return { sheetName };
    },
    explain: ({ cause, leftOver }, { sheetName }) =>
      `Could not build the campaign-goal sheet "${sheetName}": ${cause}. ${
        leftOver.length === 0
          ? 'The half-built sheet was removed; nothing else changed.'
          : `Removing the half-built parts also failed (${leftOver.join(', ')}); delete them by hand.`
      }`,
  });
}
