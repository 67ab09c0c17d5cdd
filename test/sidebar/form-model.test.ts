// Wizard logic without a DOM: form state -> config, the shared validator's messages, which of
// them show, what blocks a step, and the review summary.
import { describe, expect, it } from 'vitest';
import {
  blockingErrors,
  checkForm,
  defaultBudgetPlaceholder,
  type FormContext,
  type FormState,
  initialState,
  objectiveWords,
  reviewRows,
  stepOf,
  toGoalInput,
  visibleErrors,
} from '../../sidebar/form-model.ts';

const ctx: FormContext = { today: '2025-06-01', defaultCurrency: 'USD', decimalMark: '.' };

/** A complete, valid form: 50 leads in 30 days at most $45 each, on Social and LinkedIn ($80). */
function filled(overrides: Partial<FormState> = {}): FormState {
  const s = initialState({ today: '2025-06-01', currency: 'USD' });
  s.target = '50';
  s.days = '30';
  s.maxCostPerResult = '45';
  s.channels.social.checked = true;
  s.channels.linkedin = { checked: true, limit: '80' };
  return { ...s, ...overrides };
}

const fields = (errors: { field: string }[]): string[] => errors.map((e) => e.field);

describe('initialState', () => {
  it('starts from the spreadsheet defaults with nothing chosen that the user must decide', () => {
    const s = initialState({ today: '2025-06-01', currency: 'EUR' });
    expect(s.startDate).toBe('2025-06-01');
    expect(s.currency).toBe('EUR');
    expect(s.target).toBe('');
    expect(Object.values(s.channels).every((c) => !c.checked && c.limit === '')).toBe(true);
  });
});

describe('toGoalInput', () => {
  it('sends plain JSON: numbers read, dates as YYYY-MM-DD text, blanks left out, channels in catalogue order', () => {
    const s = filled();
    s.channels.search.checked = true;
    const { draft, parseErrors } = toGoalInput(s, '.');
    expect(parseErrors).toEqual([]);
    expect(draft).toEqual({
      objective: 'leads',
      target: 50,
      startDate: '2025-06-01',
      days: 30,
      maxCostPerResult: 45,
      currency: 'USD',
      channels: [{ id: 'search' }, { id: 'social' }, { id: 'linkedin', limit: 80 }],
    });
    expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
  });

  it('sends only the duration the user chose', () => {
    const byEnd = toGoalInput(filled({ durationMode: 'end', endDate: '2025-06-30', days: '99' }), '.').draft;
    expect(byEnd.endDate).toBe('2025-06-30');
    expect(byEnd).not.toHaveProperty('days');
    const byDays = toGoalInput(filled({ durationMode: 'days', endDate: '2025-06-30' }), '.').draft;
    expect(byDays.days).toBe(30);
    expect(byDays).not.toHaveProperty('endDate');
  });

  it('reads numbers in the locale and trims the name', () => {
    const { draft } = toGoalInput(
      filled({ maxCostPerResult: '45,50', budget: '2.500,00', name: '  Q3 leads  ' }),
      ',',
    );
    expect(draft.maxCostPerResult).toBe(45.5);
    expect(draft.budget).toBe(2500);
    expect(draft.name).toBe('Q3 leads');
  });

  it('reports text that is not a number on its own field', () => {
    const s = filled({ target: 'fifty', budget: 'lots' });
    s.channels.linkedin.limit = '8o';
    expect(fields(toGoalInput(s, '.').parseErrors)).toEqual(['target', 'budget', 'channels.linkedin.limit']);
  });
});

describe('checkForm (with the shared validateGoalConfig)', () => {
  it('accepts a complete form and returns the config to send and the normalized goal', () => {
    const check = checkForm(filled({ name: 'Q3 leads' }), ctx);
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    expect(check.config).toEqual({
      name: 'Q3 leads',
      objective: 'leads',
      target: 50,
      startDate: '2025-06-01',
      days: 30,
      maxCostPerResult: 45,
      currency: 'USD',
      channels: [{ id: 'social' }, { id: 'linkedin', limit: 80 }],
    });
    expect(check.goal).toMatchObject({ model: 'CPL', endDate: '2025-06-30', budget: 2250, days: 30 });
  });

  it('refuses a limit below the currency’s smallest unit, as the server does', () => {
    const check = checkForm(filled({ maxCostPerResult: '0.004' }), ctx);
    expect(check.errors).toContainEqual({
      field: 'maxCostPerResult',
      message: 'Maximum CPL must be at least 0.01 (the smallest amount in USD), got 0.004',
    });
    const yen = checkForm(filled({ maxCostPerResult: '0.5', currency: 'JPY' }), ctx);
    expect(yen.errors.map((e) => e.field)).toContain('maxCostPerResult');
    const channel = filled();
    channel.channels.linkedin.limit = '0.001';
    expect(fields(checkForm(channel, ctx).errors)).toEqual(['channels.linkedin.limit']);
  });

  it('reports every problem of an empty form on the field that has it', () => {
    const check = checkForm(initialState({ today: '2025-06-01', currency: 'USD' }), ctx);
    expect(check.ok).toBe(false);
    // The validator names endDate when neither is given; the form asked for days, so it shows there.
    expect(new Set(fields(check.errors))).toEqual(
      new Set(['target', 'days', 'maxCostPerResult', 'channels']),
    );
  });

  it('uses our wording for unreadable numbers and drops the meaningless "got nothing"', () => {
    const check = checkForm(filled({ target: 'fifty', maxCostPerResult: '' }), ctx);
    expect(check.errors).toContainEqual({ field: 'target', message: 'Enter a number, e.g. 50' });
    expect(check.errors.filter((e) => e.field === 'target')).toHaveLength(1);
    const limit = check.errors.find((e) => e.field === 'maxCostPerResult');
    expect(limit?.message).toBe('Maximum CPL is required: a number greater than 0');
  });

  it('passes the validator messages that say what to fix', () => {
    const check = checkForm(
      filled({ target: '0', durationMode: 'end', endDate: '2025-05-01', budget: '-1' }),
      ctx,
    );
    const by = new Map(check.errors.map((e) => [e.field, e.message]));
    expect(by.get('target')).toMatch(/whole number of at least 1/);
    expect(by.get('endDate')).toMatch(/on or after the start date 2025-06-01/);
    expect(by.get('budget')).toMatch(/greater than 0/);
  });

  it('moves a days message to the end date when the user chose an end date', () => {
    const check = checkForm(filled({ durationMode: 'end', endDate: '' }), ctx);
    expect(fields(check.errors)).toEqual(['endDate']);
  });

  it('flags a bad per-channel limit on that channel', () => {
    const s = filled();
    s.channels.linkedin.limit = '-5';
    const check = checkForm(s, ctx);
    expect(fields(check.errors)).toEqual(['channels.linkedin.limit']);
    expect(check.errors[0]?.message).toMatch(/LinkedIn limit must be a number greater than 0/);
  });
});

describe('which messages show and what blocks a step', () => {
  const errors = [
    { field: 'target', message: 'T1' },
    { field: 'target', message: 'T2' },
    { field: 'days', message: 'D' },
    { field: 'channels', message: 'C' },
    { field: 'channels.social.limit', message: 'L' },
    { field: 'mystery', message: 'M' },
  ];

  it('assigns fields to steps; unknown fields go to the review', () => {
    expect(stepOf('maxCostPerResult')).toBe(1);
    expect(stepOf('channels')).toBe(2);
    expect(stepOf('channels.ctv.limit')).toBe(2);
    expect(stepOf('mystery')).toBe(3);
  });

  it('shows nothing on an untouched form', () => {
    expect(visibleErrors(errors, new Set(), new Set()).size).toBe(0);
  });

  it('shows the first message of a touched field only', () => {
    expect([...visibleErrors(errors, new Set(['target']), new Set())]).toEqual([['target', 'T1']]);
  });

  it('shows every message of a step the user tried to leave', () => {
    expect([...visibleErrors(errors, new Set(), new Set([2]))]).toEqual([
      ['channels', 'C'],
      ['channels.social.limit', 'L'],
    ]);
  });

  it('blocks a step only on its own errors; the review step on any', () => {
    expect(fields(blockingErrors(errors, 1))).toEqual(['target', 'target', 'days']);
    expect(fields(blockingErrors(errors, 2))).toEqual(['channels', 'channels.social.limit']);
    expect(blockingErrors(errors, 3)).toHaveLength(errors.length);
  });
});

describe('wording and review', () => {
  it('names the model in the labels', () => {
    expect(objectiveWords('sales')).toEqual({
      model: 'CPA',
      costLabel: 'Maximum CPA (cost per conversion)',
      targetLabel: 'Target conversions',
    });
    expect(objectiveWords('traffic').costLabel).toBe('Maximum CPC (cost per click)');
  });

  it('puts target x limit in the budget placeholder once both are readable', () => {
    expect(defaultBudgetPlaceholder(filled(), '.')).toBe('2250.00');
    expect(defaultBudgetPlaceholder(filled({ maxCostPerResult: '45,10' }), ',')).toBe('2255,00');
    expect(defaultBudgetPlaceholder(filled({ target: '' }), '.')).toBe('target × limit');
    // Yen have no minor unit: 50 x 45.1 is 2255, shown without decimals.
    expect(defaultBudgetPlaceholder(filled({ maxCostPerResult: '45.1', currency: 'JPY' }), '.')).toBe('2255');
    expect(defaultBudgetPlaceholder(filled({ maxCostPerResult: '-3' }), '.')).toBe('target × limit');
  });

  it('summarises the validated goal for review', () => {
    const check = checkForm(filled({ name: 'Q3 <b>leads</b>' }), ctx);
    if (!check.ok) throw new Error('expected a valid form');
    expect(reviewRows(check.goal, 'en_US', true)).toEqual([
      { label: 'Goal', value: 'Q3 <b>leads</b>' },
      { label: 'Objective', value: 'Leads (pay per lead), CPL' },
      { label: 'Target', value: '50 leads' },
      { label: 'Dates', value: 'Jun 1, 2025 – Jun 30, 2025 (30 days)' },
      { label: 'Maximum CPL', value: '$45.00' },
      { label: 'Budget', value: '$2,250.00 (target × limit)' },
      { label: 'Currency', value: 'USD' },
      { label: 'Channels', value: 'Social, LinkedIn (CPL limit $80.00)' },
    ]);
    const budgeted = checkForm(filled({ budget: '3000', days: '1' }), ctx);
    if (!budgeted.ok) throw new Error('expected a valid form');
    const rows = new Map(reviewRows(budgeted.goal, 'en_US', false).map((r) => [r.label, r.value]));
    expect(rows.get('Budget')).toBe('$3,000.00');
    expect(rows.get('Dates')).toBe('Jun 1, 2025 – Jun 1, 2025 (1 day)');
  });
});
