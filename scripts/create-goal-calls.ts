// Service calls one createCampaignGoal costs, measured in the local spreadsheet running the built
// dist/Code.js (build first). Shared by `npm run bench` (scripts/bench.ts) and the wizard test that
// holds the figure to the budget, so both measure the same goal the same way.

import { type LocalSpreadsheetOptions, openLocalSpreadsheet } from '../local/index.ts';
import { type CampaignGoalInput, CHANNELS, type ChannelId } from '../src/plans/campaign-goal/config.ts';

/** A valid leads goal: 50 leads in 30 days from 2025-03-01, $45 per lead, LinkedIn (own limit $80) and Social. */
export function sampleLeadsGoal(overrides: Partial<CampaignGoalInput> = {}): CampaignGoalInput {
  return {
    name: 'Q4 leads',
    objective: 'leads',
    target: 50,
    startDate: '2025-03-01',
    days: 30,
    maxCostPerResult: 45,
    channels: [{ id: 'linkedin', limit: 80 }, { id: 'social' }],
    ...overrides,
  };
}

export interface CallMeasurement {
  channels: number;
  total: number;
  /** Calls that read or write the document or take the lock vs builder calls (CallCounter.split). */
  document: number;
  builders: number;
  byMethod: Record<string, number>;
}

/** One createCampaignGoal of the sample goal with 1 and with 7 channels, each in a fresh spreadsheet. */
export function measureCreateCampaignGoalCalls(
  opts: LocalSpreadsheetOptions = {},
): [CallMeasurement, CallMeasurement] {
  const measure = (ids: ChannelId[]): CallMeasurement => {
    const ss = openLocalSpreadsheet(opts);
    ss.calls.reset();
    ss.run('createCampaignGoal', sampleLeadsGoal({ channels: ids.map((id) => ({ id })) }));
    return {
      channels: ids.length,
      total: ss.calls.total(),
      ...ss.calls.split(),
      byMethod: ss.calls.byMethod(),
    };
  };
  return [measure(['search']), measure(CHANNELS.map((c) => c.id))];
}
