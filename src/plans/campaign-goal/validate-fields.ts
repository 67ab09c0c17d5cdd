// The per-field validators of validateGoalConfig: each reads one field (or the date fields
// together), reports what is wrong on named fields, and returns the normalized value or undefined.

import { isWholeUnits, smallestUnit } from '../shared/cost-model.ts';
import { currencyInfo } from '../shared/currency.ts';
import { formatIsoDate, parseIsoDate } from '../shared/iso-date.ts';
import { describeValue, isAbsent, isRecord } from '../shared/validation.ts';
import {
  CHANNELS,
  type ChannelId,
  GOAL_LIMITS,
  type GoalChannel,
  OBJECTIVES,
  type Objective,
} from './config.ts';
import type { GoalField } from './validate.ts';

export type Fail = (field: GoalField, message: string) => void;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const en = (n: number): string => n.toLocaleString('en-US');

/** The trimmed name, or undefined for none (the default applies) or a bad one (reported). */
export function validateName(value: unknown, fail: Fail): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    fail('name', `Name must be text, got ${describeValue(value)}`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > GOAL_LIMITS.nameMaxLength) {
    fail('name', `Name must be at most ${GOAL_LIMITS.nameMaxLength} characters, got ${trimmed.length}`);
    return undefined;
  }
  return trimmed === '' ? undefined : trimmed;
}

export function validateObjective(value: unknown, fail: Fail): Objective | undefined {
  const known = Object.keys(OBJECTIVES) as Objective[];
  const hit = known.find((o) => o === value);
  if (!hit) fail('objective', `Objective must be one of ${known.join(', ')}, got ${describeValue(value)}`);
  return hit;
}

export function validateTarget(value: unknown, fail: Fail): number | undefined {
  if (isAbsent(value)) {
    fail('target', 'Target is required: a whole number of at least 1');
  } else if (!isFiniteNumber(value) || !Number.isInteger(value) || value < 1) {
    fail('target', `Target must be a whole number of at least 1, got ${describeValue(value)}`);
  } else if (value > GOAL_LIMITS.maxTarget) {
    fail('target', `Target must be at most ${en(GOAL_LIMITS.maxTarget)}, got ${describeValue(value)}`);
  } else {
    return value;
  }
  return undefined;
}

const dateWords = `a date YYYY-MM-DD between ${GOAL_LIMITS.minYear} and ${GOAL_LIMITS.maxYear}`;

/**
 * startDate with endDate or days (either, or both when they agree): the resolved dates and the
 * number of days, or undefined when something was reported.
 */
export function validateDates(
  input: Record<string, unknown>,
  fail: Fail,
): { startDate: string; endDate: string; days: number } | undefined {
  const start = parseIsoDate(input.startDate);
  if (isAbsent(input.startDate)) fail('startDate', 'Start date is required');
  else if (start === undefined)
    fail('startDate', `Start date must be ${dateWords}, got ${describeValue(input.startDate)}`);
  const hasEnd = !isAbsent(input.endDate);
  const hasDays = !isAbsent(input.days);
  if (!hasEnd && !hasDays) {
    fail('endDate', 'Give an end date or a number of days');
    return undefined;
  }
  const end = hasEnd ? validateEndDate(input.endDate, start, fail) : undefined;
  const days = hasDays ? validateDays(input.days, fail) : undefined;
  if (start === undefined || (hasEnd && end === undefined) || (hasDays && days === undefined))
    return undefined;
  const last = end ?? start + (days as number) - 1;
  // The days can carry the end past the last year a date may have: the sheet could not hold it.
  if (!hasEnd && parseIsoDate(formatIsoDate(last)) === undefined) {
    fail(
      'days',
      `${days} days from ${formatIsoDate(start)} would end on ${formatIsoDate(last)}; the end date must be in ${GOAL_LIMITS.maxYear} or earlier`,
    );
    return undefined;
  }
  if (hasEnd && days !== undefined && last - start + 1 !== days) {
    fail(
      'days',
      `Days (${days}) does not match the dates (${last - start + 1} days); give an end date or a number of days`,
    );
    return undefined;
  }
  return { startDate: formatIsoDate(start), endDate: formatIsoDate(last), days: last - start + 1 };
}

function validateEndDate(value: unknown, start: number | undefined, fail: Fail): number | undefined {
  const end = parseIsoDate(value);
  if (end === undefined) {
    fail('endDate', `End date must be ${dateWords}, got ${describeValue(value)}`);
  } else if (start !== undefined && end < start) {
    fail('endDate', `End date must be on or after the start date ${formatIsoDate(start)}, got ${value}`);
  } else if (start !== undefined && end - start + 1 > GOAL_LIMITS.maxDays) {
    fail(
      'endDate',
      `The campaign can last at most ${GOAL_LIMITS.maxDays} days (3 years); ${formatIsoDate(start)} to ${value} is ${end - start + 1} days`,
    );
  } else {
    return end;
  }
  return undefined;
}

function validateDays(value: unknown, fail: Fail): number | undefined {
  if (isFiniteNumber(value) && Number.isInteger(value) && value >= 1 && value <= GOAL_LIMITS.maxDays)
    return value;
  fail(
    'days',
    `Days must be a whole number from 1 to ${GOAL_LIMITS.maxDays} (3 years), got ${describeValue(value)}`,
  );
  return undefined;
}

/** The ISO code given (upper-cased), else the spreadsheet's; undefined when the add-on does not know it. */
export function validateCurrency(value: unknown, fallback: string, fail: Fail): string | undefined {
  if (isAbsent(value)) {
    if (currencyInfo(fallback)) return fallback;
    fail(
      'currency',
      `Choose a currency: the spreadsheet's (${describeValue(fallback)}) is not one the add-on knows`,
    );
    return undefined;
  }
  const code = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
  if (code !== undefined && currencyInfo(code)) return code;
  fail(
    'currency',
    `Currency must be a 3-letter ISO code the add-on knows (e.g. USD, EUR, GBP), got ${describeValue(value)}`,
  );
  return undefined;
}

/**
 * A required amount in `currency`: at least its smallest unit (a limit of 0.004 USD would read
 * $0.00 everywhere and default the budget to 0) and a whole number of it (isWholeUnits), at most
 * GOAL_LIMITS.maxAmount.
 */
export function validateAmount(
  field: GoalField,
  label: string,
  value: unknown,
  currency: string,
  fail: Fail,
): number | undefined {
  const unit = smallestUnit(currency);
  if (isAbsent(value)) {
    fail(field, `${label} is required: a number greater than 0`);
  } else if (!isFiniteNumber(value) || value <= 0) {
    fail(field, `${label} must be a number greater than 0, got ${describeValue(value)}`);
  } else if (value < unit) {
    fail(
      field,
      `${label} must be at least ${unit} (the smallest amount in ${currency}), got ${describeValue(value)}`,
    );
  } else if (value > GOAL_LIMITS.maxAmount) {
    fail(field, `${label} must be at most ${en(GOAL_LIMITS.maxAmount)}, got ${describeValue(value)}`);
  } else if (!isWholeUnits(value, currency)) {
    fail(
      field,
      `${label} must be in steps of ${unit} (the smallest amount in ${currency}), got ${describeValue(value)}`,
    );
  } else {
    return value;
  }
  return undefined;
}

/** At least one known channel, each once, in CHANNELS order, each with an optional own limit. */
export function validateChannels(value: unknown, currency: string, fail: Fail): GoalChannel[] | undefined {
  if (!Array.isArray(value)) {
    fail('channels', `Channels must be a list of channels, got ${describeValue(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    fail('channels', 'Choose at least one channel');
    return undefined;
  }
  if (value.length > CHANNELS.length) {
    fail('channels', `Choose at most ${CHANNELS.length} channels, got ${value.length}`);
    return undefined;
  }
  const seen = new Map<ChannelId, number | null>();
  let ok = true;
  for (const raw of value) {
    const id = isRecord(raw) ? raw.id : raw;
    const known = CHANNELS.find((c) => c.id === id);
    if (!known) {
      fail(
        'channels',
        `Unknown channel ${describeValue(id)}; choose from ${CHANNELS.map((c) => c.id).join(', ')}`,
      );
      ok = false;
    } else if (seen.has(known.id)) {
      fail('channels', `Channel ${known.name} is chosen twice; choose each channel once`);
      ok = false;
    } else {
      const given = isRecord(raw) && !isAbsent(raw.limit);
      const limit = given
        ? validateAmount(`channels.${known.id}.limit`, `${known.name} limit`, raw.limit, currency, fail)
        : null;
      if (limit === undefined) ok = false;
      seen.set(known.id, limit ?? null);
    }
  }
  if (!ok) return undefined;
  return CHANNELS.filter((c) => seen.has(c.id)).map((c) => ({
    id: c.id,
    name: c.name,
    limit: seen.get(c.id) ?? null,
  }));
}
