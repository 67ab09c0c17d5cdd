// The campaign-goal config the wizard sends to createCampaignGoal: plain JSON (it crosses
// google.script.run, so dates are 'YYYY-MM-DD' strings), plus the channel and objective catalogues.
import { type CostModel, MAX_AMOUNT, RESULTS_NOUN } from '../shared/cost-model.ts';
import { ISO_YEARS } from '../shared/iso-date.ts';

export type Objective = 'sales' | 'leads' | 'traffic';

/** Payment model per objective: what a "result" is and what its cost is called. */
export const OBJECTIVES: Readonly<
  Record<
    Objective,
    { model: CostModel; result: string; results: (typeof RESULTS_NOUN)[CostModel]; label: string }
  >
> = {
  sales: {
    model: 'CPA',
    result: 'conversion',
    results: RESULTS_NOUN.CPA,
    label: 'Sales (pay per acquisition)',
  },
  leads: { model: 'CPL', result: 'lead', results: RESULTS_NOUN.CPL, label: 'Leads (pay per lead)' },
  traffic: { model: 'CPC', result: 'click', results: RESULTS_NOUN.CPC, label: 'Traffic (pay per click)' },
};

export type ChannelId = 'search' | 'social' | 'linkedin' | 'affiliate' | 'native' | 'ctv' | 'retail';

export const CHANNELS: ReadonlyArray<{ id: ChannelId; name: string; examples: string }> = [
  { id: 'search', name: 'Search', examples: 'Google Ads, Microsoft Ads' },
  { id: 'social', name: 'Social', examples: 'Meta, TikTok' },
  { id: 'linkedin', name: 'LinkedIn', examples: 'LinkedIn Campaign Manager' },
  { id: 'affiliate', name: 'Affiliate', examples: 'Affiliate networks, partners' },
  { id: 'native', name: 'Native', examples: 'Taboola, Outbrain' },
  { id: 'ctv', name: 'Connected TV', examples: 'CTV and streaming' },
  { id: 'retail', name: 'Retail media', examples: 'Amazon Ads, Walmart Connect' },
];

/** What the sidebar sends (untrusted: the server validates it again). */
export interface CampaignGoalInput {
  /** Goal name, user text (written as text, never as a formula). */
  name?: string;
  objective: Objective;
  /** Results wanted: a whole number >= 1. */
  target: number;
  /** 'YYYY-MM-DD'. */
  startDate: string;
  /** 'YYYY-MM-DD'; give this or `days`. */
  endDate?: string;
  /** Campaign length in days including the start day; give this or `endDate`. */
  days?: number;
  /** The maximum cost per result (CPA/CPL/CPC limit), > 0, in `currency`. */
  maxCostPerResult: number;
  /** Total budget; defaults to target x maxCostPerResult. */
  budget?: number;
  /** ISO 4217 code; defaults to the spreadsheet locale's currency. */
  currency?: string;
  /** At least one channel; `limit` overrides maxCostPerResult for that channel. */
  channels: { id: ChannelId; limit?: number }[];
}

/** A channel of a validated goal; `limit` null means the goal's maxCostPerResult applies. */
export interface GoalChannel {
  id: ChannelId;
  /** Display name from CHANNELS, e.g. 'Connected TV'. */
  name: string;
  limit: number | null;
}

/** A validated, normalized goal (the output of validateGoalConfig); plain JSON. */
export interface CampaignGoal {
  /** Trimmed user text, 1-100 chars; 'Campaign goal' when none was given. */
  name: string;
  objective: Objective;
  model: CostModel;
  /** Whole number of results wanted, 1..MAX_TARGET. */
  target: number;
  /** 'YYYY-MM-DD'. */
  startDate: string;
  /** 'YYYY-MM-DD', resolved from `days` when only that was given; never before startDate. */
  endDate: string;
  /** Campaign length in days including start and end day. */
  days: number;
  /** Limit per result in `currency`, > 0. */
  maxCostPerResult: number;
  /** Total budget in `currency`, > 0 (target x limit, rounded to cents, when not given). */
  budget: number;
  /** ISO 4217 code from CURRENCIES. */
  currency: string;
  /** In CHANNELS order, no duplicates, at least one. */
  channels: GoalChannel[];
}

/** Bounds that reject absurd configs. */
export const GOAL_LIMITS = {
  nameMaxLength: 100,
  maxTarget: 10_000_000,
  /** Three years, including one leap day. */
  maxDays: 1096,
  /** Largest limit or budget accepted, in the goal's currency. */
  maxAmount: MAX_AMOUNT,
  minYear: ISO_YEARS.min,
  maxYear: ISO_YEARS.max,
} as const;

export const DEFAULT_GOAL_NAME = 'Campaign goal';
