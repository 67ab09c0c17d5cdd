// The single list of what becomes global in Apps Script: scripts/build.ts emits one top-level
// `function NAME(params)` per entry here, and nothing else is global.
import { setDecimalMarkReader } from './functions/args.ts';
import { CUSTOM_FUNCTIONS } from './functions/custom.ts';
import { functionReference } from './functions/reference.ts';
import { decimalMark } from './plans/formula-locale.ts';
import {
  onInstall,
  onOpen,
  showCampaignWizard,
  showFlagBreaches,
  showFunctionReference,
  showPrepareForSharing,
} from './sheets/menu.ts';
import { createCampaignGoal, getWizardDefaults } from './sheets/server.ts';
import { convertForSharing, scanForSharing, showSharingCell } from './sheets/sharing.ts';

// Number-like text in KPI arguments is read with the spreadsheet's decimal mark. Custom functions
// may call read-only methods such as getSpreadsheetLocale
// (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
// Node tools that import this module (build, tests) have no spreadsheet: there it is '.'.
setDecimalMarkReader(() =>
  typeof SpreadsheetApp === 'undefined'
    ? '.'
    : decimalMark(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()),
);

/** KPI custom functions, keyed by the name users type. */
export const customFunctions: Record<string, (...args: unknown[]) => unknown> = { ...CUSTOM_FUNCTIONS };

/** Triggers, menu actions and the functions the sidebar calls through google.script.run. */
export const serverFunctions: Record<string, (...args: never[]) => unknown> = {
  getFunctionReference: () => functionReference(),
  onOpen,
  onInstall,
  showCampaignWizard,
  showFlagBreaches,
  showPrepareForSharing,
  showFunctionReference,
  createCampaignGoal,
  getWizardDefaults,
  scanForSharing,
  convertForSharing,
  showSharingCell,
};

/** Parameter names of each server function, for the generated declarations. */
export const serverFunctionParams: Record<string, readonly string[]> = {
  getFunctionReference: [],
  onOpen: ['e'],
  onInstall: ['e'],
  showCampaignWizard: [],
  showFlagBreaches: [],
  showPrepareForSharing: [],
  showFunctionReference: [],
  createCampaignGoal: ['config'],
  getWizardDefaults: [],
  scanForSharing: [],
  convertForSharing: ['options'],
  showSharingCell: ['sheetName', 'a1'],
};
