// Validates an untrusted campaign-goal config (sidebar or server) and normalizes it into a CampaignGoal.
import { currencyInfo } from '../currency.ts';
import { formatIsoDate, parseIsoDate } from '../shared/iso-date.ts';
import {
  type CampaignGoal,
  CHANNELS,
  type ChannelId,
  DEFAULT_GOAL_NAME,
  GOAL_LIMITS,
  type GoalChannel,
  OBJECTIVES,
  type Objective,
} from './config.ts';

/**
 * A field the wizard shows a message next to: 'name' | 'objective' | 'target' | 'startDate' |
 * 'endDate' | 'days' | 'maxCostPerResult' | 'budget' | 'currency' | 'channels' | `channels.${id}.limit`.
 */
export interface FieldError {
  field: string;
  message: string;
}

export type GoalValidation = { ok: true; goal: CampaignGoal } | { ok: false; errors: FieldError[] };

export interface ValidationContext {
  /** Today in the spreadsheet's time zone, 'YYYY-MM-DD' (reserved for date-relative rules). */
  today: string;
  /** ISO code used when the config gives none (the spreadsheet locale's currency). */
  defaultCurrency: string;
}

/** How a received value reads in a message: `-5`, `"abc"`, `nothing`, `a list`. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Empty optional fields from a form arrive as undefined, null or ''. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Money rounded to cents, so 50 x 45.1 is 2255, not 2255.0000000000005. */
function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function amountError(label: string, value: unknown): string | undefined {
  if (isAbsent(value)) return `${label} is required: a number greater than 0`;
  if (!isFiniteNumber(value) || value <= 0) {
    return `${label} must be a number greater than 0, got ${describe(value)}`;
  }
  if (value > GOAL_LIMITS.maxAmount) {
    return `${label} must be at most ${GOAL_LIMITS.maxAmount.toLocaleString('en-US')}, got ${describe(value)}`;
  }
  return undefined;
}

/** Checks every field and reports every problem at once, so the form can mark them all. */
export function validateGoalConfig(input: unknown, ctx: ValidationContext): GoalValidation {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string): void => {
    errors.push({ field, message });
  };
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ field: 'name', message: `The goal config must be an object, got ${describe(input)}` }],
    };
  }

  let name: string = DEFAULT_GOAL_NAME;
  if (!isAbsent(input.name)) {
    if (typeof input.name !== 'string') {
      fail('name', `Name must be text, got ${describe(input.name)}`);
    } else {
      const trimmed = input.name.trim();
      if (trimmed.length > GOAL_LIMITS.nameMaxLength) {
        fail('name', `Name must be at most ${GOAL_LIMITS.nameMaxLength} characters, got ${trimmed.length}`);
      } else if (trimmed !== '') {
        name = trimmed;
      }
    }
  }

  const objective = input.objective;
  const objectiveOk = typeof objective === 'string' && Object.keys(OBJECTIVES).includes(objective);
  if (!objectiveOk) {
    fail(
      'objective',
      `Objective must be one of ${Object.keys(OBJECTIVES).join(', ')}, got ${describe(objective)}`,
    );
  }

  const target = input.target;
  if (isAbsent(target)) {
    fail('target', 'Target is required: a whole number of at least 1');
  } else if (!isFiniteNumber(target) || !Number.isInteger(target) || target < 1) {
    fail('target', `Target must be a whole number of at least 1, got ${describe(target)}`);
  } else if (target > GOAL_LIMITS.maxTarget) {
    fail(
      'target',
      `Target must be at most ${GOAL_LIMITS.maxTarget.toLocaleString('en-US')}, got ${describe(target)}`,
    );
  }

  const start = parseIsoDate(input.startDate);
  if (isAbsent(input.startDate)) {
    fail('startDate', 'Start date is required');
  } else if (start === undefined) {
    fail(
      'startDate',
      `Start date must be a date YYYY-MM-DD between ${GOAL_LIMITS.minYear} and ${GOAL_LIMITS.maxYear}, got ${describe(input.startDate)}`,
    );
  }

  let end: number | undefined;
  const hasEnd = !isAbsent(input.endDate);
  const hasDays = !isAbsent(input.days);
  if (hasEnd) {
    end = parseIsoDate(input.endDate);
    if (end === undefined) {
      fail(
        'endDate',
        `End date must be a date YYYY-MM-DD between ${GOAL_LIMITS.minYear} and ${GOAL_LIMITS.maxYear}, got ${describe(input.endDate)}`,
      );
    } else if (start !== undefined && end < start) {
      fail(
        'endDate',
        `End date must be on or after the start date ${formatIsoDate(start)}, got ${input.endDate}`,
      );
      end = undefined;
    } else if (start !== undefined && end - start + 1 > GOAL_LIMITS.maxDays) {
      fail(
        'endDate',
        `The campaign can last at most ${GOAL_LIMITS.maxDays} days (3 years); ${formatIsoDate(start)} to ${input.endDate} is ${end - start + 1} days`,
      );
      end = undefined;
    }
  }
  if (hasDays) {
    const days = input.days;
    if (!isFiniteNumber(days) || !Number.isInteger(days) || days < 1 || days > GOAL_LIMITS.maxDays) {
      fail(
        'days',
        `Days must be a whole number from 1 to ${GOAL_LIMITS.maxDays} (3 years), got ${describe(days)}`,
      );
    } else if (start !== undefined) {
      const fromDays = start + days - 1;
      if (hasEnd && end !== undefined && end !== fromDays) {
        fail(
          'days',
          `Days (${days}) does not match the dates (${end - start + 1} days); give an end date or a number of days`,
        );
      }
      if (!hasEnd) end = fromDays;
    }
  }
  if (!hasEnd && !hasDays) {
    fail('endDate', 'Give an end date or a number of days');
  }

  const limit = input.maxCostPerResult;
  const model = objectiveOk ? OBJECTIVES[objective as Objective].model : 'cost';
  const limitError = amountError(`Maximum ${model}`, limit);
  if (limitError) fail('maxCostPerResult', limitError);

  let budget: number | undefined;
  if (!isAbsent(input.budget)) {
    const e = amountError('Budget', input.budget);
    if (e) fail('budget', e);
    else budget = input.budget as number;
  } else if (!limitError && isFiniteNumber(target) && target >= 1) {
    budget = roundCents(target * (limit as number));
    if (budget > GOAL_LIMITS.maxAmount) {
      fail(
        'budget',
        `Target x limit is ${budget.toLocaleString('en-US')}, over ${GOAL_LIMITS.maxAmount.toLocaleString('en-US')}: give a smaller limit or target, or a total budget`,
      );
    }
  }

  let currency = ctx.defaultCurrency;
  if (!isAbsent(input.currency)) {
    const code = typeof input.currency === 'string' ? input.currency.trim().toUpperCase() : undefined;
    if (code === undefined || !currencyInfo(code)) {
      fail(
        'currency',
        `Currency must be a 3-letter ISO code the add-on knows (e.g. USD, EUR, GBP), got ${describe(input.currency)}`,
      );
    } else {
      currency = code;
    }
  } else if (!currencyInfo(currency)) {
    fail(
      'currency',
      `Choose a currency: the spreadsheet's (${describe(currency)}) is not one the add-on knows`,
    );
  }

  const channels: GoalChannel[] = [];
  const rawChannels = input.channels;
  if (!Array.isArray(rawChannels)) {
    fail('channels', `Channels must be a list of channels, got ${describe(rawChannels)}`);
  } else if (rawChannels.length === 0) {
    fail('channels', 'Choose at least one channel');
  } else if (rawChannels.length > CHANNELS.length) {
    fail('channels', `Choose at most ${CHANNELS.length} channels, got ${rawChannels.length}`);
  } else {
    const seen = new Map<ChannelId, number | null>();
    for (const raw of rawChannels) {
      const id = isRecord(raw) ? raw.id : raw;
      const known = CHANNELS.find((c) => c.id === id);
      if (!known) {
        fail(
          'channels',
          `Unknown channel ${describe(id)}; choose from ${CHANNELS.map((c) => c.id).join(', ')}`,
        );
        continue;
      }
      if (seen.has(known.id)) {
        fail('channels', `Channel ${known.name} is chosen twice; choose each channel once`);
        continue;
      }
      let channelLimit: number | null = null;
      if (isRecord(raw) && !isAbsent(raw.limit)) {
        const e = amountError(`${known.name} limit`, raw.limit);
        if (e) fail(`channels.${known.id}.limit`, e);
        else channelLimit = raw.limit as number;
      }
      seen.set(known.id, channelLimit);
    }
    for (const c of CHANNELS) {
      if (seen.has(c.id)) channels.push({ id: c.id, name: c.name, limit: seen.get(c.id) ?? null });
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every branch that leaves these undefined has pushed an error above.
  const s = start as number;
  const e = end as number;
  return {
    ok: true,
    goal: {
      name,
      objective: objective as Objective,
      model: OBJECTIVES[objective as Objective].model,
      target: target as number,
      startDate: formatIsoDate(s),
      endDate: formatIsoDate(e),
      days: e - s + 1,
      maxCostPerResult: limit as number,
      budget: budget as number,
      currency,
      channels,
    },
  };
}

/** One line per problem, for a thrown Error on the server. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
