// Typed, promise-based client for the server functions the sidebar calls through
// google.script.run (the gas-client idea): every call resolves or rejects with an Error in words.
import type { CampaignGoalInput } from '../src/plans/campaign-goal/config.ts';

export interface WizardDefaults {
  /** 'YYYY-MM-DD' in the spreadsheet's time zone. */
  today: string;
  /** ISO 4217 code of the spreadsheet locale's currency. */
  currency: string;
  /** Spreadsheet locale, e.g. 'en_US'. */
  locale: string;
  timeZone: string;
}

export interface FunctionDoc {
  name: string;
  /** How it is typed, e.g. `LTV(arpu, churn, [margin])`; built here when the server leaves it out. */
  syntax?: string;
  summary: string;
  params: { name: string; description: string; optional?: boolean; defaultValue?: number }[];
  returns: string;
  example: string;
}

/** The slice of google.script.run the sidebar uses (server types are not loaded here). */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  createCampaignGoal(config: CampaignGoalInput): void;
  getWizardDefaults(): void;
  getFunctionReference(): void;
}

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

function scriptRun(): ScriptRun | undefined {
  const g = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  return g?.script?.run;
}

/** One server call: `invoke` names the function; `accept` checks the answer has the promised shape. */
function call<T>(
  what: string,
  invoke: (run: ScriptRun) => void,
  accept: (value: unknown) => value is T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const start = (): void => {
      const run = scriptRun();
      if (!run) {
        release();
        reject(new Error(`Could not ${what}: this page is not connected to Google Sheets.`));
        return;
      }
      invoke(
        run
          .withSuccessHandler((value) => {
            release();
            if (accept(value)) resolve(value);
            else reject(new Error(`Could not ${what}: the server sent an unexpected answer.`));
          })
          .withFailureHandler((error) => {
            release();
            reject(new Error(errorMessage(error)));
          }),
      );
    };
    inFlight += 1;
    if (inFlight <= MAX_IN_FLIGHT) start();
    else waiting.push(start);
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const server = {
  createCampaignGoal: (config: CampaignGoalInput): Promise<{ sheetName: string }> =>
    call(
      'create the sheet',
      (run) => run.createCampaignGoal(config),
      (v): v is { sheetName: string } => isRecord(v) && typeof v.sheetName === 'string',
    ),
  getWizardDefaults: (): Promise<WizardDefaults> =>
    call(
      'load the spreadsheet settings',
      (run) => run.getWizardDefaults(),
      (v): v is WizardDefaults =>
        isRecord(v) && ['today', 'currency', 'locale', 'timeZone'].every((k) => typeof v[k] === 'string'),
    ),
  getFunctionReference: (): Promise<FunctionDoc[]> =>
    call(
      'load the function reference',
      (run) => run.getFunctionReference(),
      (v): v is FunctionDoc[] =>
        Array.isArray(v) &&
        v.every((f) => isRecord(f) && typeof f.name === 'string' && Array.isArray(f.params)),
    ),
};
