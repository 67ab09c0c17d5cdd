// google.script.run and google.script.host for the sidebar iframe: server calls go to POST /api/run.
// Behaviour follows Google's client-side reference (developers.google.com/apps-script/guides/html/reference/run
// and .../html/communication): every with* call returns a new runner, so a runner with default handlers
// can be kept and reused; handlers get (value | Error, userObject) asynchronously; without a failure
// handler the failure is logged to the console; Date, Function and DOM values other than a lone form
// make the call fail; undefined inside arrays becomes null.
import type { RunReply, SidebarMessage } from '../protocol.ts';

type Handler = ((value: unknown, userObject: unknown) => void) | null;

interface RunnerSettings {
  success: Handler;
  failure: Handler;
  userObject: unknown;
}

type ServerCall = (...args: unknown[]) => void;

interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  withUserObject(object: unknown): Runner;
  [serverFunction: string]: ServerCall | ((arg: never) => Runner);
}

interface ScriptHost {
  close(): void;
  setHeight(height: number): void;
  setWidth(width: number): void;
  editor: { focus(): void };
  origin: string;
}

declare global {
  interface Window {
    google: { script: { run: Runner; host: ScriptHost } };
  }
}

/** Names of the callable server functions, put on this script tag by the server. */
function serverFunctionNames(): string[] {
  const raw = document.currentScript?.getAttribute('data-functions') ?? '[]';
  const parsed: unknown = JSON.parse(raw);
  return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : [];
}

function tellPage(message: SidebarMessage): void {
  window.parent.postMessage(message, window.location.origin);
}

/** A form element as its only argument becomes an object of its fields, as in Apps Script. */
function formToObject(form: HTMLFormElement): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of new FormData(form)) {
    const text = typeof value === 'string' ? value : value.name;
    const prev = out[name];
    out[name] = prev === undefined ? text : Array.isArray(prev) ? [...prev, text] : [prev, text];
  }
  return out;
}

/** Why a value cannot cross google.script.run, or null when it can. */
function illegalValue(value: unknown, seen: Set<object>): string | null {
  if (value === null || value === undefined) return null;
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return null;
  if (kind === 'function') return 'a Function';
  if (kind !== 'object') return `a ${kind}`;
  if (value instanceof Date) return 'a Date';
  if (value instanceof Node) return 'a DOM element';
  const object = value as object;
  if (seen.has(object)) return 'a circular reference';
  seen.add(object);
  const entries = Array.isArray(object) ? object : Object.values(object);
  for (const entry of entries) {
    const why = illegalValue(entry, seen);
    if (why) return why;
  }
  seen.delete(object);
  return null;
}

async function post(fn: string, args: unknown[]): Promise<RunReply> {
  const response = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fn, args }),
  });
  const body: unknown = await response.json();
  if (typeof body === 'object' && body !== null && 'ok' in body) return body as RunReply;
  const message = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : '';
  return { ok: false, message: message || `HTTP ${response.status}` };
}

function call(fn: string, rawArgs: unknown[], settings: RunnerSettings): void {
  const only = rawArgs[0];
  const args = rawArgs.length === 1 && only instanceof HTMLFormElement ? [formToObject(only)] : rawArgs;
  const why = illegalValue(args, new Set());
  const reply: Promise<RunReply> = why
    ? Promise.resolve({ ok: false, message: `Failed due to illegal value: ${fn} was passed ${why}.` })
    : post(fn, args).catch((err: unknown) => ({
        ok: false,
        message: `NetworkError: ${err instanceof Error ? err.message : String(err)}`,
      }));
  void reply.then((result) => {
    tellPage({ type: 'playground:ran' });
    if (result.ok) {
      settings.success?.(result.value, settings.userObject);
    } else if (settings.failure) {
      settings.failure(new Error(result.message), settings.userObject);
    } else {
      console.error(`google.script.run.${fn} failed: ${result.message}`);
    }
  });
}

function makeRunner(settings: RunnerSettings, names: readonly string[]): Runner {
  const runner: Runner = {
    withSuccessHandler: (handler) => makeRunner({ ...settings, success: handler }, names),
    withFailureHandler: (handler) => makeRunner({ ...settings, failure: handler }, names),
    withUserObject: (object) => makeRunner({ ...settings, userObject: object }, names),
  };
  for (const name of names) {
    runner[name] = (...args: unknown[]) => call(name, args, settings);
  }
  return runner;
}

window.google = {
  script: {
    run: makeRunner({ success: null, failure: null, userObject: undefined }, serverFunctionNames()),
    host: {
      close: () => tellPage({ type: 'playground:close' }),
      // Sidebars have a fixed size in Sheets; these only resize dialogs.
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => window.parent.focus() },
      origin: window.location.origin,
    },
  },
};
