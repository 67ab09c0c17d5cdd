// Pure wizard logic, no DOM: form state -> CampaignGoalInput, which validation messages to show
// and where, what blocks a step, and the review summary.
import {
  type CampaignGoal,
  type CampaignGoalInput,
  CHANNELS,
  type ChannelId,
  OBJECTIVES,
  type Objective,
} from '../src/plans/campaign-goal/config.ts';
import { type GoalField, validateGoalConfig } from '../src/plans/campaign-goal/validate.ts';
import { smallestUnit } from '../src/plans/shared/cost-model.ts';
import { roundToUnit } from '../src/plans/shared/money.ts';
import type { FieldError as SharedFieldError } from '../src/plans/shared/validation.ts';
import {
  type DecimalMark,
  decimalMarkHint,
  formatDate,
  formatMoney,
  formatPlain,
  localeTag,
  parseNumber,
} from './numbers.ts';

export type DurationMode = 'end' | 'days';

/** What the controls hold: raw text as typed, so nothing the user wrote is lost or reformatted. */
export interface FormState {
  objective: Objective;
  target: string;
  startDate: string;
  /** Which of endDate / days the user chose to give; only that one is sent. */
  durationMode: DurationMode;
  endDate: string;
  days: string;
  maxCostPerResult: string;
  budget: string;
  currency: string;
  name: string;
  channels: Record<ChannelId, { checked: boolean; limit: string }>;
}

/**
 * A message for one field. `field` is a GoalField from the validator or the form's own parse
 * check; plain string here so the form's helpers take any field name the DOM gives them.
 */
export type FieldError = SharedFieldError<GoalField | (string & {})>;

/** The config as typed so far: the required numbers may still be missing. */
export type GoalDraft = Omit<CampaignGoalInput, 'target' | 'maxCostPerResult'> & {
  target?: number;
  maxCostPerResult?: number;
};

export interface FormContext {
  today: string;
  defaultCurrency: string;
  decimalMark: DecimalMark;
}

export type Step = 1 | 2 | 3;

export function initialState(defaults: { today: string; currency: string }): FormState {
  const channels = {} as Record<ChannelId, { checked: boolean; limit: string }>;
  for (const c of CHANNELS) channels[c.id] = { checked: false, limit: '' };
  return {
    objective: 'leads',
    target: '',
    startDate: defaults.today,
    durationMode: 'days',
    endDate: '',
    days: '',
    maxCostPerResult: '',
    budget: '',
    currency: defaults.currency,
    name: '',
    channels,
  };
}

/** Text that is not a number; the validator only ever sees numbers, so the wording is ours. */
function notANumber(field: GoalField, example: string): FieldError {
  return { field, message: `Enter a number, e.g. ${example}` };
}

/**
 * The config to send (plain JSON: dates stay 'YYYY-MM-DD' text) plus the fields whose text could
 * not be read as a number. Blank optional fields are left out rather than sent empty.
 */
export function toGoalInput(
  state: FormState,
  decimalMark: DecimalMark,
): { draft: GoalDraft; parseErrors: FieldError[] } {
  const parseErrors: FieldError[] = [];
  const amountExample = formatPlain(45.5, decimalMark, 2);
  const num = (field: GoalField, text: string, example: string): number | undefined => {
    const n = parseNumber(text, decimalMark);
    if (n !== undefined && Number.isNaN(n)) {
      // `45.50` in a de_DE sheet: the words name this sheet's decimal mark.
      const hint = decimalMarkHint(text, decimalMark);
      parseErrors.push(hint ? { field, message: hint } : notANumber(field, example));
    }
    return n;
  };
  const input: GoalDraft = { objective: state.objective, startDate: state.startDate.trim(), channels: [] };
  const target = num('target', state.target, '50');
  if (target !== undefined) input.target = target;
  const limit = num('maxCostPerResult', state.maxCostPerResult, amountExample);
  if (limit !== undefined) input.maxCostPerResult = limit;
  const name = state.name.trim();
  if (name) input.name = name;
  if (state.durationMode === 'end') {
    if (state.endDate.trim()) input.endDate = state.endDate.trim();
  } else {
    const days = num('days', state.days, '30');
    if (days !== undefined) input.days = days;
  }
  const budget = num('budget', state.budget, formatPlain(2250, decimalMark, 2));
  if (budget !== undefined) input.budget = budget;
  if (state.currency.trim()) input.currency = state.currency.trim();
  for (const c of CHANNELS) {
    const ch = state.channels[c.id];
    if (!ch.checked) continue;
    const chLimit = num(`channels.${c.id}.limit`, ch.limit, amountExample);
    input.channels.push(chLimit === undefined ? { id: c.id } : { id: c.id, limit: chLimit });
  }
  return { draft: input, parseErrors };
}

/** The validator may name the duration field the user did not choose; show it on the one they did. */
function onChosenDuration(field: GoalField, mode: DurationMode): GoalField {
  if (field === 'endDate' && mode === 'days') return 'days';
  if (field === 'days' && mode === 'end') return 'endDate';
  return field;
}

export type FormCheck =
  /** `config` is what to send; `goal` is the normalized goal the server will build from it. */
  | { ok: true; config: CampaignGoalInput; goal: CampaignGoal; errors: [] }
  | { ok: false; errors: FieldError[] };

/**
 * Runs the validator the server runs; a field whose text is not a number gets our message
 * instead of its own (it only ever sees numbers).
 */
export function checkForm(state: FormState, ctx: FormContext): FormCheck {
  const { draft, parseErrors } = toGoalInput(state, ctx.decimalMark);
  const result = validateGoalConfig(draft, { defaultCurrency: ctx.defaultCurrency });
  if (result.ok && parseErrors.length === 0) {
    const { goal } = result;
    const config = { ...draft, target: goal.target, maxCostPerResult: goal.maxCostPerResult };
    return { ok: true, config, goal, errors: [] };
  }
  const unreadable = new Set(parseErrors.map((e) => e.field));
  const errors = [...parseErrors];
  for (const e of result.ok ? [] : result.errors) {
    const field = onChosenDuration(e.field, state.durationMode);
    // "got nothing" tells a form user nothing: they can see the field is empty.
    if (!unreadable.has(field)) errors.push({ field, message: e.message.replace(/, got nothing$/, '') });
  }
  return { ok: false, errors };
}

const STEP1 = new Set([
  'name',
  'objective',
  'target',
  'startDate',
  'endDate',
  'days',
  'maxCostPerResult',
  'budget',
  'currency',
]);

/** The step whose screen holds a field; anything unknown is shown on the review step. */
export function stepOf(field: string): Step {
  if (STEP1.has(field)) return 1;
  if (field === 'channels' || field.startsWith('channels.')) return 2;
  return 3;
}

/** Errors that keep the user on `step` (the review step is blocked by any error). */
export function blockingErrors(errors: readonly FieldError[], step: Step): FieldError[] {
  return step === 3 ? [...errors] : errors.filter((e) => stepOf(e.field) === step);
}

/**
 * Messages to show now, one per field (the validator's first): only for fields the user touched,
 * or on steps they tried to leave, so an untouched form is not a wall of red.
 */
export function visibleErrors(
  errors: readonly FieldError[],
  touched: ReadonlySet<string>,
  attempted: ReadonlySet<Step>,
): Map<string, string> {
  const shown = new Map<string, string>();
  for (const e of errors) {
    if (shown.has(e.field)) continue;
    if (touched.has(e.field) || attempted.has(stepOf(e.field))) shown.set(e.field, e.message);
  }
  return shown;
}

/**
 * The budget placeholder: target x limit in the currency's smallest unit, as the validator will
 * default it, or a hint if unknown.
 */
export function defaultBudgetPlaceholder(state: FormState, decimalMark: DecimalMark): string {
  const target = parseNumber(state.target, decimalMark);
  const limit = parseNumber(state.maxCostPerResult, decimalMark);
  if (target === undefined || limit === undefined || !(target > 0) || !(limit > 0)) return 'target × limit';
  const currency = state.currency.trim().toUpperCase();
  const decimals = Math.round(-Math.log10(smallestUnit(currency)));
  return formatPlain(roundToUnit(target * limit, currency), decimalMark, decimals);
}

/** Wording that follows the objective, e.g. "Maximum CPL (cost per lead)". */
export function objectiveWords(objective: Objective): {
  model: string;
  costLabel: string;
  targetLabel: string;
} {
  const o = OBJECTIVES[objective];
  return {
    model: o.model,
    costLabel: `Maximum ${o.model} (cost per ${o.result})`,
    targetLabel: `Target ${o.results.toLowerCase()}`,
  };
}

/** Label/value rows for the review step, from the validated goal. */
export function reviewRows(
  goal: CampaignGoal,
  locale: string,
  budgetDefaulted: boolean,
): { label: string; value: string }[] {
  const o = OBJECTIVES[goal.objective];
  const money = (n: number): string => formatMoney(n, goal.currency, locale);
  const channels = goal.channels
    .map((c) => (c.limit === null ? c.name : `${c.name} (${goal.model} limit ${money(c.limit)})`))
    .join(', ');
  return [
    { label: 'Goal', value: goal.name },
    { label: 'Objective', value: `${o.label}, ${goal.model}` },
    { label: 'Target', value: `${goal.target.toLocaleString(localeTag(locale))} ${o.results.toLowerCase()}` },
    {
      label: 'Dates',
      value: `${formatDate(goal.startDate, locale)} – ${formatDate(goal.endDate, locale)} (${goal.days} ${goal.days === 1 ? 'day' : 'days'})`,
    },
    { label: `Maximum ${goal.model}`, value: money(goal.maxCostPerResult) },
    {
      label: 'Budget',
      value: budgetDefaulted ? `${money(goal.budget)} (target × limit)` : money(goal.budget),
    },
    { label: 'Currency', value: goal.currency },
    { label: 'Channels', value: channels },
  ];
}
