// Shared fixtures for the wizard tests, and the call-count measurement `npm run bench` uses.
import {
  type LocalSpreadsheet,
  type LocalSpreadsheetOptions,
  openLocalSpreadsheet,
} from '../../local/index.ts';
import type { CampaignGoalInput, ChannelId } from '../../src/plans/campaign-goal/config.ts';
import { leadsGoal } from '../fixtures/goals.ts';

export { leadsGoal };

/** 'YYYY-MM-DD' of `today` shifted by `days`. */
export function shiftDate(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const ALL_CHANNELS: ChannelId[] = [
  'search',
  'social',
  'linkedin',
  'affiliate',
  'native',
  'ctv',
  'retail',
];

/** Opens a spreadsheet with the built add-on and creates one goal; returns the sheet's name. */
export function createGoal(
  ss: LocalSpreadsheet,
  config: CampaignGoalInput = leadsGoal(),
): { sheetName: string } {
  return ss.run('createCampaignGoal', config) as { sheetName: string };
}

/** A1 of a range on a sheet whose name needs quoting. */
export function on(sheetName: string, a1: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${a1}`;
}

export interface CallMeasurement {
  channels: number;
  total: number;
  /** Calls that read or write the document or take the lock vs builder calls (CallCounter.split). */
  document: number;
  builders: number;
  byMethod: Record<string, number>;
}

/**
 * Service calls one createCampaignGoal costs, for 1 and for 7 channels, each in a fresh local
 * spreadsheet running the built dist/Code.js (build first). For `npm run bench`.
 */
export function measureCreateCampaignGoalCalls(
  opts: LocalSpreadsheetOptions = {},
): [CallMeasurement, CallMeasurement] {
  const measure = (ids: ChannelId[]): CallMeasurement => {
    const ss = openLocalSpreadsheet(opts);
    ss.calls.reset();
    createGoal(ss, leadsGoal({ channels: ids.map((id) => ({ id })) }));
    return {
      channels: ids.length,
      total: ss.calls.total(),
      ...ss.calls.split(),
      byMethod: ss.calls.byMethod(),
    };
  };
  return [measure(['search']), measure(ALL_CHANNELS)];
}
