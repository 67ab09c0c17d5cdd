// planCampaignGoal: the layout plan's shape, formulas and rules, for 1 and 7 channels and two locales.
import { describe, expect, it } from 'vitest';
import type { CampaignGoalInput } from '../../../src/plans/campaign-goal/config.ts';
import { CHANNELS, GOAL_LIMITS } from '../../../src/plans/campaign-goal/config.ts';
import { LAYOUT, TABLE_CAPACITY } from '../../../src/plans/campaign-goal/layout.ts';
import { planCampaignGoal } from '../../../src/plans/campaign-goal/plan.ts';
import { validateGoalConfig } from '../../../src/plans/campaign-goal/validate.ts';
import type { PlanCell, SheetPlan } from '../../../src/plans/shared/sheet-plan.ts';
import { leadsGoal } from '../../fixtures/goals.ts';

function goalOf(patch: Partial<CampaignGoalInput> = {}) {
  const r = validateGoalConfig(leadsGoal(patch), { defaultCurrency: 'USD' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.goal;
}

function cellAt(plan: SheetPlan, a1: string): PlanCell {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m?.[1] || !m[2]) throw new Error(a1);
  return plan.values.grid[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? null;
}

function formulas(plan: SheetPlan): string[] {
  const out: string[] = [];
  for (const row of plan.values.grid) for (const c of row) if (c && 'formula' in c) out.push(c.formula);
  return [...out, ...plan.conditionalFormats.map((r) => r.formula)];
}

const en = planCampaignGoal(goalOf(), { locale: 'en_US', sheetName: 'Goal - Q4 leads' });

describe('planCampaignGoal', () => {
  it('writes the goal as plain cells at fixed addresses', () => {
    expect(cellAt(en, 'A1')).toEqual({ text: 'Q4 leads' });
    expect(cellAt(en, LAYOUT.goal.model)).toEqual({ text: 'CPL' });
    expect(cellAt(en, LAYOUT.goal.target)).toEqual({ number: 50 });
    expect(cellAt(en, LAYOUT.goal.limit)).toEqual({ number: 45 });
    expect(cellAt(en, LAYOUT.goal.budget)).toEqual({ number: 2250 });
    // 2025-03-01 as a Sheets date serial (days since 1899-12-30).
    expect(cellAt(en, LAYOUT.goal.startDate)).toEqual({ number: 45717 });
    expect(cellAt(en, LAYOUT.goal.endDate)).toEqual({ number: 45746 });
  });

  it('keeps every grid the size of its range', () => {
    const top = LAYOUT.table.firstRow;
    expect(en.values.range).toBe(`A1:T${top}`);
    expect(en.values.grid).toHaveLength(top);
    expect(en.values.grid.every((r) => r.length === 20)).toBe(true);
    // Formats reach the pace block's last day (the longest campaign), past a new sheet's 1000 rows.
    const last = 13 + GOAL_LIMITS.maxDays;
    expect(en.numberFormats.range).toBe(`A1:T${last}`);
    expect(en.numberFormats.grid).toHaveLength(last);
    expect(en.addRows).toEqual({ after: 1000, count: last - 1000 });
    expect(en.styles.backgrounds).toHaveLength(top);
  });

  it('uses no custom functions, no decimal literals and no array literals in any formula', () => {
    const all = formulas(en);
    expect(all.length).toBeGreaterThan(30);
    for (const f of all) {
      expect(f).not.toMatch(/\b(ROAS|CPL|CPA|CPC|CTR|CVR|CAC|LTV|LTV_CAC)\(/);
      expect(f.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/\d\.\d|\{/);
    }
  });

  it('computes columns with one ARRAYFORMULA each over the whole capacity, in the first data row', () => {
    const last = 13 + TABLE_CAPACITY;
    expect(cellAt(en, 'J14')).toEqual({
      formula: `=ARRAYFORMULA(IF(ISNUMBER(E14:E${last})*ISNUMBER(D14:D${last}),IF((D14:D${last}>0)*(E14:E${last}>=0),IFERROR(IF(E14:E${last}/D14:D${last}<=1000000000000,E14:E${last}/D14:D${last},""),""),""),""))`,
    });
    for (const c of 'JKLMNOP')
      expect((cellAt(en, `${c}14`) as { formula: string }).formula).toMatch(/^=ARRAYFORMULA\(/);
  });

  it('flags rows with spend > limit x MAX(results, 1), the limit absolute and per channel', () => {
    // Amber (not yet sure) first, red (confirmed) second: the first rule that holds colours a row.
    expect(en.conditionalFormats).toHaveLength(2);
    expect(en.conditionalFormats[0]?.formula).toBe('=ISNUMBER(SEARCH("· not yet sure:",$P14))');
    const rule = en.conditionalFormats[1];
    expect(rule?.range).toBe(`A14:P${13 + TABLE_CAPACITY}`);
    // One row (14, relative) on this sheet: coloured exactly where the row's Status says "Over".
    expect(rule?.formula).toBe('=LEFT($P14,5)="Over "');
    // Status applies the channel's limit (the Channel cell trimmed), computed from Your limit (R)
    // and the goal's B8, never read from the Limit applied cells (L), which are display.
    const status = (cellAt(en, 'P14') as { formula: string }).formula;
    expect(status).toContain(
      `I14:I${13 + TABLE_CAPACITY}>IF(TRIM(B14:B${13 + TABLE_CAPACITY})=$J$4,IF(ISNUMBER($R$4),$R$4,$B$8),IF(TRIM(B14:B${13 + TABLE_CAPACITY})=$J$5,IF(ISNUMBER($R$5),$R$5,$B$8),$B$8))*`,
    );
    expect(status).not.toMatch(/\$L\$|!/);
    // Channel order follows the catalogue: Social before LinkedIn.
    expect(cellAt(en, 'J4')).toEqual({ text: 'Social' });
    expect(cellAt(en, 'J5')).toEqual({ text: 'LinkedIn' });
    expect(cellAt(en, 'R5')).toEqual({ number: 80 });
    expect(cellAt(en, 'R4')).toBeNull();
    expect(cellAt(en, 'L4')).toEqual({ formula: '=IF(ISNUMBER(R4),R4,$B$8)' });
  });

  it('uses the model’s results column: Conversions for sales, Clicks for traffic', () => {
    const sales = planCampaignGoal(goalOf({ objective: 'sales' }), { locale: 'en_US', sheetName: 's' });
    expect((cellAt(sales, 'P14') as { formula: string }).formula).toContain('ISNUMBER(G14:G513)');
    expect((cellAt(sales, 'P14') as { formula: string }).formula).toContain('Over CPA limit by ');
    const traffic = planCampaignGoal(goalOf({ objective: 'traffic' }), { locale: 'en_US', sheetName: 't' });
    expect((cellAt(traffic, 'P14') as { formula: string }).formula).toContain('ISNUMBER(E14:E513)');
  });

  it('renders every formula with ; and the decimal comma for de_DE', () => {
    const de = planCampaignGoal(goalOf({ currency: 'EUR' }), {
      locale: 'de_DE',
      sheetName: 'Goal - Q4 leads',
    });
    const status = (cellAt(de, 'P14') as { formula: string }).formula;
    expect(status).toContain(')&","&RIGHT(');
    expect(status).toContain('&" €"');
    for (const f of formulas(de)) expect(f.replace(/"(?:[^"]|"")*"/g, '')).not.toContain(',');
    expect(de.numberFormats.grid[7]?.[1]).toBe('#,##0.00 [$€]');
  });

  it('has the same shape for 1 and 7 channels: only the channel rows and the chart range grow', () => {
    const one = planCampaignGoal(goalOf({ channels: [{ id: 'search' }] }), {
      locale: 'en_US',
      sheetName: 'a',
    });
    const seven = planCampaignGoal(goalOf({ channels: CHANNELS.map((c) => ({ id: c.id })) }), {
      locale: 'en_US',
      sheetName: 'a',
    });
    for (const p of [one, seven]) {
      expect(p.values.range).toBe(`A1:T${LAYOUT.table.firstRow}`);
      expect(p.namedRanges).toHaveLength(1);
      expect(p.conditionalFormats).toHaveLength(2);
      expect(p.charts).toHaveLength(2);
      expect(p.charts[1]?.ranges).toEqual([`Q${LAYOUT.pace.headerRow}:T${LAYOUT.pace.lastRow}`]);
      // Two distinct warning rules on the typed columns (the channel list, numbers >= 0).
      expect(p.validations.rules.filter((r) => r.allowInvalid)).toHaveLength(2);
    }
    expect(one.charts[0]?.ranges).toEqual(['J3:L4']);
    expect(seven.charts[0]?.ranges).toEqual(['J3:L10']);
    const channelRule = seven.validations.grid[LAYOUT.table.firstRow - 1]?.[1];
    expect(seven.validations.rules[channelRule ?? -1]?.rule).toEqual({
      kind: 'list',
      values: CHANNELS.map((c) => c.name),
    });
  });

  it('names ranges with absolute references and a per-sheet prefix', () => {
    const other = planCampaignGoal(goalOf(), { locale: 'en_US', sheetName: 'Goal - Q4 leads (2)' });
    for (const nr of [...en.namedRanges, ...other.namedRanges]) {
      expect(nr.range).toMatch(/^\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
      expect(nr.name).toMatch(/^CG_[A-Za-z0-9_]+$/);
    }
    expect(en.namedRanges.map((n) => n.range)).toEqual(['$B$8']);
    const names = new Set([...en.namedRanges, ...other.namedRanges].map((n) => n.name));
    expect(names.size).toBe(2);
  });

  it('freezes through the table header and keeps user text as text', () => {
    expect(en.frozenRows).toBe(LAYOUT.table.headerRow);
    const evil = planCampaignGoal(goalOf({ name: '=IMPORTXML("http://x","//a")' }), {
      locale: 'en_US',
      sheetName: 'x',
    });
    expect(cellAt(evil, 'A1')).toEqual({ text: '=IMPORTXML("http://x","//a")' });
  });

  it('writes only documented number-format patterns: General where a cell needs none, never ""', () => {
    const all = new Set(en.numberFormats.grid.flat());
    expect(all.has('')).toBe(false);
    expect(all.has('General')).toBe(true);
    expect(en.numberFormats.grid[LAYOUT.table.firstRow - 1]?.[15]).toBe('General');
  });

  it('writes JPY amounts without decimals', () => {
    const jp = planCampaignGoal(goalOf({ currency: 'JPY', maxCostPerResult: 5000 }), {
      locale: 'ja_JP',
      sheetName: 'x',
    });
    expect((cellAt(jp, 'P14') as { formula: string }).formula).toContain('"¥"&IF(ROUND(');
    expect(jp.numberFormats.grid[7]?.[1]).toBe('[$¥]#,##0');
  });
});
