// The promise-based google.script.run client, against a fake google.script.run in node.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorMessage, server } from '../../sidebar/server.ts';
import { sidebarFunction } from '../../src/script-run.ts';

/** A recorded call: its name, arguments and the handlers the client attached. */
interface Call {
  name: string;
  args: unknown[];
  ok: (value: unknown) => void;
  fail: (error: unknown) => void;
}

let calls: Call[];

/** Mimics google.script.run: each with*Handler returns a new runner carrying the handlers. */
function fakeRun(ok: (v: unknown) => void = () => {}, fail: (e: unknown) => void = () => {}): object {
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push({ name, args, ok, fail });
    };
  return {
    withSuccessHandler: (h: (v: unknown) => void) => fakeRun(h, fail),
    withFailureHandler: (h: (e: unknown) => void) => fakeRun(ok, h),
    createCampaignGoal: record('createCampaignGoal'),
    getWizardDefaults: record('getWizardDefaults'),
    getFunctionReference: record('getFunctionReference'),
  };
}

const g = globalThis as { google?: unknown };

beforeEach(() => {
  calls = [];
  g.google = { script: { run: fakeRun() } };
});
afterEach(() => {
  delete g.google;
});

/** The one recorded call, checked by name. */
function only(name: string): Call {
  expect(calls.map((c) => c.name)).toEqual([name]);
  return calls[0] as Call;
}

describe('server client', () => {
  it('resolves createCampaignGoal with the server answer and passes the config as given', async () => {
    const config = {
      objective: 'leads' as const,
      target: 50,
      startDate: '2025-06-01',
      days: 30,
      maxCostPerResult: 45,
      channels: [{ id: 'social' as const }],
    };
    const result = server.createCampaignGoal(config);
    const call = only('createCampaignGoal');
    expect(call.args).toEqual([config]);
    call.ok({ sheetName: 'Campaign goal 2' });
    await expect(result).resolves.toEqual({ sheetName: 'Campaign goal 2' });
  });

  it('rejects with the failure in words, without the "Exception:" prefix', async () => {
    const result = server.getWizardDefaults();
    only('getWizardDefaults').fail(new Error('Exception: You do not have access to this spreadsheet.'));
    await expect(result).rejects.toThrow(/^You do not have access to this spreadsheet\.$/);
  });

  it('rejects an answer of the wrong shape instead of passing it on', async () => {
    const defaults = server.getWizardDefaults();
    only('getWizardDefaults').ok({ today: '2025-06-01', currency: 'USD' });
    await expect(defaults).rejects.toThrow(/unexpected answer/);
    calls = [];
    const reference = server.getFunctionReference();
    only('getFunctionReference').ok([{ name: 'ROAS' }]);
    await expect(reference).rejects.toThrow(/unexpected answer/);
    calls = [];
    const created = server.createCampaignGoal({} as never);
    only('createCampaignGoal').ok(undefined);
    await expect(created).rejects.toThrow(/create the sheet: the server sent an unexpected answer/);
  });

  it('rejects in words when the page is not inside Google Sheets', async () => {
    delete g.google;
    await expect(server.getFunctionReference()).rejects.toThrow(/not connected to Google Sheets/);
    // The failed call must not hold a slot: the next call still goes out.
    g.google = { script: { run: fakeRun() } };
    const next = server.getWizardDefaults();
    only('getWizardDefaults').ok({ today: '2025-06-01', currency: 'USD', locale: 'en_US', timeZone: 'UTC' });
    await expect(next).resolves.toMatchObject({ currency: 'USD' });
  });

  it('keeps at most 10 calls in flight and sends the rest as earlier ones finish', async () => {
    const results = Array.from({ length: 12 }, () => server.getFunctionReference());
    expect(calls).toHaveLength(10);
    calls[0]?.ok([]);
    expect(calls).toHaveLength(11);
    calls[1]?.fail(new Error('boom'));
    expect(calls).toHaveLength(12);
    for (const c of calls.slice(2)) c.ok([]);
    const settled = await Promise.allSettled(results);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'rejected',
      ...Array<string>(10).fill('fulfilled'),
    ]);
  });
});

describe('errorMessage', () => {
  it.each([
    [new Error('Exception: Service unavailable'), 'Service unavailable'],
    [new Error('Error: Target must be a whole number'), 'Target must be a whole number'],
    [{ message: 'ScriptError: Authorisation is required' }, 'Authorisation is required'],
    ['plain text', 'plain text'],
    [new Error(''), 'The server did not say what went wrong.'],
    [42, 'The server did not say what went wrong.'],
    [null, 'The server did not say what went wrong.'],
  ])('%o -> %j', (error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});

describe('the contract is typed from the server record (tsc checks these lines)', () => {
  it('offers only the sidebar-callable functions, with their argument types', () => {
    // @ts-expect-error a menu action is global in Apps Script but not part of the sidebar's client
    expect(server.showCampaignWizard).toBeUndefined();
    // @ts-expect-error createCampaignGoal takes the goal config, not a number
    void server.createCampaignGoal(42).catch(() => {});
    expect(Object.keys(server).sort()).toEqual([
      'convertForSharing',
      'createCampaignGoal',
      'detectReport',
      'flagBreaches',
      'getFunctionReference',
      'getWizardDefaults',
      'removeBreachFlags',
      'scanForSharing',
      'showSharingCell',
    ]);
  });

  it('names one parameter per parameter of the function', () => {
    // @ts-expect-error one name is missing
    sidebarFunction((a: number, b: number) => a + b, ['a']);
    expect(sidebarFunction((a: number, b: number) => a + b, ['a', 'b']).params).toEqual(['a', 'b']);
  });
});
