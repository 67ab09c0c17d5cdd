// Table tests for validateGoalConfig: every rejection names its field and says what to fix.
import { describe, expect, it } from 'vitest';
import { validateGoalConfig } from '../../../src/plans/campaign-goal/validate.ts';
import { leadsGoal } from '../../fixtures/goals.ts';

const ctx = { defaultCurrency: 'USD' };
const base = leadsGoal();

function errorsOf(patch: Record<string, unknown>): { field: string; message: string }[] {
  const r = validateGoalConfig({ ...base, ...patch }, ctx);
  if (r.ok) throw new Error(`expected rejection for ${JSON.stringify(patch)}`);
  return r.errors;
}

describe('validateGoalConfig: accepted configs are normalized', () => {
  it('resolves endDate from days, defaults budget and currency, orders channels', () => {
    const r = validateGoalConfig(base, ctx);
    expect(r).toEqual({
      ok: true,
      goal: {
        name: 'Q4 leads',
        objective: 'leads',
        model: 'CPL',
        target: 50,
        startDate: '2025-03-01',
        endDate: '2025-03-30',
        days: 30,
        maxCostPerResult: 45,
        budget: 2250,
        currency: 'USD',
        channels: [
          { id: 'social', name: 'Social', limit: null },
          { id: 'linkedin', name: 'LinkedIn', limit: 80 },
        ],
      },
    });
  });

  it('defaults the name, accepts an end date, lower-case currency, empty optionals', () => {
    const r = validateGoalConfig(
      { ...base, name: '  ', days: '', endDate: '2025-03-01', currency: 'eur', budget: null },
      { ...ctx, defaultCurrency: 'GBP' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.goal.name).toBe('Campaign goal');
    expect(r.goal.days).toBe(1);
    expect(r.goal.currency).toBe('EUR');
  });

  it('uses the context currency when none is given, and its smallest amount', () => {
    const r = validateGoalConfig({ ...base, maxCostPerResult: 45 }, { ...ctx, defaultCurrency: 'JPY' });
    expect(r.ok && r.goal.currency).toBe('JPY');
    expect(r.ok && r.goal.budget).toBe(2250);
    // 45.1 is a limit in cents, not in yen.
    const yen = validateGoalConfig({ ...base, maxCostPerResult: 45.1 }, { ...ctx, defaultCurrency: 'JPY' });
    expect(yen.ok).toBe(false);
  });

  it('accepts both endDate and days when they agree, across a leap day', () => {
    const r = validateGoalConfig({ ...base, startDate: '2024-02-28', endDate: '2024-03-01', days: 3 }, ctx);
    expect(r.ok && r.goal.days).toBe(3);
  });

  it('keeps =IMPORTXML(...) as a plain name (written as text later)', () => {
    const r = validateGoalConfig({ ...base, name: '=IMPORTXML("http://x","//a")' }, ctx);
    expect(r.ok && r.goal.name).toBe('=IMPORTXML("http://x","//a")');
  });
});

describe('validateGoalConfig: rejections', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['negative target', { target: -5 }, 'target', /whole number of at least 1, got -5/],
    ['zero target', { target: 0 }, 'target', /at least 1, got 0/],
    ['fractional target', { target: 2.5 }, 'target', /whole number/],
    ['string target', { target: '50' }, 'target', /got "50"/],
    ['NaN target', { target: Number.NaN }, 'target', /got NaN/],
    ['infinite target', { target: Number.POSITIVE_INFINITY }, 'target', /got Infinity/],
    ['huge target', { target: 10_000_001 }, 'target', /at most 10,000,000/],
    ['missing objective', { objective: undefined }, 'objective', /one of sales, leads, traffic, got nothing/],
    ['unknown objective', { objective: 'awareness' }, 'objective', /got "awareness"/],
    ['prototype objective', { objective: 'toString' }, 'objective', /got "toString"/],
    ['bad start date', { startDate: '2025-02-30' }, 'startDate', /YYYY-MM-DD/],
    ['Date-like start', { startDate: 20250301 }, 'startDate', /got 20250301/],
    ['start year absurd', { startDate: '1900-01-01' }, 'startDate', /between 2000 and 2099/],
    [
      'end before start',
      { days: undefined, endDate: '2025-02-28' },
      'endDate',
      /on or after the start date 2025-03-01/,
    ],
    ['no end nor days', { days: undefined }, 'endDate', /end date or a number of days/],
    ['campaign over 3 years', { days: undefined, endDate: '2028-03-02' }, 'endDate', /at most 1096 days/],
    ['days over 3 years', { days: 1097 }, 'days', /from 1 to 1096/],
    ['zero days', { days: 0 }, 'days', /got 0/],
    ['days disagree with dates', { days: 10, endDate: '2025-03-30' }, 'days', /does not match/],
    [
      'days ending after 2099',
      { startDate: '2099-12-31', days: 1096 },
      'days',
      /would end on 2102-12-31; the end date must be in 2099 or earlier/,
    ],
    [
      'limit 0',
      { maxCostPerResult: 0 },
      'maxCostPerResult',
      /Maximum CPL must be a number greater than 0, got 0/,
    ],
    ['negative limit', { maxCostPerResult: -1 }, 'maxCostPerResult', /got -1/],
    ['string limit', { maxCostPerResult: '45' }, 'maxCostPerResult', /got "45"/],
    ['huge limit', { maxCostPerResult: 2e9 }, 'maxCostPerResult', /at most 1,000,000,000/],
    [
      'limit below a cent',
      { maxCostPerResult: 0.004 },
      'maxCostPerResult',
      /at least 0.01 \(the smallest amount in USD\), got 0.004/,
    ],
    ['limit 1e-300', { maxCostPerResult: 1e-300 }, 'maxCostPerResult', /at least 0.01/],
    [
      'yen limit below one yen',
      { maxCostPerResult: 0.5, currency: 'JPY' },
      'maxCostPerResult',
      /at least 1 \(the smallest amount in JPY\)/,
    ],
    [
      'yen limit between two yen',
      { maxCostPerResult: 45.5, currency: 'JPY' },
      'maxCostPerResult',
      /Maximum CPL must be in steps of 1 \(the smallest amount in JPY\), got 45.5/,
    ],
    ['limit with a tenth of a cent', { maxCostPerResult: 45.004 }, 'maxCostPerResult', /in steps of 0.01/],
    [
      'channel limit between two yen',
      { currency: 'JPY', channels: [{ id: 'search', limit: 70.2 }] },
      'channels.search.limit',
      /in steps of 1/,
    ],
    ['budget below a cent', { budget: 0.001 }, 'budget', /Budget must be at least 0.01/],
    [
      'channel limit below a cent',
      { channels: [{ id: 'search', limit: 0.005 }] },
      'channels.search.limit',
      /at least 0.01/,
    ],
    ['budget 0', { budget: 0 }, 'budget', /Budget must be a number greater than 0/],
    [
      'default budget absurd',
      { target: 10_000_000, maxCostPerResult: 1000 },
      'budget',
      /give a smaller limit/,
    ],
    ['unknown currency', { currency: 'XYZ' }, 'currency', /ISO code.*got "XYZ"/],
    ['currency not text', { currency: 840 }, 'currency', /got 840/],
    ['name not text', { name: 42 }, 'name', /Name must be text, got 42/],
    ['name too long', { name: 'x'.repeat(101) }, 'name', /at most 100 characters, got 101/],
    ['channels not a list', { channels: 'search' }, 'channels', /list of channels/],
    ['no channel', { channels: [] }, 'channels', /at least one channel/],
    ['unknown channel', { channels: [{ id: 'tv' }] }, 'channels', /Unknown channel "tv"/],
    ['duplicate channel', { channels: [{ id: 'search' }, { id: 'search' }] }, 'channels', /chosen twice/],
    [
      'more channels than exist',
      { channels: Array.from({ length: 8 }, () => ({ id: 'search' })) },
      'channels',
      /at most 7 channels, got 8/,
    ],
    ['channel limit 0', { channels: [{ id: 'search', limit: 0 }] }, 'channels.search.limit', /Search limit/],
    ['channel limit negative', { channels: [{ id: 'ctv', limit: -3 }] }, 'channels.ctv.limit', /got -3/],
    [
      'channel limit text',
      { channels: [{ id: 'retail', limit: 'a lot' }] },
      'channels.retail.limit',
      /"a lot"/,
    ],
  ];
  it.each(cases)('%s', (_label, patch, field, message) => {
    const errors = errorsOf(patch);
    const hit = errors.find((e) => e.field === field);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('rejects a non-object config', () => {
    for (const input of [null, 'goal', 5, []]) {
      const r = validateGoalConfig(input, ctx);
      expect(r.ok).toBe(false);
    }
  });

  it('never defaults a budget below the smallest unit: target x limit is rounded to it', () => {
    const r = validateGoalConfig({ ...base, target: 3, maxCostPerResult: 0.01 }, ctx);
    expect(r.ok && r.goal.budget).toBe(0.03);
    const yen = validateGoalConfig({ ...base, target: 3, maxCostPerResult: 1, currency: 'JPY' }, ctx);
    expect(yen.ok && yen.goal.budget).toBe(3);
  });

  it('reports every problem at once', () => {
    const fields = errorsOf({ target: -1, maxCostPerResult: 0, channels: [] }).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['target', 'maxCostPerResult', 'channels']));
  });
});
