// Typed, promise-based client for the server functions the sidebar calls through google.script.run
// (the gas-client idea, without its dependency: see docs/CONTRACTS.md). Names, arguments and answers
// come from the server's own record (src/main.ts, imported type-only, so nothing of the server is
// bundled here); every call resolves or rejects with an Error in words.
import type { FunctionReference } from '../src/functions/reference.ts';
import type { ServerFunctions } from '../src/main.ts';
import type { Answer, ScriptRun, SidebarApi, SidebarFunctionName } from '../src/script-run.ts';
import type { WizardDefaults } from '../src/sheets/goal-sheet.ts';

export type { FunctionReference, WizardDefaults };
export type SidebarFunction = SidebarFunctionName<ServerFunctions>;

/** Apps Script runs at most 10 google.script.run calls at once; later ones wait their turn. */
const MAX_IN_FLIGHT = 10;
let inFlight = 0;
const waiting: (() => void)[] = [];

function release(): void {
  inFlight -= 1;
  waiting.shift()?.();
}

/**
 * The words to show for a failure. Apps Script hands the failure handler an Error whose message
 * often starts with "Exception: " or "Error: "; users need only the sentence after it.
 */
export function errorMessage(error: unknown): string {
  let text = '';
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    text = String((error as { message: unknown }).message);
  } else if (typeof error === 'string') {
    text = error;
  }
  text = text.replace(/^(Exception|Error|ScriptError|TypeError):\s*/, '').trim();
  return text || 'The server did not say what went wrong.';
}

function scriptRun(): ScriptRun<ServerFunctions> | undefined {
  const g = (globalThis as { google?: { script?: { run?: ScriptRun<ServerFunctions> } } }).google;
  return g?.script?.run;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Per sidebar-callable function: the words after "Could not ..." when it fails, and a check that the
 * answer has the promised shape (the server's types hold for our own server; this catches a sidebar
 * left open across a deployment, or a shim that answers differently). The mapped type makes a new
 * server function fail to compile until it has its entry here.
 */
const ANSWERS: {
  [K in SidebarFunction]: { what: string; accept: (v: unknown) => v is Answer<ServerFunctions, K> };
} = {
  createCampaignGoal: {
    what: 'create the sheet',
    accept: (v): v is Answer<ServerFunctions, 'createCampaignGoal'> =>
      isRecord(v) && typeof v.sheetName === 'string',
  },
  getWizardDefaults: {
    what: 'load the spreadsheet settings',
    accept: (v): v is WizardDefaults =>
      isRecord(v) && ['today', 'currency', 'locale', 'timeZone'].every((k) => typeof v[k] === 'string'),
  },
  detectReport: {
    what: 'read the report',
    accept: (v): v is Answer<ServerFunctions, 'detectReport'> =>
      isRecord(v) &&
      typeof v.sheetName === 'string' &&
      Array.isArray(v.problems) &&
      Array.isArray(v.skippedRows) &&
      Array.isArray(v.headers) &&
      isRecord(v.columns),
  },
  flagBreaches: {
    what: 'flag the report',
    accept: (v): v is Answer<ServerFunctions, 'flagBreaches'> =>
      isRecord(v) &&
      typeof v.sheetName === 'string' &&
      typeof v.rowsChecked === 'number' &&
      typeof v.rowsFlagged === 'number' &&
      typeof v.rowsConfirmed === 'number' &&
      typeof v.statusColumn === 'string',
  },
  removeBreachFlags: {
    what: 'remove the flags',
    accept: (v): v is Answer<ServerFunctions, 'removeBreachFlags'> =>
      isRecord(v) &&
      typeof v.sheetName === 'string' &&
      typeof v.removed === 'boolean' &&
      Array.isArray(v.left),
  },
  scanForSharing: {
    what: 'scan the spreadsheet',
    accept: (v): v is Answer<ServerFunctions, 'scanForSharing'> =>
      isRecord(v) && Array.isArray(v.cells) && Array.isArray(v.unconvertible),
  },
  convertForSharing: {
    what: 'convert the formulas',
    accept: (v): v is Answer<ServerFunctions, 'convertForSharing'> =>
      isRecord(v) &&
      typeof v.converted === 'number' &&
      Array.isArray(v.unconvertible) &&
      Array.isArray(v.sheets),
  },
  showSharingCell: {
    what: 'select the cell',
    accept: (v): v is Answer<ServerFunctions, 'showSharingCell'> => v === undefined || v === null,
  },
  getFunctionReference: {
    what: 'load the function reference',
    accept: (v): v is FunctionReference[] =>
      Array.isArray(v) &&
      v.every((f) => isRecord(f) && typeof f.name === 'string' && Array.isArray(f.params)),
  },
};

/** One server call through the in-flight queue; rejects in words when the page is not inside Sheets. */
function call<K extends SidebarFunction>(name: K, args: unknown[]): Promise<Answer<ServerFunctions, K>> {
  const { what, accept } = ANSWERS[name];
  return new Promise((resolve, reject) => {
    const start = (): void => {
      const run = scriptRun();
      if (!run) {
        release();
        reject(new Error(`Could not ${what}: this page is not connected to Google Sheets.`));
        return;
      }
      const runner = run
        .withSuccessHandler((value) => {
          release();
          if (accept(value)) resolve(value);
          else reject(new Error(`Could not ${what}: the server sent an unexpected answer.`));
        })
        .withFailureHandler((error) => {
          release();
          reject(new Error(errorMessage(error)));
        });
      // The runner's method for `name` takes exactly the arguments SidebarApi<...>[K] took.
      (runner[name] as (...a: unknown[]) => void)(...args);
    };
    inFlight += 1;
    if (inFlight <= MAX_IN_FLIGHT) start();
    else waiting.push(start);
  });
}

function client(): SidebarApi<ServerFunctions> {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(ANSWERS) as SidebarFunction[]) {
    api[name] = (...args) => call(name, args);
  }
  return api as SidebarApi<ServerFunctions>;
}

/** `await server.createCampaignGoal(config)`: typed from src/main.ts's record. */
export const server: SidebarApi<ServerFunctions> = client();
