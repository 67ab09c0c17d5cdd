// The single list of what becomes global in Apps Script: scripts/build.ts emits one top-level
// `function NAME(params)` per entry here, and nothing else is global.
import { setDecimalMarkReader } from './functions/args.ts';
import { CUSTOM_FUNCTIONS } from './functions/custom.ts';
import { type FunctionReference, functionReference } from './functions/reference.ts';
import { decimalMark } from './plans/shared/formula-locale.ts';
import { type ServerFunction, sheetsFunction, sidebarFunction } from './script-run.ts';
import { createCampaignGoal, getWizardDefaults } from './sheets/goal-sheet.ts';
import {
  enableFunctions,
  onInstall,
  onOpen,
  showCampaignWizard,
  showFlagBreaches,
  showFunctionReference,
  showHelp,
  showPrepareForSharing,
} from './sheets/menu.ts';
import { detectReport, flagBreaches, removeBreachFlags } from './sheets/report-flags.ts';
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

/**
 * Every server function, in one record: what runs, the parameter names of the top-level declaration
 * scripts/build.ts emits for it, and who calls it. The sidebar's client is typed from this record
 * (sidebar/server.ts); docs/CONTRACTS.md says how to add one.
 */
export const serverFunctions = {
  onOpen: sheetsFunction(onOpen, ['e']),
  onInstall: sheetsFunction(onInstall, ['e']),
  enableFunctions: sheetsFunction(enableFunctions, []),
  showCampaignWizard: sheetsFunction(showCampaignWizard, []),
  showFlagBreaches: sheetsFunction(showFlagBreaches, []),
  showPrepareForSharing: sheetsFunction(showPrepareForSharing, []),
  showFunctionReference: sheetsFunction(showFunctionReference, []),
  showHelp: sheetsFunction(showHelp, []),
  getFunctionReference: sidebarFunction((): FunctionReference[] => functionReference(), []),
  getWizardDefaults: sidebarFunction(getWizardDefaults, []),
  createCampaignGoal: sidebarFunction(createCampaignGoal, ['config']),
  detectReport: sidebarFunction(detectReport, ['sheetName', 'choice']),
  flagBreaches: sidebarFunction(flagBreaches, ['options']),
  removeBreachFlags: sidebarFunction(removeBreachFlags, ['sheetName']),
  scanForSharing: sidebarFunction(scanForSharing, []),
  convertForSharing: sidebarFunction(convertForSharing, ['options']),
  showSharingCell: sidebarFunction(showSharingCell, ['sheetName', 'a1']),
} as const satisfies Record<string, ServerFunction>;

/** The record's type: what the sidebar imports (type-only) to type its calls. */
export type ServerFunctions = typeof serverFunctions;
