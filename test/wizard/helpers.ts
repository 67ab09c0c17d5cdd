// Shared fixtures for the wizard tests; the call-count measurement lives in scripts/create-goal-calls.ts.
import type { LocalSpreadsheet } from '../../local/index.ts';
import type { CampaignGoalInput } from '../../src/plans/campaign-goal/config.ts';
import { leadsGoal } from '../fixtures/goals.ts';

export { leadsGoal };

/**
 * A day of leadsGoal's campaign (2025-03-01 to 2025-03-30), typed in ISO form, which Sheets reads as
 * a date in every locale: rows dated outside the campaign are a Check and count nowhere.
 */
export const IN_CAMPAIGN = '2025-03-02';

/** One tracking-table row as typed, A to I: Date, Channel, Leads (F) and Spend (I); the rest blank. */
export function trackingLine(channel: string, leads: string, spend: string, date = IN_CAMPAIGN): string[] {
  return [date, channel, '', '', '', leads, '', '', spend];
}

/** 'YYYY-MM-DD' of `today` shifted by `days`. */
export function shiftDate(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export { measureCreateCampaignGoalCalls } from '../../scripts/create-goal-calls.ts';

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
