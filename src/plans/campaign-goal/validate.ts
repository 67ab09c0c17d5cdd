// Validates an untrusted campaign-goal config (sidebar or server) and normalizes it into a
// CampaignGoal: one validator per field (or pair of fields), each reporting on named fields.
import { roundToUnit } from '../shared/money.ts';
import {
  describeValue,
  isAbsent,
  isRecord,
  type FieldError as SharedFieldError,
} from '../shared/validation.ts';
import type { CampaignGoal, ChannelId } from './config.ts';
import { DEFAULT_GOAL_NAME, GOAL_LIMITS, OBJECTIVES } from './config.ts';
import {
  type Fail,
  validateAmount,
  validateChannels,
  validateCurrency,
  validateDates,
  validateName,
  validateObjective,
  validateTarget,
} from './validate-fields.ts';

/** A field the wizard shows a message next to. */
export type GoalField =
  | 'name'
  | 'objective'
  | 'target'
  | 'startDate'
  | 'endDate'
  | 'days'
  | 'maxCostPerResult'
  | 'budget'
  | 'currency'
  | 'channels'
  | `channels.${ChannelId}.limit`;

export type FieldError = SharedFieldError<GoalField>;

export type GoalValidation = { ok: true; goal: CampaignGoal } | { ok: false; errors: FieldError[] };

export interface ValidationContext {
  /** ISO code used when the config gives none (the spreadsheet locale's currency). */
  defaultCurrency: string;
}

/** Checks every field and reports every problem at once, so the form can mark them all. */
export function validateGoalConfig(input: unknown, ctx: ValidationContext): GoalValidation {
  const errors: FieldError[] = [];
  const fail: Fail = (field, message) => {
    errors.push({ field, message });
  };
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ field: 'name', message: `The goal config must be an object, got ${describeValue(input)}` }],
    };
  }
  const name = validateName(input.name, fail) ?? DEFAULT_GOAL_NAME;
  const objective = validateObjective(input.objective, fail);
  const target = validateTarget(input.target, fail);
  const dates = validateDates(input, fail);
  const currency = validateCurrency(input.currency, ctx.defaultCurrency, fail);
  // Amounts are checked against the currency's smallest unit; USD's when the currency is wrong.
  const unitOf = currency ?? 'USD';
  const model = objective ? OBJECTIVES[objective].model : 'cost';
  const limit = validateAmount('maxCostPerResult', `Maximum ${model}`, input.maxCostPerResult, unitOf, fail);
  const budget = isAbsent(input.budget)
    ? defaultBudget(target, limit, unitOf, fail)
    : validateAmount('budget', 'Budget', input.budget, unitOf, fail);
  const channels = validateChannels(input.channels, unitOf, fail);

  if (errors.length > 0) return { ok: false, errors };
  // Each validator that returns undefined has reported an error, so these are all set here.
  const goal = { name, objective, target, dates, currency, limit, budget, channels };
  if (!isComplete(goal)) throw new Error('validateGoalConfig: a field was neither valid nor reported');
  return {
    ok: true,
    goal: {
      name,
      objective: goal.objective,
      model: OBJECTIVES[goal.objective].model,
      target: goal.target,
      ...goal.dates,
      maxCostPerResult: goal.limit,
      budget: goal.budget,
      currency: goal.currency,
      channels: goal.channels,
    },
  };
}

type Present<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

function isComplete<T extends Record<string, unknown>>(goal: T): goal is T & Present<T> {
  return Object.values(goal).every((v) => v !== undefined);
}

/** Target x limit, in the currency's smallest unit, when no budget is given. */
function defaultBudget(
  target: number | undefined,
  limit: number | undefined,
  currency: string,
  fail: Fail,
): number | undefined {
  if (target === undefined || limit === undefined) return undefined;
  const budget = roundToUnit(target * limit, currency);
  const max = GOAL_LIMITS.maxAmount;
  if (budget > max) {
    fail(
      'budget',
      `Target x limit is ${budget.toLocaleString('en-US')}, over ${max.toLocaleString('en-US')}: give a smaller limit or target, or a total budget`,
    );
    return undefined;
  }
  return budget;
}

/** One line per problem, for a thrown Error on the server. */
